import { build, esc, type Variant } from './lib.js';
const margin = 'pdf:writer_pdf_Export:{"ExportNotesInMargin":{"type":"boolean","value":"true"}}';
const notes = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}';
const ann = (t: string) => `<office:annotation><dc:creator>Controller</dc:creator><dc:date>2016-05-10T10:00:00</dc:date>${t.split('\n').map((l) => `<text:p>${esc(l)}</text:p>`).join('')}</office:annotation>`;
const comments: Record<string, string> = {
  number: '1 350 000',
  sentence: 'Avser 120 timmar à 850 kr, se faktura 2016-0412.',
  row: '3699 1771 1718 5 000 Ej fakturerat',
  two: 'Kontrollera!\n-5 402,54',
};
const variants: Variant[] = [];
for (const [kind, text] of Object.entries(comments)) for (const [how, filter] of [['margin', margin], ['notes', notes]] as const) for (const seed of [101, 102, 103]) {
  let target = '';
  variants.push({
    name: `${kind}-${how}-${seed}`, seed, filter,
    layout: (l) => { l.table = 'table'; },
    written: (w) => {
      const p = w.report.projects.find((x) => x.entries.length > 0)!;
      const pi = w.report.projects.indexOf(p);
      target = w.amounts[pi]![0]!;
      w.amounts[pi]![0] = `@@T@@${target}`;
    },
    fodt: (xml) => {
      xml = xml.replace(`@@T@@${esc(target)}`, `${esc(target)}${ann(text)}`);
      return xml.replace('<office:document ', '<office:document xmlns:dc="http://purl.org/dc/elements/1.1/" ');
    },
  });
}
build(process.argv[2] ?? '/tmp/handmade/p09-comments/out', variants);
