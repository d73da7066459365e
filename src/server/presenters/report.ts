import type { ReportCheck } from '../../app/reports/check-report.js';
import { ReportConflictError } from '../../app/reports/conflict.js';
import type { FieldChange } from '../../app/reports/content-changes.js';
import type { ReportHistory } from '../../app/reports/get-report-history.js';
import type { VersionPreview } from '../../app/reports/restore-report-version.js';
import type { PreviousRound } from '../../app/reports/get-previous-round.js';
import type { FilePlace } from '../../app/reports/import-into-report.js';
import type { ImportPreview, IncomingProject, ProjectFigures } from '../../app/reports/preview-import-into-report.js';
import type { ReportSummary } from '../../app/reports/list-reports.js';
import type { ReportView } from '../../app/reports/report-view.js';
import type * as api from '../../contract/reports.js';
import { AppError } from '../../domain/errors.js';
import { ROUND_KIND_NAMES } from '../../domain/period.js';
import type { ReportWarning } from '../../domain/report.js';
import { REPORT_STATE_NAMES } from '../../domain/workflow.js';

/** A report in the API: workflow facts, redovisa.report/1 content, sections, comments and abilities, field by field. */
export function presentReport(view: ReportView): api.Report {
  const { detail, document, sections, comments, abilities } = view;
  const { meta, round } = detail;
  return {
    id: meta.id,
    state: meta.state,
    stateName: REPORT_STATE_NAMES[meta.state],
    version: meta.version,
    committeeId: meta.committeeId,
    committee: detail.committee.name,
    round: round === null
      ? null
      : { id: round.id, year: round.year, kind: round.kind, kindName: ROUND_KIND_NAMES[round.kind], deadline: round.deadline, state: round.state },
    createdAt: meta.createdAt,
    updatedAt: meta.updatedAt,
    submittedAt: meta.submittedAt,
    submittedBy: detail.submittedByName,
    approvedAt: meta.approvedAt,
    approvedBy: detail.approvedByName,
    content: {
      format: document.format,
      title: document.title,
      reportType: document.reportType,
      committee: document.committee,
      accrualPeriod: { from: document.accrualPeriod.from, to: document.accrualPeriod.to },
      projects: document.projects.map((project) => ({
        number: project.number,
        name: project.name,
        entries: project.entries.map((e) => ({ account: e.account, ikb: e.ikb, counterparty: e.counterparty, amountOre: e.amountOre, text: e.text })),
        ...(project.indicators === undefined ? {} : {
          indicators: project.indicators.map((i) => ({
            name: i.name,
            unit: i.unit,
            ...(i.baseline === undefined ? {} : { baseline: i.baseline }),
            ...(i.target === undefined ? {} : { target: i.target }),
            ...(i.outcome === undefined ? {} : { outcome: i.outcome }),
            ...(i.comment === undefined ? {} : { comment: i.comment }),
          })),
        }),
        narrative: project.narrative === null ? null : { title: project.narrative.title, paragraphs: [...project.narrative.paragraphs] },
      })),
    },
    sections: sections.map((s) => ({
      id: s.id,
      projectId: s.projectId,
      number: s.number,
      name: s.name,
      grantOre: s.grantOre,
      accruedBeforeOre: s.accruedBeforeOre,
      defaults: { account: s.defaultAccount, ikb: s.defaultIkb, counterparty: detail.committee.counterpartyNumber },
    })),
    // The review dialogue (return and reopen reasons) is the working log, like the history: only
    // those who may see the history see it; readers get the approved report itself.
    comments: (abilities.viewHistory ? comments : []).map((c) => ({
      id: c.id, sectionId: c.sectionId, parentId: c.parentId, kind: c.kind, body: c.body, authorName: c.authorName, createdAt: c.createdAt,
    })),
    abilities: {
      edit: abilities.edit,
      submit: abilities.submit,
      return: abilities.return,
      approve: abilities.approve,
      reopen: abilities.reopen,
      importFile: abilities.importFile,
      comment: abilities.comment,
      viewHistory: abilities.viewHistory,
    },
  };
}

/** One line of the report list in the API. */
export function presentSummary(summary: ReportSummary): api.ReportSummary {
  return {
    id: summary.id,
    committeeId: summary.committeeId,
    committee: summary.committeeName,
    roundId: summary.roundId,
    round: summary.round === null
      ? null
      : { year: summary.round.year, kind: summary.round.kind, kindName: ROUND_KIND_NAMES[summary.round.kind], deadline: summary.round.deadline },
    title: summary.title,
    state: summary.state,
    stateName: REPORT_STATE_NAMES[summary.state],
    version: summary.version,
    accrualPeriod: { from: summary.accrualFrom, to: summary.accrualTo },
    projectCount: summary.projectCount,
    totalOre: summary.totalOre,
    updatedAt: summary.updatedAt,
  };
}

/** The pre-submit check in the API. */
export function presentCheck(check: ReportCheck): api.CheckResult {
  return {
    issues: check.issues.map((i) => ({ severity: i.severity, code: i.code, message: i.message, path: i.path, sectionId: i.sectionId })),
    submittable: check.submittable,
  };
}

/** A report's history in the API. */
export function presentHistory(history: ReportHistory): api.History {
  return {
    entries: history.entries.map((e) => ({
      id: e.id,
      kind: e.kind,
      action: e.action,
      actionName: e.actionName,
      actorLabel: e.actorLabel,
      ip: e.ip,
      startedAt: e.startedAt,
      occurredAt: e.occurredAt,
      eventCount: e.eventCount,
      reason: e.reason,
      comment: e.comment && { body: e.comment.body, about: e.comment.about },
      version: e.version,
      restorable: e.restorable,
      changes: e.changes.map(presentChange),
    })),
    version: history.version,
    mayRestore: history.mayRestore,
  };
}

/** What restoring a version would change, in the API. */
export function presentVersionPreview(preview: VersionPreview): api.VersionPreview {
  return { version: preview.version, currentVersion: preview.currentVersion, changes: preview.changes.map(presentChange) };
}

function presentChange(c: FieldChange): api.FieldChange {
  return { path: c.path, label: c.label, before: c.before, after: c.after };
}

/** The answer to a file read into a report: the report and the warnings to look at. */
export function presentImport(result: { report: ReportView; warnings: readonly ReportWarning[] }): api.ImportResult {
  return {
    report: presentReport(result.report),
    warnings: result.warnings.map(presentWarning),
  };
}

/** What a file would change in a draft, in the API: each section's content now and from the file, and the file's digest. */
export function presentImportPreview(preview: ImportPreview): api.ImportPreview {
  const figures = (f: ProjectFigures): api.ProjectFigures => ({ entryCount: f.entryCount, totalOre: f.totalOre, narrative: f.narrative });
  const place = (at: FilePlace | null): api.FilePlace | null => (at === null ? null : { ...(at.page === undefined ? {} : { page: at.page }), line: at.line });
  const incoming = (p: IncomingProject): api.IncomingProject => ({
    ...figures(p),
    heading: place(p.heading),
    entries: p.entries.map((e) => ({ account: e.account, ikb: e.ikb, counterparty: e.counterparty, amountOre: e.amountOre, text: e.text, place: place(e.place) })),
  });
  return {
    fileName: preview.fileName,
    digest: preview.digest,
    version: preview.version,
    accrualPeriod: {
      current: { from: preview.accrualPeriod.current.from, to: preview.accrualPeriod.current.to },
      incoming: { from: preview.accrualPeriod.incoming.from, to: preview.accrualPeriod.incoming.to },
    },
    projects: preview.projects.map((p) => ({
      sectionId: p.sectionId, number: p.number, name: p.name, current: figures(p.current), incoming: p.incoming === null ? null : incoming(p.incoming),
    })),
    warnings: preview.warnings.map(presentWarning),
  };
}

/** Each project's previous round in the API: the report, its round and state, figures and narrative. */
export function presentPreviousRound(previous: PreviousRound): api.PreviousRound {
  return {
    sections: previous.sections.map(({ sectionId, previous: p }) => ({
      sectionId,
      previous: p === null ? null : {
        reportId: p.reportId,
        state: p.state,
        stateName: REPORT_STATE_NAMES[p.state],
        round: { id: p.round.id, year: p.round.year, kind: p.round.kind, kindName: ROUND_KIND_NAMES[p.round.kind] },
        entryCount: p.entryCount,
        totalOre: p.totalOre,
        narrative: p.narrative === null ? null : { title: p.narrative.title, paragraphs: [...p.narrative.paragraphs] },
      },
    })),
  };
}

/**
 * A save's conflict as the API sends it: the stored report presented like any other, beside who
 * saved it when and what differs. Other errors pass through unchanged.
 */
export function presentConflict(error: unknown): unknown {
  if (!(error instanceof ReportConflictError)) return error;
  const details: api.ConflictDetails = {
    current: presentReport(error.current),
    savedBy: error.last.by,
    savedAt: error.last.at,
    changes: error.changes.map((c) => ({ path: c.path, label: c.label, yours: c.yours, theirs: c.theirs })),
  };
  return new AppError('conflict', error.message, details);
}

function presentWarning(w: ReportWarning): api.ImportWarning {
  return { code: w.code, message: w.message, ...(w.line === undefined ? {} : { line: w.line }), ...(w.page === undefined ? {} : { page: w.page }) };
}
