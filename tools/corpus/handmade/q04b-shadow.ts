// Text shadow (Format > Character > Font effects > Shadow) on table cells: does the shadow's copy of each glyph double the digits?
// Amounts of three digits: "500" doubled is "500 500", a well-formed amount. Truth: the report (each value once);
// a refusal is right, a doubled amount, code or text is wrong.
import { build, fmt, type Variant } from './plib.js';
const variants: Variant[] = [];
for (const where of ['amount', 'table', 'text']) for (const seed of [241, 242, 244, 251, 252, 253]) {
  variants.push({
    name: `shadow-${where}-${seed}`, seed,
    layout: (l) => { l.table = 'table'; l.totalRow = 'none'; l.kr = false; if (l.novel) { delete l.novel.tableFont; delete l.novel.wholeMark; } },
    written: (w, r) => {
      w.report.projects.forEach((p, pi) => p.entries.forEach((e, ei) => { e.amountOre = (r.int(100, 999)) * 100; w.amounts[pi]![ei] = fmt(e.amountOre); }));
    },
    fodt: (xml) => {
      const styles = where === 'table' ? ['Cell', 'AmountCell', 'HeadCell', 'TextCell'] : where === 'amount' ? ['AmountCell'] : ['TextCell', 'Cell'];
      for (const s of styles) xml = xml.replace(new RegExp(`(<style:style style:name="${s}" style:family="paragraph">.*?<style:text-properties )`), `$1fo:text-shadow="1pt 1pt" `);
      return xml;
    },
  });
}
build(process.argv[2] ?? '/tmp/handmade/q04b-shadow/out', variants);
