// Settings the admin changes in the app (migration 0010), read and written by name.
import type { Executor } from '../transaction.js';

/** The names of the settings there are. */
export type SettingName = 'public_site' | 'organisation_name';

/** The stored value of a setting, or undefined when it was never set. */
export async function get(db: Executor, name: SettingName): Promise<string | undefined> {
  const row = await db.selectFrom('site_settings').select('value').where('name', '=', name).executeTakeFirst();
  return row?.value;
}

/** Stores a setting's value (insert or replace). */
export async function set(db: Executor, name: SettingName, value: string, now: Date): Promise<void> {
  const updatedAt = now.toISOString();
  await db
    .insertInto('site_settings')
    .values({ name, value, updated_at: updatedAt })
    .onConflict((oc) => oc.column('name').doUpdateSet({ value, updated_at: updatedAt }))
    .execute();
}
