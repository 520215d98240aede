// Reading an MCDA problem document field by field. A problem is reported as a FieldError carrying
// the path to the field, so the command line can say on which line of the file it is; the message
// itself names the field, so it stands on its own where no line is known (the HTTP API).
import { InputError } from '../errors';
import { fieldName, type JsonPath } from '../json.reader';

export type FieldPath = JsonPath;
export { fieldName };

export class FieldError extends InputError {
  constructor(readonly path: FieldPath, readonly problem: string, problemVi?: string) {
    const vi = problemVi === undefined ? undefined : path.length ? `trường "${fieldName(path)}": ${problemVi}` : problemVi;
    super(path.length ? `field "${fieldName(path)}": ${problem}` : problem, { field: fieldName(path) }, vi);
  }
}

/** Runs a core step; an InputError it throws is reported at the given field. */
export function at<T>(path: FieldPath, step: () => T): T {
  try {
    return step();
  } catch (err) {
    if (err instanceof InputError && !(err instanceof FieldError)) throw new FieldError(path, err.message, err.vi);
    throw err;
  }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function objectAt(value: unknown, path: FieldPath, what: string): Record<string, unknown> {
  if (!isObject(value)) throw new FieldError(path, `expected ${what}.`);
  return value;
}

/** A non-empty list of distinct, non-empty names. */
export function namesAt(value: unknown, path: FieldPath, what: string): string[] {
  if (!Array.isArray(value) || value.length === 0) throw new FieldError(path, `expected a non-empty list of ${what}.`);
  const seen = new Set<string>();
  value.forEach((name, i) => {
    if (typeof name !== 'string' || name.trim() === '') throw new FieldError(path, `entry ${i + 1} is not a name.`);
    if (seen.has(name)) throw new FieldError(path, `"${name}" is listed twice.`);
    seen.add(name);
  });
  return value as string[];
}

export function wholeNumberAt(value: unknown, path: FieldPath, least: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < least) throw new FieldError(path, `expected a whole number of at least ${least}, not ${JSON.stringify(value)}.`);
  return value;
}
