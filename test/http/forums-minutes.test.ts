// A forum's minutes from its real rows, on both storage kinds: the Word file opens in LibreOffice and its
// PDF, like our own PDF, reads back (pdftotext) in composed Vietnamese with the agenda, attendance per
// point, the approved questions only (an anonymous one nameless, a waiting one left out) and the
// recommendations with owner and the status of the plan action they became. Expected texts by hand.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Actor } from '../../src/http/actor';
import { createOrganisation } from '../../src/modules/accounts/account.service';
import { adminHeaders } from '../helpers/app';
import { describeApp } from '../helpers/http';
import { caller, makeForumWorld, type ForumWorld } from '../helpers/forums';

const setup: Actor = { userId: null, label: 'test set-up', platformRole: 'administrator', spaceRoles: new Map(), via: 'admin-token' };
const dir = mkdtempSync(path.join(tmpdir(), 'doithoai-forum-minutes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const pdfText = (file: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8').replace(/\s+/g, ' ');

describeApp('forum minutes', { clock: new Date('2026-11-30T02:00:00Z') }, (t) => {
  let w: ForumWorld;
  const call = caller(t, () => w);

  beforeAll(async () => {
    w = await makeForumWorld(t, 'bb');
    const agency = (await createOrganisation(t.database.db, setup, { slug: 'so-tai-chinh-bb', name: { vi: 'Sở Tài chính', en: 'Department of Finance' }, kind: 'department' }, t.clock)).id;
    const admin = (url: string, payload: object) => t.app.inject({ method: 'POST', url, headers: adminHeaders, payload });
    const plan = (await admin(`/api/spaces/${w.spaceId}/plans`, { title: { vi: 'Kế hoạch 2027', en: 'Plan 2027' }, summary: { vi: 'Tóm tắt', en: 'Summary' }, reportingPeriod: 'quarterly' })).json();
    const objective = (await admin(`/api/plans/${plan.id}/objectives`, { code: 'MT1', title: { vi: 'Minh bạch', en: 'Transparency' } })).json();
    await admin(`/api/plans/${plan.id}/actions`, { objectiveId: objective.id, code: 'NV1', title: { vi: 'Có sẵn', en: 'Existing' }, leadAgencyId: agency, startsOn: '2026-01-01', dueOn: '2026-12-31' });
    await call('part', 'POST', `/api/forums/${w.forumId}/points/${w.pointA}/check-ins`, { code: w.partCode });
    const ask = async (text: string, anonymous: boolean) => (await call('part', 'POST', `/api/forums/${w.forumId}/questions`, { itemId: w.itemId, text, anonymous })).json().id;
    const anonymous = await ask('Khi nào công khai dữ liệu đầu tư công?', true);
    await ask('Câu hỏi còn chờ duyệt?', false);
    await call('mod', 'POST', `/api/forums/${w.forumId}/questions/${anonymous}/moderation`, { decision: 'approved' });
    await call('fac', 'POST', `/api/forums/${w.forumId}/questions/${anonymous}/answer`, { text: 'Trong quý IV năm nay.', answeredBy: 'Giám đốc Sở Tài chính' });
    const rec = (await call('mod', 'POST', `/api/forums/${w.forumId}/recommendations`, { text: 'Công khai tiến độ giải ngân hằng tháng', pointId: w.pointA, owner: 'Sở Tài chính', ownerOrganisationId: agency, reviewOn: '2027-06-30', source: { kind: 'question', id: anonymous } })).json();
    await call('fac', 'POST', `/api/forums/${w.forumId}/recommendations/${rec.id}/decision`, { decision: 'accepted' });
    const made = await call('fac', 'POST', `/api/forums/${w.forumId}/recommendations/${rec.id}/action`, { planId: plan.id, objectiveId: objective.id, code: 'KN1' });
    expect(made.statusCode, made.body).toBe(201);
    await admin(`/api/actions/${made.json().followUp.actionId}/reports`, { period: '2026-Q4', percent: 40 });
    await call('fac', 'POST', `/api/forums/${w.forumId}/recommendations`, { text: 'Khuyến nghị mới nêu', owner: 'UBND thành phố' });
  });

  const expected = [
    'BIÊN BẢN DIỄN ĐÀN',
    'Diễn đàn đối thoại phát triển địa phương',
    'Phát biểu khai mạc',
    'Thành phố Huế',
    'Câu hỏi 1 (ẩn danh, Thành phố Huế; 0 lượt ủng hộ; mục: Phát biểu khai mạc): Khi nào công khai dữ liệu đầu tư công?',
    'Trả lời (Giám đốc Sở Tài chính): Trong quý IV năm nay.',
    'Công khai tiến độ giải ngân hằng tháng',
    'Nguồn: câu hỏi',
    'Sở Tài chính',
    '30/06/2027',
    'Nhiệm vụ KN1 — Đúng tiến độ, 40 %',
    'Khuyến nghị mới nêu',
    'Đang xem xét',
  ];
  const squeezed = (s: string) => s.replace(/\s+/g, '');

  it('come as a Word file that LibreOffice opens, reading back in composed Vietnamese with the forum’s real rows', { timeout: 180_000 }, async () => {
    const res = await call('fac', 'GET', `/api/forums/${w.forumId}/minutes.docx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('bien-ban-dd-bb.docx');
    const file = path.join(dir, `bien-ban-${t.kind}.docx`);
    writeFileSync(file, res.rawPayload);
    execFileSync('soffice', [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'pipe', timeout: 120_000 });
    const text = pdfText(file.replace(/\.docx$/, '.pdf'));
    expect(text.normalize('NFC')).toBe(text);
    for (const line of expected) expect(squeezed(text)).toContain(squeezed(line));
    expect(text).not.toContain('Câu hỏi còn chờ duyệt');
  });

  it('come as our own PDF saying the same', async () => {
    const res = await call('fac', 'GET', `/api/forums/${w.forumId}/minutes.pdf`);
    expect(res.headers['content-type']).toBe('application/pdf');
    const file = path.join(dir, `ours-${t.kind}.pdf`);
    writeFileSync(file, res.rawPayload);
    const text = pdfText(file);
    expect(text.normalize('NFC')).toBe(text);
    for (const line of expected) expect(squeezed(text)).toContain(squeezed(line));
    expect(text).not.toContain('Câu hỏi còn chờ duyệt');
  });
});
