import { build, type Variant } from './lib.js';
const variants: Variant[] = [];
const kinds = ['emptyIkb', 'emptyText', 'twoAmountsLines', 'twoAmountsPlus', 'emptyAmount', 'emptyIkbTabs', 'emptyTextTabs', 'twoAmountsAnd'];
for (const kind of kinds) for (const seed of [71, 72, 73, 74]) {
  const tabs = kind.endsWith('Tabs');
  variants.push({
    name: `${kind}-${seed}`, seed,
    layout: (l) => { l.table = tabs ? 'tabs' : 'table'; l.totalRow = 'none'; },
    written: (w) => {
      // target: first entry of the first project with entries
      const p = w.report.projects.find((x) => x.entries.length > 0)!;
      const pi = w.report.projects.indexOf(p);
      const e = p.entries[0]!;
      if (kind.startsWith('emptyText')) e.text = '';
      if (kind.startsWith('emptyIkb')) e.ikb = '';
      if (kind === 'emptyAmount') w.amounts[pi]![0] = '';
      if (kind === 'twoAmountsPlus') { w.amounts[pi]![0] = `12 500 + 3 000`; e.amountOre = 1550000; }
      if (kind === 'twoAmountsAnd') { w.amounts[pi]![0] = `12 500 och 3 000`; e.amountOre = 1550000; }
      if (kind === 'twoAmountsLines') { w.amounts[pi]![0] = `12 500\n3 000`; e.amountOre = 1550000; }
    },
    fodt: (xml) => {
      if (kind === 'twoAmountsLines') {
        // the amount cell gets two paragraphs
        xml = xml.replace(/(<text:p text:style-name="AmountCell">)12 500\n3 000(<\/text:p>)/, '$112 500$2$13 000$2');
        xml = xml.replace(/12 500\n3 000/, '12 500<text:line-break/>3 000');
      }
      return xml;
    },
  });
}
build(process.argv[2] ?? '/tmp/handmade/p07-cells/out', variants);
