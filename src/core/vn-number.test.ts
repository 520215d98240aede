import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseVnNumber, writeVnNumber } from './vn-number';

describe('Vietnamese number text', () => {
  it.each([
    ['12.000', 12000],
    ['1.234.567,5', 1234567.5],
    ['1234,5', 1234.5],
    ['0,25', 0.25],
    ['12.5', 12.5],
    ['0.25', 0.25],
    [' 1 500 ', 1500],
    ['-3', -3],
  ])('reads %s as %d', (text, value) => {
    expect(parseVnNumber(text)).toBe(value);
  });

  it.each(['12,000.5', '1.2.3', 'abc', '', '12,', '1e3'])('refuses %s rather than guess', (text) => {
    expect(parseVnNumber(text)).toBeNull();
  });

  it('reads back every number it writes', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }).filter((x) => !String(x).includes('e')), (x) => {
      expect(parseVnNumber(writeVnNumber(x))).toBe(x === 0 ? 0 : x);
    }));
  });
});
