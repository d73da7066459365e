// Amount cells (and code/text cells) set justified with the last line justified too (Format › Paragraph › Alignment ›
// Justified, Last line: Justified): the spaces of "12 500 kr" / "1 234 567,50" stretch so the groups spread across the
// whole cell ("1      234      567"). With and without borders; in wide amount columns; all cells or amounts only.
// Truth: the report. Exact or a refusal is right; an amount split into two or groups lost is wrong.
import { build, type Variant } from './plib.js';
const variants: Variant[] = [];
for (const where of ['amount', 'all']) for (const borders of [true, false]) for (const seed of [741, 742, 743, 744, 745]) {
  variants.push({
    name: `${where}-${borders ? 'b' : 'nb'}-${seed}`, seed,
    layout: (l) => { l.table = 'table'; l.totalRow = seed % 2 ? 'Summa' : 'none'; l.borders = borders; if (l.columns === 'page') l.columns = 'none'; if (seed >= 744) { l.columnShares = [0.1, 0.1, 0.15, 0.3, 0.35]; } },
    fodt: (xml) => {
      const just = (name: string) => { xml = xml.replace(new RegExp(`(<style:style style:name="${name}" style:family="paragraph"><style:paragraph-properties )fo:text-align="[a-z]+"`), '$1fo:text-align="justify" fo:text-align-last="justify"'); };
      just('AmountCell');
      if (where === 'all') { just('Cell'); just('TextCell'); }
      return xml;
    },
  });
}
build(process.argv[2] ?? '/tmp/probe5/t04', variants);
