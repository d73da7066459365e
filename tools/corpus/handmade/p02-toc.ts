import { build, esc, type Variant } from './lib.js';
const variants: Variant[] = [];
const kinds = ['dots', 'tab', 'dots-deleg', 'dots-pagebreak'] as const;
// With Writer's title over the index ("Innehållsförteckning") and without it.
for (const titled of [true, false]) for (const kind of kinds) for (const seed of [21, 22, 23]) {
  variants.push({
    name: `${kind}${titled ? '' : '-untitled'}-${seed}`, seed,
    layout: (l) => { l.columns = 'none'; },
    fodt: (xml, w) => {
      const width = 15;
      const style = `<style:style style:name="TocP" style:family="paragraph"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="${width}cm" style:type="right"${kind.startsWith('dots') ? ' style:leader-style="dotted" style:leader-text="."' : ''}/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="TocTitle" style:family="paragraph"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
<style:style style:name="PB" style:family="paragraph"><style:paragraph-properties fo:break-after="page"/></style:style>`;
      xml = xml.replace('</office:automatic-styles>', `${style}</office:automatic-styles>`);
      const lines: string[] = [];
      let page = 2;
      for (const p of w.report.projects) {
        lines.push(`<text:p text:style-name="TocP">${esc(`Projekt ${p.number}: ${p.name}`)}<text:tab/>${page}</text:p>`);
        if (kind === 'dots-deleg' && p.narrative) lines.push(`<text:p text:style-name="TocP">${esc(`Delredovisning projekt ${p.number}: ${p.narrative.title}`)}<text:tab/>${page + 1}</text:p>`);
        page++;
      }
      const toc = `<text:table-of-content text:name="Innehållsförteckning1"><text:table-of-content-source text:outline-level="2"><text:index-title-template>Innehållsförteckning</text:index-title-template></text:table-of-content-source><text:index-body>${titled ? '<text:index-title text:name="T1"><text:p text:style-name="TocTitle">Innehållsförteckning</text:p></text:index-title>' : ''}${lines.join('')}</text:index-body></text:table-of-content>${kind === 'dots-pagebreak' ? '<text:p text:style-name="PB"/>' : ''}`;
      // after the period line (4th front paragraph)
      const marker = esc(w.periodLine) + '</text:p>';
      if (!xml.includes(marker)) throw new Error('no period line');
      return xml.replace(marker, marker + '\n' + toc);
    },
  });
}
build(process.argv[2] ?? '/tmp/handmade/p02-toc/out', variants);
