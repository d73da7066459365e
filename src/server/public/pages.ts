// The public record's pages: server-rendered HTML that needs no script, so a visitor's first byte is
// the page itself, a cache can hold it whole, and it reads the same with or without JavaScript. It
// wears the app's own stylesheet (src/web/styles.css, inlined) and its header and footer.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CommitteeRoundFigures } from '../../app/finance/round-figures.js';
import type { PublicProgramme, PublicReportSummary, PublicRound } from '../../app/public/public-record.js';
import { OPEN_DATA_LICENCE } from '../../documents/export/open-data.js';
import { escapeHtml, REPORT_CSS, renderHtml } from '../../documents/render/html.js';
import { MAX_SEARCH_QUERY_LENGTH } from '../../domain/limits.js';
import { formatSek, sumOre } from '../../domain/money.js';
import { formatRoundCode, ROUND_KIND_NAMES, type RoundKind } from '../../domain/period.js';
import type { ReportDocument } from '../../domain/report.js';
import type { DocumentFrame } from '../../documents/wording.js';
import { packageRoot } from '../package-root.js';
import { roundChartRows, type RoundChart } from './round-chart.js';

/** Where the public pages live. */
export const PUBLIC_ROOT = '/offentligt';
/** Where the open data lives. */
export const OPEN_DATA_ROOT = '/oppna-data/';

let appCss: string | undefined;
/** The app's stylesheet with the documents' and these pages' additions, for pages rendered on the server. */
export function stylesheet(): string {
  appCss ??= readFileSync(path.join(packageRoot(), 'src/web/styles.css'), 'utf8');
  return `${appCss}\n${REPORT_CSS}\n.public-note { color: var(--muted); font-size: .9375rem; }\n.downloads { display: flex; gap: .75rem; flex-wrap: wrap; margin: 1rem 0 1.5rem; padding: 0; list-style: none; }\n.public-chart { margin: 1rem 0 1.5rem; }\n.public-chart__svg { display: block; max-width: 100%; height: auto; }\n`;
}

const h = escapeHtml;

/** "2014-VB" → "Verksamhetsberättelse 2014 (2014-VB)". */
export function roundTitle(round: { year: number; kind: RoundKind }): string {
  return `${ROUND_KIND_NAMES[round.kind]} ${round.year} (${formatRoundCode(round)})`;
}

/** Where the public search lives. */
export const PUBLIC_SEARCH = `${PUBLIC_ROOT}/sok`;

const NAV = [
  [PUBLIC_ROOT, 'Start'],
  [`${PUBLIC_ROOT}/redovisningar`, 'Redovisningar'],
  [PUBLIC_SEARCH, 'Sök'],
  [OPEN_DATA_ROOT, 'Öppna data'],
] as const;

/** A whole public page: the app's frame, a skip link, one h1, the content in main. */
export function publicPage(options: { title: string; current: string; body: string }): string {
  const nav = NAV.map(([href, label]) =>
    `<li><a href="${href}"${href === options.current ? ' class="active" aria-current="page"' : ''}>${h(label)}</a></li>`).join('');
  return `<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(options.title)} – Redovisa, offentligt arkiv</title>
<style>${stylesheet()}</style>
</head>
<body>
<div class="app">
<a class="skip-link" href="#main">Hoppa till innehållet</a>
<header class="app-header">
<div class="app-header__inner"><a href="${PUBLIC_ROOT}" class="brand">Redovisa</a>
<form class="header-search" role="search" aria-label="Sök i arkivet" action="${PUBLIC_SEARCH}" method="get"><label for="header-search" class="visually-hidden">Sök i godkända redovisningar</label><input id="header-search" type="search" name="q" maxlength="${MAX_SEARCH_QUERY_LENGTH}" autocomplete="off"><button type="submit" class="button button--small">Sök</button></form>
<span class="muted">Offentligt arkiv över godkända redovisningar</span></div>
<nav class="app-nav" aria-label="Offentliga sidor"><ul>${nav}</ul></nav>
</header>
<main id="main" class="page">
<h1>${h(options.title)}</h1>
${options.body}
</main>
<footer class="app-footer"><p>Godkända redovisningar är allmänna handlingar. Uppgifterna får återanvändas fritt (<a href="${OPEN_DATA_LICENCE.url}">CC0 1.0</a>). <a href="/">Logga in</a> för att arbeta med redovisningar.</p></footer>
</div>
</body>
</html>
`;
}

function table(caption: string, head: readonly string[], rows: readonly string[], numeric: ReadonlySet<number> = new Set()): string {
  const ths = head.map((label, i) => `<th scope="col"${numeric.has(i) ? ' class="num"' : ''}>${h(label)}</th>`).join('');
  return `<div class="table-wrap" role="region" aria-label="${h(caption)}" tabindex="0"><table class="table"><caption>${h(caption)}</caption>` +
    `<thead><tr>${ths}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

const money = (ore: number | null) => (ore === null ? '–' : h(formatSek(ore)));
/** A public report page's address. */
export const reportHref = (id: number) => `${PUBLIC_ROOT}/redovisningar/${id}`;
const roundHref = (code: string) => `${PUBLIC_ROOT}/omgangar/${code}`;

function reportRows(reports: readonly PublicReportSummary[]): string[] {
  return reports.map((r) =>
    `<tr><th scope="row"><a href="${reportHref(r.id)}">${h(r.committeeName)}</a></th><td>${h(r.title)}</td>` +
    `<td>${h(r.accrualFrom)} – ${h(r.accrualTo)}</td><td>${h(r.approvedAt.slice(0, 10))}</td></tr>`);
}
const REPORT_HEAD = ['Nämnd', 'Redovisning', 'Periodisering', 'Godkänd'] as const;

/** The start page: the programmes' projects year by year, and the rounds with approved reports. */
export function homePage(programmes: readonly PublicProgramme[], rounds: readonly PublicRound[]): string {
  const roundList = rounds.length === 0
    ? '<p>Ännu finns ingen godkänd redovisning.</p>'
    : `<ul>${rounds.map((r) => `<li><a href="${roundHref(r.code)}">${h(roundTitle(r))}</a>: ${r.reports.length} godkända redovisningar</li>`).join('')}</ul>`;
  const programmeSections = programmes.map((p) => {
    const years = p.years.map((y) => table(
      `${p.name}: projekt ${y.year}`,
      ['Projekt', 'Nämnd', 'Projektkod', 'Anslag'],
      y.projects.map((row) => `<tr><th scope="row">${h(row.name)}</th><td>${h(row.committee)}</td><td>${h(row.projectCode)}</td><td class="num">${money(row.grantOre)}</td></tr>`),
      new Set([3]),
    )).join('\n');
    return `<section aria-labelledby="satsning-${h(p.name)}"><h2 id="satsning-${h(p.name)}">${h(p.name)}</h2>\n${years}</section>`;
  }).join('\n');
  return publicPage({
    title: 'Satsningar, projekt och redovisningar',
    current: PUBLIC_ROOT,
    body: `<p class="lead">Här finns nämndernas godkända redovisningar av projekt som satsningarna finansierar: text, periodiseringar och siffror per omgång. Utkast och redovisningar som inte är godkända visas inte.</p>
<h2>Omgångar med godkända redovisningar</h2>
${roundList}
<p><a href="${PUBLIC_ROOT}/redovisningar">Alla godkända redovisningar</a> · <a href="${OPEN_DATA_ROOT}">Öppna data (JSON och CSV)</a></p>
${programmeSections}`,
  });
}

/** Every approved report, round by round. */
export function reportListPage(rounds: readonly PublicRound[], withoutRound: readonly PublicReportSummary[]): string {
  const sections = rounds.map((r) =>
    `<section aria-labelledby="omgang-${r.code}"><h2 id="omgang-${r.code}"><a href="${roundHref(r.code)}">${h(roundTitle(r))}</a></h2>\n` +
    table(`Godkända redovisningar, ${formatRoundCode(r)}`, REPORT_HEAD, reportRows(r.reports)) + '</section>');
  if (withoutRound.length > 0) {
    sections.push(`<section aria-labelledby="utan-omgang"><h2 id="utan-omgang">Redovisningar utanför omgångarna</h2>\n${table('Godkända redovisningar utanför omgångarna', REPORT_HEAD, reportRows(withoutRound))}</section>`);
  }
  return publicPage({
    title: 'Godkända redovisningar',
    current: `${PUBLIC_ROOT}/redovisningar`,
    body: sections.length === 0 ? '<p>Ännu finns ingen godkänd redovisning.</p>' : sections.join('\n'),
  });
}

/**
 * The round's chart as a figure: caption, summary, the server-rendered SVG (hidden from screen
 * readers) and the committees' sums as the table it pictures.
 */
function roundChartFigure(round: PublicRound, figures: readonly CommitteeRoundFigures[], chart: RoundChart): string {
  const caption = `Bidrag och godkänt periodiserat per nämnd, ${round.code}`;
  const rows = roundChartRows(figures).map((r) =>
    `<tr><th scope="row">${h(r.name)}</th><td class="num">${money(r.grantOre)}</td><td class="num">${money(r.accruedOre)}</td><td class="num">${money(r.remainingOre)}</td></tr>`);
  return `<figure class="chart-figure public-chart" aria-labelledby="fig-round-caption" aria-describedby="fig-round-summary">
<figcaption id="fig-round-caption" class="chart-figure__caption">${h(caption)}</figcaption>
<p id="fig-round-summary" class="chart-figure__summary">${h(chart.summary)}</p>
<div class="chart">${chart.svg}</div>
${table(`${caption}: siffrorna i diagrammet`, ['Nämnd', 'Anslag', 'Hittills i år', 'Kvar'], rows, new Set([1, 2, 3]))}
</figure>`;
}

/** A round: its approved reports, a chart of grant against accrued, and the figures per committee and project. */
export function roundPage(round: PublicRound, figures: readonly CommitteeRoundFigures[], chart: RoundChart | null): string {
  const head = ['Projekt', 'Projektkod', 'Anslag', 'Denna omgång', 'Hittills i år', 'Kvar'];
  const committeeTables = figures.map((c) => {
    const rows = c.projects.map((p) =>
      `<tr><th scope="row">${h(p.name)}</th><td>${h(p.projectCode)}</td><td class="num">${money(p.grantOre)}</td>` +
      `<td class="num">${money(p.accruedThisRoundOre)}</td><td class="num">${money(p.yearToDateOre)}</td><td class="num">${money(p.remainingOre)}</td></tr>`);
    const total = (pick: (p: CommitteeRoundFigures['projects'][number]) => number | null) => {
      const values = c.projects.map(pick);
      return values.some((v) => v === null) ? null : sumOre(values.map((v) => v ?? 0));
    };
    rows.push(`<tr><th scope="row">Summa</th><td></td><td class="num">${money(total((p) => p.grantOre))}</td><td class="num">${money(total((p) => p.accruedThisRoundOre))}</td>` +
      `<td class="num">${money(total((p) => p.yearToDateOre))}</td><td class="num">${money(total((p) => p.remainingOre))}</td></tr>`);
    return table(`${c.committeeName}: anslag, periodiserat och kvar`, head, rows, new Set([2, 3, 4, 5]));
  }).join('\n');
  return publicPage({
    title: roundTitle(round),
    current: '',
    body: `<h2>Godkända redovisningar</h2>
${table(`Godkända redovisningar, ${round.code}`, REPORT_HEAD, reportRows(round.reports))}
<h2>Siffror per nämnd och projekt</h2>
<p class="public-note">Ur de godkända redovisningarna: årets anslag, det som periodiserats i denna omgång, hittills i år och det som återstår. Nämnder vars redovisning inte är godkänd visas inte.</p>
${chart === null ? '' : roundChartFigure(round, figures, chart)}
${committeeTables}
<p>Samma uppgifter som öppna data: <a href="${OPEN_DATA_ROOT}${round.code}.json">${round.code}.json</a> · <a href="${OPEN_DATA_ROOT}${round.code}.csv">${round.code}.csv</a></p>`,
  });
}

/** One approved report, readable on the page, with its downloads. */
export function reportPage(summary: PublicReportSummary, document: ReportDocument, frame: DocumentFrame): string {
  const base = reportHref(summary.id);
  const round = summary.round ? `<p>Omgång: <a href="${roundHref(formatRoundCode(summary.round))}">${h(roundTitle(summary.round))}</a>. ` : '<p>';
  return publicPage({
    title: `${document.title}: ${document.committee}`,
    current: '',
    body: `${round}Godkänd ${h(summary.approvedAt.slice(0, 10))}.</p>
<ul class="downloads">
<li><a class="button" href="${base}/dokument.pdf">Ladda ned som PDF</a></li>
<li><a class="button" href="${base}/dokument.docx">Ladda ned som Word (DOCX)</a></li>
<li><a class="button button--ghost" href="${base}/dokument.html">Utskriftsvänlig HTML</a></li>
</ul>
${renderHtml(document, frame).replace('<h1>', '<h2 class="visually-hidden">Redovisningen</h2><p class="h1-sub">').replace('</h1>', '</p>')}`,
  });
}

/** The open data index: a file pair per round with approved reports, the format and the licence. */
export function openDataIndexPage(rounds: readonly PublicRound[]): string {
  const rows = rounds.map((r) =>
    `<tr><th scope="row">${h(roundTitle(r))}</th><td>${r.reports.length}</td>` +
    `<td><a href="${OPEN_DATA_ROOT}${r.code}.json">${r.code}.json</a></td><td><a href="${OPEN_DATA_ROOT}${r.code}.csv">${r.code}.csv</a></td></tr>`);
  const reportCount = rounds.reduce((n, r) => n + r.reports.length, 0);
  return publicPage({
    title: 'Öppna data',
    current: OPEN_DATA_ROOT,
    body: `<p class="lead">De godkända redovisningarna per omgång som maskinläsbara filer: JSON i formatet <code>redovisa.open-data/1</code> och CSV med en rad per periodisering.</p>
<h2>Licens</h2>
<p>Uppgifterna är fria att återanvända för alla ändamål, utan villkor: <a href="${OPEN_DATA_LICENCE.url}">${h(OPEN_DATA_LICENCE.name)}</a>.</p>
<h2>Filer</h2>
${rounds.length === 0 ? '<p>Ännu finns ingen godkänd redovisning.</p>' : table(`Filer per omgång (${reportCount} godkända redovisningar)`, ['Omgång', 'Redovisningar', 'JSON', 'CSV'], rows)}
<h2>Format</h2>
<p>JSON: <code>format</code>, <code>licence</code>, <code>publisher</code>, <code>round</code>, <code>committees</code>, <code>projects</code> (anslag, periodiserat och kvar), <code>entries</code> (konto, IKB, motpart, belopp i öre och som decimaltal i kronor, text) och <code>narratives</code>. Belopp finns alltid i hela öre (<code>amountOre</code>) och som exakt decimaltal i kronor (<code>amountKronor</code>, <code>"2626837.00"</code>).</p>
<p>CSV: UTF-8 med BOM, semikolon som avgränsare, en rad per periodisering med kolumnerna Omgång, Nämnd, Redovisning, Projektnummer, Projekt, Projektkod, Konto, IKB, Nämndens motpartsnr, Belopp (kr) med decimalkomma, Belopp (öre) och Text. En text som ett kalkylprogram kunde läsa som formel börjar med en apostrof.</p>
<p>Formatet ändras inte inom version 1; nya fält kan tillkomma. Fältens betydelse beskrivs i projektets <code>docs/open-data.md</code>.</p>`,
  });
}
