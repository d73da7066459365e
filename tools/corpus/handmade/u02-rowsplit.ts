// A row whose amount wraps in a narrow Belopp column ("169" / "758,8" / "3") and breaks across a page (Writer lets rows
// break by default): the last piece of the amount stands alone at the top of the next page under the running head. The
// amounts' last digit is chosen 2, 3 or 4, so on some files the piece equals the page number of its page. Filler
// paragraphs before the first project move the break through the rows. Found by u01 (textAlpha-902).
// With --foot, the page number stands in the running foot too ("Sida 4 av 6"): is the lone piece at a page's top still
// taken for it? (Seed 902, last digits 3, 4, 5.)
// Truth: the report (each amount whole, as a person joins the pieces). Exact or a refusal is right.
import { build, fmt, plainLayout, type Variant } from './slib.js';
const variants: Variant[] = [];
const FILL = 'Denna rad är fyllnadstext som flyttar tabellerna nedåt på sidan.';
const foot = process.argv.includes('--foot');
for (const seed of foot ? [902] : [902, 904]) for (const d of foot ? [3, 4, 5] : [2, 3, 4]) for (let n = 0; n < 12; n++) {
  variants.push({
    name: `s${seed}-d${d}-f${String(n).padStart(2, '0')}`, seed,
    layout: (l) => {
      plainLayout(l); l.table = 'table'; l.totalRow = 'none'; l.order = 'interleaved'; l.columns = 'none'; l.fontSize = 15; l.columnShares = [0.1, 0.1, 0.16, 0.1, 0.54];
      l.maxEntries = 6; l.pageHeader = 'title'; l.pageFooter = foot ? 'page' : 'none'; l.amountAlign = 'end';
      l.novel = { ...(l.novel ?? {}), tableFont: { font: 'Open Sans Condensed', sizeDelta: 1 } }; delete l.novel.pageNumber;
    },
    written: (w) => {
      for (const p of w.report.projects) for (const e of p.entries) {
        const a = Math.abs(e.amountOre); const big = a < 10_000_00 ? a + 100_000_00 : a;
        e.amountOre = Math.sign(e.amountOre || 1) * (Math.floor(big / 10) * 10 + d);
      }
      const p0 = w.report.projects[0]!;
      if (!p0.narrative) p0.narrative = { title: 'Verksamheten under perioden', paragraphs: [] };
      for (let i = 0; i < n; i++) p0.narrative.paragraphs.push(FILL);
      w.amounts = w.report.projects.map((p) => p.entries.map((e) => fmt(e.amountOre)));
    },
  });
}
build(process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? (foot ? '/tmp/probe6/u06' : '/tmp/probe6/u02'), variants);
