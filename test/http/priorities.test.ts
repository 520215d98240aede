// Priority exercises through HTTP: defaults, validation (400 in Vietnamese and English, nothing
// changed), who may do what, officials' AHP answers combined by the geometric mean, a weighted-sum
// ranking worked out by hand, and the Cần Thơ demo exercise end to end.
import { beforeAll, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import type { Role } from '../../src/modules/accounts/account.table';
import { auditLog } from '../../src/modules/audit/audit.table';
import { loadDemo } from '../../src/modules/demo/demo.seed';
import { adminHeaders, makeUser, signIn, spaceBody, type Session } from '../helpers/app';
import { describeApp } from '../helpers/http';

type Criterion = { key: string; title: { vi: string; en: string }; kind: string; direction: string; values?: Record<string, number>; group?: string | null };
const T = (vi: string, en: string) => ({ vi, en });
const XYZ = [
  { key: 'x', title: T('Phương án X', 'Option X') },
  { key: 'y', title: T('Phương án Y', 'Option Y') },
  { key: 'z', title: T('Phương án Z', 'Option Z') },
];
const custom = (key: string, direction: 'benefit' | 'cost', values: Record<string, number>): Criterion => ({ key, title: T(`Tiêu chí ${key}`, `Criterion ${key}`), kind: 'custom', direction, values });
// a: 10/20/30 → min–max 0, ½, 1; b: 5/1/3 → 1, 0, ½; c (cost): 100/200/300 → 1, ½, 0
const ABC = [custom('a', 'benefit', { x: 10, y: 20, z: 30 }), custom('b', 'benefit', { x: 5, y: 1, z: 3 }), custom('c', 'cost', { x: 100, y: 200, z: 300 })];

describeApp('priority exercises', {}, (t) => {
  let spaceId = '';
  const s: Record<string, Session> = {};

  beforeAll(async () => {
    spaceId = (await t.app.inject({ method: 'POST', url: '/api/spaces', headers: adminHeaders, payload: spaceBody('uu-tien') })).json().id;
    const people: Record<string, Role | null> = { facilitator: 'facilitator', official: 'official', official2: 'official', observer: 'observer', delegate: 'delegate', outsider: null };
    for (const [who, role] of Object.entries(people)) {
      await makeUser(t.database, `${who}@example.vn`, role ? { [spaceId]: role } : {});
      s[who] = await signIn(t.app, `${who}@example.vn`);
    }
  });

  const call = (method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, who: string, payload?: object) =>
    t.app.inject({ method, url, headers: who === 'admin' ? adminHeaders : s[who].headers, ...(payload ? { payload } : {}) });
  const create = async (body: object) => {
    const res = await call('POST', `/api/spaces/${spaceId}/priority-exercises`, 'facilitator', body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  const auditCount = async () => (await t.database.db.select({ n: count() }).from(auditLog))[0].n;

  it('starts an exercise with the eight areas, the default criteria and the two default scenarios', async () => {
    const id = await create({ title: T('Ưu tiên 2024', 'Priorities 2024'), localityCode: '92', year: 2024 });
    const res = await call('GET', `/api/priority-exercises/${id}`, 'facilitator');
    expect(res.statusCode).toBe(200);
    const e = res.json();
    expect(e.alternatives.map((a: { key: string }) => a.key)).toEqual(['economy', 'environment', 'education', 'health', 'transport-urban', 'social-protection', 'agriculture', 'admin-reform']);
    expect(e.criteria.map((c: Criterion) => [c.key, c.kind, c.direction])).toEqual([
      ['evidence-gap', 'evidence-gap', 'benefit'],
      ['urgency', 'custom', 'benefit'],
      ['feasibility', 'custom', 'benefit'],
      ['cost', 'custom', 'cost'],
      ['breakthrough', 'custom', 'benefit'],
    ]);
    expect(e.criteria[0].title).toEqual(T('Khoảng cách bằng chứng', 'Evidence gap'));
    expect(new Set(e.criteria.slice(1).flatMap((c: Criterion) => Object.values(c.values!)))).toEqual(new Set([3]));
    expect(e.scenarios).toEqual([
      { key: 'ahp', title: T('Trọng số AHP', 'AHP weights'), method: 'topsis', weights: 'ahp' },
      { key: 'equal', title: T('Trọng số bằng nhau', 'Equal weights'), method: 'weighted-sum', weights: { 'evidence-gap': 1, urgency: 1, feasibility: 1, cost: 1, breakthrough: 1 } },
    ]);
    expect(e.permissions).toEqual({ edit: true, answer: true });
    const list = (await call('GET', `/api/spaces/${spaceId}/priority-exercises`, 'observer')).json().exercises;
    expect(list.map((x: { id: string }) => x.id)).toContain(id);
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/priority-exercises/{id}/results', '/api/priority-exercises/{id}/report.pdf']));
  });

  it('says, in both languages, what is missing when the province has no evidence imported', async () => {
    const id = await create({ title: T('Chưa có số liệu', 'No evidence'), localityCode: '92' });
    const matrix = (await call('GET', `/api/priority-exercises/${id}/matrix`, 'observer')).json();
    expect(matrix.values.map((row: (number | null)[]) => row[0])).toEqual(new Array(8).fill(null));
    const res = await call('GET', `/api/priority-exercises/${id}/results`, 'observer');
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('priorities.not_ready');
    expect(res.json().error.vi).toContain('Khoảng cách bằng chứng');
    expect(res.json().error.vi).toContain('Phát triển, tăng trưởng kinh tế địa phương');
    expect(res.json().error.en).toContain('Evidence gap');
  });

  it('refuses bad criteria with one sentence in Vietnamese and English, and changes nothing', async () => {
    const id = await create({ title: T('Kiểm tra', 'Checks'), localityCode: '92', alternatives: XYZ });
    const before = (await call('GET', `/api/priority-exercises/${id}`, 'facilitator')).json();
    const audits = await auditCount();
    const eleven = Array.from({ length: 11 }, (_, i) => custom(`k${i}`, 'benefit', { x: 1, y: 2, z: 3 }));
    const cases: [string, Criterion[], string][] = [
      ['duplicate key', [ABC[0], ABC[1], { ...ABC[2], key: 'a' }], 'mã tiêu chí "a" bị dùng hai lần'],
      ['missing value', [ABC[0], ABC[1], custom('c', 'cost', { x: 1, y: 2 })], 'thiếu giá trị cho phương án "Phương án Z"'],
      ['two criteria', ABC.slice(0, 2), 'cần từ 3 đến 10 tiêu chí'],
      ['eleven criteria', eleven, 'không phải 11'],
      ['the same evidence twice', [ABC[0], { key: 'gap', title: T('Khoảng cách bằng chứng', 'Evidence gap'), kind: 'evidence-gap', direction: 'benefit' }, { key: 'gap2', title: T('Bằng chứng lần hai', 'Evidence again'), kind: 'evidence-gap', direction: 'benefit' }], 'lặp lại số liệu của một tiêu chí khác'],
      ['evidence gap on non-areas', [...ABC.slice(0, 2), { key: 'gap', title: T('Khoảng cách bằng chứng', 'Evidence gap'), kind: 'evidence-gap', direction: 'benefit' }], 'chỉ dùng được khi các phương án là tám lĩnh vực ưu tiên'],
    ];
    for (const [what, criteria, vi] of cases) {
      const res = await call('PUT', `/api/priority-exercises/${id}/criteria`, 'facilitator', { criteria });
      expect(res.statusCode, what).toBe(400);
      const error = res.json().error;
      expect(error.code, what).toBe('priorities.invalid');
      expect(error.vi, what).toContain(vi);
      expect(error.en.length, what).toBeGreaterThan(20);
      expect(error.en, what).not.toEqual(error.vi);
    }
    expect((await call('GET', `/api/priority-exercises/${id}`, 'facilitator')).json()).toEqual(before);
    expect(await auditCount()).toBe(audits);
  });

  it('lets facilitators edit, officials answer, observers only read, delegates nothing, outsiders not even see', async () => {
    const id = await create({ title: T('Quyền', 'Roles'), localityCode: '92', alternatives: XYZ });
    expect((await call('PUT', `/api/priority-exercises/${id}/criteria`, 'facilitator', { criteria: ABC })).statusCode).toBe(200);
    const answer = { judgments: { 'a>b': 2, 'a>c': 4, 'b>c': 2 } };
    expect((await call('PATCH', `/api/priority-exercises/${id}`, 'observer', { year: 2020 })).statusCode).toBe(403);
    expect((await call('PUT', `/api/priority-exercises/${id}/criteria`, 'official', { criteria: ABC })).statusCode).toBe(403);
    expect((await call('PUT', `/api/priority-exercises/${id}/judgments`, 'observer', answer)).statusCode).toBe(403);
    expect((await call('GET', `/api/priority-exercises/${id}`, 'observer')).json().permissions).toEqual({ edit: false, answer: false });
    expect((await call('GET', `/api/priority-exercises/${id}`, 'delegate')).statusCode).toBe(403);
    expect((await call('GET', `/api/priority-exercises/${id}/results`, 'delegate')).statusCode).toBe(403);
    expect((await call('GET', `/api/priority-exercises/${id}`, 'outsider')).statusCode).toBe(404);
    expect((await call('GET', `/api/priority-exercises/${id}/report.pdf`, 'outsider')).statusCode).toBe(404);
    expect((await call('POST', `/api/spaces/${spaceId}/priority-exercises`, 'official', { title: T('a', 'a'), localityCode: '92' })).statusCode).toBe(403);
    const answered = await call('PUT', `/api/priority-exercises/${id}/judgments`, 'official', answer);
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json().mine).toEqual(answer.judgments);
    expect((await call('PATCH', `/api/priority-exercises/${id}`, 'facilitator', { year: 2020 })).json().year).toBe(2020);
  });

  it('combines two officials by the geometric mean and ranks a weighted-sum case worked out by hand', async () => {
    const id = await create({ title: T('Tính tay', 'By hand'), localityCode: '92', alternatives: XYZ });
    expect((await call('PUT', `/api/priority-exercises/${id}/criteria`, 'facilitator', { criteria: ABC })).statusCode).toBe(200);
    // Both answers are consistent: weights ∝ (4, 2, 1) and ∝ (1, 4, 1). The element-wise geometric mean of
    // consistent matrices is the consistent matrix of the geometric mean of the weights: ∝ (2, 2√2, 1).
    await call('PUT', `/api/priority-exercises/${id}/judgments`, 'official', { judgments: { 'a>b': 2, 'a>c': 4, 'b>c': 2 } });
    const res = await call('PUT', `/api/priority-exercises/${id}/judgments`, 'official2', { judgments: { 'b>a': 4, 'a>c': 1, 'b>c': 4 } });
    expect(res.statusCode, res.body).toBe(200);
    const j = res.json();
    expect(j.criteria).toEqual(['a', 'b', 'c']);
    expect(j.officials).toHaveLength(2);
    const total = 3 + 2 * Math.SQRT2;
    const expected = { a: 2 / total, b: (2 * Math.SQRT2) / total, c: 1 / total };
    for (const k of ['a', 'b', 'c'] as const) expect(j.combined.weights[k]).toBeCloseTo(expected[k], 9);
    expect(j.combined.cr).toBeCloseTo(0, 9);
    const first = j.officials.find((o: { name: string }) => o.name === 'official');
    expect(first.weights.a).toBeCloseTo(4 / 7, 9);
    expect(first.cr).toBeCloseTo(0, 9);

    // Weights 2:1:1 → ½, ¼, ¼. Min–max: x (0, 1, 1), y (½, 0, ½), z (1, ½, 0).
    // Scores: x = ¼ + ¼ = 0,5; y = ¼ + ⅛ = 0,375; z = ½ + ⅛ = 0,625 → z, x, y.
    const scenarios = [
      { key: 'direct', title: T('Trực tiếp', 'Direct'), method: 'weighted-sum', weights: { a: 2, b: 1, c: 1 } },
      { key: 'ahp', title: T('AHP', 'AHP'), method: 'topsis', weights: 'ahp' },
    ];
    expect((await call('PUT', `/api/priority-exercises/${id}/scenarios`, 'facilitator', { scenarios })).statusCode).toBe(200);
    const results = await call('GET', `/api/priority-exercises/${id}/results`, 'observer');
    expect(results.statusCode, results.body).toBe(200);
    const [direct, ahp] = results.json().scenarios;
    expect(direct.ranking).toEqual(['z', 'x', 'y']);
    expect(direct.scores.x).toBeCloseTo(0.5, 12);
    expect(direct.scores.y).toBeCloseTo(0.375, 12);
    expect(direct.scores.z).toBeCloseTo(0.625, 12);
    expect(direct.contributions.z).toEqual({ a: 0.5, b: 0.125, c: 0 });
    expect(direct.weights).toEqual({ a: 0.5, b: 0.25, c: 0.25 });
    expect(direct.explanation.z.vi).toContain('Xếp thứ 1/3, điểm 0,625');
    expect(direct.explanation.z.en).toContain('Ranked 1 of 3, score 0.625');
    expect(ahp.weightSource).toBe('ahp');
    expect(ahp.consistency.officials).toBe(2);
    for (const k of ['a', 'b', 'c'] as const) expect(ahp.weights[k]).toBeCloseTo(expected[k], 9);
    for (const shares of Object.values(ahp.acceptability) as number[][]) expect(shares.reduce((x, y) => x + y, 0)).toBeCloseTo(1, 9);
    // seeded: the same figures on every call
    expect((await call('GET', `/api/priority-exercises/${id}/results`, 'facilitator')).json().scenarios[1].acceptability).toEqual(ahp.acceptability);
    expect(direct.sensitivity.map((x: { criterion: string }) => x.criterion)).toEqual(['a', 'b', 'c']);

    // Replacing the criteria drops answers that no longer compare them
    const fourth = custom('d', 'benefit', { x: 1, y: 2, z: 3 });
    expect((await call('PUT', `/api/priority-exercises/${id}/criteria`, 'facilitator', { criteria: [...ABC, fourth] })).json().scenarios[0].weights).toEqual({ a: 2, b: 1, c: 1, d: 4 / 3 });
    const after = (await call('GET', `/api/priority-exercises/${id}/judgments`, 'official')).json();
    expect(after).toMatchObject({ criteria: ['a', 'b', 'c', 'd'], mine: null, officials: [], combined: null });
    const notReady = await call('GET', `/api/priority-exercises/${id}/results`, 'observer');
    expect(notReady.statusCode).toBe(409);
    expect(notReady.json().error.vi).toContain('chưa có cán bộ nào trả lời');
  });

  it("takes stakeholder support from the linked consultation's Schulze results, overall or for one group", async () => {
    const spec = {
      title: T('Xếp hạng X, Y, Z', 'Ranking X, Y, Z'),
      spaceId,
      options: XYZ,
      ballot: { type: 'ranking' },
      groups: [{ key: 'dan', title: T('Người dân', 'Citizens') }, { key: 'so', title: T('Sở, ngành', 'Departments') }],
      access: 'invite',
      // Groups of 3 and 2 ballots: published only because this consultation allows groups that small.
      minGroupSize: 2,
    };
    const consultationId = (await call('POST', '/api/consultations', 'admin', spec)).json().id;
    const tokens = async (group: string, n: number) => (await call('POST', `/api/consultations/${consultationId}/invitations`, 'admin', { count: n, group })).json().tokens as string[];
    const citizens = await tokens('dan', 3);
    const departments = await tokens('so', 2);
    await call('POST', `/api/consultations/${consultationId}/open`, 'admin');
    // 3 × x>y>z and 2 × z>y>x: x beats y and z 3–2, y beats z 3–2 → Schulze beats x 2, y 1, z 0; departments alone the reverse
    for (const token of citizens) expect((await t.app.inject({ method: 'POST', url: `/api/consultations/${consultationId}/ballots`, payload: { token, ranking: ['x', 'y', 'z'] } })).statusCode).toBeLessThan(300);
    for (const token of departments) expect((await t.app.inject({ method: 'POST', url: `/api/consultations/${consultationId}/ballots`, payload: { token, ranking: ['z', 'y', 'x'] } })).statusCode).toBeLessThan(300);

    const id = await create({ title: T('Ủng hộ', 'Support'), localityCode: '92', alternatives: XYZ, consultationId });
    const support = (group: string | null): Criterion => ({ key: group ? `support-${group}` : 'support', title: T('Ủng hộ', 'Support'), kind: 'stakeholder-support', direction: 'benefit', group });
    const put = await call('PUT', `/api/priority-exercises/${id}/criteria`, 'facilitator', { criteria: [support(null), support('so'), ABC[0]] });
    expect(put.statusCode, put.body).toBe(200);
    const matrix = (await call('GET', `/api/priority-exercises/${id}/matrix`, 'observer')).json();
    expect(matrix.values).toEqual([[2, 0, 10], [1, 1, 20], [0, 2, 30]]);
    expect(matrix.sources[0].consultation).toMatchObject({ id: consultationId, method: 'schulze', ballots: 5, group: null });
    expect(matrix.sources[1].consultation).toMatchObject({ ballots: 2, group: 'so' });
    expect(matrix.sources[0].description.vi).toContain('Schulze (0–2), tính từ 5 phiếu');
    expect(matrix.sources[1].description.vi).toContain('chỉ tính phiếu của nhóm “Sở, ngành”');
    const unknown = await call('PUT', `/api/priority-exercises/${id}/criteria`, 'facilitator', { criteria: [support('khac'), ABC[0], ABC[1]] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.vi).toContain('không có nhóm "khac"');
    const unlink = await call('PATCH', `/api/priority-exercises/${id}`, 'facilitator', { consultationId: null });
    expect(unlink.statusCode).toBe(400);
  });

  it('refuses judgments that skip a pair or leave the scale', async () => {
    const id = await create({ title: T('Phiếu AHP', 'AHP form'), localityCode: '92', alternatives: XYZ });
    await call('PUT', `/api/priority-exercises/${id}/criteria`, 'facilitator', { criteria: ABC });
    for (const judgments of [{ 'a>b': 2, 'a>c': 4 }, { 'a>b': 2, 'a>c': 4, 'b>c': 12 }, { 'a>b': 2, 'b>a': 2, 'a>c': 1, 'b>c': 1 }]) {
      const res = await call('PUT', `/api/priority-exercises/${id}/judgments`, 'official', { judgments });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('priorities.invalid');
    }
    expect((await call('GET', `/api/priority-exercises/${id}/judgments`, 'official')).json().officials).toEqual([]);
  });
});

describeApp('the Cần Thơ demo exercise', { config: { demo: true } }, (t) => {
  beforeAll(async () => {
    await loadDemo(t.database.db, new Date('2024-07-01T03:00:00Z'));
  });

  it('ranks the eight areas on evidence, the consultation and three consistent officials', async () => {
    const session = await signIn(t.app, 'daumoi@cantho.demo', 'doithoai-demo');
    const spaces = (await t.app.inject({ method: 'GET', url: '/api/spaces', headers: session.headers })).json().spaces;
    const canTho = spaces.find((x: { slug: string }) => x.slug === 'can-tho-uu-tien-2024');
    const [exercise] = (await t.app.inject({ method: 'GET', url: `/api/spaces/${canTho.id}/priority-exercises`, headers: session.headers })).json().exercises;
    expect(exercise).toMatchObject({ localityCode: '92', year: 2024 });
    const res = await t.app.inject({ method: 'GET', url: `/api/priority-exercises/${exercise.id}/results`, headers: session.headers });
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r.matrix.values.flat().every((v: number | null) => typeof v === 'number')).toBe(true);
    expect(r.scenarios.map((x: { key: string }) => x.key)).toEqual(['ahp', 'equal']);
    for (const scenario of r.scenarios) expect([...scenario.ranking].sort()).toEqual(['admin-reform', 'agriculture', 'economy', 'education', 'environment', 'health', 'social-protection', 'transport-urban']);
    const support = r.matrix.sources.find((x: { criterion: string }) => x.criterion === 'stakeholder-support');
    expect(support.consultation).toMatchObject({ method: 'schulze', ballots: 247, group: null });
    expect(support.description.vi).toContain('Schulze');
    const gap = r.matrix.sources.find((x: { criterion: string }) => x.criterion === 'evidence-gap');
    expect(gap.description.vi).toContain('Cần Thơ');
    expect(gap.evidence.environment.length).toBeGreaterThan(0);
    // Beside the criterion, what each area's value rests on: transport has PAPI's basic infrastructure alone
    // (2024, the exercise's year), a governance proxy, and is marked so.
    expect(gap.coverage['transport-urban']).toEqual({ figures: 1, direct: 0, governance: 1, unavailable: 0, latestYear: 2024, oldestYear: 2024, basis: 'governance-only', directShare: 0 });
    const j = (await t.app.inject({ method: 'GET', url: `/api/priority-exercises/${exercise.id}/judgments`, headers: session.headers })).json();
    expect(j.officials).toHaveLength(3);
    for (const o of j.officials) expect(o.cr).toBeLessThan(0.1);
    expect(j.combined.cr).toBeLessThan(0.1);
    expect(r.scenarios[0].consistency.officials).toBe(3);
  });
});
