// 10 000 random malformed ballots: every one answered with a 4xx and an error body, none stored.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { adminHeaders } from '../helpers/app';
import { clusterConferenceSpec, openConsultation, recommendationKeys } from '../helpers/consultation';
import { describeApp } from '../helpers/http';

/** The spec's own rule, written out independently: 2–3 distinct known recommendations. */
const isValidApproval = (v: unknown) =>
  Array.isArray(v) && v.length >= 2 && v.length <= 3 && new Set(v).size === v.length && v.every((k) => recommendationKeys.includes(k as string));

describeApp('ballot fuzzing', {}, (t) => {
  it('answers 10 000 malformed payloads with 4xx and stores nothing', async () => {
    const { id, tokens } = await openConsultation(t.app, clusterConferenceSpec(), { count: 1 });
    const key = fc.oneof(fc.constantFrom(...recommendationKeys, 'r0', 'R1', ''), fc.string(), fc.integer(), fc.constant(null));
    const choiceFields = fc.record(
      { approve: fc.oneof(fc.array(key, { maxLength: 8 }), fc.anything()), ranking: fc.anything(), scores: fc.anything(), token: fc.oneof(fc.constant(tokens[0]), fc.string(), fc.anything()) },
      { requiredKeys: [] },
    );
    const payload = fc.oneof(
      { weight: 6, arbitrary: choiceFields.filter((b) => !(b.token === tokens[0] && isValidApproval(b.approve) && b.ranking === undefined && b.scores === undefined)).map((b) => JSON.stringify(b)) },
      { weight: 2, arbitrary: fc.anything().map((v) => JSON.stringify(v) ?? 'undefined') },
      { weight: 2, arbitrary: fc.string({ maxLength: 200 }) },
    );
    const samples = fc.sample(payload, { numRuns: 10_000, seed: 20261122 });
    const statuses = new Map<number, number>();
    for (const body of samples) {
      const res = await t.app.inject({ method: 'POST', url: `/api/consultations/${id}/ballots`, headers: { 'content-type': 'application/json' }, payload: body });
      statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
      if (res.statusCode >= 500 || res.statusCode < 400) throw new Error(`payload ${body} answered ${res.statusCode}: ${res.body}`);
      expect(res.json().error.code).toEqual(expect.any(String));
    }
    expect([...statuses.keys()].every((s) => s >= 400 && s < 500)).toBe(true);
    const detail = await t.app.inject({ method: 'GET', url: `/api/consultations/${id}`, headers: adminHeaders });
    expect(detail.json().ballots).toBe(0);
  }, 300_000); // a limit, not a measurement: 10 000 requests on a busy 2-core machine
});
