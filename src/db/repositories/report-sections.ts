// The project sections and accrual entries of one report: written and read as a whole by
// reports.ts, the only caller. Sections keep their ids across saves (matched by project name)
// so comments anchored to a section survive an edit of the report.
import type { Insertable } from 'kysely';
import { AppError } from '../../domain/errors.js';
import { parseStoredOre, sumOre } from '../../domain/money.js';
import { accrualEntrySchema, type ProjectSection } from '../../domain/report.js';
import type { ProjectSectionsTable } from '../schema.js';
import { batches, type Executor } from '../transaction.js';

/** Project ids by project name, for linking sections to the committee's projects. */
export type ProjectIds = ReadonlyMap<string, number>;

type SectionValues = Omit<Insertable<ProjectSectionsTable>, 'id'>;

// The parts of an entry the two engines would store differently if unchecked: SQLite keeps a
// fraction as REAL and a code of any length, where PostgreSQL's bigint refuses the fraction and
// char(4) refuses a long code and pads a short one; past 2^53 a number is no longer the amount
// that was meant. The domain's rules for an entry decide, so both engines refuse the same rows.
const storableEntry = accrualEntrySchema.pick({ account: true, ikb: true, counterparty: true, amountOre: true });

/**
 * Refuses, before any section or entry is written, entries either engine would store differently
 * or not at all, and a report whose total leaves the exact integer range (the report list sums
 * it). The caller's transaction undoes whatever it wrote before.
 */
function assertStorable(sections: readonly ProjectSection[]): void {
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
    sumOre(sections.flatMap((s) => s.entries.map((e) => e.amountOre)));
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
  assertStorable(sections);
  const idsByPosition = new Map<number, number>();
  await insertNewSections(trx, sections.map((s, i) => sectionValues(reportId, s, i, projectIds)), idsByPosition);
  await insertEntries(trx, sections, (position) => idsByPosition.get(position));
}

/**
 * Makes a report's stored sections equal `sections`: a stored section with the same project name
 * is updated in place, the rest are inserted or deleted, and all entries are written afresh.
 */
export async function replaceSections(
  trx: Executor,
  reportId: number,
  sections: readonly ProjectSection[],
  projectIds: ProjectIds,
): Promise<void> {
  assertStorable(sections);
  const stored = await trx.selectFrom('project_sections').select(['id', 'name']).where('report_id', '=', reportId).orderBy('position').execute();
  await trx
    .deleteFrom('accrual_entries')
    .where('section_id', 'in', (eb) => eb.selectFrom('project_sections').select('id').where('report_id', '=', reportId))
    .execute();

  const unclaimed = new Map<string, number[]>();
  for (const row of stored) unclaimed.set(row.name, [...(unclaimed.get(row.name) ?? []), row.id]);
  const idsByPosition = new Map<number, number>();
  const fresh: SectionValues[] = [];
  for (const [position, section] of sections.entries()) {
    const values = sectionValues(reportId, section, position, projectIds);
    const id = unclaimed.get(section.name)?.shift();
    if (id === undefined) {
      fresh.push(values);
      continue;
    }
    await trx.updateTable('project_sections').set(values).where('id', '=', id).execute();
    idsByPosition.set(position, id);
  }
  const leftOver = [...unclaimed.values()].flat();
  if (leftOver.length > 0) await trx.deleteFrom('project_sections').where('id', 'in', leftOver).execute();
  await insertNewSections(trx, fresh, idsByPosition);
  await insertEntries(trx, sections, (position) => idsByPosition.get(position));
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
    return section.entries.map((entry, i) => ({
      section_id: sectionId,
      position: i,
      account: entry.account,
      ikb: entry.ikb,
      counterparty: entry.counterparty,
      amount_ore: entry.amountOre,
      text: entry.text,
    }));
  });
  for (const batch of batches(rows)) await trx.insertInto('accrual_entries').values(batch).execute();
}

/** A report's sections with their entries, in document order, in two queries. */
export async function readSections(db: Executor, reportId: number): Promise<ProjectSection[]> {
  const sectionRows = await db
    .selectFrom('project_sections')
    .select(['id', 'number', 'name', 'narrative_title', 'narrative_paragraphs', 'has_narrative'])
    .where('report_id', '=', reportId)
    .orderBy('position')
    .execute();
  const entryRows = await db
    .selectFrom('accrual_entries as e')
    .innerJoin('project_sections as s', 's.id', 'e.section_id')
    .select(['e.section_id', 'e.account', 'e.ikb', 'e.counterparty', 'e.amount_ore', 'e.text'])
    .where('s.report_id', '=', reportId)
    .orderBy('e.section_id')
    .orderBy('e.position')
    .execute();

  const sections = new Map<number, ProjectSection>();
  for (const row of sectionRows) {
    sections.set(row.id, {
      number: row.number,
      name: row.name,
      entries: [],
      narrative: row.has_narrative === 1 ? { title: row.narrative_title ?? '', paragraphs: parseParagraphs(row.narrative_paragraphs) } : null,
    });
  }
  for (const row of entryRows) {
    sections.get(row.section_id)?.entries.push({
      account: row.account,
      ikb: row.ikb,
      counterparty: row.counterparty,
      amountOre: parseStoredOre(row.amount_ore),
      text: row.text,
    });
  }
  return [...sections.values()];
}

function parseParagraphs(text: string): string[] {
  const value: unknown = JSON.parse(text);
  if (!Array.isArray(value) || !value.every((p): p is string => typeof p === 'string')) {
    throw new Error('Lagrade stycken är inte en lista av texter.');
  }
  return value;
}
