// The staff app's reading of figures typed into a priority exercise (web/src/features/priorities/numbers.ts) and
// its Saaty slider (web/src/features/priorities/saaty.ts): what is written the page's way reads back exactly,
// what is not a number is refused, and every slider position is one value of Saaty's scale and back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatValue, parseNumber } from '../../web/src/features/priorities/numbers';
import { levelAt, positionOf, valueAt } from '../../web/src/features/priorities/saaty';

describe('numbers typed into a priority exercise', () => {
  it('reads the Vietnamese and the English way', () => {
    expect(parseNumber('1.234,5', 'vi')).toBe(1234.5);
    expect(parseNumber('4,5', 'vi')).toBe(4.5);
    expect(parseNumber(' 4.5 ', 'vi')).toBe(4.5);
    expect(parseNumber('1.234', 'vi')).toBe(1234);
    expect(parseNumber('−2,25', 'vi')).toBe(-2.25);
    expect(parseNumber('1 234,5', 'vi')).toBe(1234.5);
    expect(parseNumber('1,234.5', 'en')).toBe(1234.5);
    expect(parseNumber('4.5', 'en')).toBe(4.5);
    expect(parseNumber('3', 'en')).toBe(3);
  });

  it('refuses what is not a number', () => {
    for (const text of ['', 'ba', '4,5,6', '1..2', '4,', ',5', '12.34,5', '1e3']) expect(parseNumber(text, 'vi')).toBeNull();
    for (const text of ['4,5', '1.234,5', '']) expect(parseNumber(text, 'en')).toBeNull();
  });

  it('reads back what it writes, in both languages', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 4 }), fc.constantFrom('vi' as const, 'en' as const), (n, digits, lang) => {
        const value = n / 10 ** digits;
        expect(parseNumber(formatValue(value, lang, 6), lang)).toBeCloseTo(value, 9);
      }),
    );
  });
});

describe('the Saaty slider', () => {
  it('maps each of its 17 positions to one value of the scale and back', () => {
    const values = new Set<number>();
    for (let p = -8; p <= 8; p++) {
      const v = valueAt(p);
      values.add(v);
      expect(positionOf(v)).toBe(p);
      const { level, side } = levelAt(p);
      expect(level).toBe(Math.abs(p) + 1);
      expect(side).toBe(p < 0 ? 'a' : p > 0 ? 'b' : 'equal');
      // A on the left: the judgment "A>B" is above 1 there, its reciprocal on the right.
      expect(valueAt(-p)).toBeCloseTo(1 / v, 12);
    }
    expect(values.size).toBe(17);
    expect(valueAt(-8)).toBe(9);
    expect(valueAt(8)).toBeCloseTo(1 / 9, 12);
  });

  it('puts any stored judgment on the nearest position', () => {
    fc.assert(
      fc.property(fc.double({ min: 1 / 9, max: 9, noNaN: true }), (v) => {
        // Nearest as officials write the scale: 4,4 reads as 4, and 1/4,4 as 1/4.
        const shown = valueAt(positionOf(v));
        if (v >= 1) expect(Math.abs(shown - v)).toBeLessThanOrEqual(0.5 + 1e-9);
        else expect(Math.abs(1 / shown - 1 / v)).toBeLessThanOrEqual(0.5 + 1e-9);
      }),
    );
  });
});
