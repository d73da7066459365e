// Codes written otherwise: a 5-digit or 3-digit Konto, a Konto with a space, a dash or a word before it, a motpartsnr with
// a letter or a dash, IKB with a leading zero or two IKBs (1771/1772). Truth: as written — a refusal is right; a different code read is wrong.
import { build, esc, mapTables, setCell, type Variant } from './plib.js';
const kinds: Record<string, { col: number; value: (v: string) => string }> = {
  konto5: { col: 0, value: () => '36990' },
  konto3: { col: 0, value: () => '369' },
  kontoSpace: { col: 0, value: () => '36 99' },
  kontoDash: { col: 0, value: () => '3699-1' },
  motpartLetter: { col: 2, value: (v) => `${v}A` },
  motpartDash: { col: 2, value: (v) => `${v}-01` },
  ikbZero: { col: 1, value: (v) => `0${v}` },
  ikbSlash: { col: 1, value: () => '1771/1772' },
  kontoText: { col: 0, value: () => 'Övr. 3699' },
};
const variants: Variant[] = [];
for (const [kind, k] of Object.entries(kinds)) for (const seed of [331, 332, 333]) {
  variants.push({
    name: `${kind}-${seed}`, seed,
    layout: (l) => { l.table = seed === 333 ? 'tabs' : 'table'; l.totalRow = 'none'; },
    fodt: (xml, w) => {
      const target = w.report.projects.findIndex((x) => x.entries.length > 0);
      const p = w.report.projects[target]!;
      const e = p.entries[0]!;
      const old = [e.account, e.ikb, e.counterparty][k.col]!;
      const nv = k.value(old);
      if (k.col === 0) e.account = nv; else if (k.col === 1) e.ikb = nv; else e.counterparty = nv;
      if (xml.includes('<table:table ')) return mapTables(xml, (rows, pi) => {
        if (pi !== target) return null;
        rows[1]![k.col] = setCell(rows[1]![k.col]!, esc(nv));
        return { rows };
      });
      const at = xml.indexOf('<text:p text:style-name="Tabs">', xml.indexOf(esc(`Projekt ${p.number}: ${p.name}`)));
      const end = xml.indexOf('</text:p>', at);
      const para = xml.slice(at, end).split('<text:tab/>');
      para[k.col] = k.col === 0 ? '<text:p text:style-name="Tabs">' + esc(nv) : esc(nv);
      return xml.slice(0, at) + para.join('<text:tab/>') + xml.slice(end);
    },
  });
}
build(process.argv[2] ?? '/tmp/handmade/q12-codes/out', variants);
