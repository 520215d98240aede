// Decentralisation planning over HTTP, on both storage kinds: every role × action (the facilitator; the
// focal unit's official, who coordinates; a department's official on their own unit and on another's; a
// district's official; an observer; an outsider), bad input refused in Vietnamese and English with nothing
// stored, the review workflow (comments, sign-off, reopened by a change), the audit trail, and a scenario's
// analysis and comparison computed by hand.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { refusals, rowsOf } from '../helpers/forums';
import { describeApp } from '../helpers/http';
import { activity, devoRoles, devoTables, makeDevoWorld, type DevoRole, type DevoWorld } from '../helpers/devolution';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

describeApp('decentralisation planning', { clock: new Date('2026-12-04T03:00:00Z') }, (t) => {
  let w: DevoWorld;
  const call = (who: DevoRole, method: Method, rest: string, payload?: object) =>
    t.app.inject({ method, url: `/api/spaces/${w.spaceId}/devolution${rest}`, headers: w.s[who].headers, payload });
  const refused = refusals(t, () => devoTables(t));
  const move = (activityCode: string, to: string, extra: object = {}) => ({ activity: activityCode, to, rationale: 'Gần dân hơn', phase: 'Giai đoạn 1', date: '2025-07-01', investment: 100, ...extra });
  const scenario = (key: string, moves: object[], extra: object = {}) => ({ key, name: { vi: 'Chính quyền hai cấp', en: 'Two-tier' }, date: '2025-07-01', moves, ...extra });

  beforeAll(async () => {
    w = await makeDevoWorld(t, 'dv');
  });

  describe('roles × actions', () => {
    it('everyone who may read sees the space, each told which units they edit and sign off; an outsider is told it does not exist', async () => {
      const editUnits: Record<DevoRole, string[] | 404> = {
        fac: ['so-noi-vu', 'so-xay-dung', 'ninh-kieu', 'an-khanh'],
        focal: ['so-noi-vu', 'so-xay-dung', 'ninh-kieu', 'an-khanh'],
        sxd: ['so-xay-dung'],
        nk: ['ninh-kieu'],
        obs: [],
        out: 404,
      };
      for (const who of devoRoles) {
        const res = await call(who, 'GET', '');
        if (editUnits[who] === 404) {
          expect(res.statusCode, who).toBe(404);
          continue;
        }
        expect(res.statusCode, who).toBe(200);
        expect(res.json().permissions.editUnits, who).toEqual(editUnits[who]);
      }
      expect((await call('sxd', 'GET', '')).json().permissions.signOff).toEqual(['so-xay-dung']);
      expect((await call('fac', 'GET', '')).json().permissions.signOff).toEqual([]);
    });

    it('a department official edits only their own department’s functions', async () => {
      const change = (who: DevoRole, code: string, body: object) => call(who, 'PUT', `/activities/${code}`, body);
      expect((await change('sxd', 'XD-01.1', activity('XD-01.1', { workload: 1300 }))).statusCode).toBe(200);
      expect((await change('sxd', 'NK-01.1', activity('NK-01.1', { unit: 'ninh-kieu', level: 'district' }))).statusCode).toBe(403);
      expect((await change('nk', 'XD-01.1', activity('XD-01.1'))).statusCode).toBe(403);
      // an official may not hand their activity to another unit
      expect((await change('sxd', 'XD-01.1', activity('XD-01.1', { unit: 'ninh-kieu' }))).statusCode).toBe(403);
      expect((await change('obs', 'XD-01.1', activity('XD-01.1'))).statusCode).toBe(403);
      expect((await change('out', 'XD-01.1', activity('XD-01.1'))).statusCode).toBe(404);
      for (const who of ['sxd', 'obs'] as const) expect((await call(who, 'POST', '/activities', activity('NK-09', { unit: 'ninh-kieu', level: 'district' }))).statusCode, who).toBe(403);
      expect((await call('nk', 'DELETE', '/activities/XD-01.2')).statusCode).toBe(403);
      expect((await change('focal', 'XD-01.1', activity('XD-01.1', { workload: 1200 }))).statusCode).toBe(200);
    });

    it('units, officials and scenarios are set by coordinators only (the facilitator and the focal unit’s official)', async () => {
      for (const who of ['sxd', 'nk', 'obs'] as const) {
        expect((await call(who, 'PUT', '/units', { units: [] })).statusCode, who).toBe(403);
        expect((await call(who, 'POST', '/scenarios', scenario(`x-${who}`, []))).statusCode, who).toBe(403);
        expect((await call(who, 'PUT', `/officials/${w.userIds.sxd}`, { unit: 'ninh-kieu' })).statusCode, who).toBe(403);
      }
      const made = await call('focal', 'POST', '/scenarios', scenario('tam', []));
      expect(made.statusCode, made.body).toBe(201);
      expect((await call('fac', 'DELETE', `/scenarios/${made.json().id}`)).statusCode).toBe(204);
    });
  });

  describe('bad input: 4xx in vi and en, nothing stored', () => {
    it('a negative workload, an unknown sector, a code used twice', async () => {
      const e = await refused(() => call('sxd', 'POST', '/activities', activity('XD-02.1', { workload: -5 })), 400, 'devolution.negative');
      expect(e.vi).toBe('Hoạt động "XD-02.1": khối lượng (hồ sơ/năm) phải là một số không âm, không phải -5.');
      await refused(() => call('sxd', 'POST', '/activities', activity('XD-02.1', { staff: -1 })), 400, 'devolution.negative');
      await refused(() => call('sxd', 'POST', '/activities', activity('XD-02.1', { sector: 'chiem-tinh' })), 400, 'devolution.unknown_sector');
      await refused(() => call('sxd', 'POST', '/activities', activity('XD-01.1')), 409, 'devolution.code_twice');
      await refused(() => call('fac', 'POST', '/activities', activity('XD-02.1', { unit: 'so-khong-co' })), 400, 'devolution.unknown_unit');
      await refused(() => call('sxd', 'POST', '/activities', activity('XD-02.1', { functionName: 'Tên khác' })), 400, 'devolution.function_mismatch');
    });

    it('a move to the district level after 30 June 2025, an activity moved twice, an unknown activity', async () => {
      const e = await refused(() => call('fac', 'POST', '/scenarios', scenario('s1', [move('XD-01.1', 'district')])), 400, 'devolution.level_gone');
      // the level by its name and the day as dd/mm/yyyy (devolution.problems.ts)
      expect(e.vi).toBe('Bước chuyển 1 (hoạt động "XD-01.1"): cấp "Huyện/quận" không còn tồn tại vào ngày 01/07/2025 (cấp huyện kết thúc ngày 30/06/2025).');
      expect(e.en).toBe('Move 1 (activity "XD-01.1"): the level "District" does not exist on 01/07/2025 (the district level ended on 30 June 2025).');
      await refused(() => call('fac', 'POST', '/scenarios', scenario('s1', [move('XD-01.1', 'commune'), move('XD-01.1', 'commune')])), 400, 'devolution.activity_twice');
      await refused(() => call('fac', 'POST', '/scenarios', scenario('s1', [move('ZZ-1', 'commune')])), 400, 'devolution.unknown_activity');
      await refused(() => call('fac', 'POST', '/scenarios', scenario('s1', [move('XD-01.1', 'commune', { scores: { capacity: 7 } })])), 400, 'devolution.score_range');
    });
  });

  describe('the review workflow', () => {
    it('a unit comments, proposes and signs off; the focal unit sees who has not yet reviewed; a change reopens; all audited', async () => {
      const status = async () => (await call('focal', 'GET', '/reviews')).json();
      expect((await status()).notYetReviewed).toEqual(['so-noi-vu', 'so-xay-dung', 'ninh-kieu', 'an-khanh']);
      expect((await call('sxd', 'POST', '/reviews/so-xay-dung/notes', { kind: 'comment', text: 'Số liệu hồ sơ năm 2023.' })).statusCode).toBe(201);
      const proposal = await call('sxd', 'POST', '/reviews/so-xay-dung/notes', { kind: 'proposal', activityCode: 'XD-01.1', proposedLevel: 'commune', text: 'Giao phường cấp phép nhà ở riêng lẻ.' });
      expect(proposal.statusCode, proposal.body).toBe(201);
      expect((await call('nk', 'POST', '/reviews/so-xay-dung/notes', { kind: 'comment', text: 'Không' })).statusCode).toBe(403);
      await refused(() => call('sxd', 'POST', '/reviews/so-xay-dung/notes', { kind: 'proposal', activityCode: 'NK-01.1', proposedLevel: 'commune', text: 'x' }), 400, 'devolution.activity_other_unit');
      expect((await status()).reviews[1]).toMatchObject({ unit: 'so-xay-dung', status: 'in-review', notes: 2 });
      expect((await call('fac', 'POST', '/reviews/so-xay-dung/sign-off')).statusCode).toBe(403);
      expect((await call('nk', 'POST', '/reviews/so-xay-dung/sign-off')).statusCode).toBe(403);
      expect((await call('sxd', 'POST', '/reviews/so-xay-dung/sign-off')).statusCode).toBe(204);
      expect((await status()).notYetReviewed).toEqual(['so-noi-vu', 'ninh-kieu', 'an-khanh']);
      expect((await call('fac', 'PUT', '/activities/XD-01.2', activity('XD-01.2', { kind: 'monitor', name: 'Kiểm tra trật tự xây dựng', workload: 320, staff: 2, budget: 500 }))).statusCode).toBe(200);
      expect((await status()).reviews[1].status).toBe('in-review');
      const actions = await rowsOf<{ action: string }>(t, sql`select action from audit_log where space_id = ${w.spaceId} and action like 'devolution.review%' order by id`);
      expect(actions.map((a) => a.action)).toEqual(['devolution.review.in-review', 'devolution.review.signed-off', 'devolution.review.reopened']);
      const changed = await rowsOf<{ before: any; after: any }>(t, sql`select before, after from audit_log where space_id = ${w.spaceId} and action = 'devolution.activity.changed' and entity_id = 'XD-01.2'`);
      expect(changed.map((c) => [c.before.workload, c.after.workload])).toEqual([[300, 320]]);
    });
  });

  describe('a scenario analysed and compared', () => {
    it('gives figures per level, the capacity check and the roadmap (by hand)', async () => {
      const made = await call('focal', 'POST', '/scenarios', scenario('hai-cap', [
        move('XD-01.1', 'commune', { scores: { subsidiarity: 2, capacity: -1 } }),
        move('NK-01.1', 'commune', { phase: 'Giai đoạn 2', date: '2025-09-01', investment: 250, scores: { subsidiarity: 1 } }),
      ]));
      expect(made.statusCode, made.body).toBe(201);
      const { analysis } = (await call('obs', 'GET', `/scenarios/${made.json().id}`)).json();
      // commune before: nothing; after: XD-01.1 (1200, 4) + NK-01.1 (2500, 6)
      expect(analysis.levels.after.commune).toEqual({ functions: 2, activities: 2, workload: 3700, staff: 10, budget: 1700 });
      expect(analysis.levels.after.district.activities).toBe(0);
      expect(analysis.capacity).toEqual([{ level: 'commune', receives: 2, before: { workload: 0, staff: 0, perStaff: null }, after: { workload: 3700, staff: 10, perStaff: 370 } }]);
      expect(analysis.roadmap.map((p: any) => [p.phase, p.from, p.investment])).toEqual([['Giai đoạn 1', '2025-07-01', 100], ['Giai đoạn 2', '2025-09-01', 250]]);
      expect(analysis.stranded).toEqual([]);
      const cmp = (await call('obs', 'GET', '/comparison?subsidiarity=1&capacity=1&scale=0&spillover=0&accountability=0')).json();
      // values: current (0, 0), hai-cap (subsidiarity 3, capacity −1); min–max: current (0, 1), hai-cap (1, 0); equal weights ½ → 0,5 each
      expect(cmp.alternatives.map((a: any) => [a.key, a.score])).toEqual([['current', 0.5], ['hai-cap', 0.5]]);
      expect(cmp.ranking).toEqual([['current', 'hai-cap']]);
    });
  });
});
