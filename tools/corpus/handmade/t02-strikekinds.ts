// Strikethrough kinds other than one thin line (Format › Character › Font effects › Strikethrough): "With X" and "With /"
// (Writer repeats the character X or / over the struck glyphs), double, bold. Cases: an old amount struck and the new one
// after it in the cell (truth: the new amount), a lone amount struck (truth unknowable: expected 1 öre, any read is
// wrong), only the minus of a negative amount struck (the sign cancelled or not: unknowable, 1 öre), a struck word in a
// narrative (truth: the narrative without the struck words, as q15).
import { addStyles, build, esc, fmt, type Variant } from './plib.js';
const STRIKES: Record<string, string> = {
  X: 'style:text-line-through-style="solid" style:text-line-through-type="single" style:text-line-through-text="X"',
  slash: 'style:text-line-through-style="solid" style:text-line-through-type="single" style:text-line-through-text="/"',
  double: 'style:text-line-through-style="solid" style:text-line-through-type="double"',
  bold: 'style:text-line-through-style="solid" style:text-line-through-type="single" style:text-line-through-width="bold"',
};
const cases = ['oldNew', 'lone', 'minus', 'narr'] as const;
const variants: Variant[] = [];
for (const [sk, props] of Object.entries(STRIKES)) for (const c of cases) for (const seed of [711, 712, 713, ...(c === 'oldNew' || c === 'lone' ? [714] : [])]) {
  let pi = 0;
  variants.push({
    name: `${c}-${sk}-${seed}`, seed,
    layout: (l) => { l.table = seed === 714 ? 'tabs' : 'table'; l.totalRow = 'none'; l.kr = false; if (l.novel) { delete l.novel.wholeMark; delete l.novel.headers; } if (/tkr|kkr/iu.test(l.amountHeader)) l.amountHeader = 'Belopp'; },
    written: (w) => {
      let p = w.report.projects.find((x) => x.entries.length > 0);
      if (!p) { p = w.report.projects[0]!; p.entries.push({ account: '3699', ikb: '1771', counterparty: '1704', amountOre: 1250000, text: 'Ej fakturerat' }); w.amounts[0]!.push('12 500'); if (w.report.warnings) { w.report.warnings = w.report.warnings.filter((x) => x.code !== 'project_without_entries' || !x.message.startsWith(`Projekt ${p!.number} `)); if (!w.report.warnings.length) delete w.report.warnings; } }
      pi = w.report.projects.indexOf(p);
      const e = p.entries[0]!;
      if (c === 'oldNew') { e.amountOre = 1350000; w.amounts[pi]![0] = '@@S12 500@@ 13 500'; }
      if (c === 'lone') { w.amounts[pi]![0] = `@@S${fmt(Math.abs(e.amountOre))}@@`; e.amountOre = 1; }
      if (c === 'minus') { w.amounts[pi]![0] = `@@S-@@${fmt(Math.abs(e.amountOre))}`; e.amountOre = 1; }
    },
    fodt: (xml, w) => {
      xml = addStyles(xml, `<style:style style:name="Strike" style:family="text"><style:text-properties ${props}/></style:style>`);
      xml = xml.replace(/@@S([^@]*)@@/g, (_m, t: string) => `<text:span text:style-name="Strike">${esc(t)}</text:span>`);
      if (c === 'narr') {
        const q = w.report.projects.find((x) => x.narrative);
        if (!q) return xml;
        const at = xml.indexOf('<text:p text:style-name="Body">', xml.indexOf(esc(`Delredovisning projekt ${q.number}: ${q.narrative!.title}`)));
        xml = xml.slice(0, at) + `<text:p text:style-name="Body">Budgeten om <text:span text:style-name="Strike">500 000</text:span> 450 000 kr har följts och <text:span text:style-name="Strike">tre</text:span> fyra ungdomar har anställts.</text:p>` + xml.slice(at);
        q.narrative!.paragraphs.unshift('Budgeten om 450 000 kr har följts och fyra ungdomar har anställts.');
      }
      return xml;
    },
  });
}
build(process.argv[2] ?? '/tmp/probe5/t02', variants);
