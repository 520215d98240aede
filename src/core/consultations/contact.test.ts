import { describe, expect, it } from 'vitest';
import { normalizeContact } from './contact';

describe('normalizeContact', () => {
  it('folds the ways Vietnamese mobile numbers are written into one', () => {
    for (const written of ['0912 345 678', '+84 912 345 678', '84912345678', '091-234-5678', '(091) 234.5678']) {
      expect(normalizeContact(written)).toEqual({ kind: 'phone', value: '0912345678' });
    }
  });

  it('lower-cases e-mail addresses and refuses what is neither', () => {
    expect(normalizeContact(' Lan.Nguyen@CanTho.gov.vn ')).toEqual({ kind: 'email', value: 'lan.nguyen@cantho.gov.vn' });
    for (const bad of ['', '12345', '0212345678', '09123456789', 'lan@', 'a b@c.vn']) expect(normalizeContact(bad)).toBeNull();
  });
});
