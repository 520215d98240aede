// Dates as Vietnamese officials write them: dd/mm/yyyy, in Vietnam's time (UTC+7 all year, no
// daylight saving), whatever time zone the server runs in.
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

export function vnDate(at: Date): string {
  const local = new Date(at.getTime() + VIETNAM_OFFSET_MS);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(local.getUTCDate())}/${two(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`;
}

/** A number as Vietnamese text: decimal comma, dot between thousands, at most `digits` decimals. */
export function vnNumber(value: number, digits = 3): string {
  return new Intl.NumberFormat('vi-VN', { maximumFractionDigits: digits }).format(value);
}

// Vietnamese writes a space before the sign, as the staff app does ("15,6 %").
export const vnPercent = (share: number) => `${vnNumber(share * 100, 1)} %`;
