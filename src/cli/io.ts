import { AppError } from '../domain/errors.js';

/** Reads an input file, turning "no such file" into a Swedish message instead of a stack trace. */
export async function readInputFile(path: string, read: (p: string) => Promise<Buffer>): Promise<Uint8Array> {
  try {
    return new Uint8Array(await read(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AppError('invalid_input', `${path}: filen finns inte.`);
    if (code === 'EISDIR') throw new AppError('invalid_input', `${path}: är en mapp, inte en fil.`);
    if (code === 'EACCES') throw new AppError('invalid_input', `${path}: saknar behörighet att läsa filen.`);
    throw error;
  }
}
