// Material at the report's end that is no project's: a bold "Summa för nämnden 1 234 567 kr" line; a heading
// "Sammanställning" and a table of every project's total (Projekt | Belopp); the same heading and a table with the
// project tables' header (Konto, IKB, motpartsnr, Belopp, Text) repeating every entry; a signature block with a date
// and a phone number; a first-page-only footer ("Bilaga 1 till tjänsteutlåtande dnr 1.2.3-456/2016"). Table and tabs.
// Truth: the report (nothing at the end is an entry, nor part of the last narrative). Exact, warned or a refusal is
// right; entries added to the last project, a total read as an entry, or the end text read into a narrative, is wrong.
import { addStyles, build, cellXml, esc, fmt, plainLayout, type Variant } from './slib.js';
type K = 'summaLine' | 'totalsTable' | 'allEntries' | 'allEntriesNoHeading' | 'signature' | 'firstFooter';
const kinds: K[] = ['summaLine', 'totalsTable', 'allEntries', 'allEntriesNoHeading', 'signature', 'firstFooter'];
const variants: Variant[] = [];
for (const kind of kinds) for (const seed of [941, 942, 943, 944]) {
  const tabs = seed === 944;
  variants.push({
    name: `${kind}-${tabs ? 'tabs' : 'table'}-${seed}`, seed,
    layout: (l) => { plainLayout(l); l.table = tabs ? 'tabs' : 'table'; l.totalRow = seed === 943 ? 'Summa' : 'none'; if (kind === 'firstFooter') l.pageFooter = 'none'; },
    fodt: (xml, w) => {
      const ps = w.report.projects;
      const grand = ps.reduce((s, p) => s + p.entries.reduce((t, e) => t + e.amountOre, 0), 0);
      let end = '';
      if (kind === 'summaLine') end = `<text:p text:style-name="Heading">Summa för nämnden ${esc(fmt(grand))} kr</text:p>`;
      if (kind === 'signature') end = `<text:p text:style-name="Body">Stockholm 2016-09-14</text:p><text:p text:style-name="Body">Anna Andersson, controller, tfn 08-508 12 345</text:p>`;
      if (kind === 'totalsTable') {
        end = `<text:p text:style-name="Heading">Sammanställning</text:p><table:table table:style-name="Tab"><table:table-column table:style-name="Col4"/><table:table-column table:style-name="Col3"/>`
          + `<table:table-row>${cellXml('Projekt', 'HeadCell', 'CH')}${cellXml('Belopp', 'HeadCell', 'CH')}</table:table-row>`
          + ps.map((p) => `<table:table-row>${cellXml(`Projekt ${p.number}: ${p.name}`)}${cellXml(fmt(p.entries.reduce((t, e) => t + e.amountOre, 0)), 'AmountCell')}</table:table-row>`).join('')
          + `<table:table-row>${cellXml('Summa')}${cellXml(fmt(grand), 'AmountCell')}</table:table-row></table:table>`;
      }
      if (kind === 'allEntries' || kind === 'allEntriesNoHeading') {
        const rows = ps.flatMap((p) => p.entries.map((e) => [e.account, e.ikb, e.counterparty, fmt(e.amountOre), `${e.text} (projekt ${p.number})`]));
        const head = kind === 'allEntries' ? '<text:p text:style-name="Heading">Sammanställning av periodiseringar</text:p>' : '<text:p text:style-name="Body">Samtliga periodiseringar i rapporten:</text:p>';
        if (tabs) {
          const headTabs = /<text:p text:style-name="TabsHead">.*?<\/text:p>/.exec(xml)![0];
          end = head + headTabs + rows.map((r) => `<text:p text:style-name="Tabs">${r.map(esc).join('<text:tab/>')}</text:p>`).join('');
        } else {
          const headRow = /<table:table table:style-name="Tab">(.*?)<table:table-row>(.*?)<\/table:table-row>/s.exec(xml)!;
          end = `${head}<table:table table:style-name="Tab">${headRow[1]!.replace(/<\/?table:table-header-rows>/g, '')}<table:table-row>${headRow[2]}</table:table-row>${rows.map((r) => `<table:table-row>${r.map((c, i) => cellXml(c, i === 3 ? 'AmountCell' : 'Cell')).join('')}</table:table-row>`).join('')}</table:table>`;
        }
      }
      if (kind === 'firstFooter') {
        xml = xml.replace(/<style:master-page style:name="Standard" style:page-layout-name="Page">/, '<style:master-page style:name="First" style:page-layout-name="Page" style:next-style-name="Standard"><style:footer><text:p>Bilaga 1 till tjänsteutlåtande dnr 1.2.3-456/2016</text:p></style:footer></style:master-page>$&');
        xml = addStyles(xml, '<style:style style:name="TitleFirst" style:family="paragraph" style:parent-style-name="Title" style:master-page-name="First"/>');
        // (automatic styles cannot inherit from automatic ones in every reader: copy Title's properties instead)
        const title = /<style:style style:name="Title" style:family="paragraph">(.*?)<\/style:style>/s.exec(xml)![1]!;
        xml = xml.replace('<style:style style:name="TitleFirst" style:family="paragraph" style:parent-style-name="Title" style:master-page-name="First"/>', `<style:style style:name="TitleFirst" style:family="paragraph" style:master-page-name="First">${title}</style:style>`);
        return xml.replace('<text:p text:style-name="Title">', '<text:p text:style-name="TitleFirst">');
      }
      return xml.replace('</office:text>', `${end}</office:text>`);
    },
  });
}
build(process.argv[2] ?? '/tmp/probe6/u04', variants);
