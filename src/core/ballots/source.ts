// Small helpers shared by the ballot-file parsers: the one-sentence error that names file and
// line, and line splitting that accepts LF or CRLF and a byte-order mark (files saved by Excel).
import { InputError } from '../errors';

/** `problemVi`, when given, is the same problem in Vietnamese, for files people fill in by hand. */
export function lineError(file: string, line: number, problem: string, problemVi?: string): InputError {
  const vi = problemVi === undefined ? undefined : `${file}, dòng ${line}: ${problemVi}`;
  return new InputError(`${file}, line ${line}: ${problem}`, { file, line }, vi);
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function splitLines(text: string): string[] {
  return stripBom(text).split(/\r?\n/);
}

/** A non-negative finite decimal number, or NaN. */
export function parseCount(text: string): number {
  if (!/^(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/.test(text)) return NaN;
  const value = Number(text);
  return Number.isFinite(value) ? value : NaN;
}

/** A positive finite decimal number, or NaN. */
export function parseWeight(text: string): number {
  const value = parseCount(text);
  return value > 0 ? value : NaN;
}

/** Quotes a piece of a line for an error message, shortened so the sentence stays readable. */
export function quote(text: string): string {
  const short = text.length > 40 ? `${text.slice(0, 37)}…` : text;
  return `"${short}"`;
}
