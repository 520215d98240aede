// Small helpers shared by the ballot-file parsers: the one-sentence error that names file and
// line, numbers, quoting, and the byte-order mark that files saved by Excel start with.
export { lineError } from '../errors';

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
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
