// The one reader of numbers people type or files carry, for server and web.
//
// 'vi' — as Vietnamese officials type them in Excel, CSV and forms: a dot groups thousands and a comma
//   marks decimals ("1.234,5"; "12.000" is twelve thousand). A lone dot followed by other than three
//   digits ("12.5", "0.25") can only be a decimal point and is read as one.
// 'en' — "1,234.5"; "1,234" is one thousand two hundred and thirty-four; no decimal comma ("4,5" is
//   refused rather than guessed).
// 'decimal' — figures in published data files: never grouped, so "6.123" and "6,123" are both six
//   and a bit; an exponent ("1E-05", as Excel writes small numbers) is allowed.
// Spaces (also no-break ones) are ignored and a typographic minus ("−2,5") is a minus. Anything else is
// not a number: better a row error than a budget off by a factor of a thousand.
export type NumberReading = 'vi' | 'en' | 'decimal';

const SEPARATORS = { vi: { group: '.', decimal: ',' }, en: { group: ',', decimal: '.' } } as const;
const DECIMAL_FILE = /^[-+]?(\d+[.,]?\d*|[.,]\d+)([eE][-+]?\d+)?$/;

function grouped(t: string, reading: 'vi' | 'en'): number | null {
  const { group, decimal } = SEPARATORS[reading];
  const [g, d] = [`\\${group}`, `\\${decimal}`];
  if (new RegExp(`^[-+]?[1-9]\\d{0,2}(${g}\\d{3})+(${d}\\d+)?$`).test(t) || new RegExp(`^[-+]?\\d+(${d}\\d+)?$`).test(t)) {
    return Number(t.replaceAll(group, '').replace(decimal, '.'));
  }
  // In Vietnamese a lone dot is a decimal point, unless exactly three digits follow a whole number
  // that is not zero ("12.345" groups; "12.5", "0.125" do not). English takes no decimal comma.
  const lone = reading === 'vi' ? /^([-+]?)(\d+)\.(\d+)$/.exec(t) : null;
  if (!lone || (lone[3].length === 3 && /[1-9]/.test(lone[2]))) return null;
  return Number(`${lone[1]}${lone[2]}.${lone[3]}`);
}

export function readNumber(text: string, reading: NumberReading = 'vi'): number | null {
  const t = text.replace(/[\s\u00a0\u202f]/g, '').replace(/^[\u2212\u2013]/, '-');
  const value = reading === 'decimal' ? (DECIMAL_FILE.test(t) ? Number(t.replace(',', '.')) : null) : grouped(t, reading);
  return value !== null && Number.isFinite(value) ? value : null;
}

/** A number written so that readNumber(…, 'vi') reads it back exactly: decimal comma, no grouping. */
export function writeVnNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  return String(value).replace('.', ',');
}
