import { committees, programmes, projects, type Executor } from '../../db/index.js';
import type { Committee } from '../../db/repositories/committees.js';
import type { Programme } from '../../db/repositories/programmes.js';
import { AppError } from '../../domain/errors.js';

// A missing committee or programme named in a request body is a mistake in that field (400 naming
// it), not a missing resource at the address (404).

/** The committee a body names in `field`; invalid_input naming the field when it does not exist. */
export function referencedCommittee(db: Executor, id: number, field = 'committeeId'): Promise<Committee> {
  return asField(committees.getById(db, id), field);
}

/** The programme a body names in `field`; invalid_input naming the field when it does not exist. */
export function referencedProgramme(db: Executor, id: number, field = 'programmeId'): Promise<Programme> {
  return asField(programmes.getById(db, id), field);
}

async function asField<T>(lookup: Promise<T>, field: string): Promise<T> {
  try {
    return await lookup;
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') throw new AppError('invalid_input', `${field}: ${error.message}`, { field });
    throw error;
  }
}

/** Refuses a project number the committee already gives another project (numbers order the report). */
export async function assertNumberFree(db: Executor, committeeId: number, number: number, projectId?: number): Promise<void> {
  const holder = await projects.findByNumber(db, committeeId, number);
  if (holder && holder.id !== projectId) {
    throw new AppError('conflict', `Nämnden har redan projekt nummer ${number} (${holder.name}).`, { field: 'number' });
  }
}
