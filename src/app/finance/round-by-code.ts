import { rounds, type Executor } from '../../db/index.js';
import type { Round } from '../../db/repositories/rounds.js';
import { AppError } from '../../domain/errors.js';
import { formatRoundCode, parseRoundCode } from '../../domain/period.js';

/** The round named `2014-VB`; invalid_input when the name is not a round, not_found when there is none. */
export async function roundByCode(db: Executor, code: string): Promise<Round & { code: string }> {
  const parsed = parseRoundCode(code);
  if (!parsed.ok) throw new AppError('invalid_input', parsed.message, { field: 'round' });
  const round = await rounds.findByYearKind(db, parsed.value.year, parsed.value.kind);
  const name = formatRoundCode(parsed.value);
  if (!round) throw new AppError('not_found', `Omgången ${name} finns inte.`, { field: 'round' });
  return { ...round, code: name };
}
