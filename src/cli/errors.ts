import { AppError } from '../domain/errors.js';

interface SystemError {
  code?: string;
  path?: string;
  port?: number;
  address?: string;
  message: string;
}

const PATH_REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'mappen eller filen finns inte',
  EACCES: 'behörighet saknas',
  EPERM: 'behörighet saknas',
  EISDIR: 'är en mapp, inte en fil',
  ENOTDIR: 'en del av sökvägen är ingen mapp',
  ENOSPC: 'disken är full',
  EROFS: 'filsystemet är skrivskyddat',
};

/**
 * Turns what the operating system, the network or a database driver throws into an AppError with a
 * Swedish message that names what to fix (the path, DATABASE_URL, PORT). Unknown errors pass unchanged.
 */
export function explainSystemError(error: unknown): unknown {
  if (error instanceof AppError || !(error instanceof Error)) return error;
  const e = error as Error & SystemError;
  const code = e.code ?? '';
  if (PATH_REASONS[code] && e.path) return new AppError('invalid_input', `${e.path}: ${PATH_REASONS[code]}.`);
  if (code === 'EADDRINUSE') return new AppError('invalid_input', `Porten ${e.port ?? ''} är upptagen; välj en annan med PORT.`);
  if (code === 'EADDRNOTAVAIL') return new AppError('invalid_input', `Adressen ${e.address ?? ''} finns inte på den här datorn (HOST).`);
  if (['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EAI_AGAIN', 'ECONNRESET'].includes(code) || (error instanceof AggregateError && /ECONNREFUSED/.test(String(error.errors)))) {
    return new AppError('unavailable', 'Databasen nås inte: kontrollera DATABASE_URL och att PostgreSQL är igång.');
  }
  if (code === '28P01' || code === '28000') return new AppError('unavailable', 'Databasen nekade inloggningen: kontrollera användare och lösenord i DATABASE_URL.');
  if (code === '3D000') return new AppError('unavailable', 'Databasen i DATABASE_URL finns inte; skapa den först (createdb).');
  if (code === 'SQLITE_CANTOPEN') return new AppError('unavailable', 'SQLite-filen i DATABASE_URL kan inte öppnas.');
  if (code === 'SQLITE_BUSY') return new AppError('unavailable', 'SQLite-databasen är upptagen av en annan process; försök igen.');
  return error;
}
