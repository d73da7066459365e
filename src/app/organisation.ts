// The organisation's name: in the footer of every page of every document, in SIE exports (#FNAMN),
// reconciliations, the city-wide report and the open data. An admin sets it in the app (a setting in
// the database, so every instance agrees, its change audited in the same transaction); until then
// it is ORGANISATION_NAME from the environment, or the demo's city.
import { auditEvents, siteSettings, withTransaction, type Executor } from '../db/index.js';
import { AppError } from '../domain/errors.js';
import { MAX_ORGANISATION_NAME_LENGTH } from '../domain/limits.js';
import type { AppContext } from './context.js';
import { assertManagesOrganisationName } from './policies/organisation-name.js';
import { auditBy } from './setup/audit.js';

/** The name before anyone has set one, without ORGANISATION_NAME. */
export const DEFAULT_ORGANISATION_NAME = 'Stockholms stad';

/** The organisation's name as the admin set it, and what it is without a setting. */
export interface OrganisationNameState {
  name: string;
  /** What the name is when none is set: ORGANISATION_NAME, or the demo's city. */
  fallback: string;
  /** Whether an admin has set the name in the app. */
  set: boolean;
}

/** The name where no database is asked (a JSON file rendered at the command line): ORGANISATION_NAME, or the demo's city. */
export function organisationNameFromEnvironment(env: NodeJS.ProcessEnv = process.env): string {
  const name = env.ORGANISATION_NAME?.trim();
  return name ? name : DEFAULT_ORGANISATION_NAME;
}

/** The name and where it comes from. */
export async function organisationNameState(db: Executor): Promise<OrganisationNameState> {
  const stored = await siteSettings.get(db, 'organisation_name');
  const fallback = organisationNameFromEnvironment();
  return { name: stored ?? fallback, fallback, set: stored !== undefined };
}

/** The organisation's name: the admin's setting, or else the environment's, or else the demo's city. */
export async function organisationName(db: Executor): Promise<string> {
  return (await organisationNameState(db)).name;
}

/** Sets the name (trimmed; the contract has checked its length), audited in the same transaction; the same name writes nothing. */
export async function setOrganisationName(ctx: AppContext, name: string): Promise<OrganisationNameState> {
  assertManagesOrganisationName(ctx.actor);
  const next = name.trim();
  if (next === '' || next.length > MAX_ORGANISATION_NAME_LENGTH || /[\t\n\r]/.test(next)) {
    throw new AppError('invalid_input', `Organisationens namn ska vara 1–${MAX_ORGANISATION_NAME_LENGTH} tecken på en rad.`, { field: 'name' });
  }
  const now = ctx.now();
  return withTransaction(ctx.database, async (trx) => {
    const before = await organisationNameState(trx);
    if (before.set && before.name === next) return before;
    await siteSettings.set(trx, 'organisation_name', next, now);
    await auditEvents.append(trx, {
      ...auditBy(ctx, now), action: 'organisation_name.changed', entityType: 'site_setting', entityId: 'organisation_name',
      before: { name: before.name }, after: { name: next },
    });
    return { name: next, fallback: before.fallback, set: true };
  });
}
