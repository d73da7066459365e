// The report as HTML: what the web application shows and what a browser prints. Every piece of text a
// committee wrote passes through escapeHtml, so a narrative is inert text, never markup.
import type { ProjectSection, ReportDocument } from '../../domain/report.js';
import {
  INDICATORS_CAPTION,
  indicatorCell,
  indicatorColumns,
  reportYear,
  ENTRY_COLUMNS,
  NO_ENTRIES,
  accrualPeriodLine,
  amountCell,
  APPROVAL_HEADING,
  approvalLines,
  committeeLine,
  documentTitle,
  DRAFT_MARK,
  kronorCell,
  narrativeHeading,
  printedNarrative,
  projectHeading,
  projectSumOre,
  reportTotalLine,
  SUM_LABEL,
  type DocumentApproval,
  type DocumentFrame,
} from '../wording.js';

/** Options for renderHtml: a fragment for embedding, or a whole printable page (with the organisation at its foot). */
export interface HtmlOptions {
  standalone?: boolean;
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for use in HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** The report's own styles, scoped to `.report`, for pages that embed the HTML fragment. */
export const REPORT_CSS = `
.report .report-type { font-size: 1.1rem; margin: 0 0 1rem; }
.report .report-meta { border-bottom: 1px solid #8a8f94; padding-bottom: .8rem; }
.report .report-meta p { margin: .2rem 0; }
.report table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: .9rem; table-layout: fixed; }
/* The same column widths in every table, so the tables of a report line up as in the PDF. */
.report th:nth-child(1) { width: 4rem; } .report th:nth-child(2) { width: 3.5rem; }
.report th:nth-child(3) { width: 11.5rem; } .report th:nth-child(4) { width: 7rem; }
.report caption { text-align: left; font-size: .8rem; color: #555; padding: 0 0 .2rem; }
.report th, .report td { border-bottom: 1px solid #b9b9b9; padding: .35rem .5rem; text-align: left; vertical-align: top; }
.report th { background: #eef0f2; border-bottom: 2px solid #6b6b6b; }
.report .amount { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.report table.indicators th:nth-child(1) { width: auto; } .report table.indicators th:nth-child(2) { width: 5.5rem; }
.report table.indicators th:nth-child(3), .report table.indicators th:nth-child(4), .report table.indicators th:nth-child(5) { width: 6.5rem; }
.report table.indicators th:nth-child(6) { width: 28%; }
.report table.indicators tbody th { background: none; border-bottom: 1px solid #b9b9b9; font-weight: normal; }
.report .empty { font-style: italic; color: #555; }
.report tfoot th, .report tfoot td { font-weight: bold; border-top: 2px solid #6b6b6b; background: none; }
.report .report-total { font-weight: bold; margin: 1rem 0; }
.report .narrative p { margin: 0 0 .7rem; white-space: pre-line; }
.report .draft-mark { border: 2px solid #a8201a; color: #a8201a; background: #fdf1f0; font-weight: bold; padding: .4rem .6rem; margin: 0 0 1rem; }
.report .approval dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0; }
.report .approval dd { margin: 0; }
`;

// Print-friendly and self-contained: no web fonts, no external sheets, A4 margins like the PDF.
const STYLESHEET = `
body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; color: #1a1a1a; line-height: 1.45;
  max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin: 0 0 .2rem; }
h2 { font-size: 1.2rem; margin: 1.8rem 0 .6rem; }
${REPORT_CSS}
.document-footer { border-top: 1px solid #8a8f94; margin-top: 2rem; padding-top: .4rem; font-size: .85rem; color: #5c6166; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
  h2 { break-after: avoid; }
  table, tr, .approval { break-inside: avoid; }
}
`;

/** Text as a CSS string: quotes and backslashes escaped, and nothing that could end the style element. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"<>\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

// The printed page: A4 with the PDF's furniture in the page's margin boxes, so a browser prints it
// on every page — the draft mark at the top, the organisation and the page number at the foot.
function pageRule(frame: DocumentFrame): string {
  const box = (name: string, content: string, style = 'font-size: 8pt; color: #5c6166;') => `  @${name} { content: ${content}; ${style} }\n`;
  return (
    '@page { size: A4; margin: 25mm 20mm;\n' +
    (frame.approval === null ? box('top-left', cssString(DRAFT_MARK), 'font-size: 9pt; color: #a8201a; font-weight: bold;') : '') +
    box('bottom-left', cssString(frame.organisation)) +
    box('bottom-right', '"Sida " counter(page) " av " counter(pages)') +
    '}\n'
  );
}

// After the entries, in the project's own section: what it wanted to achieve and what came of it.
function indicatorTable(project: ProjectSection, year: string): string {
  const indicators = project.indicators ?? [];
  if (indicators.length === 0) return '';
  const columns = indicatorColumns(year);
  const numeric = (i: number) => i >= 2 && i <= 4;
  const head = columns.map((label, i) => `<th scope="col"${numeric(i) ? ' class="amount"' : ''}>${escapeHtml(label)}</th>`).join('');
  const rows = indicators.map((x) =>
    `<tr><th scope="row">${escapeHtml(x.name)}</th><td>${escapeHtml(x.unit)}</td>` +
    [x.baseline, x.target, x.outcome].map((v) => `<td class="amount">${escapeHtml(indicatorCell(v))}</td>`).join('') +
    `<td>${escapeHtml(x.comment ?? '')}</td></tr>`).join('\n');
  return `\n<table class="indicators">\n<caption>${INDICATORS_CAPTION}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>`;
}

function entryTable(project: ProjectSection, year: string): string {
  const head = ENTRY_COLUMNS.map(
    (label) => `<th scope="col"${label === 'Belopp' ? ' class="amount"' : ''}>${escapeHtml(label)}</th>`,
  ).join('');
  const rows =
    project.entries.length === 0
      ? `<tr><td colspan="${ENTRY_COLUMNS.length}" class="empty">${escapeHtml(NO_ENTRIES)}</td></tr>`
      : project.entries
          .map(
            (e) =>
              `<tr><td>${escapeHtml(e.account)}</td><td>${escapeHtml(e.ikb)}</td>` +
              `<td>${escapeHtml(e.counterparty)}</td><td class="amount">${escapeHtml(amountCell(e.amountOre))}</td>` +
              `<td>${escapeHtml(e.text)}</td></tr>`,
          )
          .join('\n');
  const sum = project.entries.length === 0
    ? ''
    : `\n<tfoot><tr><th scope="row" colspan="3">${SUM_LABEL}</th><td class="amount">${escapeHtml(kronorCell(projectSumOre(project)))}</td><td></td></tr></tfoot>`;
  const heading = escapeHtml(projectHeading(project));
  // The h2 names the section; the caption names the table itself for screen readers' table lists.
  return (
    `<section class="project" aria-labelledby="projekt-${project.number}">\n` +
    `<h2 id="projekt-${project.number}">${heading}</h2>\n` +
    `<table>\n<caption>Periodiseringar</caption>\n` +
    `<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody>${sum}\n</table>${indicatorTable(project, year)}\n</section>`
  );
}

function narrativeSection(project: ProjectSection): string {
  const narrative = printedNarrative(project);
  if (narrative === null) return '';
  const id = `delredovisning-${project.number}`;
  const paragraphs = narrative.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  return (
    `<section class="narrative" aria-labelledby="${id}">\n` +
    `<h2 id="${id}">${escapeHtml(narrativeHeading(project, narrative.title))}</h2>\n` +
    `${paragraphs}\n</section>`
  );
}

function approvalSection(approval: DocumentApproval): string {
  const items = approvalLines(approval).map((line) => {
    const [term = '', value = ''] = line.split(/:\s(.*)/su);
    return `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd>`;
  });
  return `<section class="approval" aria-labelledby="godkannande">\n<h2 id="godkannande">${APPROVAL_HEADING}</h2>\n<dl>${items.join('')}</dl>\n</section>`;
}

/**
 * Renders a report as an accessible HTML fragment, or as a whole page when standalone: a report
 * that is not approved opens with the draft mark (printed on every page), an approved one ends
 * with its approval; the whole page names the organisation at its foot (on every printed page).
 */
export function renderHtml(report: ReportDocument, frame: DocumentFrame, options: HtmlOptions = {}): string {
  const body = [
    `<article class="report" lang="sv">`,
    ...(frame.approval === null ? [`<p class="draft-mark">${escapeHtml(DRAFT_MARK)}</p>`] : []),
    `<header class="report-meta">`,
    `<h1>${escapeHtml(report.title)}</h1>`,
    `<p class="report-type">${escapeHtml(report.reportType)}</p>`,
    `<p>${escapeHtml(committeeLine(report))}</p>`,
    `<p>${escapeHtml(accrualPeriodLine(report))}</p>`,
    `</header>`,
    ...report.projects.map((p) => entryTable(p, reportYear(report))),
    ...(report.projects.length > 0 ? [`<p class="report-total">${escapeHtml(reportTotalLine(report))}</p>`] : []),
    ...report.projects.map(narrativeSection).filter((s) => s !== ''),
    ...(frame.approval === null ? [] : [approvalSection(frame.approval)]),
    `</article>`,
  ].join('\n');
  if (!options.standalone) return body + '\n';
  return [
    '<!DOCTYPE html>',
    '<html lang="sv">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(documentTitle(report))}</title>`,
    `<style>${STYLESHEET}${pageRule(frame)}</style>`,
    '</head>',
    '<body>',
    body,
    `<footer class="document-footer"><p>${escapeHtml(frame.organisation)}</p></footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
