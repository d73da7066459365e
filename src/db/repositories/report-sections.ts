// The project sections and accrual entries of one report, reached through reports.ts. A report's
// sections are made with it and keep their ids: the editor and the file import write their entries
// and narratives by id, so comments anchored to a section survive every edit of the report.
import type { Insertable, Selectable } from 'kysely';
import { AppError } from '../../domain/errors.js';
import { parseStoredOre, sumOre } from '../../domain/money.js';
import { z } from 'zod';
import { draftCodeSchema, wholeOreSchema, type AccrualEntry, type Narrative, type ProjectSection, type ReportIndicator } from '../../domain/report.js';
import type { ProjectSectionsTable } from '../schema.js';
import { batches, type Executor } from '../transaction.js';
import { parseParagraphs } from './paragraphs.js';
import { indexSections } from './search.js';
import { insertSectionIndicators, readSectionIndicators, updateOutcomes } from './section-indicators.js';

/** Project ids by project name, for linking sections to the committee's projects. */
export type ProjectIds = ReadonlyMap<string, number>;

type SectionValues = Omit<Insertable<ProjectSectionsTable>, 'id'>;

// The parts of an entry the two engines would store differently if unchecked: SQLite keeps a
// fraction as REAL and text of any length, where PostgreSQL's bigint refuses the fraction and its
// varchar(10) (migration 0006, MAX_CODE_LENGTH) a longer code; past 2^53 a number is no longer the
// amount that was meant. A draft may hold codes still being typed, so only the length is a storage
// rule here; that a code is four digits is the pre-submit check's rule (domain/validation.ts). The
// report limits (the amount cap among them) are the callers' rule, checked before they get here.
const storableEntry = z.object({
  account: draftCodeSchema('Konto'),
  ikb: draftCodeSchema('IKB'),
  counterparty: draftCodeSchema('Nämndens motpartsnr'),
  amountOre: wholeOreSchema,
});

/**
 * Refuses, before any section or entry is written, entries either engine would store differently
 * or not at all, and a report whose total leaves the exact integer range (the report list sums
 * it). The caller's transaction undoes whatever it wrote before.
 */
function assertStorable(
  sections: readonly { number: number; name: string; entries: readonly AccrualEntry[] }[],
  allEntries: readonly AccrualEntry[],
): void {
  for (const section of sections) {
    for (const [i, entry] of section.entries.entries()) {
      const parsed = storableEntry.safeParse(entry);
      if (parsed.success) continue;
      const issue = parsed.error.issues[0];
      throw new AppError('invalid_input', `Projekt ${section.number} (${section.name}), rad ${i + 1}: ${issue?.message ?? 'ogiltig rad.'}`, {
        field: issue?.path[0], project: section.number, line: i + 1,
      });
    }
  }
  try {
    sumOre(allEntries.map((e) => e.amountOre));
  } catch {
    throw new AppError('invalid_input', 'Summan av redovisningens belopp är för stor.', { field: 'amountOre' });
  }
}

function sectionValues(reportId: number, section: ProjectSection, position: number, projectIds: ProjectIds): SectionValues {
  return {
    report_id: reportId,
    project_id: projectIds.get(section.name) ?? null,
    position,
    number: section.number,
    name: section.name,
    narrative_title: section.narrative?.title ?? null,
    narrative_paragraphs: JSON.stringify(section.narrative?.paragraphs ?? []),
    has_narrative: section.narrative === null ? 0 : 1,
  };
}

/** Inserts a new report's sections and entries: one INSERT per batch of rows, not per row. */
export async function insertSections(
  trx: Executor,
  reportId: number,
  sections: readonly ProjectSection[],
  projectIds: ProjectIds,
): Promise<void> {
  assertStorable(sections, sections.flatMap((x) => x.entries));
  const idsByPosition = new Map<number, number>();
  await insertNewSections(trx, sections.map((s, i) => sectionValues(reportId, s, i, projectIds)), idsByPosition);
  await insertEntries(trx, sections, (position) => idsByPosition.get(position));
  await insertSectionIndicators(trx, sections.flatMap((section, position) => {
    const sectionId = idsByPosition.get(position);
    return sectionId === undefined ? [] : [{ sectionId, projectId: projectIds.get(section.name) ?? null, indicators: section.indicators ?? [] }];
  }));
  await indexSections(trx, sections.map((section, position) => ({ ...textOf(section), sectionId: idsByPosition.get(position)! })));
}

/** What the search index reads of a section: its name, narrative and entry texts. */
function textOf(section: { name: string; narrative: Narrative | null; entries: readonly AccrualEntry[] }) {
  return { name: section.name, narrative: section.narrative, entryTexts: section.entries.map((e) => e.text) };
}

/** Inserts section rows in batches and records each new id under the section's position. */
async function insertNewSections(trx: Executor, rows: readonly SectionValues[], idsByPosition: Map<number, number>): Promise<void> {
  for (const batch of batches(rows)) {
    // RETURNING order is not promised on either engine, so ids are matched back by position.
    const inserted = await trx.insertInto('project_sections').values(batch).returning(['id', 'position']).execute();
    for (const row of inserted) idsByPosition.set(row.position, row.id);
  }
}

async function insertEntries(
  trx: Executor,
  sections: readonly ProjectSection[],
  sectionIdAt: (position: number) => number | undefined,
): Promise<void> {
  const rows = sections.flatMap((section, position) => {
    const sectionId = sectionIdAt(position);
    if (sectionId === undefined) throw new Error(`Avsnitt ${position} fick inget id.`);
    return section.entries.map((entry, i) => entryValues(sectionId, i, entry));
  });
  for (const batch of batches(rows)) await trx.insertInto('accrual_entries').values(batch).execute();
}

/** A stored section: its content with the ids that anchor comments and link it to its project. */
export interface StoredSection extends ProjectSection {
  id: number;
  projectId: number | null;
}

/** A section as the editor shows it: its content, its project's grant and what earlier rounds accrued. */
export interface SectionDetail extends StoredSection {
  /** The project's grant for the report's year, or null when none is set (or no project is linked). */
  grantOre: number | null;
  /** The sum of the project's entries in the same year's earlier rounds' approved reports. */
  accruedBeforeOre: number;
  /** The programme's default account and IKB for new entries ('' when no project is linked). */
  defaultAccount: string;
  defaultIkb: string;
}

/** A report's sections with their entries, in document order, in two queries. */
export async function readSections(db: Executor, reportId: number): Promise<ProjectSection[]> {
  return (await readStoredSections(db, reportId)).map(sectionContentOf);
}

/** A stored section as the interchange format has it: `indicators` only when it has some (so the golden file is unchanged). */
export function sectionContentOf(section: StoredSection): ProjectSection {
  const { number, name, entries, indicators, narrative } = section;
  return { number, name, entries, ...(indicators !== undefined && indicators.length > 0 ? { indicators } : {}), narrative };
}

/** A report's sections with their ids and entries, in document order, in two queries. */
export async function readStoredSections(db: Executor, reportId: number): Promise<StoredSection[]> {
  const [sectionRows, entries, indicators] = await Promise.all([
    db
      .selectFrom('project_sections')
      .select(['id', 'project_id', 'number', 'name', 'narrative_title', 'narrative_paragraphs', 'has_narrative'])
      .where('report_id', '=', reportId)
      .orderBy('position')
      .execute(),
    readEntries(db, reportId),
    readSectionIndicators(db, reportId),
  ]);
  return sectionRows.map((row) => withIndicators({ ...sectionOf(row), entries: entries.get(row.id) ?? [] }, indicators.get(row.id)));
}

/**
 * The editor's view of a report's sections in two queries: each section with its entries, its
 * project's grant for `year`, the programme's defaults, and the sum its project accrued in the
 * rounds of `year` that end before `roundEnd` (none when the report belongs to no round).
 */
export async function readSectionDetails(
  db: Executor,
  reportId: number,
  scope: { year: number; roundEnd: string | null },
): Promise<SectionDetail[]> {
  const { year, roundEnd } = scope;
  const [rows, entries, indicators] = await Promise.all([
    db
      .selectFrom('project_sections as s')
      .leftJoin('projects as p', 'p.id', 's.project_id')
      .leftJoin('programmes as g', 'g.id', 'p.programme_id')
      .leftJoin('project_grants as pg', (join) => join.onRef('pg.project_id', '=', 's.project_id').on('pg.year', '=', year))
      .select([
        's.id', 's.project_id', 's.number', 's.name', 's.narrative_title', 's.narrative_paragraphs', 's.has_narrative',
        'pg.amount_ore as grant_ore', 'g.default_account', 'g.ikb',
      ])
      // A report outside any round has no earlier rounds, and the editor reads it without the sum.
      .$if(roundEnd !== null, (qb) => qb.select((eb) => [
        // Earlier rounds of the same year end earlier (T1 April, T2 August, VB December). Walks the
        // project's sections through project_sections_project, then entries by section.
        eb
          .selectFrom('accrual_entries as e2')
          .innerJoin('project_sections as s2', 's2.id', 'e2.section_id')
          .innerJoin('reports as r2', 'r2.id', 's2.report_id')
          .innerJoin('rounds as o2', 'o2.id', 'r2.round_id')
          .whereRef('s2.project_id', '=', 's.project_id')
          .where('o2.year', '=', year)
          .where('o2.period_to', '<', roundEnd ?? '')
          // What the central office approved is what was booked; a draft of an earlier round is not.
          .where('r2.state', '=', 'approved')
          .select((e) => e.fn.sum('e2.amount_ore').as('total'))
          .as('accrued_before'),
      ]))
      .where('s.report_id', '=', reportId)
      .orderBy('s.position')
      .execute(),
    readEntries(db, reportId),
    readSectionIndicators(db, reportId),
  ]);
  return rows.map((row) => ({
    ...withIndicators({ ...sectionOf(row), entries: entries.get(row.id) ?? [] }, indicators.get(row.id)),
    grantOre: row.grant_ore === null ? null : parseStoredOre(row.grant_ore),
    accruedBeforeOre: row.accrued_before === null || row.accrued_before === undefined ? 0 : parseStoredOre(row.accrued_before),
    defaultAccount: row.default_account ?? '',
    defaultIkb: row.ikb ?? '',
  }));
}

/** The new content of one stored section: its entries, its narrative, and its indicators' outcomes and comments. */
export interface SectionContent {
  id: number;
  number: number;
  name: string;
  entries: readonly AccrualEntry[];
  narrative: Narrative | null;
  indicators?: readonly ReportIndicator[];
}

/**
 * Writes new entries and narratives for some of a report's sections; the others stay as they are.
 * `report` is the whole report's new content, so the total is checked over every section.
 */
export async function updateSections(
  trx: Executor,
  reportId: number,
  changed: readonly SectionContent[],
  report: readonly { entries: readonly AccrualEntry[] }[],
): Promise<void> {
  assertStorable(changed, report.flatMap((x) => x.entries));
  if (changed.length === 0) return;
  const ids = changed.map((s) => s.id);
  // A section id from another report would write into that report: refuse before writing anything.
  const own = new Set((await trx.selectFrom('project_sections').select('id').where('report_id', '=', reportId).where('id', 'in', ids).execute()).map((r) => r.id));
  const foreign = ids.find((id) => !own.has(id));
  if (foreign !== undefined) throw new AppError('invalid_input', `Avsnitt ${foreign} finns inte i redovisningen.`, { field: 'sections', sectionId: foreign });
  await trx.deleteFrom('accrual_entries').where('section_id', 'in', ids).execute();
  for (const section of changed) {
    await trx
      .updateTable('project_sections')
      .set({
        narrative_title: section.narrative?.title ?? null,
        narrative_paragraphs: JSON.stringify(section.narrative?.paragraphs ?? []),
        has_narrative: section.narrative === null ? 0 : 1,
      })
      .where('id', '=', section.id)
      .where('report_id', '=', reportId)
      .execute();
    if (section.indicators !== undefined) await updateOutcomes(trx, section.id, section.indicators);
  }
  const rows = changed.flatMap((section) => section.entries.map((entry, i) => entryValues(section.id, i, entry)));
  for (const batch of batches(rows)) await trx.insertInto('accrual_entries').values(batch).execute();
  // The section's name is not changed here, but it is part of its index row: the caller passes it.
  await indexSections(trx, changed.map((section) => ({ ...textOf(section), sectionId: section.id })));
}

function entryValues(sectionId: number, position: number, entry: AccrualEntry) {
  return {
    section_id: sectionId,
    position,
    account: entry.account,
    ikb: entry.ikb,
    counterparty: entry.counterparty,
    amount_ore: entry.amountOre,
    text: entry.text,
  };
}

type SectionRow = Pick<Selectable<ProjectSectionsTable>, 'id' | 'project_id' | 'number' | 'name' | 'narrative_title' | 'narrative_paragraphs' | 'has_narrative'>;

function sectionOf(row: SectionRow): Omit<StoredSection, 'entries'> {
  return {
    id: row.id,
    projectId: row.project_id,
    number: row.number,
    name: row.name,
    narrative: row.has_narrative === 1 ? { title: row.narrative_title ?? '', paragraphs: parseParagraphs(row.narrative_paragraphs) } : null,
  };
}

/** A report's entries by section id, in order, in one query. */
async function readEntries(db: Executor, reportId: number): Promise<Map<number, AccrualEntry[]>> {
  const rows = await db
    .selectFrom('accrual_entries as e')
    .innerJoin('project_sections as s', 's.id', 'e.section_id')
    .select(['e.section_id', 'e.account', 'e.ikb', 'e.counterparty', 'e.amount_ore', 'e.text'])
    .where('s.report_id', '=', reportId)
    .orderBy('e.section_id')
    .orderBy('e.position')
    .execute();
  const bySection = new Map<number, AccrualEntry[]>();
  for (const row of rows) {
    const list = bySection.get(row.section_id) ?? [];
    list.push({ account: row.account, ikb: row.ikb, counterparty: row.counterparty, amountOre: parseStoredOre(row.amount_ore), text: row.text });
    bySection.set(row.section_id, list);
  }
  return bySection;
}

// Indicators are left out of a section that has none, as in the interchange format.
function withIndicators<T extends Omit<StoredSection, 'indicators'>>(section: T, indicators: ReportIndicator[] | undefined): T & { indicators?: ReportIndicator[] } {
  return indicators === undefined || indicators.length === 0 ? section : { ...section, indicators };
}
