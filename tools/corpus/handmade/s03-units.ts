// Amounts in thousands said with unit words the reader's list may lack (KSEK, MSEK, tSEK, "1000-tal kr", "T SEK",
// "'000 kr", "x 1 000 kr") and in places outside the header row: a line between the project heading and its table,
// the project heading itself, a merged caption row inside the table above the header, a line in the front matter
// after the period, and in the header's Belopp cell (control: the header is matched strictly).
// Truth: amounts written times 1 000 (MSEK: times 1 000 000, written with decimals). Any refusal is right; kronor read is wrong.
import { build, cellXml, esc, fmt, mapTables, plainLayout, type Variant } from './slib.js';
const UNITS: Record<string, { say: string; scale: number }> = {
  ksek: { say: 'KSEK', scale: 1000 },
  msek: { say: 'MSEK', scale: 1_000_000 },
  tsek: { say: 'tSEK', scale: 1000 },
  tal: { say: '1000-tal kr', scale: 1000 },
  tspace: { say: 'T SEK', scale: 1000 },
  apos: { say: '\u2019000 kr', scale: 1000 },
  times: { say: 'kr × 1 000', scale: 1000 },
};
const PLACES = ['lineAbove', 'heading', 'captionRow', 'front', 'headerCell'] as const;
const variants: Variant[] = [];
let n = 0;
for (const [uname, u] of Object.entries(UNITS)) for (const place of PLACES) {
  // every unit in every place would be 35 files: take each unit in 3 or 4 places
  if ((n++ % 7) % 2 === 1 && place !== 'lineAbove' && place !== 'captionRow' && place !== 'heading') continue;
  const seed = 620 + n;
  variants.push({
    name: `${uname}-${place}-${seed}`, seed,
    layout: (l) => { plainLayout(l); l.table = 'table'; l.totalRow = 'none'; if (place === 'headerCell') l.amountHeader = `Belopp (${u.say})`; },
    written: (w) => {
      w.report.projects.forEach((p, pi) => p.entries.forEach((e, ei) => {
        const sign = e.amountOre < 0 ? -1 : 1;
        if (u.scale === 1000) {
          const units = Math.max(1, Math.round(Math.abs(e.amountOre) / 100 / 1000));
          w.amounts[pi]![ei] = fmt(units * 100 * sign);
          e.amountOre = units * 1000 * 100 * sign;
        } else {
          const hundredths = Math.max(1, Math.round(Math.abs(e.amountOre) / 100 / 10000)); // 0,xx MSEK
          w.amounts[pi]![ei] = fmt(hundredths * sign, { alwaysDec: true });
          e.amountOre = hundredths * 10000 * 100 * sign;
        }
      }));
      if (place === 'heading') for (const p of w.report.projects) {
        const old = p.name;
        p.name = `${p.name} (belopp i ${u.say})`;
        if (w.report.warnings) for (const x of w.report.warnings) x.message = x.message.replace(`(${old})`, `(${p.name})`);
      }
    },
    fodt: (xml, w) => {
      if (place === 'heading') return xml; // names changed before the FODT was made
      if (place === 'front') return xml.replace(`${esc(w.periodLine)}</text:p>`, `${esc(w.periodLine)}</text:p><text:p text:style-name="Front">${esc(`Belopp i ${u.say}.`)}</text:p>`);
      if (place === 'captionRow') return mapTables(xml, (rows) => ({ rows: [[cellXml(`Periodiseringar (${u.say})`, 'HeadCell', 'CH', 5)], ...rows] }));
      if (place === 'lineAbove') {
        for (const p of w.report.projects) {
          const h = `>${esc(`Projekt ${p.number}: ${p.name}`)}</text:p>`;
          xml = xml.replace(h, `${h}<text:p text:style-name="Front">${esc(`Belopp i ${u.say}`)}</text:p>`);
        }
      }
      return xml;
    },
  });
}
build(process.argv[2] ?? '/tmp/probe4/s03', variants);
