import { build, esc, type Variant } from './lib.js';
const NS = 'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" ';
const note = (n: number, t: string) => `<text:note text:id="ftn${n}" text:note-class="footnote"><text:note-citation>${n}</text:note-citation><text:note-body><text:p text:style-name="Front">${esc(t)}</text:p></text:note-body></text:note>`;
const variants: Variant[] = [];
const kinds = ['footNarr', 'footNarrNumber', 'footAmount', 'frameRight', 'frameRightNumber', 'watermark', 'watermarkNumber'];
for (const kind of kinds) for (const seed of [111, 112, 113, 114]) {
  let target = '';
  variants.push({
    name: `${kind}-${seed}`, seed,
    layout: (l) => {
      l.table = 'table';
      if (kind.startsWith('frame')) { l.columns = 'none'; l.novel = { ...(l.novel ?? {}), page: undefined }; }
    },
    written: (w) => {
      const p = w.report.projects.find((x) => x.entries.length > 0)!;
      const pi = w.report.projects.indexOf(p);
      target = w.amounts[pi]![0]!;
      w.amounts[pi]![0] = `@@T@@${target}`;
    },
    fodt: (xml, w) => {
      xml = xml.replace('<office:document ', `<office:document ${NS}`);
      if (kind === 'footAmount') xml = xml.replace(`@@T@@${esc(target)}`, `${esc(target)}${note(1, 'Beloppet avser hela året, 2 500 000 kr.')}`);
      else xml = xml.replace(`@@T@@${esc(target)}`, esc(target));
      if (kind.startsWith('footNarr')) {
        const p = w.report.projects.find((x) => x.narrative)!;
        const first = p.narrative!.paragraphs[0]!;
        // put a footnote after the first sentence's first word "...", at end of paragraph
        const at = xml.indexOf('<text:p text:style-name="Body">', xml.indexOf(esc(`Delredovisning projekt ${p.number}: ${p.narrative!.title}`)));
        const end = xml.indexOf('</text:p>', at);
        xml = xml.slice(0, end) + note(1, kind === 'footNarrNumber' ? '3699 1771 1718 12 500 Enligt beslut i nämnden.' : 'Enligt nämndens beslut 2016-03-15, dnr 1.5.1-318/2016.') + xml.slice(end);
        void first;
      }
      if (kind.startsWith('frame')) {
        const text = kind === 'frameRightNumber' ? '1 350 000' : 'OBS: beloppen är preliminära.';
        xml = xml.replace('</office:automatic-styles>', '<style:style style:name="Fr" style:family="graphic"><style:graphic-properties style:wrap="parallel" style:horizontal-pos="right" style:horizontal-rel="paragraph" style:vertical-pos="top" style:vertical-rel="paragraph" fo:border="0.5pt solid #000000" fo:padding="0.1cm"/></style:style><style:style style:name="Tab2" style:family="table"><style:table-properties style:width="11cm" table:align="left"/></style:style></office:automatic-styles>');
        // narrow the first table & put a frame anchored to its heading
        const heading = xml.indexOf('<text:p text:style-name="Heading">Projekt ');
        const hend = xml.indexOf('</text:p>', heading);
        xml = xml.slice(0, hend) + `<draw:frame draw:style-name="Fr" draw:name="Ram1" text:anchor-type="paragraph" svg:y="0.8cm" svg:width="4.5cm" draw:z-index="1"><draw:text-box fo:min-height="1cm"><text:p text:style-name="Front">${esc(text)}</text:p></draw:text-box></draw:frame>` + xml.slice(hend);
        xml = xml.replace(/table:style-name="Tab">/g, 'table:style-name="Tab2">');
      }
      if (kind.startsWith('watermark')) {
        const word = kind === 'watermarkNumber' ? '1 350 000' : 'UTKAST';
        xml = xml.replace('</office:automatic-styles>', '<style:style style:name="Wm" style:family="graphic"><style:graphic-properties draw:stroke="none" draw:fill="solid" draw:fill-color="#c0c0c0" draw:opacity="50%" style:run-through="background" style:wrap="run-through" style:vertical-pos="middle" style:vertical-rel="page" style:horizontal-pos="center" style:horizontal-rel="page"/></style:style></office:automatic-styles>');
        const shape = `<draw:custom-shape text:anchor-type="char" draw:z-index="0" draw:name="Watermark" draw:style-name="Wm" svg:width="15cm" svg:height="3.5cm" draw:transform="rotate (0.785398163397448) translate (3cm 20cm)"><text:p>${esc(word)}</text:p><draw:enhanced-geometry svg:viewBox="0 0 21600 21600" draw:text-areas="0 0 21600 21600" draw:type="fontwork-plain-text" draw:enhanced-path="M ?f3 0 L ?f5 0 N M ?f6 21600 L ?f7 21600 N" draw:fontwork="true"/></draw:custom-shape>`;
        if (xml.includes('<style:header><text:p')) xml = xml.replace(/<style:header><text:p([^>]*)>/, `<style:header><text:p$1>${shape}`);
        else xml = xml.replace('<style:master-page style:name="Standard" style:page-layout-name="Page">', `<style:master-page style:name="Standard" style:page-layout-name="Page"><style:header><text:p>${shape}</text:p></style:header>`);
      }
      return xml;
    },
  });
}
build(process.argv[2] ?? '/tmp/handmade/p10-footframe/out', variants);
