// The scenario builder's short code from a Vietnamese name (web/src/features/devolution/scenarioKey.ts): the
// examples worked out by hand, and for any name a code the server's pattern accepts (^[a-z0-9-]{1,60}$,
// src/modules/devolution/devolution.schema.ts) or nothing, which the builder refuses.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scenarioKey } from '../../web/src/features/devolution/scenarioKey';

describe('a scenario’s short code from its name', () => {
  it('drops diacritics, turns đ into d and joins words with hyphens', () => {
    expect(scenarioKey('Phường tự chủ 2026')).toBe('phuong-tu-chu-2026');
    expect(scenarioKey('Chính quyền hai cấp 2025')).toBe('chinh-quyen-hai-cap-2025');
    expect(scenarioKey('Đô thị — Đợt 1')).toBe('do-thi-dot-1');
    expect(scenarioKey('  (Thí điểm)  ')).toBe('thi-diem');
    expect(scenarioKey('—')).toBe('');
  });

  it('always gives what the server accepts, or nothing', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300, unit: 'grapheme' }), (name) => {
      const key = scenarioKey(name);
      expect(key === '' || /^[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?$/.test(key)).toBe(true);
    }));
  });
});
