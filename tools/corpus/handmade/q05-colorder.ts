// The table's columns in another order than Konto, IKB, Nämndens motpartsnr, Belopp, Text (headers moved with their cells).
// Truth: the same report; codes or amounts read from the wrong column are wrong.
import { build, mapTables, type Variant } from './plib.js';
const orders: Record<string, number[]> = {
  ikbFirst: [1, 0, 2, 3, 4],
  motpartFirst: [2, 0, 1, 3, 4],
  motpartBeforeIkb: [0, 2, 1, 3, 4],
  beloppFirst: [3, 0, 1, 2, 4],
  textFirst: [4, 0, 1, 2, 3],
  reversed: [4, 3, 2, 1, 0],
  beloppLast: [0, 1, 2, 4, 3],
  beloppAfterKonto: [0, 3, 1, 2, 4],
};
const variants: Variant[] = [];
for (const [kind, order] of Object.entries(orders)) for (const seed of [261, 262, 263, 264]) for (const table of ['table', 'tabs'] as const) {
  if (table === 'tabs' && seed > 262) continue;
  variants.push({
    name: `${kind}-${seed}-${table}`, seed,
    layout: (l) => {
      l.table = table; l.totalRow = 'none'; l.columns = 'none';
      const s = l.columnShares; l.columnShares = order.map((i) => s[i]!) as typeof s;
    },
    fodt: (xml) => {
      if (table === 'table') return mapTables(xml, (rows) => ({ rows: rows.map((c) => order.map((i) => c[i]!)), cols: [0, 1, 2, 3, 4] }));
      // tabs: each Tabs/TabsHead paragraph: reorder its tab-separated fields
      return xml.replace(/(<text:p text:style-name="Tabs(?:Head)?">)(.*?)(<\/text:p>)/g, (_m, a, body: string, c) => {
        const f = body.split('<text:tab/>');
        if (f.length !== 5) return _m;
        return a + order.map((i) => f[i]).join('<text:tab/>') + c;
      });
    },
  });
}
build(process.argv[2] ?? '/tmp/handmade/q05-colorder/out', variants);
