import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readNumber, writeVnNumber } from './vn-number';

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
    ['\u22122,25', -2.25],
    ['0.125', 0.125],
  ])('reads %s as %d', (text, value) => {
    expect(readNumber(text)).toBe(value);
  });

  it.each(['12,000.5', '1.2.3', 'abc', '', '12,', '1e3'])('refuses %s rather than guess', (text) => {
    expect(readNumber(text)).toBeNull();
  });

  it.each([
    ['1,234.5', 1234.5],
    ['12,000', 12000],
    ['4.5', 4.5],
  ])('reads %s in English as %d', (text, value) => {
    expect(readNumber(text, 'en')).toBe(value);
  });

  it('refuses English text written the Vietnamese way when it is ambiguous', () => {
    expect(readNumber('1.234,5', 'en')).toBeNull();
    expect(readNumber('4,5', 'en')).toBeNull();
  });

  it.each([
    ['6.123', 6.123],
    ['6,123', 6.123],
    ['1E-05', 0.00001],
    [' 61.14 ', 61.14],
  ])('reads %s in a data file as %d, never as grouped thousands', (text, value) => {
    expect(readNumber(text, 'decimal')).toBe(value);
  });

  it('reads back every number it writes', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }).filter((x) => !String(x).includes('e')), (x) => {
      expect(readNumber(writeVnNumber(x))).toBe(x === 0 ? 0 : x);
    }));
  });
});
