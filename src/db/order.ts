// Names are put in order here rather than with ORDER BY name: each engine sorts text by its own
// collation (SQLite by bytes, PostgreSQL by the database's locale), so the same rows came back in
// different orders, and neither put Å, Ä and Ö after Z as Swedish readers expect. The lists sorted
// here (committees, programmes, users) are a few hundred rows at most.
const swedish = new Intl.Collator('sv');

/** Sorts rows in place by name in Swedish order (… Z, Å, Ä, Ö), equal names by id; returns them. */
export function bySwedishName<T extends { id: number; name: string }>(rows: T[]): T[] {
  return rows.sort((a, b) => swedish.compare(a.name, b.name) || a.id - b.id);
}
