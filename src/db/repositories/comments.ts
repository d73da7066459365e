import type { CommentKind } from '../schema.js';
import type { Executor } from '../transaction.js';

/** A comment on a report, or on one of its sections; also the reason a report was returned or reopened. */
export interface Comment {
  id: number;
  reportId: number;
  sectionId: number | null;
  /** The comment this one answers, in the same report (migration 0013). */
  parentId: number | null;
  authorId: number;
  authorName: string;
  body: string;
  kind: CommentKind;
  createdAt: string;
}

/** Adds a comment and returns its id. */
export async function add(
  db: Executor,
  input: { reportId: number; sectionId?: number | null; parentId?: number | null; authorId: number; body: string; kind: CommentKind; now: Date },
): Promise<number> {
  const row = await db
    .insertInto('comments')
    .values({
      report_id: input.reportId,
      section_id: input.sectionId ?? null,
      parent_id: input.parentId ?? null,
      author_id: input.authorId,
      body: input.body,
      kind: input.kind,
      created_at: input.now.toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A report's comments, oldest first, with their authors' names (one query). */
export async function listForReport(db: Executor, reportId: number): Promise<Comment[]> {
  const rows = await db
    .selectFrom('comments as c')
    .innerJoin('users as u', 'u.id', 'c.author_id')
    .select(['c.id', 'c.report_id', 'c.section_id', 'c.parent_id', 'c.author_id', 'u.name as author_name', 'c.body', 'c.kind', 'c.created_at'])
    .where('c.report_id', '=', reportId)
    .orderBy('c.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    reportId: r.report_id,
    sectionId: r.section_id,
    parentId: r.parent_id,
    authorId: r.author_id,
    authorName: r.author_name,
    body: r.body,
    kind: r.kind,
    createdAt: r.created_at,
  }));
}
