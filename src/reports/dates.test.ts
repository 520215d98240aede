import { describe, expect, it } from 'vitest';
import { vnDate, vnNumber, vnPercent } from './dates';

describe('Vietnamese dates and numbers', () => {
  it('writes the date of Vietnam, which is already the next day at 17:00 UTC', () => {
    expect(vnDate(new Date('2026-03-31T16:59:59Z'))).toBe('31/03/2026');
    expect(vnDate(new Date('2026-03-31T17:00:00Z'))).toBe('01/04/2026');
    expect(vnDate(new Date('2025-12-31T23:00:00Z'))).toBe('01/01/2026');
  });

  it('uses the decimal comma and the thousands dot', () => {
    expect(vnNumber(1234.5)).toBe('1.234,5');
    expect(vnNumber(2)).toBe('2');
    expect(vnPercent(0.875)).toBe('87,5 %');
  });
});
