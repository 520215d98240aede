import { describe, expect, it } from 'vitest';
import { literal } from './two-step';

describe('literal', () => {
  it('doubles single quotes and leaves backslashes alone (standard_conforming_strings)', () => {
    expect(literal(`Đà Nẵng's \\ "x"`)).toBe(`'Đà Nẵng''s \\ "x"'`);
  });
  it('writes null and numbers as SQL, and refuses what cannot be a literal', () => {
    expect(literal(null)).toBe('null');
    expect(literal(42)).toBe('42');
    expect(() => literal(Number.NaN)).toThrow();
    expect(() => literal('a\0b')).toThrow();
  });
});
