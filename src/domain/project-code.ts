import { z } from 'zod';

// The ledger project code (projektkod) is what the central side books a project's accruals on: the SIE
// export writes it as the project object (dimension 6) and reconciliation matches on it.

/** The longest project code the ledger takes. */
export const MAX_PROJECT_CODE_LENGTH = 20;

/** A project code: letters, digits, `-`, `_` or `.`, as ledger systems accept them in an object id. */
export const projectCodeSchema = z.string().trim()
  .min(1, 'Projektkoden får inte vara tom.')
  .max(MAX_PROJECT_CODE_LENGTH, `Projektkoden får vara högst ${MAX_PROJECT_CODE_LENGTH} tecken.`)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'Projektkoden får bara innehålla bokstäver a–z, siffror, ”-”, ”_” och ”.”.');

/** The code a project gets when none is given: `<committee counterparty>-<number, two digits>` (Spånga-Tensta's project 2 → `1708-02`). */
export function defaultProjectCode(committeeCounterparty: string, projectNumber: number): string {
  return `${committeeCounterparty}-${String(projectNumber).padStart(2, '0')}`;
}
