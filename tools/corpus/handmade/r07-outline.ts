// Headings numbered by Writer, not typed: chapter (outline) numbering on the project and narrative headings ("1." or
// "§ 1" before "Projekt 1: …", followed by a tab or a space; the narratives go on counting "5. Delredovisning projekt 1"),
// or a numbered list whose label is the heading's start: prefix "Projekt " and suffix ":" (typed text is only the name),
// the same for "Delredovisning projekt " labels. Truth: the report (the numbers as they show).
// Exact or a refusal is right; a project or narrative read under another number, or an entry moved, is wrong.
import { build, esc, type Variant } from './rlib.js';
type K = { outline?: { format: string; prefix?: string; suffix: string; follow: 'listtab' | 'space' }; label?: 'projects' | 'narratives' | 'both' };
const kinds: Record<string, K> = {
  outlineDotTab: { outline: { format: '1', suffix: '.', follow: 'listtab' } },
  outlineDotSpace: { outline: { format: '1', suffix: '.', follow: 'space' } },
  outlineParagraph: { outline: { format: '1', prefix: '§ ', suffix: '', follow: 'space' } },
  outlineRoman: { outline: { format: 'I', suffix: '.', follow: 'listtab' } },
  labelProjects: { label: 'projects' },
  labelNarratives: { label: 'narratives' },
  labelBoth: { label: 'both' },
};
const levelProps = (follow: string) => `<style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="${follow}" text:list-tab-stop-position="1cm" fo:text-indent="-1cm" fo:margin-left="1cm"/></style:list-level-properties>`;
const variants: Variant[] = [];
for (const [kind, k] of Object.entries(kinds)) for (const seed of [471, 472, 473, 474, 475]) {
  variants.push({
    name: `${kind}-${seed}`, seed,
    layout: (l) => { l.totalRow = 'none'; if (l.novel) delete l.novel.wholeMark; },
    fodt: (xml, w) => {
      const heads: { text: string; kind: 'p' | 'n'; number: number; rest: string }[] = [];
      for (const p of w.report.projects) {
        heads.push({ text: `Projekt ${p.number}: ${p.name}`, kind: 'p', number: p.number, rest: p.name });
        if (p.narrative) heads.push({ text: `Delredovisning projekt ${p.number}: ${p.narrative.title}`, kind: 'n', number: p.number, rest: p.narrative.title });
      }
      if (k.outline) {
        const o = k.outline;
        xml = xml.replace('</office:styles>', `<text:outline-style style:name="Outline"><text:outline-level-style text:level="1" style:num-format="${o.format}"${o.prefix ? ` style:num-prefix="${o.prefix}"` : ''} style:num-suffix="${o.suffix}">${levelProps(o.follow)}</text:outline-level-style></text:outline-style></office:styles>`);
        for (const h of heads) {
          xml = xml.replace(new RegExp(`<text:p text:style-name="(Heading|NarrativeHeading)">(${esc(h.text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})</text:p>`), '<text:h text:style-name="$1" text:outline-level="1">$2</text:h>');
        }
        return xml;
      }
      const list = (name: string, prefix: string) => `<text:list-style style:name="${name}"><text:list-level-style-number text:level="1" style:num-format="1" style:num-prefix="${prefix}" style:num-suffix=":">${levelProps('space')}</text:list-level-style-number></text:list-style>`;
      xml = xml.replace('</office:automatic-styles>', `${list('LP', 'Projekt ')}${list('LN', 'Delredovisning projekt ')}</office:automatic-styles>`);
      const seen = { p: false, n: false };
      for (const h of heads) {
        if ((h.kind === 'p' && k.label === 'narratives') || (h.kind === 'n' && k.label === 'projects')) continue;
        const style = h.kind === 'p' ? 'LP' : 'LN';
        // Each item starts at its project's number (Format › Bullets and Numbering › Start at), as the numbers must show.
        const cont = '';
        seen[h.kind] = true;
        xml = xml.replace(new RegExp(`<text:p text:style-name="(Heading|NarrativeHeading)">${esc(h.text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</text:p>`),
          `<text:list text:style-name="${style}"${cont}><text:list-item text:start-value="${h.number}"><text:p text:style-name="$1">${esc(h.rest)}</text:p></text:list-item></text:list>`);
      }
      return xml;
    },
  });
}
build(process.argv[2] ?? '/tmp/handmade/r07-outline/out', variants);
