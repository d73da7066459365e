// The full-text index of report sections (migration 0008) and the search over it. One index row per
// project section: its project name and narrative title (ranked higher) and its paragraphs and entry
// texts, as the Swedish terms of src/domain/search-terms.ts. SQLite keeps them in an FTS5 table
// (its rowid is the section's committee and id: rowidOf), PostgreSQL in a tsvector with a GIN index;
// both hold the same terms, so the same query matches the same sections on both. Only this module and
// migrations 0008, 0011 and 0017 know the index.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { RoundKind } from '../../domain/period.js';
import type { Narrative } from '../../domain/report.js';
import { documentTerms, suffixKeys, suffixQueryOf, type DocumentPart, type DocumentTerm } from '../../domain/search-terms.js';
import type { ReportState } from '../../domain/workflow.js';
import { dialectOf } from '../migrations/helpers.js';
import { batches, type Executor } from '../transaction.js';
import { parseParagraphs } from './paragraphs.js';

/** What a section's index row is made of. */
export interface SectionText {
  readonly sectionId: number;
  readonly name: string;
  readonly narrative: Narrative | null;
  readonly entryTexts: readonly string[];
}

/** A section's parts as the index weighs them. */
export function partsOf(section: Omit<SectionText, 'sectionId'>): DocumentPart[] {
  return [
    { text: section.name, weight: 'title' },
    { text: section.narrative?.title ?? '', weight: 'title' },
    ...(section.narrative?.paragraphs ?? []).map((text) => ({ text, weight: 'body' as const })),
    ...section.entryTexts.map((text) => ({ text, weight: 'body' as const })),
  ];
}

/** FTS5 columns: each term once per counted occurrence, title occurrences in `title`; the suffix keys in `tails`. */
function sqliteColumns(terms: readonly DocumentTerm[]): { title: string; body: string; tails: string } {
  const title: string[] = [];
  const body: string[] = [];
  for (const { term, weights } of terms) for (const weight of weights) (weight === 'title' ? title : body).push(term);
  const tails = suffixKeys(terms).flatMap(({ key, positions }) => positions.map(() => key));
  return { title: title.join(' '), body: body.join(' '), tails: tails.join(' ') };
}

// Terms are letters and digits only (wordsOf), so they need no quoting inside the literal's quotes.
const TAIL_MARK = '_';

/**
 * SQLite's index rows are keyed by committee (migration 0017): a row's rowid is its section's
 * committee times 2³² plus the section's id, so one committee's rows are one range of rowids, which
 * FTS5 reads alone (a committee's search touches its own rows, not every match in the installation).
 * A section's committee is its report's, which never changes.
 */
export const COMMITTEE_STRIDE = 2 ** 32;

/** The rowid of a section's index row on SQLite. */
export function rowidOf(committeeId: number, sectionId: number): number {
  return committeeId * COMMITTEE_STRIDE + sectionId;
}

/** A tsvector literal (`'bost':3A,9 'ungdom':5`): the terms as they are, never parsed or stemmed again. */
function tsvectorLiteral(terms: readonly DocumentTerm[]): string {
  const words = terms.map(({ term, positions, weights }) => `'${term}':${positions.map((p, i) => `${p}${weights[i] === 'title' ? 'A' : ''}`).join(',')}`);
  // Suffix keys behind an underscore, which no term has (terms are letters and digits), so a key is
  // never taken for a word; without positions, which only the ranking of words needs.
  const tails = suffixKeys(terms).map(({ key }) => `'${TAIL_MARK}${key}'`);
  return [...words, ...tails].join(' ');
}

/**
 * Writes (or rewrites) the index rows of these sections, in the caller's transaction: every write
 * of a section's text calls it, so the index never disagrees with what is stored.
 */
export async function indexSections<DB>(db: Kysely<DB>, sections: readonly SectionText[]): Promise<void> {
  if (sections.length === 0) return;
  const dialect = dialectOf(db);
  for (const batch of batches(sections, 200)) {
    const ids = batch.map((s) => s.sectionId);
    const documents = batch.map((s) => ({ id: s.sectionId, terms: documentTerms(partsOf(s)) }));
    if (dialect === 'sqlite') {
      const owners = await sql<{ id: number; committee_id: number }>`
        select s.id, r.committee_id from project_sections s join reports r on r.id = s.report_id where s.id in (${sql.join(ids)})`.execute(db);
      const committeeOf = new Map(owners.rows.map((r) => [r.id, r.committee_id]));
      const rowid = (id: number) => {
        const committeeId = committeeOf.get(id);
        if (committeeId === undefined) throw new Error(`Avsnitt ${id} finns inte: det kan inte indexeras.`);
        return rowidOf(committeeId, id);
      };
      await sql`delete from search_sections where rowid in (${sql.join(ids.map(rowid))})`.execute(db);
      const rows = documents.map(({ id, terms }) => {
        const { title, body, tails } = sqliteColumns(terms);
        return sql`(${rowid(id)}, ${title}, ${body}, ${tails})`;
      });
      await sql`insert into search_sections (rowid, title, body, tails) values ${sql.join(rows)}`.execute(db);
    } else {
      // The row's report and project are copied from the section (migration 0011), here where
      // every index row is written, so they cannot disagree with it.
      const rows = documents.map(({ id, terms }) => sql`(${id}::integer, ${tsvectorLiteral(terms)}::tsvector)`);
      await sql`insert into search_sections (section_id, report_id, project_id, document)
        select s.id, s.report_id, s.project_id, v.document from (values ${sql.join(rows)}) v (section_id, document)
        join project_sections s on s.id = v.section_id
        on conflict (section_id) do update set document = excluded.document, report_id = excluded.report_id, project_id = excluded.project_id`.execute(db);
    }
  }
}

/** Indexes every stored section again, reading them in batches (migration 0008's backfill). */
export async function reindexAll<DB>(db: Kysely<DB>): Promise<number> {
  let after = 0;
  let count = 0;
  for (;;) {
    const rows = await sql<{ id: number; name: string; narrative_title: string | null; narrative_paragraphs: string; has_narrative: number }>`
      select id, name, narrative_title, narrative_paragraphs, has_narrative from project_sections where id > ${after} order by id limit 500`.execute(db);
    if (rows.rows.length === 0) return count;
    const ids = rows.rows.map((r) => r.id);
    const entries = await sql<{ section_id: number; text: string }>`
      select section_id, text from accrual_entries where section_id in (${sql.join(ids)}) order by section_id, position`.execute(db);
    const texts = new Map<number, string[]>();
    for (const e of entries.rows) texts.set(e.section_id, [...(texts.get(e.section_id) ?? []), e.text]);
    await indexSections(db, rows.rows.map((r) => ({
      sectionId: r.id,
      name: r.name,
      narrative: r.has_narrative === 1 ? { title: r.narrative_title ?? '', paragraphs: parseParagraphs(r.narrative_paragraphs) } : null,
      entryTexts: texts.get(r.id) ?? [],
    })));
    count += rows.rows.length;
    after = ids[ids.length - 1]!;
  }
}

/** Who may see what, and what the searcher narrowed it to; every condition is applied in the query. */
export interface SearchFilter {
  /** The reader's scope (the report policy): only this committee's reports, only reports in this state. */
  readonly scope: { readonly committeeId?: number; readonly state?: ReportState };
  readonly committeeId?: number;
  readonly round?: { readonly year: number; readonly kind: RoundKind };
  /** The round's year, or for a report outside any round the year its accrual period ends. */
  readonly year?: number;
  readonly programmeId?: number;
}

/** One matching section, best first. */
export interface SearchRow {
  sectionId: number;
  reportId: number;
  reportState: ReportState;
  committee: string;
  round: { year: number; kind: RoundKind } | null;
  project: string;
}

/** The sections matching every term, within the filter, best first; at most `limit`. */
export async function search(db: Executor, terms: readonly string[], filter: SearchFilter, limit: number): Promise<SearchRow[]> {
  if (terms.length === 0) return [];
  const sqlite = dialectOf(db) === 'sqlite';
  const conditions: RawBuilder<unknown>[] = [];
  const { scope } = filter;
  if (scope.committeeId !== undefined) conditions.push(sql`r.committee_id = ${scope.committeeId}`);
  if (scope.state !== undefined) conditions.push(sql`r.state = ${scope.state}`);
  if (filter.committeeId !== undefined) conditions.push(sql`r.committee_id = ${filter.committeeId}`);
  if (filter.round !== undefined) conditions.push(sql`o.year = ${filter.round.year} and o.kind = ${filter.round.kind}`);
  if (filter.year !== undefined) {
    conditions.push(sql`(o.year = ${filter.year} or (r.round_id is null and r.accrual_to like ${`${filter.year}-%`}))`);
  }
  if (filter.programmeId !== undefined) conditions.push(sql`p.programme_id = ${filter.programmeId}`);
  const where = conditions.length === 0 ? sql`` : sql` and ${sql.join(conditions, sql` and `)}`;
  // Every term must occur in the section, as a word or as the last part of a compound (its suffix
  // key begins with the term reversed: src/domain/search-terms.ts). Terms are letters and digits
  // only, so the quotes around each are all the quoting either syntax needs.
  const fts5 = terms.map((t) => {
    const tail = suffixQueryOf(t);
    return tail === null ? `{title body} : "${t}"` : `({title body} : "${t}" OR tails : "${tail}" *)`;
  }).join(' AND ');
  const tsquery = terms.map((t) => {
    const tail = suffixQueryOf(t);
    return tail === null ? `'${t}'` : `('${t}' | '${TAIL_MARK}${tail}':*)`;
  }).join(' & ');
  // A search within one committee (the reader's or the one asked for) reads that committee's index
  // rows only: on SQLite their range of rowids, on PostgreSQL the committee's sections found through
  // its reports. (A round or a year spans every committee: reading its sections one by one was
  // slower at 10× on PostgreSQL than the GIN index's matches, so those keep the index.)
  const committeeId = scope.committeeId ?? filter.committeeId;
  const rows = sqlite
    ? await sql<RawRow>`
      select s.id as section_id, s.report_id, r.state, c.name as committee, o.year, o.kind, s.name as project
      from search_sections f
      join project_sections s on s.id = f.rowid % ${COMMITTEE_STRIDE}
      join reports r on r.id = s.report_id
      join committees c on c.id = r.committee_id
      left join rounds o on o.id = r.round_id
      left join projects p on p.id = s.project_id
      where search_sections match ${fts5}${committeeId === undefined ? sql`` : sql`
        and f.rowid >= ${rowidOf(committeeId, 0)} and f.rowid < ${rowidOf(committeeId + 1, 0)}`}${where}
      order by bm25(search_sections, 4.0, 1.0, 1.0), r.id desc, s.id
      limit ${limit}`.execute(db)
    : await sql<RawRow>`
      -- The policy, the filters, the ranking and the limit on the index rows alone (with the small
      -- tables of reports, rounds and projects); only the hits then meet the sections. Materialized,
      -- so the planner cannot fold the ranking back into the join with every matching section.
      with hits as materialized (
        ${committeeId !== undefined ? sql`
        -- Within one committee: its sections first (through the reports' and sections' indexes), and
        -- only their index rows are matched, never the GIN index's every match in the installation.
        -- Materialized, so the planner cannot turn it around.
        with scoped as materialized (
          select s.id
          from reports r
          join project_sections s on s.report_id = r.id
          left join rounds o on o.id = r.round_id
          left join projects p on p.id = s.project_id
          where true${where}
        )
        select f.section_id, f.report_id, ts_rank(f.document, ${tsquery}::tsquery) as rank
        from scoped
        join search_sections f on f.section_id = scoped.id
        where f.document @@ ${tsquery}::tsquery` : sql`
        select f.section_id, f.report_id, ts_rank(f.document, ${tsquery}::tsquery) as rank
        from search_sections f
        join reports r on r.id = f.report_id
        left join rounds o on o.id = r.round_id
        left join projects p on p.id = f.project_id
        where f.document @@ ${tsquery}::tsquery${where}`}
        order by rank desc, f.report_id desc, f.section_id
        limit ${limit}
      )
      select s.id as section_id, s.report_id, r.state, c.name as committee, o.year, o.kind, s.name as project
      from hits h
      join project_sections s on s.id = h.section_id
      join reports r on r.id = s.report_id
      join committees c on c.id = r.committee_id
      left join rounds o on o.id = r.round_id
      order by h.rank desc, h.report_id desc, h.section_id`.execute(db);
  return rows.rows.map((r) => ({
    sectionId: r.section_id,
    reportId: r.report_id,
    reportState: r.state,
    committee: r.committee,
    round: r.year === null || r.kind === null ? null : { year: r.year, kind: r.kind },
    project: r.project,
  }));
}

interface RawRow {
  section_id: number;
  report_id: number;
  state: ReportState;
  committee: string;
  year: number | null;
  kind: RoundKind | null;
  project: string;
}

/** The texts of these sections, as the snippets are cut from: name, narrative title, paragraphs, entry texts. */
export async function sectionTexts(db: Executor, sectionIds: readonly number[]): Promise<Map<number, string[]>> {
  if (sectionIds.length === 0) return new Map();
  const [sections, entries] = await Promise.all([
    db.selectFrom('project_sections').select(['id', 'name', 'narrative_title', 'narrative_paragraphs']).where('id', 'in', [...sectionIds]).execute(),
    db.selectFrom('accrual_entries').select(['section_id', 'text']).where('section_id', 'in', [...sectionIds]).orderBy('section_id').orderBy('position').execute(),
  ]);
  const texts = new Map<number, string[]>();
  for (const s of sections) texts.set(s.id, [s.name, s.narrative_title ?? '', ...parseParagraphs(s.narrative_paragraphs)]);
  for (const e of entries) texts.get(e.section_id)?.push(e.text);
  return texts;
}
