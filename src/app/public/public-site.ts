// The switch of the public record: on when the environment says PUBLIC_SITE=1, or when an admin has
// turned it on in the app (a setting in the database, so every instance agrees). Off by default.
import { auditEvents, siteSettings, withTransaction, type Executor } from '../../db/index.js';
import { AppError } from '../../domain/errors.js';
import type { AppContext } from '../context.js';
import { canManagePublicSite } from '../policies/public-site.js';
import { auditBy } from '../setup/audit.js';

/** Whether the public part is on, and why. */
export interface PublicSiteState {
  enabled: boolean;
  forcedByEnvironment: boolean;
  setting: boolean;
}

/** True when the environment forces the public part on (PUBLIC_SITE=1). */
export function publicSiteForced(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.PUBLIC_SITE?.trim() === '1';
}

/** The switch as stored and as the environment forces it. */
export async function publicSiteState(db: Executor, forced: boolean): Promise<PublicSiteState> {
  const setting = (await siteSettings.get(db, 'public_site')) === '1';
  return { enabled: forced || setting, forcedByEnvironment: forced, setting };
}

/** Turns the admin's setting on or off, with its audit event in the same transaction; no change writes nothing. */
export async function setPublicSite(ctx: AppContext, enabled: boolean, forced: boolean): Promise<PublicSiteState> {
  if (!canManagePublicSite(ctx.actor)) throw new AppError('forbidden', 'Bara en administratör får slå på eller av den offentliga delen.');
  const now = ctx.now();
  return withTransaction(ctx.database, async (trx) => {
    const before = await publicSiteState(trx, forced);
    if (before.setting !== enabled) {
      await siteSettings.set(trx, 'public_site', enabled ? '1' : '0', now);
      await auditEvents.append(trx, {
        ...auditBy(ctx, now), action: 'public_site.changed', entityType: 'site_setting', entityId: 'public_site',
        before: { enabled: before.setting }, after: { enabled },
      });
    }
    return { enabled: forced || enabled, forcedByEnvironment: forced, setting: enabled };
  });
}
