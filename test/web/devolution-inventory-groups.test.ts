// The inventory's layout on screen (web/src/features/devolution/inventoryGroups.ts): sectors in the order of the
// space's sector list, an unlisted sector last, functions and activities in inventory order. Examples by hand;
// fast-check: every activity shown exactly once, in a group of its own sector and function, in inventory order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bySector } from '../../web/src/features/devolution/inventoryGroups';

const SECTORS = [{ key: 'home-affairs' }, { key: 'finance' }, { key: 'construction' }, { key: 'urban-order' }];
const row = (code: string, sector: string, functionCode: string) => ({ code, sector, functionCode });

describe('the inventory by sector and function', () => {
  it('orders sectors by the list, keeps inventory order inside, and puts an unknown sector last', () => {
    const rows = [row('NK-02.1', 'urban-order', 'NK-02'), row('XD-01.1', 'construction', 'XD-01'), row('Z-1', 'astrology', 'Z'), row('NK-01.1', 'construction', 'NK-01'), row('XD-01.2', 'construction', 'XD-01'), row('NV-01.1', 'home-affairs', 'NV-01')];
    const codes = bySector(rows, SECTORS).map((g) => [g.sector, g.functions.map((f) => f.map((a) => a.code))]);
    expect(codes).toEqual([
      ['home-affairs', [['NV-01.1']]],
      ['construction', [['XD-01.1', 'XD-01.2'], ['NK-01.1']]],
      ['urban-order', [['NK-02.1']]],
      ['astrology', [['Z-1']]],
    ]);
    expect(bySector([], SECTORS)).toEqual([]);
  });

  it('shows every activity once, under its own sector and function', () => {
    const sector = fc.constantFrom('home-affairs', 'finance', 'construction', 'urban-order', 'astrology');
    const rows = fc.uniqueArray(fc.record({ code: fc.string({ minLength: 1, maxLength: 6 }), sector, functionCode: fc.constantFrom('F1', 'F2', 'F3') }), { selector: (a) => a.code, maxLength: 40 });
    fc.assert(fc.property(rows, (list) => {
      const groups = bySector(list, SECTORS);
      const shown = groups.flatMap((g) => g.functions.flat());
      expect(shown.map((a) => a.code).sort()).toEqual(list.map((a) => a.code).sort());
      for (const g of groups) for (const f of g.functions) for (const a of f) expect([a.sector, a.functionCode]).toEqual([g.sector, f[0].functionCode]);
      expect(new Set(groups.map((g) => g.sector)).size).toBe(groups.length);
      const at = (code: string) => list.findIndex((a) => a.code === code);
      for (const f of groups.flatMap((g) => g.functions)) expect(f.map((a) => at(a.code))).toEqual(f.map((a) => at(a.code)).sort((x, y) => x - y));
    }));
  });
});
