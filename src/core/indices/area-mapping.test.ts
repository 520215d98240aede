// The figures a mapping may name, and the check of an edited mapping: what passes comes back whole and in
// canonical form; unknown areas, unknown figures and a figure twice in one area are named.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_AREA_MAPPING, PRIORITY_AREAS } from './analysis.priorities';
import { MAPPABLE_FIGURES, checkMapping } from './area-mapping';
import { PAPI_DIMENSIONS } from './papi';

describe('mappable figures', () => {
  it('are the frameworks: 10 PCI sub-indices, the 8 PAPI dimensions with every sub-dimension of any year, 4 PGI sub-indices', () => {
    const of = (index: string) => MAPPABLE_FIGURES.filter((f) => f.index === index);
    expect(of('PCI')).toHaveLength(10);
    expect(of('PGI')).toHaveLength(4);
    const papi = of('PAPI');
    expect(papi.filter((f) => !f.dimension).map((f) => f.key)).toEqual(PAPI_DIMENSIONS.map((d) => d.key));
    // Sub-dimensions that came and went: people's inspection boards (to 2017), e-responsiveness (from 2019).
    expect(papi.map((f) => f.key)).toEqual(expect.arrayContaining(['peoples-inspection-boards', 'community-investment-boards', 'e-responsiveness', 'poverty-lists']));
    // One entry per index and key, every name in Vietnamese and English.
    expect(new Set(MAPPABLE_FIGURES.map((f) => `${f.index} ${f.key}`)).size).toBe(MAPPABLE_FIGURES.length);
    for (const f of MAPPABLE_FIGURES) expect(f.vi.length * f.en.length).toBeGreaterThan(0);
  });
});

describe('checkMapping', () => {
  it('accepts the default mapping as it is', () => {
    const checked = checkMapping(DEFAULT_AREA_MAPPING);
    expect(checked).toEqual({ ok: true, mapping: DEFAULT_AREA_MAPPING });
  });

  it('accepts any choice of known figures per area, keeps their order, and fills the areas left out with nothing', () => {
    const area = fc.constantFrom(...PRIORITY_AREAS.map((a) => a.key));
    // A neutral statistic (population) needs its side given: tested apart below.
    const links = fc.uniqueArray(fc.constantFrom(...MAPPABLE_FIGURES.filter((f) => f.need !== null)), { selector: (f) => `${f.index} ${f.key}`, maxLength: 6 });
    fc.assert(
      fc.property(fc.dictionary(area, links), (chosen) => {
        const proposed = Object.fromEntries(Object.entries(chosen).map(([k, v]) => [k, v.map((f) => ({ index: f.index, key: f.key }))]));
        const checked = checkMapping(proposed);
        if (!checked.ok) return false;
        expect(Object.keys(checked.mapping)).toEqual(PRIORITY_AREAS.map((a) => a.key));
        for (const { key } of PRIORITY_AREAS) expect(checked.mapping[key]).toEqual(proposed[key] ?? []);
        return true;
      }),
    );
  });

  it('names an unknown area, an unknown figure and a figure linked twice', () => {
    expect(checkMapping({ welfare: [] })).toEqual({ ok: false, problem: { kind: 'unknown-area', area: 'welfare' } });
    expect(checkMapping({ health: [{ index: 'PCI', key: 'public-health' }] })).toEqual({
      ok: false,
      problem: { kind: 'unknown-figure', area: 'health', index: 'PCI', key: 'public-health' },
    });
    expect(checkMapping({ health: [{ index: 'PAPI', key: 'score' }] })).toMatchObject({ ok: false, problem: { kind: 'unknown-figure' } });
    const twice = { index: 'PAPI', key: 'public-health' };
    expect(checkMapping({ economy: [], health: [twice, { index: 'PGI', key: 'green-leadership' }, twice] })).toEqual({
      ok: false,
      problem: { kind: 'duplicate', area: 'health', index: 'PAPI', key: 'public-health' },
    });
    // The same figure in two areas is fine.
    expect(checkMapping({ health: [twice], education: [twice] }).ok).toBe(true);
  });

  it('takes statistics datasets by key with a weight and a side of need, and names what is wrong with them', () => {
    const at = (index: string, key: string) => ({ area: 'health', index, key });
    expect(checkMapping({ health: [{ index: 'GSO', key: 'gso.under-five-mortality', weight: 2 }, { index: 'GSO', key: 'gso.beds-per-10000' }] })).toMatchObject({ ok: true });
    expect(checkMapping({ health: [{ index: 'GSO', key: 'gso.hospital-queues' }] })).toEqual({ ok: false, problem: { kind: 'unknown-figure', ...at('GSO', 'gso.hospital-queues') } });
    expect(checkMapping({ health: [{ index: 'PAPI', key: 'public-health', weight: 0 }] })).toEqual({ ok: false, problem: { kind: 'bad-weight', ...at('PAPI', 'public-health') } });
    expect(checkMapping({ health: [{ index: 'GSO', key: 'gso.poverty-rate', weight: Number.NaN }] })).toMatchObject({ ok: false, problem: { kind: 'bad-weight' } });
    // Population has no better side: a link must say which side is need; an index figure may not.
    expect(checkMapping({ health: [{ index: 'GSO', key: 'gso.population.total' }] })).toEqual({ ok: false, problem: { kind: 'need-side', ...at('GSO', 'gso.population.total') } });
    expect(checkMapping({ health: [{ index: 'GSO', key: 'gso.population.total', need: 'higher' }] }).ok).toBe(true);
    expect(checkMapping({ health: [{ index: 'PAPI', key: 'public-health', need: 'higher' }] })).toMatchObject({ ok: false, problem: { kind: 'need-side' } });
  });

  it('reads a mapping stored before statistics and weights existed ({ index, key } only) as it was', () => {
    const before = { health: [{ index: 'PAPI', key: 'public-health' }], 'social-protection': [{ index: 'PAPI', key: 'poverty-lists' }] };
    const checked = checkMapping(before);
    expect(checked).toMatchObject({ ok: true, mapping: { health: before.health, 'social-protection': before['social-protection'], economy: [] } });
  });

  it('lists every GSO dataset once, with the side of need its direction gives (none for a neutral one)', () => {
    const gso = MAPPABLE_FIGURES.filter((f) => f.index === 'GSO');
    expect(gso.find((f) => f.key === 'gso.poverty-rate')?.need).toBe('higher');
    expect(gso.find((f) => f.key === 'gso.doctors-per-10000')?.need).toBe('lower');
    expect(gso.find((f) => f.key === 'gso.agriculture-share-of-grdp')?.need).toBeNull();
    // Every GSO link of the default mapping is a known dataset.
    for (const links of Object.values(DEFAULT_AREA_MAPPING)) for (const l of links.filter((x) => x.index === 'GSO')) expect(gso.map((f) => f.key)).toContain(l.key);
  });
});
