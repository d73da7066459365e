import type { Round } from '../../db/repositories/rounds.js';
import { AppError } from '../../domain/errors.js';
import { ROUND_KIND_NAMES } from '../../domain/period.js';

/** "Tertialrapport 2 2014", "Verksamhetsberättelse 2014": a round as people name it. */
export function roundName(round: Pick<Round, 'year' | 'kind'>): string {
  return `${ROUND_KIND_NAMES[round.kind]} ${round.year}`;
}

// A round goes planned → open → closed. A closed round may be opened again: a committee that missed
// the round can then still report (opening creates only the drafts that are missing), and closing
// it again is one click. An open round cannot be opened twice, nor a planned one closed.

/** Throws invalid_transition unless the round may be opened (it is planned or closed). */
export function assertCanOpen(round: Round): void {
  if (round.state === 'open') {
    throw new AppError('invalid_transition', `Omgången ${roundName(round)} är redan öppen.`, { state: round.state });
  }
}

/** Throws invalid_transition unless the round is open. */
export function assertCanClose(round: Round): void {
  if (round.state === 'open') return;
  const why = round.state === 'closed' ? 'är redan stängd' : 'är inte öppnad än och kan inte stängas';
  throw new AppError('invalid_transition', `Omgången ${roundName(round)} ${why}.`, { state: round.state });
}
