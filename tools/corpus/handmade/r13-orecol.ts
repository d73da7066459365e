// Kronor and öre in two columns, the old ledger way: the Belopp heading over both (merged), with a second header row
// "kr" / "öre" (units row), or without it, or "Belopp" over the kronor and "öre" over its own column; öre written "50",
// "00" or "–" for none; with and without borders; also a table set with tabs (a tab between kronor and öre).
// Truth: the amount is kronor and öre together. Exact or a refusal is right; the öre dropped (read into the text), or
// joined into the kronor ("12 500 50"), is wrong.
import { build, cellXml, esc, mapTables, type Variant } from './rlib.js';
type K = { head: 'units' | 'merged' | 'own'; dash?: boolean; tabs?: boolean };
const kinds: Record<string, K> = {
  unitsRow: { head: 'units' },
  unitsRowDash: { head: 'units', dash: true },
  mergedHead: { head: 'merged' },
  ownHead: { head: 'own' },
  tabs: { head: 'own', tabs: true },
};
const variants: Variant[] = [];
for (const [kind, k] of Object.entries(kinds)) for (const seed of [531, 532, 533, 534, 535]) for (const borders of [true, false]) {
  if (k.tabs && !borders) continue;
  variants.push({
    name: `${kind}-${borders ? 'b' : 'nb'}-${seed}`, seed,
    layout: (l) => {
      l.table = k.tabs ? 'tabs' : 'table'; l.totalRow = 'none'; l.kr = false; l.borders = borders; l.amountAlign = 'end';
      if (l.columns === 'page') l.columns = 'none';
      if (l.novel) { delete l.novel.wholeMark; delete l.novel.headers; }
      l.amountHeader = 'Belopp';
    },
    written: (w) => {
      // Every other entry with öre, so both forms show; the amounts as written: "kronor|öre".
      w.report.projects.forEach((p, pi) => p.entries.forEach((e, ei) => {
        const ore = ei % 2 === 0 ? (Math.abs(e.amountOre) % 100 || 50) : 0;
        const kronor = Math.floor(Math.abs(e.amountOre) / 100);
        e.amountOre = Math.sign(e.amountOre || 1) * (kronor * 100 + ore);
        const kr = `${e.amountOre < 0 ? '-' : ''}${String(kronor).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')}`;
        w.amounts[pi]![ei] = `${kr}|${ore === 0 ? (k.dash ? '\u2013' : '00') : String(ore).padStart(2, '0')}`;
      }));
    },
    fodt: (xml) => {
      if (k.tabs) {
        // A tab stop for the öre just after the amount's; the header gets "öre" there too.
        xml = xml.replace(/(<text:p text:style-name="Tabs(?:Head)?">)(.*?)(<\/text:p>)/g, (_m, a: string, body: string, c: string) => {
          const f = body.split('<text:tab/>');
          if (f.length !== 5) return _m;
          const [kr, ore] = f[3]!.includes('|') ? f[3]!.split('|') : [f[3]!, a.includes('Head') ? 'öre' : ''];
          return a + [...f.slice(0, 3), kr, ore, f[4]].join('<text:tab/>') + c;
        });
        return xml.replace(/(<style:tab-stop style:position="([\d.]+)cm"[^>]*\/>)(?=<\/style:tab-stops>)/g, (m, _s, pos: string) => `<style:tab-stop style:position="${(Number(pos) - 0.1).toFixed(3)}cm"/>${m.replace(pos, (Number(pos) + 1.2).toFixed(3))}`);
      }
      return mapTables(xml, (rows, _pi, head) => {
        const widths = [...head.matchAll(/Col(\d)/g)].map((m) => Number(m[1]));
        const [h, ...body] = rows;
        const amountCell = (c: string, part: 0 | 1) => c.replace(/(<text:p[^>]*>)(.*?)(<\/text:p>)/s, (_m, a: string, t: string, z: string) => `${a}${t.includes('|') ? esc(t.split('|')[part]!) : ''}${z}`);
        const rowsOut = body.map((r) => [r[0]!, r[1]!, r[2]!, amountCell(r[3]!, 0), amountCell(r[3]!, 1), r[4]!]);
        const cellStyle = /table:style-name="(CH?)"/.exec(h![0]!)?.[1] ?? 'CH';
        const head1 = k.head === 'own'
          ? [h![0]!, h![1]!, h![2]!, h![3]!, cellXml('öre', 'HeadCell', cellStyle), h![4]!]
          : [h![0]!, h![1]!, h![2]!, h![3]!.replace('<table:table-cell ', '<table:table-cell table:number-columns-spanned="2" ') + '<table:covered-table-cell/>', h![4]!];
        const units = ['', '', '', 'kr', 'öre', ''].map((t) => cellXml(t, 'HeadCell', cellStyle));
        void widths;
        return { rows: [head1, ...(k.head === 'units' ? [units] : []), ...rowsOut], cols: [0, 1, 2, 3, 3, 4].map((c, i) => (i === 4 ? 9 : c)) };
      }).replace('</office:automatic-styles>', '<style:style style:name="Col9" style:family="table-column"><style:table-column-properties style:column-width="0.9cm"/></style:style></office:automatic-styles>');
    },
  });
}
build(process.argv[2] ?? '/tmp/handmade/r13-orecol/out', variants);
