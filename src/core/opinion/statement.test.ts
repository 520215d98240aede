// Statements compared as one ignoring case, diacritics, đ and punctuation; lengths as a person counts them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanStatement, normaliseStatement, statementLength } from './statement';

describe('statement text', () => {
  it('folds case, diacritics, đ, punctuation and spaces (examples by hand)', () => {
    expect(normaliseStatement('Chính quyền số')).toBe('chinh quyen so');
    expect(normaliseStatement('  CHÍNH  QUYỀN — SỐ!! ')).toBe('chinh quyen so');
    expect(normaliseStatement('Đường điện, đèn đường.')).toBe('duong dien den duong');
    expect(normaliseStatement('100% hộ có internet')).toBe('100 ho co internet');
    expect(normaliseStatement('?!…')).toBe('');
  });

  it('counts characters of the NFC text, spaces collapsed', () => {
    // "Đường" typed decomposed (NFD) is still five characters
    expect(statementLength('Đường'.normalize('NFD'))).toBe(5);
    expect(statementLength('  a   b ')).toBe(3);
    expect(cleanStatement(' Cần\n thêm  wifi ')).toBe('Cần thêm wifi');
  });

  it('property: NFC or NFD, upper or lower case, extra punctuation — the same normalised text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('chính', 'quyền', 'số', 'Đường', 'làng', 'xanh', 'ưu', 'tiên'), { minLength: 1, maxLength: 6 }), (words) => {
        const text = words.join(' ');
        const variant = `${text.toUpperCase().normalize('NFD')} !`;
        expect(normaliseStatement(variant)).toBe(normaliseStatement(text));
      }),
    );
  });
});
