// What the API accepts and how it words refusals: sign-in takes JSON only (a form on another site
// could otherwise sign a visitor in as the attacker), an action posted with a JSON content type and
// no body is taken as `{}`, and a validation message's `vi` is Vietnamese.
import { beforeAll, expect, it } from 'vitest';
import { adminHeaders, makeUser, PASSWORD, spaceBody } from '../helpers/app';
import { clusterConferenceSpec } from '../helpers/consultation';
import { describeApp } from '../helpers/http';

describeApp('request shapes', {}, (t) => {
  beforeAll(async () => {
    await makeUser(t.database, 'hoa@example.vn', {}, 'facilitator');
  });

  it('refuses a form-encoded sign-in with 415 and sets no cookie; JSON still signs in', async () => {
    const form = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ email: 'hoa@example.vn', password: PASSWORD }).toString(),
    });
    expect(form.statusCode).toBe(415);
    expect(form.json().error).toMatchObject({ code: 'auth.json_only', vi: 'Đăng nhập chỉ nhận nội dung JSON (content-type: application/json).' });
    expect(form.cookies).toEqual([]);
    const json = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'hoa@example.vn', password: PASSWORD } });
    expect(json.statusCode).toBe(200);
  });

  it('takes an empty body sent as JSON to an action route as {}', async () => {
    const created = await t.app.inject({ method: 'POST', url: '/api/consultations', headers: adminHeaders, payload: clusterConferenceSpec() });
    const { id } = created.json();
    const opened = await t.app.inject({ method: 'POST', url: `/api/consultations/${id}/open`, headers: { ...adminHeaders, 'content-type': 'application/json' }, payload: '' });
    expect(opened.statusCode).toBe(200);
    expect(opened.json().status).toBe('open');
  });

  it.each([
    ['a slug', { ...spaceBody('x'), slug: 'Chữ Hoa' }, 'body.slug: chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, từ 2 đến 63 ký tự', 'lowercase letters, digits and hyphens'],
    ['a missing field', (({ kind: _k, ...rest }) => rest)(spaceBody('thieu-truong')), 'body.kind: ', 'body.kind'],
    ['a date', { ...spaceBody('ngay-sai'), phases: [{ key: 'x1', title: { vi: 'A', en: 'A' }, startsOn: '2026-13-40' }] }, 'body.phases.0.startsOn: ', 'phases.0.startsOn'],
    ['an unknown choice', { ...spaceBody('loai-sai'), visibility: 'secret' }, 'body.visibility: phải là một trong các giá trị', 'body.visibility'],
  ])('words the refusal of %s in Vietnamese in `vi`', async (_what, payload, vi, en) => {
    const res = await t.app.inject({ method: 'POST', url: '/api/spaces', headers: adminHeaders, payload });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('request.invalid');
    expect(error.vi).toMatch(/^Yêu cầu không hợp lệ: /);
    expect(error.vi).toContain(vi);
    expect(error.en).toContain(en);
    // No English left in the Vietnamese sentence: none of the words zod or our schemas write.
    expect(error.vi).not.toMatch(/\b(expected|received|Invalid|lowercase|letters|digits|characters|must|string)\b/);
  });
});
