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
