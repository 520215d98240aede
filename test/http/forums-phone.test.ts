// A connection point's own page on a phone, over HTTP on both storage kinds: plain form posts (no
// JavaScript) to check a card's code in, ask a question and upvote one, each answered 303 back to the
// page; refusals answered with the page again, one sentence in Vietnamese or English and a 4xx, with
// nothing stored. The registration cards' QR codes open this page with the code filled in.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { caller, forumBody, forumTables, makeForumWorld, type ForumWorld } from '../helpers/forums';
import { parsePage } from '../helpers/html';
import { describeApp } from '../helpers/http';
import { decodeFirstQr, readPgm } from '../helpers/qr-decode';

/** The QR code on a PDF's first page, rendered at 200 dpi as a phone's camera would see the printed card. */
function readQr(file: string): string {
  execFileSync('pdftoppm', ['-gray', '-r', '200', '-f', '1', '-l', '1', file, `${file}-page`]);
  return decodeFirstQr(readPgm(readFileSync(`${file}-page-1.pgm`)));
}

type Res = { statusCode: number; body: string; rawPayload: Buffer; headers: Record<string, unknown>; cookies: { name: string; value: string; path?: string; httpOnly?: boolean; sameSite?: string }[] };
type Form = Record<string, string>;

describeApp('a connection point’s page on a phone', { clock: new Date('2026-11-30T02:00:00Z') }, (t) => {
  let w: ForumWorld;
  const call = caller(t, () => w);
  const page = (rest = '') => `/f/${w.slug}/p/${w.pointA}${rest}`;
  const get = (url: string, token?: string) => t.app.inject({ method: 'GET', url, cookies: token ? { dt_participant: token } : {} }) as Promise<Res>;
  const post = (url: string, form: Form | [string, string][], token?: string, remoteAddress?: string) =>
    t.app.inject({ method: 'POST', url, payload: new URLSearchParams(form).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' }, cookies: token ? { dt_participant: token } : {}, remoteAddress }) as Promise<Res>;
  const text = (res: Res) => parsePage(res.body).text;
  const card = async (name: string, pointId: string | null): Promise<string> => (await call('fac', 'POST', `/api/forums/${w.forumId}/registrations`, pointId ? { name, pointId } : { name })).json().code;

  /** Checks a card in through the page's form; the participant cookie's value. */
  async function checkIn(name: string, pointId = w.pointA): Promise<string> {
    const res = await post(`/f/${w.slug}/p/${pointId}/check-in`, { code: await card(name, pointId) });
    expect(res.statusCode, res.body).toBe(303);
    return res.cookies.find((c) => c.name === 'dt_participant' && c.path === `/f/${w.slug}`)!.value;
  }

  /** The page again with `status` and `sentence` (as the visitor reads it), no cookie given, nothing stored. */
  async function refused(run: () => Promise<Res>, status: number, sentence: string | RegExp) {
    const before = await forumTables(t);
    const res = await run();
    expect(res.statusCode, res.body).toBe(status);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(parsePage(res.body).elements).not.toContain('script');
    expect(text(res)).toMatch(sentence);
    expect(res.cookies).toEqual([]);
    expect(await forumTables(t)).toBe(before);
    return res;
  }

  beforeAll(async () => {
    w = await makeForumWorld(t, 'dt');
  });

  it('offers check-in by code to a phone without the cookie, the code filled in from a card’s address', async () => {
    const plain = await get(page());
    expect(plain.statusCode).toBe(200);
    expect(text(plain)).toContain('Nhập mã trên thẻ đăng ký');
    const parsed = parsePage((await get(page('?code=ABCD-EFGH-JKMN'))).body);
    expect(parsed.attributes).toContainEqual({ element: 'input', name: 'value', value: 'ABCD-EFGH-JKMN' });
    expect(parsed.attributes).toContainEqual({ element: 'form', name: 'action', value: `/f/${w.slug}/p/${w.pointA}/check-in` });
    expect(text(await get(page('?lang=en')))).toContain('Enter the code on your registration card');
  });

  it('checks a card in by the form, sets the participant cookie for the forum’s pages, and answers 303 back to the page', async () => {
    const code = await card('Chị Lan', w.pointA);
    const res = await post(page('/check-in?lang=en'), { code: code.toLowerCase() });
    expect(res.statusCode, res.body).toBe(303);
    expect(res.headers.location).toBe(page('?lang=en'));
    const cookie = res.cookies.find((c) => c.path === `/f/${w.slug}`)!;
    expect(cookie).toMatchObject({ name: 'dt_participant', httpOnly: true, sameSite: 'Lax' });
    expect(res.cookies.map((c) => c.path).sort()).toEqual([`/api/forums/${w.forumId}`, `/f/${w.slug}`]);
    const after = await get(page(), cookie.value);
    expect(text(after)).toContain('Bạn đã điểm danh tại điểm cầu Thành phố Huế.');
    expect(text(after)).toContain('Đã điểm danh: 1 / 40');
    expect(parsePage(after.body).attributes).toContainEqual({ element: 'option', name: 'value', value: w.itemId });
    expect(text(after)).toContain('Tối đa 500 ký tự.');
    // the same cookie asks through the API too
    expect((await t.app.inject({ method: 'GET', url: `/api/forums/${w.forumId}/questions`, cookies: { dt_participant: cookie.value } })).statusCode).toBe(200);
  });

  describe('refuses a check-in with the page again, one sentence and nothing stored', () => {
    it('a used code', async () => {
      const code = await card('Anh Tuấn', w.pointA);
      expect((await post(page('/check-in'), { code })).statusCode).toBe(303);
      await refused(() => post(page('/check-in'), { code }), 409, 'Mã đăng ký này đã được dùng để điểm danh lúc 30/11/2026 09:00.');
    });

    it('a card of another point (cards are for their own point: check in there)', async () => {
      const code = await card('Bà Hoa', w.org);
      await refused(() => post(page('/check-in?lang=en'), { code }), 409, 'This code is registered at the connection point Đại học Indiana; check in there.');
    });

    it('a code of another forum, an unknown code and an empty one', async () => {
      const other = (await call('fac', 'POST', `/api/spaces/${w.spaceId}/forums`, forumBody('dien-dan-khac-dt'))).json();
      await call('fac', 'POST', `/api/forums/${other.id}/publish`, {});
      const { code } = (await call('fac', 'POST', `/api/forums/${other.id}/registrations`, { name: 'Khách' })).json();
      await refused(() => post(page('/check-in'), { code }), 409, 'Mã đăng ký này thuộc một diễn đàn khác.');
      await refused(() => post(page('/check-in'), { code: 'ABCD-EFGH-JKMN' }), 404, 'Mã đăng ký không đúng.');
      await refused(() => post(page('/check-in'), {}), 404, 'Mã đăng ký không đúng.');
    });

    it('the code of an account’s own registration (checked in from the app)', async () => {
      await refused(() => post(page('/check-in'), { code: w.partCode }), 403, 'Mã này gắn với một tài khoản');
    });

    it('a point or forum that does not exist', async () => {
      const before = await forumTables(t);
      expect((await post(`/f/${w.slug}/p/00000000-0000-4000-8000-000000000000/check-in`, { code: await card('Ông Ba', null) })).statusCode).toBe(404);
      expect((await post(`/f/khong-co/p/${w.pointA}/check-in`, { code: 'ABCD-EFGH-JKMN' })).statusCode).toBe(404);
      expect((await get(`/f/${w.slug}/p/khong-co`)).statusCode).toBe(404);
      const regs = JSON.parse(before);
      // only the card registered above was added
      expect(JSON.parse(await forumTables(t))[5]).toHaveLength(regs[5].length + 1);
    });
  });

  it('asks a question by the form: 303, then the author sees it marked waiting, in Vietnamese and English', async () => {
    const token = await checkIn('Cô Mai');
    const res = await post(page('/questions'), { itemId: w.itemId, text: '  Khi nào   sửa cầu Tràng Tiền? ', anonymous: '1' }, token);
    expect(res.statusCode, res.body).toBe(303);
    expect(res.headers.location).toBe(page());
    const mine = text(await get(page(), token));
    expect(mine).toContain('Câu hỏi của bạn');
    expect(mine).toContain('Khi nào sửa cầu Tràng Tiền?');
    expect(mine).toContain('đang chờ duyệt');
    expect(text(await get(page('?lang=en'), token))).toContain('waiting for moderation');
    // another participant does not see it while it waits
    expect(text(await get(page(), await checkIn('Chú Tư')))).not.toContain('Tràng Tiền');
  });

  it('refuses a question over the length limit, about an unknown item, or from a phone not checked in, keeping what was typed', async () => {
    const token = await checkIn('Anh Khoa');
    const long = 'Ư'.repeat(501);
    const res = await refused(() => post(page('/questions'), { itemId: w.itemId, text: long }, token), 400, 'Câu hỏi dài tối đa 500 ký tự (đang có 501).');
    expect(text(res)).toContain(long);
    await refused(() => post(page('/questions?lang=en'), { itemId: '00000000-0000-4000-8000-000000000000', text: 'Hỏi?' }, token), 400, "Agenda item not found in this forum's agenda.");
    await refused(() => post(page('/questions'), { itemId: 'mot-muc', text: 'Hỏi?' }, token), 400, 'Không tìm thấy mục này trong chương trình diễn đàn.');
    await refused(() => post(page('/questions'), { itemId: w.itemId, text: '   ' }, token), 400, 'Câu hỏi chưa có nội dung.');
    await refused(() => post(page('/questions'), { itemId: w.itemId, text: 'Hỏi?' }), 403, 'Chỉ người đã điểm danh tại diễn đàn mới đặt và bình chọn câu hỏi được.');
    await refused(() => post(page('/questions'), { itemId: w.itemId, text: 'Hỏi?' }, 'doan-bua'), 403, 'Chỉ người đã điểm danh');
  });

  it('shows approved questions with upvote buttons; an upvote by the form counts once, a second is refused (409) with nothing stored', async () => {
    const asker = await checkIn('Bác Sáu');
    expect((await post(page('/questions'), { itemId: w.itemId, text: 'Trường học mới xây ở đâu?' }, asker)).statusCode).toBe(303);
    const [q] = (await t.app.inject({ method: 'GET', url: `/api/forums/${w.forumId}/questions`, cookies: { dt_participant: asker } })).json().questions.filter((x: { text: string }) => x.text === 'Trường học mới xây ở đâu?');
    expect((await call('mod', 'POST', `/api/forums/${w.forumId}/questions/${q.id}/moderation`, { decision: 'approved' })).statusCode).toBe(200);

    const voter = await checkIn('Em Hà');
    const before = parsePage((await get(page(), voter)).body);
    expect(before.text).toContain('Trường học mới xây ở đâu?');
    expect(before.text).toContain('0 bình chọn');
    const upvote = page(`/questions/${q.id}/upvote`);
    expect(before.attributes).toContainEqual({ element: 'form', name: 'action', value: upvote });
    const res = await post(upvote, {}, voter);
    expect(res.statusCode, res.body).toBe(303);
    const after = parsePage((await get(page(), voter)).body);
    expect(after.text).toContain('1 bình chọn');
    expect(after.text).toContain('Bạn đã bình chọn');
    expect(after.attributes).not.toContainEqual({ element: 'form', name: 'action', value: upvote });
    await refused(() => post(upvote, {}, voter), 409, 'Bạn đã bình chọn câu hỏi này rồi; mỗi người chỉ bình chọn một lần.');
    await refused(() => post(`${upvote}?lang=en`, {}, voter), 409, 'You have already upvoted this question; each participant upvotes once.');
    await refused(() => post(upvote, {}), 403, 'Chỉ người đã điểm danh');
    await refused(() => post(page('/questions/00000000-0000-4000-8000-000000000000/upvote'), {}, voter), 404, 'Không tìm thấy câu hỏi này trong diễn đàn.');
    await refused(() => post(page('/questions/khong-co/upvote'), {}, voter), 404, 'Không tìm thấy câu hỏi này trong diễn đàn.');

    // answered: the answer, who gave it and when, dd/mm/yyyy
    await call('fac', 'POST', `/api/forums/${w.forumId}/questions/${q.id}/answer`, { text: 'Ở phường Vỹ Dạ, khởi công năm sau.', answeredBy: 'Giám đốc Sở Giáo dục' });
    expect(text(await get(page(), voter))).toContain('Đã trả lời bởi Giám đốc Sở Giáo dục (30/11/2026 09:00): Ở phường Vỹ Dạ, khởi công năm sau.');
  });

  it('shows the other points’ top approved questions apart from this point’s, and points a participant on another point’s page to their own', async () => {
    const far = await checkIn('Ông Năm', w.org);
    expect((await post(`/f/${w.slug}/p/${w.org}/questions`, { itemId: w.itemId, text: 'Học bổng cho sinh viên?' }, far)).statusCode).toBe(303);
    const [q] = (await call('fac', 'GET', `/api/forums/${w.forumId}/questions?pointId=${w.org}`)).json().questions;
    await call('fac', 'POST', `/api/forums/${w.forumId}/questions/${q.id}/moderation`, { decision: 'approved' });
    const here = await checkIn('Chị Bảy');
    const seen = text(await get(page(), here));
    expect(seen).toContain('Câu hỏi nổi bật của các điểm cầu khác');
    expect(seen.indexOf('Học bổng cho sinh viên?')).toBeGreaterThan(seen.indexOf('Câu hỏi nổi bật của các điểm cầu khác'));
    // on another point's page a participant is pointed to their own
    const elsewhere = parsePage((await get(`/f/${w.slug}/p/${w.org}`, here)).body);
    expect(elsewhere.attributes).toContainEqual({ element: 'a', name: 'href', value: page() });
    expect(elsewhere.attributes).not.toContainEqual({ element: 'form', name: 'action', value: `/f/${w.slug}/p/${w.org}/questions` });
  });

  it('prints cards whose QR code opens the point’s page with the code filled in, the code itself printed under it', async () => {
    const pdf = await t.app.inject({ method: 'POST', url: `/api/forums/${w.forumId}/points/${w.org}/cards.pdf`, headers: { ...w.s.fac.headers, host: 'diemcau.example.vn' }, payload: { count: 1 } });
    expect(pdf.statusCode).toBe(201);
    const dir = mkdtempSync(path.join(tmpdir(), 'the-'));
    writeFileSync(path.join(dir, 'cards.pdf'), pdf.rawPayload);
    const printed = execFileSync('pdftotext', ['-enc', 'UTF-8', path.join(dir, 'cards.pdf'), '-']).toString('utf8');
    const code = /\b[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}\b/.exec(printed)![0];
    expect(printed.replace(/\s+/g, ' ')).toContain('Quét mã để điểm danh trên điện thoại');
    expect(readQr(path.join(dir, 'cards.pdf'))).toBe(`http://diemcau.example.vn/f/${w.slug}/p/${w.org}?code=${code}`);
    // the printed code checks in on the page the QR code names
    const filled = parsePage((await get(`/f/${w.slug}/p/${w.org}?code=${code}`)).body);
    expect(filled.attributes).toContainEqual({ element: 'input', name: 'value', value: code });
    expect((await post(`/f/${w.slug}/p/${w.org}/check-in`, { code })).statusCode).toBe(303);
  });

  it('stays under 30 KB for a participant with this point’s 15 and the others’ 5 top questions shown, each of the full 500 characters', async () => {
    const asker = await checkIn('Anh Lâm');
    const far = await checkIn('Chị Thu', w.org);
    const long = (n: number) => `Câu hỏi số ${n}: ${'Đường giao thông nông thôn xuống cấp nghiêm trọng, khi nào được sửa chữa? '.repeat(8)}`.slice(0, 500);
    for (let n = 0; n < 22; n++) {
      const res = await t.app.inject({ method: 'POST', url: `/api/forums/${w.forumId}/questions`, cookies: { dt_participant: n < 16 ? asker : far }, payload: { itemId: w.itemId, text: long(n) } });
      await call('fac', 'POST', `/api/forums/${w.forumId}/questions/${res.json().id}/moderation`, { decision: 'approved' });
    }
    const res = await get(page(), asker);
    // 17 approved here and 7 at the organisation's point by now: 15 and 5 of them shown
    expect(parsePage(res.body).attributes.filter((a) => a.name === 'data-question')).toHaveLength(20);
    expect(res.rawPayload.length).toBeLessThan(30_000);
  });

  it('shows the open polls with their ballot form; a ballot by the form counts once at the voter’s point, a second or a bad one is refused with nothing stored', async () => {
    const created = await call('fac', 'POST', `/api/forums/${w.forumId}/polls`, {
      itemId: w.itemId,
      title: { vi: 'Ưu tiên đầu tư năm tới', en: 'Investment priorities for next year' },
      options: [{ vi: 'Giao thông nông thôn' }, { vi: 'Trường học', en: 'Schools' }, { vi: 'Trạm y tế', en: 'Health stations' }],
      method: 'approval',
      max: 2,
    });
    const poll = created.json().id;
    const closed = await call('fac', 'POST', `/api/forums/${w.forumId}/polls`, { itemId: w.itemId, title: { vi: 'Chưa mở' }, options: [{ vi: 'A' }, { vi: 'B' }], method: 'approval' });
    await call('fac', 'POST', `/api/forums/${w.forumId}/polls/${poll}/status`, { step: 'open' });
    const voter = await checkIn('Cụ Tám');
    const shown = parsePage((await get(page(), voter)).body);
    expect(shown.text).toContain('Biểu quyết đang mở');
    expect(shown.text).toContain('Ưu tiên đầu tư năm tới');
    expect(shown.text).toContain('Chọn từ 1 đến 2 phương án.');
    expect(shown.text).not.toContain('Chưa mở');
    const action = page(`/polls/${poll}`);
    expect(shown.attributes).toContainEqual({ element: 'form', name: 'action', value: action });
    const polls = () => call('fac', 'GET', `/api/forums/${w.forumId}/polls`).then((r) => r.json().polls.find((x: { id: string }) => x.id === poll));
    const [first, second, third] = ((await polls()).options as { key: string; title: { vi: string } }[]).map((o) => o.key);
    for (const key of [first, second, third]) expect(shown.attributes).toContainEqual({ element: 'input', name: 'value', value: key });
    const tooMany = await refused(() => post(action, [['approve', first], ['approve', second], ['approve', third]], voter), 400, /Chưa thực hiện được/);
    // what was ticked comes back ticked: the three options, beside the ask form's "show my name"
    expect(parsePage(tooMany.body).attributes.filter((a) => a.name === 'checked')).toHaveLength(4);
    expect(parsePage((await get(page(), voter)).body).attributes.filter((a) => a.name === 'checked')).toHaveLength(1);
    const form: [string, string][] = [['approve', first], ['approve', third]];
    const res = await post(action, form, voter);
    expect(res.statusCode, res.body).toBe(303);
    expect(text(await get(page(), voter))).toContain('Bạn đã bỏ phiếu trong cuộc biểu quyết này.');
    expect((await polls()).overall).toEqual({ ballots: 1, values: { [first]: 1, [second]: 0, [third]: 1 } });
    await refused(() => post(action, form, voter), 409, 'Bạn đã bỏ phiếu trong cuộc biểu quyết này; mỗi người chỉ bỏ một phiếu.');
    await refused(() => post(page(`/polls/${closed.json().id}`), { approve: 'o1' }, voter), 409, 'Cuộc biểu quyết này chưa mở hoặc đã đóng.');
    await refused(() => post(action, { approve: first }), 403, 'Chỉ người đã điểm danh tại diễn đàn mới bỏ phiếu được.');
    await refused(() => post(page('/polls/khong-co'), { approve: first }, voter), 404, 'Không tìm thấy cuộc biểu quyết này trong diễn đàn.');
  });

  it('limits check-ins by code to 60 a minute from one address (the 61st is refused, 429, with a page saying so)', async () => {
    const from = '10.9.8.7';
    for (let i = 0; i < 60; i++) expect((await post(page('/check-in'), { code: 'ABCD-EFGH-JKMN' }, undefined, from)).statusCode).toBe(404);
    // a phone's browser asks for a page: it gets one, in Vietnamese, not a line of JSON
    const refusedPage = await t.app.inject({ method: 'POST', url: page('/check-in'), payload: 'code=ABCD-EFGH-JKMN', headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html,application/xhtml+xml' }, remoteAddress: from });
    expect(refusedPage.statusCode).toBe(429);
    expect(refusedPage.headers['content-type']).toContain('text/html');
    expect(text(refusedPage as unknown as Res)).toContain('Quá nhiều yêu cầu; hãy thử lại sau ít phút.');
    // another address is not held back
    expect((await post(page('/check-in'), { code: 'ABCD-EFGH-JKMN' }, undefined, '10.9.8.6')).statusCode).toBe(404);
  });
});
