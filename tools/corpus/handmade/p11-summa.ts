import { build, esc, fmt, type Variant } from './lib.js';
const cellXml = (text: string, style = 'Cell', span = 1) => `<table:table-cell table:style-name="C"${span > 1 ? ` table:number-columns-spanned="${span}"` : ''}><text:p text:style-name="${style}">${esc(text)}</text:p></table:table-cell>${'<table:covered-table-cell/>'.repeat(span - 1)}`;
const variants: Variant[] = [];
const kinds = ['labelProjekt', 'totaltBelopp', 'mismatch', 'subtotalIkb', 'delsumma', 'summaInText', 'summaKolon', 'summaMinus'];
for (const kind of kinds) for (const seed of [81, 82, 83, 84]) {
  variants.push({
    name: `${kind}-${seed}`, seed,
    layout: (l) => { l.table = 'table'; l.totalRow = 'none'; },
    written: (w) => {
      // make sure projects have >= 2 entries with mixed IKB for subtotal case
      for (const [pi, p] of w.report.projects.entries()) {
        if (p.entries.length === 1) { p.entries.push({ ...p.entries[0]!, amountOre: 250000, ikb: '1772', text: 'Material och aktiviteter' }); w.amounts[pi]!.push(fmt(250000, { suffix: / kr$/.test(w.amounts[pi]![0]!) ? ' kr' : '' })); }
      }
    },
    fodt: (xml, w) => {
      let pi = -1;
      return xml.replace(/<table:table table:style-name="Tab">(.*?)<\/table:table>/gs, (_m, inner: string) => {
        pi++;
        const p = w.report.projects[pi]!;
        if (p.entries.length === 0) return _m;
        const kr = / kr$/.test(w.amounts[pi]![0]!) ? ' kr' : '';
        const total = p.entries.reduce((s, e) => s + e.amountOre, 0);
        const rows = inner.match(/<table:table-row>.*?<\/table:table-row>/gs)!;
        const totalRow = (label: string, ore: number) => `<table:table-row>${cellXml(label, 'Cell', 3)}${cellXml(fmt(ore, { suffix: kr }), 'AmountCell')}${cellXml('')}</table:table-row>`;
        let extra = '';
        if (kind === 'labelProjekt') extra = totalRow(`Summa projekt ${p.number}`, total);
        if (kind === 'totaltBelopp') extra = totalRow('Totalt belopp', total);
        if (kind === 'mismatch') extra = totalRow('Summa', total + 10000);
        if (kind === 'delsumma') extra = totalRow('Delsumma', total);
        if (kind === 'summaKolon') extra = totalRow('Summa:', total);
        if (kind === 'summaMinus') extra = totalRow('Summa', -total);
        if (kind === 'summaInText') extra = `<table:table-row>${cellXml('')}${cellXml('')}${cellXml('')}${cellXml(fmt(total, { suffix: kr }), 'AmountCell')}${cellXml('Summa')}</table:table-row>`;
        if (kind === 'subtotalIkb') {
          // sort rows by ikb, add "Summa IKB 1771" after each group, then Totalt
          const data = rows.slice(1).map((r, i) => ({ r, e: p.entries[i]! }));
          const groups = new Map<string, typeof data>();
          for (const d of data) groups.set(d.e.ikb, [...(groups.get(d.e.ikb) ?? []), d]);
          const out: string[] = [rows[0]!];
          p.entries = [];
          for (const [ikb, g] of groups) { out.push(...g.map((d) => d.r)); p.entries.push(...g.map((d) => d.e)); out.push(totalRow(`Summa ${ikb}`, g.reduce((s, d) => s + d.e.amountOre, 0))); }
          out.push(totalRow('Totalt', total));
          return _m.replace(/<table:table-row>.*<\/table:table-row>/s, out.join(''));
        }
        return _m.replace(/<\/table:table>$/, `${extra}</table:table>`);
      });
    },
  });
}
build(process.argv[2] ?? '/tmp/handmade/p11-summa/out', variants);
