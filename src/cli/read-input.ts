// Reading an input file for a command: a missing file or a folder is bad input (exit 2), in one sentence.
import { readFile } from 'node:fs/promises';
import { InputError } from '../core/errors';

export async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${file}: no such file.`, { file });
    if (code === 'EISDIR') throw new InputError(`${file} is a folder, not a file.`, { file });
    throw err;
  }
}
