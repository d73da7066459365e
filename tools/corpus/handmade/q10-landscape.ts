// One project's table (or all tables) on a landscape page inside a portrait document (a page style switch), as a
// controller does for a wide table. Truth: the report.
import { addStyles, build, esc, type Variant } from './plib.js';
const variants: Variant[] = [];
for (const which of ['first', 'second', 'alltables']) for (const seed of [311, 312, 313, 314]) {
  variants.push({
    name: `land-${which}-${seed}`, seed,
    layout: (l) => { l.table = seed === 314 ? 'tabs' : 'table'; l.columns = 'none'; l.order = 'interleaved'; if (l.novel) delete l.novel.page; },
    fodt: (xml, w) => {
      // a landscape page layout + master page, and paragraph styles that switch to it and back
      const pl = xml.match(/<style:page-layout style:name="Page">.*?<\/style:page-layout>/s)![0];
      const land = pl.replace('style:name="Page"', 'style:name="PageL"').replace(/fo:page-width="([\d.]+)cm" fo:page-height="([\d.]+)cm"/, (_m, a, b) => `fo:page-width="${b}cm" fo:page-height="${a}cm" style:print-orientation="landscape"`);
      xml = xml.replace(pl, pl + land);
      const mp = xml.match(/<style:master-page style:name="Standard".*?<\/style:master-page>/s)![0];
      xml = xml.replace(mp, mp + mp.replace('style:name="Standard"', 'style:name="Land"').replace('style:page-layout-name="Page"', 'style:page-layout-name="PageL"'));
      xml = addStyles(xml, '<style:style style:name="HeadingL" style:family="paragraph" style:parent-style-name="Heading" style:master-page-name="Land"/><style:style style:name="BackP" style:family="paragraph" style:master-page-name="Standard"/>');
      // Heading style is automatic: copy its properties
      const hs = xml.match(/<style:style style:name="Heading" style:family="paragraph">(.*?)<\/style:style>/s)![1];
      xml = xml.replace('<style:style style:name="HeadingL" style:family="paragraph" style:parent-style-name="Heading" style:master-page-name="Land"/>', `<style:style style:name="HeadingL" style:family="paragraph" style:master-page-name="Land">${hs}</style:style>`);
      const withEntries = w.report.projects.filter((p) => p.entries.length > 0);
      const targets = which === 'first' ? withEntries.slice(0, 1) : which === 'second' ? withEntries.slice(1, 2).concat(withEntries.length < 2 ? withEntries.slice(0, 1) : []) : withEntries;
      for (const p of targets) {
        const h = `<text:p text:style-name="Heading">${esc(`Projekt ${p.number}: ${p.name}`)}</text:p>`;
        xml = xml.replace(h, h.replace('"Heading"', '"HeadingL"'));
        // back to portrait at the narrative heading after it (or the next project heading)
        const at = xml.indexOf(h.replace('"Heading"', '"HeadingL"')) + h.length + 1;
        const next = xml.slice(at).search(/<text:p text:style-name="(Heading|NarrativeHeading)">/);
        if (next >= 0 && which !== 'alltables') {
          const pos = at + next;
          xml = xml.slice(0, pos) + '<text:p text:style-name="BackP"/>' + xml.slice(pos);
        }
      }
      return xml;
    },
  });
}
build(process.argv[2] ?? '/tmp/handmade/q10-landscape/out', variants);
