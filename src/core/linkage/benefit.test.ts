// The benefit matrix, computed by hand from the rule in benefit.ts, and two properties.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { benefitMatrix, type Intent } from './benefit';
import { INTENT_KINDS, SECTOR_KEYS } from './sectors';

const CT = 'vn63:92';
const AG = 'vn63:89';
const KG = 'vn63:91';
const offer = (locality: string, sector: string, kind: Intent['kind'], size: number): Intent => ({ locality, direction: 'offer', sector, kind, size });
const need = (locality: string, sector: string, kind: Intent['kind'], size: number): Intent => ({ locality, direction: 'need', sector, kind, size });

describe('benefitMatrix', () => {
  it('sums, over each need, the best offer of the other locality in the same sector (by hand)', () => {
    const intents = [
      offer(CT, 'logistics', 'facility', 4), // Cần Thơ's port
      offer(CT, 'human-resources', 'expertise', 2),
      need(AG, 'logistics', 'facility', 3), // min(3, 4) × 1 = 3 from Cần Thơ
      need(AG, 'human-resources', 'capacity', 5), // min(5, 2) × 0.5 = 1 from Cần Thơ (another kind)
      offer(AG, 'rice', 'market', 5),
      need(CT, 'rice', 'market', 2), // min(2, 5) = 2 from An Giang
      need(CT, 'tourism', 'expertise', 3), // nobody offers tourism
      offer(KG, 'logistics', 'facility', 1),
      offer(KG, 'logistics', 'capacity', 5), // for An Giang's logistics need: facility 1 → 1, capacity 5 → min(3,5)×0.5 = 1.5: the best is 1.5
    ];
    const m = benefitMatrix([CT, AG, KG], intents);
    expect(m.benefit[AG]).toEqual({ [CT]: 4, [KG]: 1.5 });
    expect(m.benefit[CT]).toEqual({ [AG]: 2 });
    expect(m.benefit[KG]).toEqual({});
    expect(m.meetings[AG][KG].map((x) => x.offer.kind)).toEqual(['capacity']);
    expect(m.meetings[AG][CT].map((x) => x.value)).toEqual([3, 1]);
  });

  it('leaves out a locality outside the list and never counts a locality meeting its own need', () => {
    const m = benefitMatrix([CT, AG], [offer(CT, 'water', 'land', 3), need(CT, 'water', 'land', 3), need(KG, 'water', 'land', 3), offer(KG, 'rice', 'market', 3), need(AG, 'rice', 'market', 3)]);
    expect(m.benefit).toEqual({ [CT]: {}, [AG]: {} });
  });

  const intent = (localities: string[]) =>
    fc.record({
      locality: fc.constantFrom(...localities),
      direction: fc.constantFrom('offer' as const, 'need' as const),
      sector: fc.constantFrom(...SECTOR_KEYS.slice(0, 4)),
      kind: fc.constantFrom(...INTENT_KINDS),
      size: fc.integer({ min: 1, max: 5 }),
    });

  it('does not depend on the order localities and intents are listed', () => {
    const ids = [CT, AG, KG, 'vn63:96'];
    fc.assert(
      fc.property(fc.array(intent(ids), { maxLength: 20 }), fc.integer(), (intents, seed) => {
        const shuffled = [...intents].sort((a, b) => ((JSON.stringify(a).length * 31 + seed) % 7) - ((JSON.stringify(b).length * 31 + seed) % 7));
        expect(benefitMatrix([...ids].reverse(), shuffled).benefit).toEqual(benefitMatrix(ids, intents).benefit);
      }),
    );
  });

  it('gives y something from x only when x offers in a sector y needs, and never more than y needs in total', () => {
    const ids = [CT, AG, KG];
    fc.assert(
      fc.property(fc.array(intent(ids), { maxLength: 20 }), (intents) => {
        const m = benefitMatrix(ids, intents);
        for (const y of ids)
          for (const [x, value] of Object.entries(m.benefit[y])) {
            const needs = intents.filter((i) => i.locality === y && i.direction === 'need');
            expect(needs.some((n) => intents.some((o) => o.locality === x && o.direction === 'offer' && o.sector === n.sector))).toBe(true);
            expect(value).toBeLessThanOrEqual(needs.reduce((s, n) => s + n.size, 0));
          }
      }),
    );
  });
});
