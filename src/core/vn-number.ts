// Numbers as Vietnamese officials type them in Excel and CSV: a dot groups thousands and a comma marks
// decimals ("1.234,5" is one thousand two hundred and thirty-four and a half; "12.000" is twelve
// thousand). A lone dot followed by other than three digits ("12.5", "0.25") can only be a decimal
// point and is read as one. Anything else is not a number: better a row error than a budget off by
// a factor of a thousand.

const GROUPED = /^[-+]?\d{1,3}(\.\d{3})+(,\d+)?$/; // 1.234  1.234.567,5
const COMMA_DECIMAL = /^[-+]?\d+(,\d+)?$/; // 1234  1234,5
const DOT_DECIMAL = /^[-+]?\d*\.(\d{1,2}|\d{4,})$/; // 12.5  0.25  .5  3.14159

export function parseVnNumber(text: string): number | null {
  const t = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (GROUPED.test(t)) return Number(t.replaceAll('.', '').replace(',', '.'));
  if (COMMA_DECIMAL.test(t)) return Number(t.replace(',', '.'));
  if (DOT_DECIMAL.test(t)) return Number(t);
  return null;
}

/** A number written so that parseVnNumber reads it back exactly: decimal comma, no grouping. */
export function writeVnNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  return String(value).replace('.', ',');
}
