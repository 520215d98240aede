// Bad input found by pure code: the message is one sentence that says what is wrong and where.
// The command line turns it into exit code 2; the HTTP layer into a 4xx. Where a person rather than a
// program meets the error (uploads, the import command), `vi` carries the same sentence in Vietnamese.
export class InputError extends Error {
  constructor(
    message: string,
    readonly where: { file?: string; line?: number; field?: string } = {},
    readonly vi?: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/** "FILE, line N: problem", and "FILE, dòng N: …" when `problemVi` gives the same problem in Vietnamese. */
export function lineError(file: string, line: number, problem: string, problemVi?: string): InputError {
  const vi = problemVi === undefined ? undefined : `${file}, dòng ${line}: ${problemVi}`;
  return new InputError(`${file}, line ${line}: ${problem}`, { file, line }, vi);
}
