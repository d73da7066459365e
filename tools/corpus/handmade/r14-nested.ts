// A table nested in a cell of the accrual table (Insert › Table while in a cell): in the Belopp cell two part amounts
// one above the other ("10 000" / "2 500"), or the amount and "kr" side by side; in the Text cell a breakdown
// ("Lön | 10 000", "Material | 2 500"), after a line "Fördelning:" or alone; with and without borders.
// Truth: parts stacked in the Belopp cell — no single amount is written: a refusal is right, any amount read is wrong
// (expected.json holds their sum, so a read of the sum shows as exact: see the note below); amount and "kr" side by
// side: the amount; a breakdown in the Text cell: the entry's amount unchanged, its text the breakdown's words in order.
import { build, cellXml, esc, firstWithEntries, mapTables, type Variant } from './rlib.js';
type K = { where: 'amountStack' | 'amountKr' | 'text' | 'textIntro' };
const kinds: Record<string, K> = { amountStack: { where: 'amountStack' }, amountKr: { where: 'amountKr' }, textBreakdown: { where: 'text' }, textIntro: { where: 'textIntro' } };
const nested = (rows: string[][], pstyle: string) => `<table:table table:name="N${Math.floor(Math.random() * 1e9)}"><table:table-column table:number-columns-repeated="${rows[0]!.length}"/>${rows.map((r) => `<table:table-row>${r.map((t) => `<table:table-cell table:style-name="C"><text:p text:style-name="${pstyle}">${esc(t)}</text:p></table:table-cell>`).join('')}</table:table-row>`).join('')}</table:table>`;
const variants: Variant[] = [];
for (const [kind, k] of Object.entries(kinds)) for (const seed of [541, 542, 543, 544, 545]) for (const borders of [true, false]) {
  variants.push({
    name: `${kind}-${borders ? 'b' : 'nb'}-${seed}`, seed,
    layout: (l) => { l.table = 'table'; l.totalRow = 'none'; l.kr = false; l.borders = borders; if (l.novel) delete l.novel.wholeMark; if (k.where.startsWith('amount')) { const s = l.columnShares; s[4] -= 0.22 - s[3]; s[3] = 0.22; } },
    written: (w) => {
      const e = w.report.projects[firstWithEntries(w)]!.entries[0]!;
      if (k.where === 'amountStack') e.amountOre = 1250000;
      if (k.where === 'text') e.text = 'Lön 10 000 Material 2 500';
      if (k.where === 'textIntro') e.text = 'Fördelning: Lön 10 000 Material 2 500';
    },
    fodt: (xml, w) => {
      const target = firstWithEntries(w);
      const e = w.report.projects[target]!.entries[0]!;
      return mapTables(xml, (rows, pi) => {
        if (pi !== target) return null;
        const row = rows[1]!;
        const open = (c: string) => /<table:table-cell[^>]*>/.exec(c)![0];
        const amount = /<text:p[^>]*>(.*?)<\/text:p>/s.exec(row[3]!)![1]!;
        if (k.where === 'amountStack') row[3] = `${open(row[3]!)}${nested([['10 000'], ['2 500']], 'AmountCell')}</table:table-cell>`;
        if (k.where === 'amountKr') row[3] = `${open(row[3]!)}${nested([[amount.replace(/ kr$/, ''), 'kr']], 'AmountCell')}</table:table-cell>`;
        if (k.where === 'text') row[4] = `${open(row[4]!)}${nested([['Lön', '10 000'], ['Material', '2 500']], 'Cell')}</table:table-cell>`;
        if (k.where === 'textIntro') row[4] = `${open(row[4]!)}<text:p text:style-name="Cell">Fördelning:</text:p>${nested([['Lön', '10 000'], ['Material', '2 500']], 'Cell')}</table:table-cell>`;
        void cellXml; void e;
        return { rows };
      });
    },
  });
}
build(process.argv[2] ?? '/tmp/handmade/r14-nested/out', variants);
