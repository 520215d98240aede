// The Cần Thơ demo exercise before and after the direct measures (issue 16): its evidence gap now comes from
// GSO statistics where they exist. "Before" is the same exercise with the mapping reduced to the index figures
// alone (as it was until this release). Checked: social protection's gap is no longer the 100 that PAPI's
// poverty-list transparency gave it, its new value is worked out here from the figures the API names, and the
// orders of both scenarios are recorded.
import { beforeAll, expect, it } from 'vitest';
import { DEFAULT_AREA_MAPPING } from '../../src/core/indices/analysis.priorities';
import { loadDemo } from '../../src/modules/demo/demo.seed';
import { adminHeaders, signIn, type Session } from '../helpers/app';
import { describeApp } from '../helpers/http';

type Results = {
  matrix: { alternatives: Array<{ key: string }>; criteria: Array<{ key: string }>; values: number[][]; sources: Array<{ criterion: string; evidence?: Record<string, Array<{ index: string; key: string; percentile: number; weight?: number; direct?: boolean; value: number; year: number }>> }> };
  scenarios: Array<{ key: string; method: string; ranking: string[] }>;
};

describeApp('the Cần Thơ exercise on direct measures', { config: { demo: true } }, (t) => {
  let session: Session;
  let id = '';
  const results = async () => (await t.app.inject({ method: 'GET', url: `/api/priority-exercises/${id}/results`, headers: session.headers })).json() as Results;
  const gapOf = (r: Results, area: string) => r.matrix.values[r.matrix.alternatives.findIndex((a) => a.key === area)][r.matrix.criteria.findIndex((c) => c.key === 'evidence-gap')];

  beforeAll(async () => {
    await loadDemo(t.database.db, new Date('2024-07-01T03:00:00Z'));
    session = await signIn(t.app, 'daumoi@cantho.demo', 'doithoai-demo');
    const spaces = (await t.app.inject({ method: 'GET', url: '/api/spaces', headers: session.headers })).json().spaces;
    const canTho = spaces.find((x: { slug: string }) => x.slug === 'can-tho-uu-tien-2024');
    id = (await t.app.inject({ method: 'GET', url: `/api/spaces/${canTho.id}/priority-exercises`, headers: session.headers })).json().exercises[0].id;
  }, 120_000);

  it('moves social protection off the proxy, and records the order before and after', async () => {
    const after = await results();
    const indexOnly = Object.fromEntries(Object.entries(DEFAULT_AREA_MAPPING).map(([area, links]) => [area, links.filter((l) => l.index !== 'GSO')]));
    const put = await t.app.inject({ method: 'PUT', url: '/api/indicators/area-mapping', headers: adminHeaders, payload: { mapping: indexOnly } });
    expect(put.statusCode, put.body).toBe(200);
    const before = await results();
    const gap = (r: Results) => r.matrix.sources.find((s) => s.criterion === 'evidence-gap')!.evidence!;
    const head = (r: Results, key: string) => r.scenarios.find((s) => s.key === key)!.ranking;

    // Before: social protection's gap is 100 — PAPI 2024's poverty-list transparency alone, where Cần Thơ is last
    // of 63 — and it heads the AHP (TOPSIS) order.
    expect(gapOf(before, 'social-protection')).toBe(100);
    expect(gap(before)['social-protection']).toMatchObject([{ index: 'PAPI', key: 'poverty-lists', year: 2024, percentile: 0 }]);
    expect(head(before, 'ahp')).toEqual(['social-protection', 'economy', 'transport-urban', 'agriculture', 'health', 'environment', 'admin-reform', 'education']);
    expect(head(before, 'equal')).toEqual(['agriculture', 'economy', 'admin-reform', 'social-protection', 'environment', 'health', 'education', 'transport-urban']);

    // After: the poverty rate joins with weight 2. By hand from demo-data/gso/Poverty rate by province.csv, column
    // "Pre. 2016": Cần Thơ 1.7 %; of the other 61 provinces with a 2016 figure, 54 are higher, 7 lower, none equal
    // → percentile 100 × 54 / 61 = 88.52; with the list's 0: gap = 100 − (1 × 0 + 2 × 88.52) / 3 = 40.98.
    const sp = gap(after)['social-protection'];
    expect(sp).toMatchObject([{ index: 'PAPI', key: 'poverty-lists', percentile: 0, weight: 1, direct: false }, { index: 'GSO', key: 'gso.poverty-rate', year: 2016, value: 1.7, weight: 2, direct: true }]);
    expect(sp[1].percentile).toBeCloseTo((100 * 54) / 61, 9);
    expect(gapOf(after, 'social-protection')).toBeCloseTo(100 - (2 * (100 * 54) / 61) / 3, 9);
    expect(gapOf(after, 'social-protection')).toBeCloseTo(40.98, 2);
    // So social protection no longer leads because of the proxy: economy (the most supported in the consultation)
    // heads the AHP order, social protection second.
    expect(head(after, 'ahp')).toEqual(['economy', 'social-protection', 'agriculture', 'transport-urban', 'environment', 'health', 'admin-reform', 'education']);
    expect(head(after, 'equal')).toEqual(['agriculture', 'admin-reform', 'economy', 'environment', 'social-protection', 'health', 'education', 'transport-urban']);
    // Health moves off PAPI's public-health satisfaction too (98.3 → 65.8): beds and doctors per 10,000 and
    // under-five mortality now carry two thirds of it.
    expect(gapOf(before, 'health')).toBeCloseTo(98.33, 2);
    expect(gapOf(after, 'health')).toBeCloseTo(65.75, 2);
  });

  it('counts, by hand, the provinces above and below Cần Thơ’s 2016 poverty rate', async () => {
    const { readFileSync } = await import('node:fs');
    const file = new URL('../../src/modules/indicators/demo-data/gso/Poverty rate by province.csv', import.meta.url);
    const regions = ['WHOLE COUNTRY', 'Red River Delta', 'Northern midlands and mountain areas', 'Northern Central area and Central coastal area', 'Central Highlands', 'South East', 'Mekong River Delta'];
    const rows = readFileSync(file, 'utf8').split(/\r?\n/).slice(3).filter((l) => l.trim()).map((l) => l.split(';'));
    const rates = rows.filter((r) => !regions.includes(r[0].replace(/"/g, '').trim()) && r.at(-1) !== '..').map((r) => Number(r.at(-1)));
    expect(rates).toHaveLength(62);
    expect(rates.filter((v) => v > 1.7)).toHaveLength(54);
    expect(rates.filter((v) => v < 1.7)).toHaveLength(7);
  });
});
