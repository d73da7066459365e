// Amounts in thousands or millions, said in ways the README's "tkr" rule may not know.
// Truth: the amount written times 1 000 (or 1 000 000). Any refusal is right; reading kronor is wrong.
import { build, esc, fmt, type Variant } from './plib.js';
type K = { header?: string; note?: string; cell?: (s: string) => string; scale: number; dec?: boolean };
const kinds: Record<string, K> = {
  hdrTusenKr: { header: 'Belopp (tusen kr)', scale: 1000 },
  hdrTusentalKronor: { header: 'Belopp i tusental kronor', scale: 1000 },
  hdrKSEK: { header: 'Belopp (KSEK)', scale: 1000 },
  hdrKkr: { header: 'Belopp kkr', scale: 1000 },
  hdrTkrOnly: { header: 'Tkr', scale: 1000 },
  hdrMsek: { header: 'Belopp, MSEK', scale: 1000000, dec: true },
  hdrTkrSlash: { header: 'Belopp/tkr', scale: 1000 },
  noteAbove: { note: 'Belopp i tkr.', scale: 1000 },
  noteAboveLong: { note: 'Samtliga belopp i tabellen anges i tusentals kronor.', scale: 1000 },
  cellTsek: { cell: (s) => `${s} tSEK`, scale: 1000 },
  cellTusen: { cell: (s) => `${s} tusen`, scale: 1000 },
  cellMiljoner: { cell: (s) => `${s} miljoner`, scale: 1000000, dec: true },
  cellKkr: { cell: (s) => `${s} kkr`, scale: 1000 },
  hdrKrOk: { header: 'Belopp (kr)', scale: 1 },
  hdrKronorOk: { header: 'Belopp i kronor', scale: 1 },
};
const variants: Variant[] = [];
for (const [kind, k] of Object.entries(kinds)) for (const seed of [211, 212, 213]) {
  variants.push({
    name: `${kind}-${seed}`, seed,
    layout: (l) => { l.table = seed === 213 ? 'tabs' : 'table'; l.totalRow = 'none'; l.kr = false; if (l.novel) { delete l.novel.wholeMark; delete l.novel.headers; } if (k.header) l.amountHeader = k.header; },
    written: (w) => {
      w.report.projects.forEach((p, pi) => p.entries.forEach((e, ei) => {
        if (k.scale === 1) { w.amounts[pi]![ei] = fmt(e.amountOre); return; }
        // written value: a number of thousands (whole) or millions with one or two decimals
        const units = k.dec ? Math.round(Math.abs(e.amountOre) / 100 / 10000) / 100 || 0.25 : Math.max(1, Math.round(Math.abs(e.amountOre) / 100 / 1000));
        const sign = e.amountOre < 0 ? -1 : 1;
        const writtenOre = Math.round(units * 100) * sign;
        const s = k.dec ? fmt(writtenOre, { alwaysDec: true }) : fmt(writtenOre);
        w.amounts[pi]![ei] = k.cell ? k.cell(s) : s;
        e.amountOre = Math.round(units * k.scale * 100) * sign;
      }));
    },
    fodt: (xml, w) => {
      if (!k.note) return xml;
      for (const p of w.report.projects) {
        const h = `>${esc(`Projekt ${p.number}: ${p.name}`)}</text:p>`;
        xml = xml.replace(h, `${h}<text:p text:style-name="Front">${esc(k.note)}</text:p>`);
      }
      return xml;
    },
  });
}
build(process.argv[2] ?? '/tmp/handmade/q02-thousands/out', variants);
