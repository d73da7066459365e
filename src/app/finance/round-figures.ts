import { projects, roundAccruals, type Executor } from '../../db/index.js';
import { overview } from '../../db/repositories/round-reports.js';
import type { Round } from '../../db/repositories/rounds.js';
import { projectFigures, type RoundAccrual } from '../../domain/accruals.js';
import type { ReportState } from '../../domain/workflow.js';

/** One project of a committee in a round: its figures when the committee's report is approved. */
export interface ProjectRoundFigures {
  projectId: number;
  number: number;
  name: string;
  projectCode: string;
  programmeName: string;
  grantOre: number | null;
  /** Null where the committee's report in the round is not approved. */
  accruedThisRoundOre: number | null;
  yearToDateOre: number | null;
  remainingOre: number | null;
  source: { reportId: number; version: number } | null;
}

/** One committee of the round with its report's state and its projects' figures. */
export interface CommitteeRoundFigures {
  committeeId: number;
  committeeName: string;
  counterparty: string;
  status: ReportState | 'not_started';
  reportId: number | null;
  projects: ProjectRoundFigures[];
}

/**
 * Grants against approved accruals for every committee of the round and each project it runs that
 * year: the change this round, the year to date (approved reports of the year up to this round) and
 * the remainder. `committeeId` narrows every query to that committee (its line, projects and sums),
 * so one committee's figures cost the same however many committees there are. A handful of queries,
 * whatever the size.
 */
export async function roundFigures(db: Executor, round: Round, filter: { committeeId?: number } = {}): Promise<CommitteeRoundFigures[]> {
  const [lines, projectList, sums] = await Promise.all([
    overview(db, round.id, filter),
    projects.listDetailed(db, { year: round.year, ...filter }),
    roundAccruals.projectSumsForYear(db, round.year, filter),
  ]);
  const approvedByProject = new Map<number, RoundAccrual[]>();
  for (const s of sums) {
    if (s.state !== 'approved') continue;
    const list = approvedByProject.get(s.projectId) ?? [];
    list.push({ periodTo: s.periodTo, sumOre: s.sumOre });
    approvedByProject.set(s.projectId, list);
  }
  // A project no longer active (or not yet) that still carries approved accruals this year is shown
  // with them: leaving it out would make the committee's sums silently smaller than what was booked.
  const listed = new Set(projectList.map((p) => p.id));
  const unlisted = [...approvedByProject.keys()].filter((id) => !listed.has(id));
  const allProjects = [...projectList, ...(await Promise.all(unlisted.map((id) => projects.listDetailed(db, { id, ...filter })))).flat()];
  // Grouped once: filtering every project for each committee's line grew with committees × projects.
  const projectsByCommittee = new Map<number, typeof allProjects>();
  for (const p of allProjects) {
    const list = projectsByCommittee.get(p.committeeId);
    if (list) list.push(p);
    else projectsByCommittee.set(p.committeeId, [p]);
  }
  return lines.map((line) => {
    const report = line.state === 'approved' && line.reportId !== null && line.reportVersion !== null
      ? { reportId: line.reportId, version: line.reportVersion }
      : null;
    return {
      committeeId: line.committeeId,
      committeeName: line.committeeName,
      counterparty: line.counterpartyNumber.trim(),
      status: line.state ?? 'not_started',
      reportId: line.reportId,
      projects: (projectsByCommittee.get(line.committeeId) ?? []).map((p) => {
        const grantOre = p.grants.find((g) => g.year === round.year)?.amountOre ?? null;
        const base = { projectId: p.id, number: p.number, name: p.name, projectCode: p.projectCode, programmeName: p.programmeName, grantOre };
        if (!report) return { ...base, accruedThisRoundOre: null, yearToDateOre: null, remainingOre: null, source: null };
        const figures = projectFigures(grantOre, approvedByProject.get(p.id) ?? [], round.periodTo);
        return { ...base, ...figures, source: { reportId: report.reportId, version: report.version } };
      }),
    };
  });
}
