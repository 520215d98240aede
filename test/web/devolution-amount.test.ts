// A move's investment as a person types it (web/src/features/devolution/amount.ts): Vietnamese 1.200,5 and
// English 1,200.5, worked by hand; fast-check: any amount written back the way the form shows it reads the same.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountText, parseAmount } from '../../web/src/features/devolution/amount';

describe('an investment typed in the scenario builder', () => {
  it('reads each language’s grouping and decimal mark', () => {
    expect(parseAmount('1.200', 'vi')).toBe(1200);
    expect(parseAmount('1.200,5', 'vi')).toBe(1200.5);
    expect(parseAmount('2.000.000', 'vi')).toBe(2_000_000);
    expect(parseAmount('1200,5', 'vi')).toBe(1200.5);
    expect(parseAmount('1,200', 'vi')).toBe(1.2);
    expect(parseAmount(' 750 ', 'vi')).toBe(750);
    expect(parseAmount('1,200.5', 'en')).toBe(1200.5);
    expect(parseAmount('1200.5', 'en')).toBe(1200.5);
    expect(parseAmount('', 'vi')).toBe(0);
  });

  it('refuses signs, letters and mixed marks', () => {
    for (const bad of ['-5', '1,2,3', '12a', '1.20', '1.5', '1.200.5,5,5', '+3', 'năm trăm']) expect(parseAmount(bad, 'vi'), bad).toBeNull();
    for (const bad of ['1,20', '1.200,5', '-1']) expect(parseAmount(bad, 'en'), bad).toBeNull();
  });

  it('reads back what it shows', () => {
    const amount = fc.double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true }).filter((v) => !String(v).includes('e'));
    fc.assert(fc.property(amount, fc.constantFrom('vi' as const, 'en' as const), (value, lang) => {
      expect(parseAmount(amountText(value, lang), lang)).toBe(value);
    }));
  });
});
