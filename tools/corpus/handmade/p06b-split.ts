import { build, esc, type Variant } from './lib.js';
const CELL = /<table:table-cell[^>]*>(?:(?!<\/table:table-cell>).)*<\/table:table-cell>|<table:covered-table-cell\/>/gs;
const cellXml = (text: string, style = 'Cell', cstyle = 'C', span = 1) => `<table:table-cell table:style-name="${cstyle}"${span > 1 ? ` table:number-columns-spanned="${span}"` : ''}><text:p text:style-name="${style}">${esc(text)}</text:p></table:table-cell>${'<table:covered-table-cell/>'.repeat(span - 1)}`;
const variants: Variant[] = [];
// kronor | öre: Belopp header spans two columns
for (const kind of ['kronorOre', 'kronorOreBlank', 'motpartSpan', 'beloppSpanCount']) for (const seed of [61, 62, 63, 64, 65]) {
  variants.push({
    name: `${kind}-${seed}`, seed,
    layout: (l) => { l.table = 'table'; l.totalRow = 'none'; l.columns = 'none'; l.kr = false; if (l.novel) delete l.novel.wholeMark; },
    written: (w) => { w.report.projects.forEach((p, pi) => p.entries.forEach((e, ei) => { if (kind.startsWith('kronorOre') && e.amountOre % 100 === 0) e.amountOre += 50 * Math.sign(e.amountOre); w.amounts[pi]![ei] = String(e.amountOre); })); },
    fodt: (xml, w) => {
      let projectIndex = -1;
      return xml.replace(/<table:table table:style-name="Tab">(.*?)<\/table:table>/gs, (_m, inner: string) => {
        projectIndex++;
        const project = w.report.projects[projectIndex]!;
        let row = 0;
        const body = inner.replace(/<table:table-row>(.*?)<\/table:table-row>/gs, (_r, cx: string) => {
          const cells = cx.match(CELL) ?? [];
          const r = row++;
          if (r === 0) {
            const head = (t: string) => cellXml(t, 'HeadCell', 'CH');
            const h = cells.map((c) => c.replace(/.*<text:p[^>]*>(.*)<\/text:p>.*/s, '$1'));
            if (kind === 'kronorOre') return `<table:table-row>${head(h[0]!)}${head(h[1]!)}${head(h[2]!)}${cellXml(h[3]!, 'HeadCell', 'CH', 2)}${head(h[4]!)}</table:table-row>`;
            if (kind === 'kronorOreBlank') return `<table:table-row>${head(h[0]!)}${head(h[1]!)}${head(h[2]!)}${head(h[3]!)}${head('')}${head(h[4]!)}</table:table-row>`;
            if (kind === 'motpartSpan') return `<table:table-row>${head(h[0]!)}${head(h[1]!)}${cellXml(h[2]!, 'HeadCell', 'CH', 2)}${head(h[3]!)}${head(h[4]!)}</table:table-row>`;
            return `<table:table-row>${head(h[0]!)}${head(h[1]!)}${head(h[2]!)}${cellXml(h[3]!, 'HeadCell', 'CH', 2)}${head(h[4]!)}</table:table-row>`;
          }
          const e = project.entries[r - 1]!;
          const abs = Math.abs(e.amountOre);
          const kr = `${e.amountOre < 0 ? '-' : ''}${String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')}`;
          const ore = String(abs % 100).padStart(2, '0');
          if (kind.startsWith('kronorOre')) return `<table:table-row>${cells[0]}${cells[1]}${cells[2]}${cellXml(kr, 'AmountCell')}${cellXml(ore, 'AmountCell')}${cells[4]}</table:table-row>`;
          if (kind === 'motpartSpan') return `<table:table-row>${cells[0]}${cells[1]}${cells[2]}${cellXml('01')}${cells[3]}${cells[4]}</table:table-row>`;
          // Belopp spanning a count column and the amount: "3 st" | amount
          return `<table:table-row>${cells[0]}${cells[1]}${cells[2]}${cellXml(String(r + 2))}${cells[3]}${cells[4]}</table:table-row>`;
        });
        const cols = Array.from({ length: 6 }, (_, i) => `<table:table-column table:style-name="Col${[0, 1, 2, 3, 3, 4][i]}"/>`).join('');
        return `<table:table table:style-name="Tab">${body.replace(/(<table:table-column [^>]*\/>)+/s, cols)}</table:table>`;
      });
    },
  });
}
build(process.argv[2] ?? '/tmp/handmade/p06b-split/out', variants);
