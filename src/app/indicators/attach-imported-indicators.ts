import { auditEvents, indicators, type Executor } from '../../db/index.js';
import type { ReportDocument } from '../../domain/report.js';
import { actorId, actorLabel, type AppContext } from '../context.js';

/**
 * Gives the projects of an imported report the indicators it states: an indicator is the project's
 * indicator of the same name, created (with the report's unit and baseline) when the project has
 * none; the report's target becomes the project's target for `year` when the project has none for
 * that year. A target the project already has stays: the report keeps its own copy of what it said.
 * Returns the names created, as "project: indicator". Audit events in the caller's transaction.
 */
export async function attachImportedIndicators(
  trx: Executor, ctx: AppContext, document: ReportDocument, projectIds: ReadonlyMap<string, number>, year: number,
): Promise<string[]> {
  const created: string[] = [];
  for (const section of document.projects) {
    const projectId = projectIds.get(section.name);
    if (projectId === undefined || !section.indicators?.length) continue;
    const existing = await indicators.listForProject(trx, projectId);
    for (const stated of section.indicators) {
      let indicator = existing.find((i) => i.name === stated.name);
      if (!indicator) {
        indicator = await indicators.create(trx, { projectId, name: stated.name, unit: stated.unit, baseline: stated.baseline ?? null });
        existing.push(indicator);
        created.push(`${section.name}: ${stated.name}`);
        await append(trx, ctx, projectId, 'indicator.created', undefined, { indicatorId: indicator.id, name: stated.name, unit: stated.unit, baseline: stated.baseline ?? null });
      }
      if (stated.target !== undefined && !indicator.targets.some((t) => t.year === year)) {
        await indicators.setTarget(trx, indicator.id, year, stated.target);
        indicator.targets.push({ year, target: stated.target });
        await append(trx, ctx, projectId, 'indicator.target_set', { indicatorId: indicator.id, year, target: null }, { indicatorId: indicator.id, year, target: stated.target });
      }
    }
  }
  return created;
}

function append(trx: Executor, ctx: AppContext, projectId: number, action: string, before: unknown, after: unknown) {
  return auditEvents.append(trx, {
    occurredAt: ctx.now(), actorId: actorId(ctx.actor), actorLabel: actorLabel(ctx.actor), action,
    entityType: 'project', entityId: projectId, ip: ctx.ip ?? null, before, after,
  });
}
