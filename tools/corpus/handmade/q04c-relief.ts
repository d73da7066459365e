// Relief (Format > Character > Font effects > Relief: embossed / engraved) on the amount cells: drawn as several offset copies?
// Amounts of three digits, so a doubled "500" would read "500 500". Truth: the report (each amount once); a refusal is right,
// a doubled amount is wrong.
import { build, fmt, type Variant } from './plib.js';
const variants: Variant[] = [];
for (const relief of ['embossed', 'engraved']) for (const where of ['amount']) for (const seed of [241, 242, 244, 251, 252, 253]) {
  variants.push({
    name: `relief-${relief}-${where}-${seed}`, seed,
    layout: (l) => { l.table = 'table'; l.totalRow = 'none'; l.kr = false; if (l.novel) { delete l.novel.tableFont; delete l.novel.wholeMark; } },
    written: (w, r) => {
      w.report.projects.forEach((p, pi) => p.entries.forEach((e, ei) => { e.amountOre = (r.int(100, 999)) * 100; w.amounts[pi]![ei] = fmt(e.amountOre); }));
    },
    fodt: (xml) => {
      const styles = where === 'table' ? ['Cell', 'AmountCell', 'HeadCell', 'TextCell'] : where === 'amount' ? ['AmountCell'] : ['TextCell', 'Cell'];
      for (const s of styles) xml = xml.replace(new RegExp(`(<style:style style:name="${s}" style:family="paragraph">.*?<style:text-properties )`), `$1style:font-relief="${relief}" `);
      return xml;
    },
  });
}
build(process.argv[2] ?? '/tmp/handmade/q04c-relief/out', variants);
