// A table cell number format applied to an amount cell by mistake (Table › Number Format with number recognition on),
// so the cell shows the number in another form: a date (the number as a day count from 1899-12-30, "1934-03-22"), a
// time ("12500:00:00"), a percentage ("1250000,00%"), scientific ("1,25E+04"), a fraction ("12500 1/2"), a boolean
// ("SANT"), written as the cell value (office:value-type, office:value, a data style) and the shown text. Truth: the
// number cannot be read from the page as an amount in kronor — expected 1 öre, any read is wrong, a refusal is right.
// Also the currency format with "kr" before the number ("kr 12 500,00", "kr -12 500,00"): truth the amount.
import { build, fixWarnings, markAmounts, plainAmounts, plainLayout, replaceMarked, esc, type Variant } from './slib.js';
const day = (n: number) => new Date(Date.UTC(1899, 11, 30) + n * 86400000).toISOString().slice(0, 10);
const forms: Record<string, { shown: (kr: number, ore: number) => string; known?: boolean }> = {
  date: { shown: (kr) => day(kr) },
  time: { shown: (kr) => `${kr}:00:00` },
  percent: { shown: (kr, ore) => `${String(Math.round(kr * 100 + ore)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')},00%` },
  sci: { shown: (kr) => `${(kr / 10 ** Math.floor(Math.log10(kr))).toFixed(2).replace('.', ',')}E+${String(Math.floor(Math.log10(kr))).padStart(2, '0')}` },
  fraction: { shown: (kr, ore) => `${kr} ${ore === 0 ? '1/2' : `${Math.round(ore / 25)}/4`}` },
  bool: { shown: () => 'SANT' },
  krPrefix: { shown: (kr, ore) => `kr ${String(kr).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')},${String(ore).padStart(2, '0')}`, known: true },
  krPrefixNeg: { shown: (kr, ore) => `kr -${String(kr).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')},${String(ore).padStart(2, '0')}`, known: true },
};
const variants: Variant[] = [];
for (const [name, f] of Object.entries(forms)) for (const seed of [771, 772, 773]) {
  const tabs = seed === 773;
  variants.push({
    name: `${name}-${tabs ? 'tabs' : 'table'}-${seed}`, seed,
    layout: (l) => { plainLayout(l); l.table = tabs ? 'tabs' : 'table'; l.totalRow = 'none'; },
    written: (w) => {
      if (!w.report.projects.some((p) => p.entries.length > 0)) { w.report.projects[0]!.entries.push({ account: '3699', ikb: '1771', counterparty: '1704', amountOre: 1250000, text: 'Ej fakturerat' }); fixWarnings(w); }
      plainAmounts(w);
      const shown: string[] = [];
      w.report.projects.forEach((p, pi) => { const e = p.entries[0]; if (!e) return;
        if (name === 'krPrefixNeg') e.amountOre = -Math.abs(e.amountOre); else e.amountOre = Math.abs(e.amountOre);
        const kr = Math.floor(Math.abs(e.amountOre) / 100); const ore = Math.abs(e.amountOre) % 100;
        w.amounts[pi]![0] = f.shown(kr, ore); shown.push(w.amounts[pi]![0]!);
        if (!f.known) e.amountOre = 1; });
      markAmounts(w, (_pi, ei) => ei === 0);
    },
    fodt: (xml) => replaceMarked(xml, ({ amount, cell }) => (cell ? `${cell.open.replace('<table:table-cell ', `<table:table-cell office:value-type="float" office:value="0" `)}${cell.pOpen}${esc(amount)}</text:p></table:table-cell>` : esc(amount))),
  });
}
build(process.argv[2] ?? '/tmp/probe5/t07', variants);
