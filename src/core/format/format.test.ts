import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readNumber } from '../vn-number';
import { formatDate, formatDateTime, formatNumber, formatPercent, formatTime } from '.';

describe('dates in Viet Nam time', () => {
  it('writes the date of Viet Nam, which is already the next day from 17:00 UTC', () => {
    expect(formatDate(new Date('2026-03-31T16:59:59Z'))).toBe('31/03/2026');
    expect(formatDate(new Date('2026-03-31T17:00:00Z'))).toBe('01/04/2026');
    expect(formatDate(new Date('2025-12-31T23:00:00Z'))).toBe('01/01/2026');
    expect(formatDate('2026-01-05T23:30:00Z')).toBe('06/01/2026');
  });

  it('keeps a calendar date on its own day', () => {
    expect(formatDate('2026-01-05')).toBe('05/01/2026');
    expect(formatDate('2026-12-31')).toBe('31/12/2026');
  });

  it('writes the time on the 24-hour clock of Viet Nam', () => {
    expect(formatDateTime('2026-01-05T23:30:00Z')).toBe('06/01/2026 06:30');
    expect(formatDateTime(new Date('2026-07-01T10:05:00Z'))).toBe('01/07/2026 17:05');
    expect(formatTime('2026-01-05T23:30:00Z')).toBe('06:30');
  });
});

describe('numbers', () => {
  it('uses the decimal comma and the thousands dot in Vietnamese, the reverse in English', () => {
    expect(formatNumber(1234.5, 'vi')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(2, 'vi')).toBe('2');
    expect(formatNumber(1234567.891, 'vi', { digits: 1 })).toBe('1.234.567,9');
  });

  it('keeps fixed decimals when asked and writes a true minus sign', () => {
    expect(formatNumber(0.5, 'vi', { digits: 3, fixed: true })).toBe('0,500');
    expect(formatNumber(-2.25, 'vi')).toBe('\u22122,25');
    expect(formatNumber(-0.0001, 'en', { digits: 2 })).toBe('0');
    expect(formatNumber(0.12, 'en', { digits: 2, signed: true })).toBe('+0.12');
  });

  it('writes percentages each language’s way', () => {
    expect(formatPercent(0.875, 'vi')).toBe('87,5\u00a0%');
    expect(formatPercent(0.875, 'en')).toBe('87.5%');
    expect(formatPercent(0.12, 'vi', { fixed: true })).toBe('12,0\u00a0%');
  });

  it('reads back every number it prints, in both languages', () => {
    const printed = fc.record({ whole: fc.integer({ min: -1e9, max: 1e9 }), part: fc.integer({ min: 0, max: 999 }), locale: fc.constantFrom('vi' as const, 'en' as const) });
    fc.assert(
      fc.property(printed, ({ whole, part, locale }) => {
        const value = (whole * 1000 + Math.sign(whole || 1) * part) / 1000;
        expect(readNumber(formatNumber(value, locale), locale)).toBe(value);
      }),
    );
  });
});
