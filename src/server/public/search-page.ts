// The public record's search page: a form (words, committee, round) and the approved reports' hits,
// best first, each linking to the report's public page. Server-rendered like the other public pages;
// the snippet is plain text escaped here, its matched words wrapped in <mark> from the ranges the
// search gives, so nothing a committee wrote becomes markup.
import type { PublicReportSummary, PublicRound } from '../../app/public/public-record.js';
import type { SearchHit } from '../../app/search/search-reports.js';
import { escapeHtml } from '../../documents/render/html.js';
import { MAX_SEARCH_QUERY_LENGTH } from '../../domain/limits.js';
import { parseRoundCode } from '../../domain/period.js';
import type { Mark } from '../../domain/search-snippet.js';
import { PUBLIC_SEARCH, publicPage, reportHref, roundTitle } from './pages.js';

const h = escapeHtml;
const swedish = new Intl.Collator('sv');

/** What the visitor asked, as typed (the address's `q`, `omgang` and `namnd`). */
export interface PublicSearchForm {
  readonly q: string;
  readonly round: string;
  readonly committee: string;
}

/** The choices of the filters: the rounds and committees that have approved reports. */
export interface PublicSearchOptions {
  readonly rounds: readonly { code: string; title: string }[];
  readonly committees: readonly { id: number; name: string }[];
}

/** What the search came to: nothing asked yet, hits, or a refusal naming the field. */
export type PublicSearchOutcome =
  | { readonly kind: 'form' }
  | { readonly kind: 'hits'; readonly hits: readonly SearchHit[]; readonly limit: number }
  | { readonly kind: 'refused'; readonly field: 'q' | 'omgang' | 'namnd'; readonly message: string };

/** The filters' choices from the approved reports: rounds newest first, committees in Swedish order. */
export function publicSearchOptions(rounds: readonly PublicRound[], withoutRound: readonly PublicReportSummary[]): PublicSearchOptions {
  const committees = new Map<number, string>();
  for (const report of [...rounds.flatMap((r) => r.reports), ...withoutRound]) committees.set(report.committeeId, report.committeeName);
  return {
    rounds: rounds.map((r) => ({ code: r.code, title: roundTitle(r) })),
    committees: [...committees].map(([id, name]) => ({ id, name })).sort((a, b) => swedish.compare(a.name, b.name)),
  };
}

/** A snippet as HTML: every character of the text escaped, the marked ranges in <mark>. */
export function markedSnippet(text: string, marks: readonly Mark[]): string {
  let html = '';
  let at = 0;
  for (const { start, end } of [...marks].sort((a, b) => a.start - b.start)) {
    // A range that overlaps the previous one or leaves the text is not drawn, never mis-cut.
    if (start < at || end > text.length || end <= start) continue;
    html += `${h(text.slice(at, start))}<mark>${h(text.slice(start, end))}</mark>`;
    at = end;
  }
  return html + h(text.slice(at));
}

function select(id: string, name: string, label: string, value: string, choices: readonly [string, string][], error?: string): string {
  const options = choices.map(([v, text]) => `<option value="${h(v)}"${v === value ? ' selected' : ''}>${h(text)}</option>`).join('');
  return `<div class="field${error ? ' field--error' : ''}"><label for="${id}">${h(label)}</label>` +
    `<select id="${id}" name="${name}"${error ? ` aria-invalid="true" aria-describedby="${id}-error"` : ''}>${options}</select>` +
    `${error ? `<p id="${id}-error" class="field__error">${h(error)}</p>` : ''}</div>`;
}

function hitItem(hit: SearchHit): string {
  const round = hit.round === null ? 'Utanför omgångarna' : roundTitleOf(hit.round);
  return `<li class="search-hit"><h3 class="search-hit__title"><a href="${reportHref(hit.reportId)}">${h(hit.committee)}: ${h(hit.project)}</a></h3>` +
    `<p class="search-hit__meta">${h(round)}</p>` +
    `<p class="search-hit__snippet">${markedSnippet(hit.snippet, hit.marks)}</p></li>`;
}

function roundTitleOf(code: string): string {
  const parsed = parseRoundCode(code);
  return parsed.ok ? roundTitle(parsed.value) : code;
}

function countText(q: string, count: number, limit: number): string {
  if (count === 0) return `Inga träffar för ”${q}” i de godkända redovisningarna.`;
  if (count === 1) return `1 träff för ”${q}”.`;
  return count >= limit ? `De ${count} bästa träffarna för ”${q}”; skriv fler ord för att hitta färre.` : `${count} träffar för ”${q}”.`;
}

/** The search page with its form filled in as asked, and the outcome below it. */
export function searchPage(form: PublicSearchForm, options: PublicSearchOptions, outcome: PublicSearchOutcome): string {
  const qError = outcome.kind === 'refused' && outcome.field === 'q' ? outcome.message : undefined;
  const field = (name: 'omgang' | 'namnd') => (outcome.kind === 'refused' && outcome.field === name ? outcome.message : undefined);
  const query = `<div class="field search-form__query${qError ? ' field--error' : ''}"><label for="sok-q">Sökord</label>` +
    `<p id="sok-q-hint" class="field__hint">Orden söks i alla böjningsformer: ”bostad” hittar också ”bostäder”.</p>` +
    `<input id="sok-q" type="search" name="q" value="${h(form.q)}" maxlength="${MAX_SEARCH_QUERY_LENGTH}" autocomplete="off"` +
    ` aria-describedby="sok-q-hint${qError ? ' sok-q-error' : ''}"${qError ? ' aria-invalid="true"' : ''}>` +
    `${qError ? `<p id="sok-q-error" class="field__error">${h(qError)}</p>` : ''}</div>`;
  const formHtml = `<form class="search-form" action="${PUBLIC_SEARCH}" method="get">${query}` +
    select('sok-namnd', 'namnd', 'Nämnd', form.committee, [['', 'Alla nämnder'], ...options.committees.map((c): [string, string] => [String(c.id), c.name])], field('namnd')) +
    select('sok-omgang', 'omgang', 'Omgång', form.round, [['', 'Alla omgångar'], ...options.rounds.map((r): [string, string] => [r.code, r.title])], field('omgang')) +
    '<button type="submit" class="button">Sök</button></form>';
  let results = '<p>Sök i texterna, projektnamnen och periodiseringarnas texter i nämndernas godkända redovisningar.</p>';
  if (outcome.kind === 'refused') results = `<p class="search-count" role="status">Sökningen kunde inte göras: ${h(outcome.message)}</p>`;
  if (outcome.kind === 'hits') {
    results = `<p class="search-count" role="status">${h(countText(form.q.trim(), outcome.hits.length, outcome.limit))}</p>` +
      (outcome.hits.length === 0 ? '' : `<section aria-labelledby="sok-traffar"><h2 id="sok-traffar" class="visually-hidden">Träffar</h2>` +
        `<ol class="search-hits">${outcome.hits.map(hitItem).join('')}</ol></section>`);
  }
  return publicPage({
    title: form.q.trim() === '' || outcome.kind !== 'hits' ? 'Sök i godkända redovisningar' : `Sök: ${form.q.trim()}`,
    current: PUBLIC_SEARCH,
    body: `${formHtml}\n${results}`,
  });
}
