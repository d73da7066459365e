// Extra columns a controller adds inside the table, with a header: Datum, Moms, Projekt (with a letter), Kommentar beside Text,
// Motpart beside Nämndens motpartsnr, a second amount column (Kronor / Belopp inkl moms).
// Truth: the report (the extra column is not part of it). Exact or a refusal is right; a code, amount or text taken from the extra column is wrong.
import { build, cellXml, mapTables, type Variant } from './plib.js';
type K = { at: number; header: string; value: (r: number, cells: string[]) => string; share?: number };
const kinds: Record<string, K> = {
  datumBeforeText: { at: 4, header: 'Datum', value: () => '2016-04-30' },
  datumLast: { at: 5, header: 'Datum', value: () => '2016-04-30' },
  momsAfterBelopp: { at: 4, header: 'Moms', value: () => '3 125' },
  projektLetter: { at: 0, header: 'Projekt', value: (r) => `P${100 + r}A` },
  kommentarLast: { at: 5, header: 'Kommentar', value: () => 'Avser hyra' },
  motpartExtra: { at: 3, header: 'Motpart', value: () => '1799' },
  kronorExtra: { at: 4, header: 'Kronor', value: () => '12 500' },
  inklMomsFirst: { at: 3, header: 'Belopp inkl moms', value: () => '15 625' },
  ikb2: { at: 2, header: 'IKB', value: () => '1772' },
  kontoAgain: { at: 1, header: 'Konto', value: () => '3690' },
  verifLast: { at: 5, header: 'Ver.nr', value: (r) => String(1200 + r) },
  antalBeforeBelopp: { at: 3, header: 'Antal', value: (r) => String(r * 3 + 1) },
};
const variants: Variant[] = [];
for (const [kind, k] of Object.entries(kinds)) for (const seed of [271, 272, 273]) {
  variants.push({
    name: `${kind}-${seed}`, seed,
    layout: (l) => { l.table = 'table'; l.totalRow = 'none'; l.columns = 'none'; if (l.novel) { delete l.novel.headers; } },
    fodt: (xml) => mapTables(xml, (rows) => ({
      rows: rows.map((c, r) => { const n = [...c]; n.splice(k.at, 0, r === 0 ? cellXml(k.header, 'HeadCell', 'CH') : cellXml(k.value(r, c))); return n; }),
      cols: [0, 1, 2, 3, 3, 4].slice(0, 6),
    })),
  });
}
build(process.argv[2] ?? '/tmp/handmade/q06-extracol/out', variants);
