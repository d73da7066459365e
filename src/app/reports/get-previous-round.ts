import { reports } from '../../db/index.js';
import type { EarlierSection } from '../../db/repositories/reports.js';
import type { RoundKind } from '../../domain/period.js';
import type { Narrative } from '../../domain/report.js';
import type { ReportState } from '../../domain/workflow.js';
import type { AppContext } from '../context.js';
import { canReadReport } from '../policies/report.js';
import { readableDetail } from './report-view.js';

/** A project's part of the committee's report of an earlier round: which report, and what it said. */
export interface PreviousSection {
  readonly reportId: number;
  readonly state: ReportState;
  readonly round: { readonly id: number; readonly year: number; readonly kind: RoundKind };
  readonly entryCount: number;
  readonly totalOre: number;
  /** Null when it has none, or one without a title or text. */
  readonly narrative: Narrative | null;
}

/** For each section of the report (in order), the project's previous report, or null when there is none to show. */
export interface PreviousRound {
  readonly sections: readonly { readonly sectionId: number; readonly previous: PreviousSection | null }[];
}

/**
 * Each project's figures and narrative in the committee's previous round: the latest approved
 * report of an earlier round (one that ends before this report's round) that has the project, or
 * when none is approved the latest in any state. Only reports the actor may read are considered
 * (a reader sees approved ones only); a report the actor may not read is not found.
 */
export async function getPreviousRound(ctx: AppContext, reportId: number): Promise<PreviousRound> {
  const db = ctx.database.db;
  const detail = await readableDetail(db, ctx.actor, reportId);
  const sections = await reports.readStoredSections(db, reportId);
  const projectIds = [...new Set(sections.flatMap((s) => (s.projectId === null ? [] : [s.projectId])))];
  const candidates = (await reports.findEarlierSections(db, {
    committeeId: detail.meta.committeeId,
    projectIds,
    // A report outside any round is compared by its own period.
    before: detail.round?.periodTo ?? detail.accrualPeriod.to,
    excludeReportId: reportId,
  })).filter((candidate) => canReadReport(ctx.actor, candidate));
  const chosen = new Map<number, EarlierSection>();
  for (const candidate of candidates) {
    const best = chosen.get(candidate.projectId);
    if (!best || isBetter(candidate, best)) chosen.set(candidate.projectId, candidate);
  }
  const figures = new Map((await reports.earlierSectionFigures(db, [...chosen.values()].map((c) => c.sectionId))).map((f) => [f.sectionId, f]));
  return {
    sections: sections.map((section) => {
      const pick = section.projectId === null ? undefined : chosen.get(section.projectId);
      const sums = pick && figures.get(pick.sectionId);
      if (!pick || !sums) return { sectionId: section.id, previous: null };
      return {
        sectionId: section.id,
        previous: {
          reportId: pick.reportId,
          state: pick.state,
          round: { id: pick.round.id, year: pick.round.year, kind: pick.round.kind },
          entryCount: sums.entryCount,
          totalOre: sums.totalOre,
          narrative: hasText(sums.narrative) ? sums.narrative : null,
        },
      };
    }),
  };
}

// A narrative without a title or text says nothing, as the documents leave it out.
function hasText(narrative: Narrative | null): narrative is Narrative {
  return narrative !== null && (narrative.title.trim() !== '' || narrative.paragraphs.some((p) => p.trim() !== ''));
}

// What the central office approved is what the committee said; a report never approved is shown
// only when there is nothing approved. Between equals, the round that ends last is the previous one.
function isBetter(a: EarlierSection, b: EarlierSection): boolean {
  const approved = Number(a.state === 'approved') - Number(b.state === 'approved');
  if (approved !== 0) return approved > 0;
  if (a.round.periodTo !== b.round.periodTo) return a.round.periodTo > b.round.periodTo;
  return a.round.id > b.round.id;
}
