import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCode, normaliseCode } from './codes';

describe('registration codes', () => {
  it('writes twelve base-32 characters in three groups', () => {
    expect(formatCode(new Uint8Array([0, 1, 2, 3, 10, 17, 18, 31, 32, 33, 255, 254]))).toBe('0123-AHJZ-01ZY');
  });

  it('reads a typed code whatever its case, spaces and hyphens, with O for 0 and I, L for 1', () => {
    expect(normaliseCode(' 0123-ahjz-olzy ')).toBe('0123AHJZ01ZY');
    expect(normaliseCode('0123 AHJZ 0IZY')).toBe('0123AHJZ01ZY');
  });

  it('refuses what cannot be a code', () => {
    expect(normaliseCode('0123-AHJZ-01Z')).toBeNull();
    expect(normaliseCode('0123-AHJZ-01ZU')).toBeNull();
    expect(normaliseCode('')).toBeNull();
  });

  it('reads back every code it writes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 12, maxLength: 12 }), (bytes) => {
        expect(normaliseCode(formatCode(bytes))).toBe(formatCode(bytes).replace(/-/g, ''));
      }),
    );
  });
});
