// Strikethrough set by hand (Format > Character, not a tracked change): an old amount struck and the new one beside it,
// a whole entry struck (cancelled), a struck word in a narrative. Truth: the struck text is not what the report says —
// for a struck amount beside a new one, the new one; a struck row: ambiguous (refusal right).
import { addStyles, build, esc, fmt, type Variant } from './plib.js';
const ST = '<style:style style:name="Strike" style:family="text"><style:text-properties style:text-line-through-style="solid" style:text-line-through-type="single"/></style:style><style:style style:name="StrikeP" style:family="paragraph"><style:text-properties style:text-line-through-style="solid" style:text-line-through-type="single"/></style:style>';
const kinds = ['oldNew', 'oldNewBr', 'struckRow', 'struckNarrWord', 'underlinedAmount'];
const variants: Variant[] = [];
for (const kind of kinds) for (const seed of [361, 362, 363, 364]) {
  let pi = 0;
  variants.push({
    name: `${kind}-${seed}`, seed,
    layout: (l) => { l.table = seed === 364 ? 'tabs' : 'table'; l.totalRow = 'none'; l.kr = false; if (l.novel) delete l.novel.wholeMark; },
    written: (w) => {
      const p = w.report.projects.find((x) => x.entries.length > 0)!;
      pi = w.report.projects.indexOf(p);
      const e = p.entries[0]!;
      if (kind.startsWith('oldNew')) { e.amountOre = 1350000; w.amounts[pi]![0] = '@@ON@@'; }
      if (kind === 'underlinedAmount') w.amounts[pi]![0] = `@@U${fmt(e.amountOre)}@@`;
    },
    fodt: (xml, w) => {
      xml = addStyles(xml, ST + '<style:style style:name="Ul" style:family="text"><style:text-properties style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"/></style:style>');
      if (kind === 'oldNew') xml = xml.replace('@@ON@@', `<text:span text:style-name="Strike">12 500</text:span> 13 500`);
      if (kind === 'oldNewBr') xml = xml.replace('@@ON@@', `<text:span text:style-name="Strike">12 500</text:span><text:line-break/>13 500`);
      if (kind === 'underlinedAmount') xml = xml.replace(/@@U([^@]*)@@/, (_m, a) => `<text:span text:style-name="Ul">${esc(a)}</text:span>`);
      if (kind === 'struckRow') {
        const p = w.report.projects[pi]!;
        const at = xml.indexOf(esc(`Projekt ${p.number}: ${p.name}`));
        if (xml.includes('<table:table ')) {
          const r = xml.indexOf('<table:table-row>', xml.indexOf('<table:table-row>', at) + 1);
          const end = xml.indexOf('</table:table-row>', r);
          xml = xml.slice(0, r) + xml.slice(r, end).replace(/<text:p text:style-name="(Cell|AmountCell|TextCell)">([^<]*)<\/text:p>/g, '<text:p text:style-name="$1"><text:span text:style-name="Strike">$2</text:span></text:p>') + xml.slice(end);
        } else {
          const r = xml.indexOf('<text:p text:style-name="Tabs">', at);
          const end = xml.indexOf('</text:p>', r);
          xml = xml.slice(0, r) + '<text:p text:style-name="Tabs"><text:span text:style-name="Strike">' + xml.slice(r + '<text:p text:style-name="Tabs">'.length, end) + '</text:span>' + xml.slice(end);
        }
      }
      if (kind === 'struckNarrWord') {
        const q = w.report.projects.find((x) => x.narrative);
        if (!q) return xml;
        const at = xml.indexOf('<text:p text:style-name="Body">', xml.indexOf(esc(`Delredovisning projekt ${q.number}: ${q.narrative!.title}`)));
        xml = xml.slice(0, at) + `<text:p text:style-name="Body">Budgeten om <text:span text:style-name="Strike">500 000</text:span> 450 000 kr har följts.</text:p>` + xml.slice(at);
        q.narrative!.paragraphs.unshift('Budgeten om 450 000 kr har följts.');
      }
      return xml;
    },
  });
}
build(process.argv[2] ?? '/tmp/handmade/q15-struck/out', variants);
