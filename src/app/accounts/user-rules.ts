import { committees, users, type Executor } from '../../db/index.js';
import { AppError } from '../../domain/errors.js';
import { isCommitteeRole, ROLE_NAMES, ROLES, type Role } from '../../domain/roles.js';
import type { Actor } from '../context.js';
import { canManageUsers } from '../policies/user.js';

// Rules shared by creating and changing users, for the API and the command line alike.

const MAX_EMAIL_LENGTH = 254; // RFC 5321: the longest address a mail server has to accept.
const MAX_NAME_LENGTH = 200;
// One @, no spaces or characters mail programs treat specially, and a domain of letter/digit labels
// with at least one dot. Deliberately simple: the address is proven by the person signing in with it.
const EMAIL = /^[^\s@"<>(),;:\\[\]]+@[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)+$/u;

/** Throws 403 unless the actor may manage users. */
export function assertManagesUsers(actor: Actor): void {
  if (!canManageUsers(actor)) throw new AppError('forbidden', 'Bara administratörer får hantera användare.');
}

/** The address as stored (trimmed, lowercased); a Swedish invalid_input naming `email` when it is not one. */
export function parseEmail(raw: string): string {
  const email = users.normaliseEmail(raw);
  if (email === '') throw new AppError('invalid_input', 'Ange en e-postadress.', { field: 'email' });
  if (email.length > MAX_EMAIL_LENGTH || !EMAIL.test(email)) {
    throw new AppError('invalid_input', `E-postadressen ”${email.slice(0, 80)}” är inte giltig.`, { field: 'email' });
  }
  return email;
}

/** The person's name, trimmed; a Swedish invalid_input naming `name` when empty or too long. */
export function parseName(raw: string): string {
  const name = raw.trim().normalize('NFC');
  if (name === '') throw new AppError('invalid_input', 'Ange användarens namn.', { field: 'name' });
  if ([...name].length > MAX_NAME_LENGTH) throw new AppError('invalid_input', `Namnet får vara högst ${MAX_NAME_LENGTH} tecken långt.`, { field: 'name' });
  if (/[\u0000-\u001f\u007f]/.test(name)) throw new AppError('invalid_input', 'Namnet får inte innehålla radbrytningar eller styrtecken.', { field: 'name' });
  return name;
}

/** Throws a Swedish invalid_input naming `role` unless it is one of the roles. */
export function assertRole(role: string): asserts role is Role {
  if (!(ROLES as readonly string[]).includes(role)) {
    throw new AppError('invalid_input', `Okänd roll ”${role}”; välj bland ${ROLES.join(', ')}.`, { field: 'role' });
  }
}

/**
 * Committee roles belong to one existing, active committee; central roles to none (DESIGN.md §2).
 * Throws a Swedish invalid_input naming `committeeId` otherwise.
 */
export async function assertCommitteeFits(db: Executor, role: Role, committeeId: number | null): Promise<void> {
  if (!isCommitteeRole(role)) {
    if (committeeId !== null) {
      throw new AppError('invalid_input', `Rollen ${ROLE_NAMES[role]} hör inte till någon nämnd; lämna nämnden tom.`, { field: 'committeeId' });
    }
    return;
  }
  if (committeeId === null) {
    throw new AppError('invalid_input', `Rollen ${ROLE_NAMES[role]} hör till en nämnd; välj vilken.`, { field: 'committeeId' });
  }
  const committee = await committees.getById(db, committeeId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'not_found') return undefined;
    throw error;
  });
  if (!committee) throw new AppError('invalid_input', `Nämnden ${committeeId} finns inte.`, { field: 'committeeId' });
  if (!committee.active) throw new AppError('invalid_input', `${committee.name} är inaktiv och kan inte få användare.`, { field: 'committeeId' });
}

/** What the audit trail records about a user: never the password or its hash. */
export function auditedFields(user: users.User): { email: string; name: string; role: Role; committeeId: number | null; active: boolean } {
  return { email: user.email, name: user.name, role: user.role, committeeId: user.committeeId, active: user.active };
}
