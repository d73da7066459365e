// Drop caps (Format › Paragraph › Drop Caps): each narrative's first paragraph opening with a letter (or its whole first
// word) set over two or three lines; every narrative paragraph so; and an entry's Text cell with a drop cap.
// Truth: the report (a drop cap is the paragraph's first letter). Exact or a refusal is right; the letter lost, moved to
// another line or paragraph, or a paragraph split at the drop cap, is a text misread; amounts and codes must not change.
import { addStyles, build, firstWithEntries, mapTables, type Variant } from './rlib.js';
type K = { lines: number; length: string; scope: 'first' | 'all' | 'cell' };
const kinds: Record<string, K> = {
  first3: { lines: 3, length: '1', scope: 'first' },
  first2: { lines: 2, length: '1', scope: 'first' },
  firstWord: { lines: 2, length: 'word', scope: 'first' },
  all3: { lines: 3, length: '1', scope: 'all' },
  cell2: { lines: 2, length: '1', scope: 'cell' },
};
const variants: Variant[] = [];
for (const [kind, k] of Object.entries(kinds)) for (const seed of [511, 512, 513, 514, 515, 516]) {
  variants.push({
    name: `${kind}-${seed}`, seed,
    layout: (l) => { l.totalRow = 'none'; if (k.scope === 'cell') l.table = 'table'; if (l.novel) delete l.novel.wholeMark; },
    fodt: (xml, w) => {
      const drop = `<style:drop-cap style:lines="${k.lines}" style:length="${k.length}" style:distance="0.1cm"/>`;
      if (k.scope === 'cell') {
        xml = addStyles(xml, `<style:style style:name="CellDrop" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties>${drop}</style:paragraph-properties></style:style>`);
        const target = firstWithEntries(w);
        return mapTables(xml, (rows, pi) => {
          if (pi !== target) return null;
          rows[1]![4] = rows[1]![4]!.replace(/<text:p text:style-name="[^"]*"/, '<text:p text:style-name="CellDrop"');
          return { rows };
        });
      }
      xml = addStyles(xml, '');
      const body = /<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties ([^>]*?)\/><\/style:style>/.exec(xml);
      if (!body) return xml;
      const bodyDrop = `<style:style style:name="BodyDrop" style:family="paragraph"><style:paragraph-properties ${body[1]}>${drop}</style:paragraph-properties></style:style>`;
      xml = xml.replace('</office:automatic-styles>', `${bodyDrop}</office:automatic-styles>`);
      if (k.scope === 'all') return xml.replace(/<text:p text:style-name="Body">/g, '<text:p text:style-name="BodyDrop">');
      // The first paragraph after each narrative heading.
      return xml.replace(/(Delredovisning projekt \d+:[^<]*<\/text:p>\s*)<text:p text:style-name="Body">/g, '$1<text:p text:style-name="BodyDrop">');
    },
  });
}
build(process.argv[2] ?? '/tmp/handmade/r11-dropcap/out', variants);
