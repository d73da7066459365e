// Long tables broken over pages: rows whose Text cell holds several lines split across the page break
// (Writer lets a row break across pages by default), with and without the header repeated,
// with filler before the table so the break falls at different rows. Truth: the report (all 26 entries of project 1
// with their whole texts); a refusal is right, a text cut at the break or an entry lost is wrong.
import { build, esc, fmt, type Variant } from './plib.js';
const LONG = ['Ersättning till föreningar för sommarens aktiviteter, ej fakturerat tom 2016-08-31, avser dagläger, utflykter och materialinköp för deltagarna',
  'Lönekostnad projektledare för perioden januari till april, inklusive sociala avgifter och semesterersättning enligt avtal',
  'Hyra lokal, ej fakturerad', 'Konsultkostnad, faktura kommer i maj', 'Material och aktiviteter'];
const variants: Variant[] = [];
for (const fill of [0, 3, 6, 9, 12]) for (const seed of [291, 292]) for (const repeat of [true, false]) {
  variants.push({
    name: `pb-f${fill}-${repeat ? 'rep' : 'norep'}-${seed}`, seed,
    layout: (l) => { l.table = 'table'; l.totalRow = 'Summa'; l.columns = 'none'; l.repeatHeader = repeat; l.maxEntries = 30; if (l.novel) { delete l.novel.page; delete l.novel.lineHeight; } },
    written: (w, r) => {
      const p = w.report.projects[0]!;
      const e = p.entries[0] ?? { account: '3699', ikb: '1771', counterparty: '1704', amountOre: 0, text: '' };
      p.entries = Array.from({ length: 26 }, (_, i) => ({ ...e, ikb: i % 5 === 0 ? '1772' : '1771', amountOre: r.int(100, 2_000_000) * 100 + (i % 4 === 0 ? r.int(1, 99) : 0), text: LONG[i % LONG.length]! }));
      const kr = / kr$/.test(w.amounts[0]?.[0] ?? '');
      w.amounts[0] = p.entries.map((x) => fmt(x.amountOre, { suffix: kr ? ' kr' : '' }));
      if (w.report.warnings) w.report.warnings = w.report.warnings.filter((x) => !x.message.startsWith('Projekt 1 ') || x.code !== 'project_without_entries');
      if (w.report.warnings?.length === 0) delete w.report.warnings;
    },
    fodt: (xml, w) => {
      const p = w.report.projects[0]!;
      const h = `>${esc(`Projekt 1: ${p.name}`)}</text:p>`;
      const filler = Array.from({ length: fill }, () => '<text:p text:style-name="Front"/>').join('');
      // filler goes before the heading (empty paragraphs are no content)
      return xml.replace(`<text:p text:style-name="Heading"${h}`, `${filler}<text:p text:style-name="Heading"${h}`);
    },
  });
}
build(process.argv[2] ?? '/tmp/handmade/q08-pagebreak/out', variants);
