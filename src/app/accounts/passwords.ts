import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../../domain/errors.js';
import { passwordWeakness, type PasswordOwner } from './password-strength.js';

/** The shortest password we accept; long passphrases beat complexity rules (NIST SP 800-63B). */
export const MIN_PASSWORD_LENGTH = 12;

/** Hashes a password with argon2id (the library's default algorithm and OWASP parameters). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** True when the password matches the stored hash; a malformed hash is simply a mismatch. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/**
 * Throws a Swedish invalid_input naming the field unless the password is long enough and not easy to
 * guess (common passwords and words, repeats, keyboard rows, the owner's name or address).
 */
export async function assertPasswordAcceptable(password: string, owner: PasswordOwner, field = 'password'): Promise<void> {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    throw new AppError('invalid_input', `Lösenordet ska vara minst ${MIN_PASSWORD_LENGTH} tecken långt.`, { field });
  }
  if ([...password].length > 1000) {
    throw new AppError('invalid_input', 'Lösenordet får vara högst 1 000 tecken långt.', { field });
  }
  const weakness = await passwordWeakness(password, owner);
  if (weakness !== undefined) throw new AppError('invalid_input', weakness, { field });
}

// A hash of a random password, verified against when the address is unknown so that a failed
// sign-in takes as long whether or not the account exists.
let decoy: Promise<string> | undefined;
/** A hash to verify against when there is no user, so timing does not reveal which addresses exist. */
export function decoyHash(): Promise<string> {
  decoy ??= hash(crypto.randomUUID());
  return decoy;
}
