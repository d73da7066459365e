// A second table row with no codes (Konto, IKB, motpartsnr empty), only an amount and a text, below a row whose
// amount it can join ("12 500" over "300" reads "12 500 300"). Truth: ambiguous (a second entry with the
// codes "as above", or a note) — any refusal is right; one entry of 12 500 300 kr is wrong.
import { build, cellXml, mapTables, type Variant } from './plib.js';
const variants: Variant[] = [];
const pairs: [string, string][] = [['12 500', '300'], ['1 000', '500'], ['45 000', '250'], ['7 000', '125']];
for (const [pi2, [a, b]] of pairs.entries()) for (const seed of [281, 282, 283, 285]) for (const borders of [true, false]) for (const empty of ['codes', 'konto']) {
  variants.push({
    name: `nocodes${pi2}-${empty}-${borders ? 'b' : 'nb'}-${seed}`, seed,
    layout: (l) => { l.table = 'table'; l.totalRow = 'none'; l.borders = borders; l.kr = false; if (l.novel) { delete l.novel.wholeMark; } },
    written: (w) => {
      const p = w.report.projects.find((x) => x.entries.length > 0)!;
      const pi = w.report.projects.indexOf(p);
      const e = p.entries[0]!;
      const toOre = (s: string) => Number(s.replace(/ /g, '')) * 100;
      p.entries = [{ ...e, amountOre: toOre(a), text: 'Lönekostnad projektledare' }, { ...e, amountOre: toOre(b), text: 'Material och aktiviteter' }, ...p.entries.slice(1)];
      w.amounts[pi] = [a, b, ...w.amounts[pi]!.slice(1)];
    },
    fodt: (xml, w) => {
      const target = w.report.projects.findIndex((x) => x.entries.length > 0);
      return mapTables(xml, (rows, pi) => {
        if (pi !== target) return null;
        const [head, r1, r2, ...rest] = rows;
        const r = r2!.map((c, i) => (i === 0 || (empty === 'codes' && i < 3) ? cellXml('') : c));
        return { rows: [head!, r1!, r, ...rest] };
      });
    },
  });
}
build(process.argv[2] ?? '/tmp/handmade/q07b-nocodes/out', variants);
