// A report as a flat OpenDocument text (.fodt): LibreOffice converts it to PDF and DOCX as a committee would.
import type { ReportDocument } from '../../src/domain/report.js';
import type { WrittenReport } from './content.js';
import type { Layout } from './layout.js';
import type { Random } from './prng.js';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const cm = (value: number) => `${value.toFixed(3)}cm`;

/** The page's width and height in centimetres: A4 upright, unless the novel set turned or changed it. */
function pageSize(layout: Layout): [number, number] {
  return layout.novel?.page === 'letter' ? [21.59, 27.94] : layout.novel?.page === 'landscape' ? [29.7, 21] : [21, 29.7];
}

const NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"',
].join(' ');

const HEADERS = (layout: Layout) => {
  const named = layout.novel?.headers;
  return ['Konto', 'IKB', named?.counterparty ?? 'Nämndens motpartsnr', named?.amount ?? layout.amountHeader, named?.text ?? 'Text'];
};

/** The width of the text column the tables sit in, in centimetres. */
function tableWidth(layout: Layout): number {
  const text = pageSize(layout)[0] - (layout.marginLeft ?? layout.margin) - (layout.marginRight ?? layout.margin);
  return layout.columns === 'page' ? (text - layout.columnGap) / 2 : text;
}

function styles(layout: Layout): string {
  const hyphen = layout.hyphenate
    ? 'fo:hyphenate="true" fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2"'
    : 'fo:hyphenate="false"';
  const columns = `<style:columns fo:column-count="2" fo:column-gap="${cm(layout.columnGap)}"/>`;
  const border = layout.borders ? 'fo:border="0.5pt solid #000000"' : 'fo:border="none"';
  const novel = layout.novel ?? {};
  const tableFont = novel.tableFont ? `style:font-name="${novel.tableFont.font}"` : '';
  const cellSize = [tableFont, layout.columns === 'page' ? `fo:font-size="${TABLE_PAGE_COLUMN_SIZE}pt"` : novel.tableFont ? `fo:font-size="${layout.fontSize + novel.tableFont.sizeDelta}pt"` : ''].filter((part) => part !== '').join(' ');
  const headingFont = novel.headingFont ? ` style:font-name="${novel.headingFont}"` : '';
  const frontAlign = novel.centreFront ? ' fo:text-align="center"' : '';
  const bodySpacing = novel.spaceBefore ? `fo:margin-top="${cm(layout.paragraphSpacing)}" fo:margin-bottom="0cm"` : `fo:margin-bottom="${cm(layout.paragraphSpacing)}"`;
  const bodyHeight = novel.lineHeight ? ` fo:line-height="${novel.lineHeight}pt"` : layout.lineSpacing && layout.lineSpacingScope === 'body' ? ` fo:line-height="${Math.round(layout.lineSpacing * 100)}%"` : '';
  const fonts = [...new Set([layout.font, novel.headingFont, novel.tableFont?.font].filter((font): font is string => font !== undefined))];
  const [pageWidth, pageHeight] = pageSize(layout);
  const tabStops = tabPositions(layout)
    .map((position, index) =>
      index === 2 && layout.amountAlign === 'end'
        ? `<style:tab-stop style:position="${cm(position + amountWidth(layout) - 0.2)}" style:type="right"/>`
        : `<style:tab-stop style:position="${cm(position)}"/>`,
    )
    .join('');
  return `
<office:font-face-decls>${fonts.map((font) => `<style:font-face style:name="${font}" svg:font-family="'${font}'"/>`).join('')}</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit"${layout.lineSpacing && layout.lineSpacingScope === 'all' ? ` fo:line-height="${Math.round(layout.lineSpacing * 100)}%"` : ''}/>
<style:text-properties style:font-name="${layout.font}" fo:font-size="${layout.fontSize}pt" fo:language="sv" fo:country="SE" ${hyphen}/></style:default-style>
</office:styles>
<office:automatic-styles>
<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm"${frontAlign}/><style:text-properties${headingFont} fo:font-size="${layout.fontSize + 4}pt" fo:font-weight="bold" fo:hyphenate="false"/></style:style>
<style:style style:name="Front" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm"${frontAlign}/><style:text-properties fo:hyphenate="false"/></style:style>
<style:style style:name="Heading" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/><style:text-properties${headingFont} fo:font-size="${layout.fontSize + layout.headingSize}pt" fo:font-weight="bold" fo:hyphenate="false"/></style:style>
${layout.narrativeHeading ? `<style:style style:name="NarrativeHeading" style:family="paragraph"><style:paragraph-properties fo:margin-top="${cm(layout.narrativeHeading.before)}" fo:margin-bottom="${cm(layout.narrativeHeading.after)}" fo:keep-with-next="always"/><style:text-properties${headingFont} fo:font-size="${layout.fontSize + layout.narrativeHeading.sizeDelta}pt" fo:font-weight="bold" fo:hyphenate="false"/></style:style>\n` : ''}<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="${layout.justify ? 'justify' : 'start'}" ${bodySpacing} fo:text-indent="${cm(layout.firstLineIndent)}"${bodyHeight}/></style:style>
${layout.novel ? `<style:style style:name="Em" style:family="text"><style:text-properties ${novel.emphasis === 'italic' ? 'fo:font-style="italic"' : 'fo:font-weight="bold"'}/></style:style>
<style:style style:name="Running" style:family="paragraph"><style:paragraph-properties${novel.pageNumber === 'bare' ? ' fo:text-align="end"' : ''}><style:tab-stops><style:tab-stop style:position="${cm(pageWidth - (layout.marginLeft ?? layout.margin) - (layout.marginRight ?? layout.margin))}" style:type="right"/></style:tab-stops></style:paragraph-properties></style:style>\n` : ''}<style:style style:name="HeadCell" style:family="paragraph"><style:paragraph-properties fo:text-align="${layout.headerAlign}"/><style:text-properties ${layout.headerBold ? 'fo:font-weight="bold"' : ''} ${cellSize}/></style:style>
<style:style style:name="Cell" style:family="paragraph"><style:paragraph-properties fo:text-align="start"/><style:text-properties ${cellSize}/></style:style>
${layout.textAlign ? `<style:style style:name="TextCell" style:family="paragraph"><style:paragraph-properties fo:text-align="${layout.textAlign}"/><style:text-properties ${cellSize}/></style:style>\n` : ''}<style:style style:name="AmountCell" style:family="paragraph"><style:paragraph-properties fo:text-align="${layout.amountAlign}"/><style:text-properties ${cellSize}/></style:style>
<style:style style:name="Tabs" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0cm"><style:tab-stops>${tabStops}</style:tab-stops></style:paragraph-properties>${tableFont ? `<style:text-properties ${tableFont}/>` : ''}</style:style>
<style:style style:name="TabsHead" style:family="paragraph" style:parent-style-name="Tabs"><style:paragraph-properties fo:margin-top="0.2cm"><style:tab-stops>${tabStops}</style:tab-stops></style:paragraph-properties><style:text-properties ${layout.headerBold ? 'fo:font-weight="bold"' : ''}/></style:style>
<style:style style:name="Tab" style:family="table"><style:table-properties style:width="${cm(tableWidth(layout))}" table:align="left" fo:margin-bottom="0.3cm"/></style:style>
${columnWidths(layout).map((w, index) => `<style:style style:name="Col${index}" style:family="table-column"><style:table-column-properties style:column-width="${cm(w)}"/></style:style>`).join('\n')}
<style:style style:name="C" style:family="table-cell"><style:table-cell-properties fo:padding="${cm(layout.cellPadding)}" ${border}/></style:style>
<style:style style:name="CH" style:family="table-cell"><style:table-cell-properties fo:padding="${cm(layout.cellPadding)}" ${border}${layout.headerShade ? ' fo:background-color="#d9d9d9"' : ''}/></style:style>
<style:style style:name="Two" style:family="section"><style:section-properties>${columns}</style:section-properties></style:style>
<style:page-layout style:name="Page"><style:page-layout-properties fo:page-width="${pageWidth}cm" fo:page-height="${pageHeight}cm"${novel.page === 'landscape' ? ' style:print-orientation="landscape"' : ''} fo:margin-top="${cm(layout.margin)}" fo:margin-bottom="${cm(layout.margin)}" fo:margin-left="${cm(layout.marginLeft ?? layout.margin)}" fo:margin-right="${cm(layout.marginRight ?? layout.margin)}">${layout.columns === 'page' ? columns : ''}</style:page-layout-properties>
<style:header-style><style:header-footer-properties fo:margin-bottom="0.4cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>`;
}

/**
 * The table's column widths. In a page of two columns a committee keeps the table readable: the
 * code columns no narrower than their header words, the text column taking what is left.
 */
function columnWidths(layout: Layout): number[] {
  const width = tableWidth(layout);
  const shares = layout.columnShares.map((share) => width * share);
  if (layout.columns !== 'page') return shares;
  const scale = TABLE_PAGE_COLUMN_SIZE / 10;
  const minimum = [1.25 * scale, 1.0 * scale, 2.0 * scale, 1.9 * scale];
  const fixed = minimum.map((min, index) => Math.max(min, shares[index] ?? 0));
  return [...fixed, Math.max(1.5, width - fixed.reduce((a, b) => a + b, 0))];
}

// Tables in a page of two columns are set smaller, as committees do to make them fit.
const TABLE_PAGE_COLUMN_SIZE = 9;

function amountWidth(layout: Layout): number {
  return Math.max(2.8 * (layout.fontSize / 10), tableWidth(layout) * layout.columnShares[3]);
}

/** Tab positions (cm from the left) of the IKB, motpartsnr, Belopp and Text columns. */
function tabPositions(layout: Layout): number[] {
  const scale = layout.fontSize / 10;
  const konto = 1.5 * scale;
  const ikb = 1.5 * scale;
  const counterparty = 3.8 * scale;
  const first = konto;
  return [first, first + ikb, first + ikb + counterparty, first + ikb + counterparty + amountWidth(layout)];
}

function masterPage(written: WrittenReport, layout: Layout): string {
  const { report } = written;
  const novel = layout.novel ?? {};
  const left = layout.pageHeader === 'none' ? '' : escape(layout.pageHeader === 'committee' ? report.committee : report.title);
  const right = novel.headerRight ? `<text:tab/>${escape(novel.headerRight)}` : '';
  // The other sets' running lines keep the default style, so their files stay as they were generated.
  const running = layout.novel ? ' text:style-name="Running"' : '';
  const header = left === '' && right === '' ? '' : `<style:header><text:p${running}>${left}${right}</text:p></style:header>`;
  const [number, count] = ['<text:page-number>1</text:page-number>', '<text:page-count>1</text:page-count>'];
  const pageField =
    novel.pageNumber === 'sida-paren' ? `Sida ${number} (${count})` : novel.pageNumber === 'paren' ? `${number} (${count})` : novel.pageNumber === 'bare' ? number : `Sida ${number} av ${count}`;
  const footerText =
    layout.pageFooter === 'page'
      ? pageField
      : layout.pageFooter === 'committee-page'
        ? `${escape(report.committee)}<text:tab/>${pageField}`
        : escape(report.committee);
  const footer = layout.pageFooter === 'none' ? '' : `<style:footer><text:p${running}>${footerText}</text:p></style:footer>`;
  return `<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="Page">${header}${footer}</style:master-page></office:master-styles>`;
}

const p = (style: string, text: string) => `<text:p text:style-name="${style}">${text}</text:p>`;
const cell = (style: string, text: string, span = 1, cellStyle = 'C') =>
  `<table:table-cell table:style-name="${cellStyle}"${span > 1 ? ` table:number-columns-spanned="${span}"` : ''}>${p(style, escape(text))}</table:table-cell>${'<table:covered-table-cell/>'.repeat(span - 1)}`;

function projectTable(written: WrittenReport, index: number, layout: Layout, random: Random): string {
  const project = written.report.projects[index];
  if (!project) return '';
  const amounts = written.amounts[index] ?? [];
  const total = project.entries.reduce((sum, entry) => sum + entry.amountOre, 0);
  const totalText = amounts.length > 0 ? formatTotal(total, amounts) : '';
  const withTotal = layout.totalRow !== 'none' && project.entries.length > 0;
  if (layout.table === 'tabs') {
    const line = (cells: string[], style: string) => p(style, cells.map(escape).join('<text:tab/>'));
    const rows = project.entries.map((entry, i) => line([entry.account, entry.ikb, entry.counterparty, amounts[i] ?? '', entry.text], 'Tabs'));
    const totalLine = withTotal ? [line([layout.totalRow, '', '', totalText], 'Tabs')] : [];
    return [line(HEADERS(layout), 'TabsHead'), ...rows, ...totalLine, p('Front', '')].join('\n');
  }
  const columns = layout.columnShares.map((_, i) => `<table:table-column table:style-name="Col${i}"/>`).join('');
  const headRow = `<table:table-row>${HEADERS(layout).map((text) => cell('HeadCell', text, 1, 'CH')).join('')}</table:table-row>`;
  const head = layout.repeatHeader ? `<table:table-header-rows>${headRow}</table:table-header-rows>` : headRow;
  const rows = project.entries.map(
    (entry, i) =>
      `<table:table-row>${cell('Cell', entry.account)}${cell('Cell', entry.ikb)}${cell('Cell', entry.counterparty)}${cell('AmountCell', amounts[i] ?? '')}${cell(layout.textAlign ? 'TextCell' : 'Cell', entry.text)}</table:table-row>`,
  );
  if (withTotal) {
    const merged = random.chance(0.5);
    rows.push(
      `<table:table-row>${merged ? cell('Cell', layout.totalRow, 3) : cell('Cell', layout.totalRow) + cell('Cell', '') + cell('Cell', '')}${cell('AmountCell', totalText)}${cell('Cell', '')}</table:table-row>`,
    );
  }
  return `<table:table table:style-name="Tab">${columns}${head}${rows.join('')}</table:table>`;
}

/** The total written like the entries (same grouping space, "kr", minus sign). */
function formatTotal(ore: number, amounts: readonly string[]): string {
  const sample = amounts[0] ?? '';
  const nbsp = amounts.some((a) => a.includes('\u00a0'));
  const kr = sample.endsWith(' kr');
  const minus = amounts.map((a) => /^[-\u2212\u2013]/u.exec(a)?.[0]).find((m) => m !== undefined) ?? '-';
  const abs = Math.abs(ore);
  const grouped = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, nbsp ? '\u00a0' : ' ');
  const fraction = abs % 100 === 0 ? '' : `,${String(abs % 100).padStart(2, '0')}`;
  return `${ore < 0 ? minus : ''}${grouped}${fraction}${kr ? ' kr' : ''}`;
}

function narrative(report: ReportDocument, index: number, layout: Layout, random: Random): string {
  const project = report.projects[index];
  if (!project?.narrative) return '';
  return [p(layout.narrativeHeading ? 'NarrativeHeading' : 'Heading', escape(`Delredovisning projekt ${project.number}: ${project.narrative.title}`)), ...project.narrative.paragraphs.map((text) => p('Body', emphasised(text, layout, random)))].join('\n');
}

/** A paragraph's text, with a few of its words in bold or italic where the layout asks for it. */
function emphasised(text: string, layout: Layout, random: Random): string {
  if (!layout.novel?.emphasis || !random.chance(0.5)) return escape(text);
  const words = text.split(' ');
  const start = Math.floor(random.next() * words.length);
  const end = Math.min(words.length, start + 1 + Math.floor(random.next() * 4));
  return [escape(words.slice(0, start).join(' ')), `<text:span text:style-name="Em">${escape(words.slice(start, end).join(' '))}</text:span>`, escape(words.slice(end).join(' '))].filter((part) => part !== '').join(' ');
}

/** The report as a flat ODT document in the given layout. */
export function toFodt(written: WrittenReport, layout: Layout, random: Random): string {
  const { report } = written;
  const front = [p('Title', escape(report.title)), p('Front', escape(report.reportType)), p('Front', escape(`Nämnd: ${report.committee}`)), p('Front', escape(written.periodLine))];
  const section = (content: string) => (layout.columns === 'narratives' && content !== '' ? `<text:section text:style-name="Two" text:name="S${Math.floor(random.next() * 1e9)}">${content}</text:section>` : content);
  const body: string[] = [...front];
  const tables = report.projects.map((project, index) => [p('Heading', escape(`Projekt ${project.number}: ${project.name}`)), projectTable(written, index, layout, random)].join('\n'));
  if (layout.order === 'grouped') {
    body.push(...tables, section(report.projects.map((_, index) => narrative(report, index, layout, random)).join('\n')));
  } else {
    report.projects.forEach((_, index) => body.push(tables[index] ?? '', section(narrative(report, index, layout, random))));
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document ${NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
${styles(layout)}
${masterPage(written, layout)}
<office:body><office:text>
${body.join('\n')}
</office:text></office:body></office:document>
`;
}
