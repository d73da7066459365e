import { auditEvents, reports, withTransaction, type Executor } from '../../db/index.js';
import { AppError } from '../../domain/errors.js';
import type { AppContext } from '../context.js';
import { mayViewHistory } from '../policies/report.js';
import { lastChange, staleVersion } from './conflict.js';
import { contentChanges, type EditableContent, type FieldChange } from './content-changes.js';
import { contentAt, rebuildVersions } from './report-versions.js';
import { loadReportContent, loadReportView, type ReportContent, type ReportView } from './report-view.js';
import { applySave, assertMayEdit, claimEdit, writeContent, type SaveReportInput } from './save-report.js';

/** Restore version `restoreVersion` of a report, from the version the client loaded. */
export interface RestoreReportVersionInput {
  readonly reportId: number;
  readonly version: number;
  readonly restoreVersion: number;
}

/** What restoring a version would change: each field as it is now (before) and as it was then (after). */
export interface VersionPreview {
  readonly version: number;
  readonly currentVersion: number;
  readonly changes: readonly FieldChange[];
}

/**
 * What restoring version `version` would change, for whoever may read the report's history (the
 * confirmation asked before a restore says it). Refused as the history is.
 */
export async function previewReportVersion(ctx: AppContext, reportId: number, version: number): Promise<VersionPreview> {
  const db = ctx.database.db;
  const stored = await loadReportContent(db, ctx.actor, reportId);
  if (!mayViewHistory(ctx.actor, stored.detail.meta)) {
    throw new AppError('forbidden', 'Du har inte behörighet att se rapportens historik.');
  }
  const then = await versionContent(db, stored, stored.detail.meta.version, version);
  return { version, currentVersion: stored.detail.meta.version, changes: contentChanges(stored.document, then) };
}

/**
 * Restores an earlier version of a report as a new save, by someone who may edit it now: the
 * version's period, entries, narratives and indicator outcomes, rebuilt from the audit trail, are
 * saved as any save is — the version the client loaded is checked, the next one claimed, the
 * content written and one 'report.restored' event ("återställde version N") appended, all in one
 * transaction. The project's indicators stay the project's; only the committee's outcomes and
 * comments are taken from the version.
 */
export async function restoreReportVersion(ctx: AppContext, input: RestoreReportVersionInput): Promise<ReportView> {
  const db = ctx.database.db;
  const meta = await assertMayEdit(db, ctx, input.reportId);
  if (meta.version !== input.version) throw staleVersion(await lastChange(db, ctx.actor, meta), ctx.now(), meta.version);

  return withTransaction(ctx.database, async (trx) => {
    const stale = async () => {
      const current = await reports.getMeta(trx, input.reportId);
      return staleVersion(await lastChange(trx, ctx.actor, current), ctx.now(), current.version);
    };
    const stored = await claimEdit(trx, ctx, input.reportId, input.version, stale);
    // Rebuilt under the claim, from the content and trail of the version the client loaded.
    const then = await versionContent(trx, stored, input.version, input.restoreVersion);
    const next = applySave(stored, saveInputFor(stored, then, input), { strict: false });
    const changed = await writeContent(trx, ctx, input.reportId, stored, next, ({ before, after }) => ({
      action: 'report.restored', before, after: { ...after, restoredVersion: input.restoreVersion },
    }));
    if (!changed) {
      throw new AppError('conflict', `Version ${input.restoreVersion} har samma innehåll som redovisningen har nu: det finns inget att återställa.`, {
        field: 'restoreVersion',
      });
    }
    return loadReportView(trx, ctx.actor, input.reportId);
  });
}

/** The content of version `version`, rebuilt from `stored` (the content at `currentVersion`) and the report's trail. */
async function versionContent(db: Executor, stored: ReportContent, currentVersion: number, version: number): Promise<EditableContent> {
  const events = await auditEvents.listForReport(db, stored.detail.meta.id);
  const current = { accrualPeriod: stored.document.accrualPeriod, projects: stored.document.projects };
  const content = contentAt(rebuildVersions(current, currentVersion, events), version);
  if (content === undefined) {
    throw new AppError('invalid_input', `Redovisningen har ingen version ${version}; den är nu version ${currentVersion}.`, { field: 'restoreVersion' });
  }
  if (content === null) {
    throw new AppError('conflict', `Version ${version} kan inte återskapas exakt ur historiken: innehållet har ändrats utan att ändringen finns i historiken.`, {
      field: 'restoreVersion',
    });
  }
  return content;
}

/** The save that makes the stored report hold `then`: every section, with the outcomes and comments `then` gave its indicators. */
function saveInputFor(stored: ReportContent, then: EditableContent, input: RestoreReportVersionInput): SaveReportInput {
  return {
    reportId: input.reportId,
    version: input.version,
    accrualPeriod: then.accrualPeriod,
    sections: stored.sections.map((section, p) => {
      const project = then.projects[p] ?? section;
      const outcomes = new Map((project.indicators ?? []).map((i) => [i.name, i]));
      return {
        id: section.id,
        entries: project.entries,
        narrative: project.narrative,
        indicators: (section.indicators ?? []).map((i) => ({
          name: i.name, outcome: outcomes.get(i.name)?.outcome ?? null, comment: outcomes.get(i.name)?.comment ?? '',
        })),
      };
    }),
  };
}
