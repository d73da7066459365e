import { build, type Variant } from './lib.js';
const CELL = /<table:table-cell[^>]*>(?:(?!<\/table:table-cell>).)*<\/table:table-cell>|<table:covered-table-cell\/>/gs;
const variants: Variant[] = [];
// konto2/threeCodes2: merged codes over two rows whose amounts would join ("45 000" over "250").
for (const kind of ['konto', 'threeCodes', 'text', 'konto2', 'threeCodes2']) for (const seed of [131, 132, 133, 134, 135, 136]) {
  variants.push({
    name: `${kind}-${seed}`, seed,
    layout: (l) => { l.table = 'table'; l.totalRow = 'none'; l.maxEntries = 6; },
    written: (w) => {
      if (kind.endsWith('2')) { const p = w.report.projects.find((x) => x.entries.length > 0)!; const pi = w.report.projects.indexOf(p); const e0 = p.entries[0]!; p.entries = [{ ...e0, ikb: '1771', amountOre: 4500000, text: 'Lönekostnad projektledare' }, { ...e0, ikb: '1771', amountOre: 25000, text: 'Material och aktiviteter' }]; w.amounts[pi] = ['45 000', '250']; }
      for (const p of w.report.projects) for (const e of p.entries) { e.ikb = '1771'; if (kind === 'text') e.text = 'Ej fakturerat'; }
    },
    fodt: (xml) => xml.replace(/<table:table table:style-name="Tab">(.*?)<\/table:table>/gs, (m, inner: string) => {
      const rows = inner.match(/<table:table-row>(.*?)<\/table:table-row>/gs)!;
      const head = inner.slice(0, inner.indexOf(rows[0]!));
      const data = rows.slice(1).map((r) => r.match(CELL)!);
      if (data.length < 2) return m;
      // fix ikb cell text to 1771 (written already), merge columns
      const cols = kind.startsWith('konto') ? [0] : kind.startsWith('threeCodes') ? [0, 1, 2] : [4];
      for (const c of cols) {
        data[0]![c] = data[0]![c]!.replace('<table:table-cell ', `<table:table-cell table:number-rows-spanned="${data.length}" `);
        for (let i = 1; i < data.length; i++) data[i]![c] = '<table:covered-table-cell/>';
      }
      return `<table:table table:style-name="Tab">${head}${rows[0]}${data.map((cells) => `<table:table-row>${cells.join('')}</table:table-row>`).join('')}</table:table>`;
    }),
  });
}
build(process.argv[2] ?? '/tmp/handmade/p13-vmerge/out', variants);
