// A conversation's public pages over HTTP on both storage kinds: a participant opens /o/{id} (an anonymous
// cookie is made), votes by plain form posts (303 back, the next statement shown), votes again, adds a
// statement (303 to "sent, waiting for moderation"); refusals come back as the page with the one sentence
// and a 4xx, what was typed kept, nothing stored — a post without the page's cookie (another site's form)
// included. The report says how many more votes a map needs, then shows the groups once the background
// job has computed it (the test waits for that condition, never for a time).
import { eq, sql } from 'drizzle-orm';
import { findConversation, latestMap, opinionMaps } from '../../src/modules/opinion';
import { beforeAll, expect, it } from 'vitest';
import { adminHeaders, spaceBody, testApp } from '../helpers/app';
import { rowsOf } from '../helpers/forums';
import { parsePage } from '../helpers/html';
import { describeApp, type AppFixture } from '../helpers/http';
import { waitFor } from '../helpers/streams';

type Res = { statusCode: number; body: string; headers: Record<string, unknown>; cookies: { name: string; value: string; path?: string; httpOnly?: boolean; sameSite?: string; secure?: boolean }[] };

const SEEDS = ['Mọi thủ tục hành chính nên làm được trên điện thoại.', 'Cần giữ quầy giấy cho người cao tuổi.', 'Xe buýt điện cho nội thành <script>alert(1)</script>.'];

async function opinionTables(t: AppFixture): Promise<string> {
  const out: unknown[] = [];
  for (const table of ['opinion_conversations', 'opinion_statements', 'opinion_participants', 'opinion_votes']) out.push(await rowsOf(t, sql.raw(`select * from ${table} order by 1, 2`)));
  return JSON.stringify(out);
}

describeApp('a conversation’s public pages', { clock: new Date('2026-12-04T14:40:00Z') }, (t) => {
  let id = '';
  const api = (method: 'GET' | 'POST', url: string, payload?: object) => t.app.inject({ method, url, headers: adminHeaders, payload });
  const get = (url: string, token?: string) => t.app.inject({ method: 'GET', url, cookies: token ? { dt_opinion: token } : {} }) as Promise<Res>;
  const post = (url: string, form: Record<string, string>, token?: string) =>
    t.app.inject({ method: 'POST', url, payload: new URLSearchParams(form).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' }, cookies: token ? { dt_opinion: token } : {} }) as Promise<Res>;
  const text = (res: Res) => parsePage(res.body).text;
  const shown = (res: Res) => Number(/data-tid="(\d+)"/.exec(res.body)?.[1]);
  /** A new participant: the page's cookie. */
  const arrive = async () => (await get(`/o/${id}`)).cookies.find((c) => c.name === 'dt_opinion')!.value;
  const counts = async () => (await api('GET', `/api/conversations/${id}/statements`)).json().statements.map((s: { tid: number; agree: number; disagree: number; pass: number }) => [s.tid, s.agree, s.disagree, s.pass]);

  /** The page again with `status` and `sentence`, nothing stored. */
  async function refused(run: () => Promise<Res>, status: number, sentence: string) {
    const before = await opinionTables(t);
    const res = await run();
    expect(res.statusCode, res.body).toBe(status);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(parsePage(res.body).elements).not.toContain('script');
    expect(text(res)).toContain(sentence);
    expect(await opinionTables(t)).toBe(before);
    return res;
  }

  beforeAll(async () => {
    const space = (await api('POST', '/api/spaces', spaceBody('hoi-thoai-cong-khai', 'public'))).json();
    const made = await api('POST', `/api/spaces/${space.id}/conversations`, {
      slug: 'chuyen-doi-so-can-tho',
      title: { vi: 'Chuyển đổi số ở Cần Thơ', en: 'Digital transformation in Cần Thơ' },
      topic: { vi: 'Thành phố nên ưu tiên điều gì?', en: 'What should the city put first?' },
      statementMaxLength: 60,
    });
    expect(made.statusCode, made.body).toBe(201);
    id = made.json().id;
    for (const s of SEEDS) expect((await api('POST', `/api/conversations/${id}/statements`, { text: s })).statusCode).toBe(201);
  });

  it('opens without JavaScript under 30 KB, one statement and three buttons, and sets an anonymous cookie (no Secure over http)', async () => {
    const res = await get(`/o/${id}`);
    expect(res.statusCode).toBe(200);
    expect(Buffer.byteLength(res.body)).toBeLessThan(30_000);
    expect(res.body).toContain('<html lang="vi">');
    const page = parsePage(res.body);
    expect(page.elements).not.toContain('script');
    expect(page.text).toContain('Thành phố nên ưu tiên điều gì?');
    expect(page.text).toContain('Đã trả lời 0 / 3');
    expect(page.attributes.filter((a) => a.element === 'button' && a.name === 'value').map((a) => a.value)).toEqual(['1', '-1', '0']);
    expect(page.text).toMatch(/Đồng ý\s*Không đồng ý\s*Bỏ qua/);
    expect(page.attributes).toContainEqual({ element: 'form', name: 'action', value: `/o/${id}/vote` });
    expect(page.attributes).toContainEqual({ element: 'textarea', name: 'maxlength', value: '60' });
    expect(page.text).toContain('Tối đa 60 ký tự.');
    const [cookie] = res.cookies;
    expect(cookie).toMatchObject({ name: 'dt_opinion', path: `/o/${id}`, httpOnly: true, sameSite: 'Lax' });
    expect(cookie.secure).toBeFalsy();
    // the cookie brings the same participant back: no second cookie
    expect((await get(`/o/${id}`, cookie.value)).cookies).toEqual([]);
    const en = text(await get(`/o/${id}?lang=en`, cookie.value));
    expect(en).toContain('What should the city put first?');
    expect(en).toMatch(/Agree\s*Disagree\s*Pass/);
    // the conversation's code leads to the same page
    expect((await get('/o/chuyen-doi-so-can-tho?lang=en')).headers.location).toBe(`/o/${id}?lang=en`);
  });

  it('marks the cookie Secure when the page is served over https (behind a trusted proxy)', async () => {
    const behindProxy = await testApp(t.database, { trustProxy: 1 });
    try {
      const res = await behindProxy.inject({ method: 'GET', url: `/o/${id}`, headers: { 'x-forwarded-proto': 'https' } });
      expect(res.cookies[0]).toMatchObject({ name: 'dt_opinion', secure: true, httpOnly: true, sameSite: 'Lax' });
    } finally {
      await behindProxy.close();
    }
  });

  it('votes by form posts: 303 back, the next statement each time, then thanks and the report’s link', async () => {
    const me = await arrive();
    const seen: number[] = [];
    for (const [i, value] of ['1', '-1', '0'].entries()) {
      const page = await get(`/o/${id}`, me);
      expect(text(page)).toContain(`Đã trả lời ${i} / 3`);
      seen.push(shown(page));
      const res = await post(`/o/${id}/vote?lang=en`, { tid: String(seen[i]), value }, me);
      expect(res.statusCode, res.body).toBe(303);
      expect(res.headers.location).toBe(`/o/${id}?lang=en`);
    }
    expect([...seen].sort()).toEqual([0, 1, 2]);
    const done = await get(`/o/${id}`, me);
    expect(text(done)).toContain('Cảm ơn bạn! Bạn đã trả lời hết các ý kiến hiện có.');
    expect(parsePage(done.body).attributes).toContainEqual({ element: 'a', name: 'href', value: `/o/${id}/report` });
    expect(parsePage(done.body).attributes.filter((a) => a.element === 'form' && a.value.endsWith('/vote'))).toEqual([]);
  });

  it('takes a second vote on a statement as a change of mind: counted once, in its new place', async () => {
    const me = await arrive();
    const tid = shown(await get(`/o/${id}`, me));
    const before = await counts();
    expect((await post(`/o/${id}/vote`, { tid: String(tid), value: '1' }, me)).statusCode).toBe(303);
    expect((await post(`/o/${id}/vote`, { tid: String(tid), value: '-1' }, me)).statusCode).toBe(303);
    const after = await counts();
    const row = (list: number[][]) => list.find((r) => r[0] === tid)!;
    expect(row(after)).toEqual([tid, row(before)[1], row(before)[2] + 1, row(before)[3]]);
    expect(text(await get(`/o/${id}`, me))).toContain('Đã trả lời 1 / 3');
  });

  it('refuses a bad vote with the page, one sentence and nothing stored', async () => {
    const me = await arrive();
    const tid = String(shown(await get(`/o/${id}`, me)));
    await refused(() => post(`/o/${id}/vote`, { tid, value: '2' }, me), 400, 'Phiếu phải là 1 (đồng ý), -1 (không đồng ý) hoặc 0 (bỏ qua), không phải 2.');
    await refused(() => post(`/o/${id}/vote?lang=en`, { tid, value: 'yes' }, me), 400, 'A vote must be 1 (agree), -1 (disagree) or 0 (pass), not yes.');
    await refused(() => post(`/o/${id}/vote`, { tid: '99', value: '1' }, me), 404, 'Không có ý kiến số 99 trong cuộc thảo luận này.');
    await refused(() => post(`/o/${id}/vote`, { tid: 'abc', value: '1' }, me), 404, 'Không có ý kiến số abc trong cuộc thảo luận này.');
    // the page after a refusal still offers the statement to vote on
    const again = await refused(() => post(`/o/${id}/vote`, { tid, value: '' }, me), 400, 'Chưa thực hiện được:');
    expect(shown(again)).toBe(Number(tid));
  });

  it('refuses a form posted without the page’s cookie (another site’s form, cookies off): nobody is made, nothing stored', async () => {
    const res = await refused(() => post(`/o/${id}/vote`, { tid: '0', value: '1' }), 403, 'Trình duyệt chưa gửi mã tham gia của trang này');
    expect(res.cookies).toEqual([]);
    await refused(() => post(`/o/${id}/statements?lang=en`, { text: 'Một ý kiến từ trang khác' }), 403, "Your browser did not send this page's participant code");
  });

  it('adds a statement by the form: 303 to “sent, waiting for moderation”; it waits for the facilitator', async () => {
    const me = await arrive();
    const res = await post(`/o/${id}/statements`, { text: '  Wifi miễn phí   ở chợ nổi Cái Răng ' }, me);
    expect(res.statusCode, res.body).toBe(303);
    expect(res.headers.location).toBe(`/o/${id}?sent=1`);
    expect(text(await get(res.headers.location as string, me))).toContain('Đã gửi, chờ duyệt.');
    const pending = (await api('GET', `/api/conversations/${id}/statements?status=pending`)).json().statements;
    expect(pending.map((s: { text: string }) => s.text)).toContain('Wifi miễn phí ở chợ nổi Cái Răng');
    // nobody votes on it before it is approved
    expect(text(await get(`/o/${id}`, await arrive()))).toContain('Đã trả lời 0 / 3');
  });

  it('refuses a statement too long or already there (ignoring diacritics), keeping what was typed', async () => {
    const me = await arrive();
    const long = 'Ư'.repeat(61);
    const res = await refused(() => post(`/o/${id}/statements`, { text: long }, me), 400, 'Ý kiến dài 61 ký tự, vượt giới hạn 60 ký tự của cuộc thảo luận này.');
    expect(parsePage(res.body).text).toContain(long);
    const typed = 'can giu quay giay cho nguoi cao tuoi';
    const dup = await refused(() => post(`/o/${id}/statements`, { text: typed }, me), 409, 'Đã có ý kiến giống vậy (không kể dấu): số 1, "Cần giữ quầy giấy cho người cao tuổi.".');
    expect(parsePage(dup.body).text).toContain(typed);
  });

  it('refuses a statement past the participant’s limit (5), keeping what was typed', async () => {
    const me = await arrive();
    for (let i = 1; i <= 5; i++) expect((await post(`/o/${id}/statements`, { text: `Đề xuất số ${i} về bến xe` }, me)).statusCode).toBe(303);
    const res = await refused(() => post(`/o/${id}/statements`, { text: 'Đề xuất thứ sáu về chợ' }, me), 409, 'Mỗi người tham gia gửi tối đa 5 ý kiến trong cuộc thảo luận này, và bạn đã gửi đủ.');
    expect(parsePage(res.body).text).toContain('Đề xuất thứ sáu về chợ');
  });

  it('shows a statement’s markup as text', async () => {
    const me = await arrive();
    for (let i = 0; i < 3; i++) {
      const page = await get(`/o/${id}`, me);
      const parsed = parsePage(page.body);
      expect(parsed.elements).not.toContain('script');
      if (parsed.text.includes('<script>alert(1)</script>')) return;
      await post(`/o/${id}/vote`, { tid: String(shown(page)), value: '0' }, me);
    }
    throw new Error('the statement with markup was never shown');
  });

  it('says a closed conversation has ended and shows no forms; a form posted anyway is refused, nothing stored', async () => {
    const me = await arrive();
    expect((await api('POST', `/api/conversations/${id}/close`)).statusCode).toBe(200);
    const page = await get(`/o/${id}`, me);
    expect(page.statusCode).toBe(200);
    expect(text(page)).toContain('Cuộc thảo luận đã kết thúc: không nhận thêm ý kiến hay lượt bỏ phiếu.');
    expect(parsePage(page.body).elements).not.toContain('form');
    expect(parsePage(page.body).attributes).toContainEqual({ element: 'a', name: 'href', value: `/o/${id}/report` });
    // a closed page makes no participant for a newcomer
    const before = await opinionTables(t);
    expect((await get(`/o/${id}?lang=en`)).cookies).toEqual([]);
    expect(await opinionTables(t)).toBe(before);
    const refusedVote = await refused(() => post(`/o/${id}/vote`, { tid: '0', value: '1' }, me), 409, 'Cuộc thảo luận này đã đóng nên không nhận thêm ý kiến hay phiếu.');
    expect(parsePage(refusedVote.body).elements).not.toContain('form');
    await refused(() => post(`/o/${id}/statements?lang=en`, { text: 'Muộn rồi' }, me), 409, 'This conversation is closed, so it takes no more statements or votes.');
    // a cookie the conversation does not know makes nobody either
    await refused(() => post(`/o/${id}/vote`, { tid: '0', value: '1' }, 'khong-biet'), 409, 'Cuộc thảo luận này đã đóng');
  });
});

describeApp('a conversation’s public report', { clock: new Date('2026-12-04T14:40:00Z') }, (t) => {
  let id = '';
  const api = (method: 'GET' | 'POST', url: string, payload?: object) => t.app.inject({ method, url, headers: adminHeaders, payload });
  const get = (url: string, token?: string) => t.app.inject({ method: 'GET', url, cookies: token ? { dt_opinion: token } : {} }) as Promise<Res>;
  const report = async (lang = '') => {
    const res = await get(`/o/${id}/report${lang}`);
    expect(res.statusCode).toBe(200);
    expect(Buffer.byteLength(res.body)).toBeLessThan(30_000);
    expect(parsePage(res.body).elements).not.toContain('script');
    return res;
  };
  /** Stores a map as the background job would (its shape: the opinion module's MapResult), figures by hand. */
  const storeMap = async (result: object) => {
    await t.database.db.delete(opinionMaps).where(eq(opinionMaps.conversationId, id));
    await t.database.db.insert(opinionMaps).values({ conversationId: id, result, state: {}, extremity: {}, votesVersion: 1, computedAt: new Date('2026-12-04T14:40:00Z') });
  };
  const rep = (tid: number, direction: 'agree' | 'disagree', agree: number, disagree: number) => ({ tid, direction, agree, disagree, repness: 2, repnessTest: 2, probability: 0.7, probabilityTest: 2 });
  const blocs = (a: number, b: number) => ({
    participants: a + b,
    statements: 3,
    clustered: a + b,
    points: Array.from({ length: a + b }, (_, pid) => ({ pid, x: pid < a ? -1 : 1, y: pid < a ? 0 : 0.5, group: pid < a ? 0 : 1 })),
    groups: [
      { id: 0, size: a, members: [], representative: [rep(0, 'agree', 5 / 6, 1 / 6)] },
      { id: 1, size: b, members: [], representative: [rep(0, 'disagree', 0, 1)] },
    ],
    consensus: { agree: [{ tid: 2, direction: 'agree', share: 0.75, votes: 12, probability: 0.71, probabilityTest: 1.9 }], disagree: [] },
    groupInformedConsensus: {},
    priorities: {},
  });

  beforeAll(async () => {
    const space = (await api('POST', '/api/spaces', spaceBody('bao-cao-hoi-thoai', 'public'))).json();
    id = (await api('POST', `/api/spaces/${space.id}/conversations`, { slug: 'tang-truong-xanh', title: { vi: 'Tăng trưởng xanh', en: null }, topic: { vi: 'Đi lại trong thành phố', en: null } })).json().id;
    for (const s of SEEDS) expect((await api('POST', `/api/conversations/${id}/statements`, { text: s })).statusCode).toBe(201);
  });

  it('says how many more votes the first map needs, and from how many more people', async () => {
    // two people with min(7, 3) = 3 votes each are needed: 6 votes from 2 people
    expect(parsePage((await report()).body).text).toContain('Chưa đủ dữ liệu để vẽ bản đồ quan điểm: cần thêm 6 lượt bỏ phiếu.');
    const me = (await get(`/o/${id}`)).cookies[0].value;
    for (let i = 0; i < 3; i++) {
      const tid = /data-tid="(\d+)"/.exec((await get(`/o/${id}`, me)).body)![1];
      const res = await t.app.inject({ method: 'POST', url: `/o/${id}/vote`, payload: `tid=${tid}&value=1`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, cookies: { dt_opinion: me } });
      expect(res.statusCode).toBe(303);
    }
    // one has voted on all 3: the other one's 3 votes are missing
    const text = parsePage((await report()).body).text;
    expect(text).toContain('cần thêm 3 lượt bỏ phiếu.');
    expect(text).toContain('Cần thêm 1 người bỏ phiếu.');
    expect(text).toMatch(/Người tham gia: 1\s*Ý kiến: 3\s*Lượt bỏ phiếu: 3/);
    expect(text).toContain('Số liệu đến lúc này.');
    expect(text).not.toMatch(/Loading|Đang tải/);
    const en = parsePage((await report('?lang=en')).body).text;
    expect(en).toContain('Not enough votes yet to draw the opinion map: 3 more votes needed.');
    expect(en).toContain('1 more person needs to vote.');
  });

  it('shows a computed map: its time, the groups, their representative statements with shares, consensus, what it means, the open data', async () => {
    await storeMap(blocs(6, 6));
    const res = await report();
    const page = parsePage(res.body);
    expect(page.text).toContain('Cập nhật lúc 04/12/2026 21:40');
    expect(page.text).toMatch(/Người tham gia: 12\s*Ý kiến: 3\s*Lượt bỏ phiếu: 3/);
    // a map that kept no votes per statement: its people, and the rest said to be counted now
    expect(page.text).toContain('Người tham gia: theo bản đồ lúc 04/12/2026 21:40; ý kiến và lượt bỏ phiếu: đến lúc này.');
    expect(page.text).toContain('Nhóm A (6 người) đồng tình với “Mọi thủ tục hành chính nên làm được trên điện thoại.” trong khi nhóm B (6 người) phản đối “Mọi thủ tục hành chính nên làm được trên điện thoại.”.');
    // 5 of group A's 6 agreed (83 %), all of group B disagreed
    expect(page.text).toContain('“Mọi thủ tục hành chính nên làm được trên điện thoại.” — 83\u00a0% trong nhóm đồng ý');
    expect(page.text).toContain('100\u00a0% trong nhóm không đồng ý');
    // the consensus statement's markup stays text, here and in the paragraph
    expect(page.text).toContain('“Xe buýt điện cho nội thành <script>alert(1)</script>.” — 75\u00a0% người bỏ phiếu đồng ý');
    expect(page.text).toContain('Dù khác nhau, phần lớn mọi người cùng đồng tình với “Xe buýt điện cho nội thành <script>alert(1)</script>.”.');
    // the static map: one path of dots per group (A's six at the left top, B's at the right bottom)
    expect(page.elements.filter((e) => e === 'path')).toHaveLength(2);
    expect(page.attributes.filter((a) => a.element === 'path' && a.name === 'd').map((a) => a.value)).toEqual(['M2 2h0', 'M49 31h0']);
    for (const file of ['comments', 'votes', 'participants-votes']) expect(page.attributes).toContainEqual({ element: 'a', name: 'href', value: `/api/conversations/${id}/export/${file}.csv` });
    const en = parsePage((await report('?lang=en')).body).text;
    expect(en).toContain('Updated 04/12/2026 21:40');
    expect(en).toContain('Group A (6 people) agrees with');
    expect(en).toContain('83% of the group agreed');
  });

  it("gives every figure at the top from the map, at its time, when the map kept its votes per statement", async () => {
    // the map counted 12 votes on each of the 3 statements (5 + 6 + 1, 6 + 6 + 0, 9 + 3 + 0): 36, while 3 are live
    await storeMap({ ...blocs(6, 6), tally: { '0': [5, 6, 1], '1': [6, 6, 0], '2': [9, 3, 0] } });
    const text = parsePage((await report()).body).text;
    expect(text).toMatch(/Người tham gia: 12\s*Ý kiến: 3\s*Lượt bỏ phiếu: 36/);
    expect(text).toContain('Số liệu của bản đồ lúc 04/12/2026 21:40.');
    expect(parsePage((await report('?lang=en')).body).text).toContain('Figures of the map of 04/12/2026 21:40.');
  });

  it('does not publish a group under 5 people with its statements, nor the one that would give it away', async () => {
    await storeMap(blocs(3, 9));
    const text = parsePage((await report()).body).text;
    expect(text).toContain('Nhóm A có dưới 5 người: không công bố ý kiến tiêu biểu của nhóm');
    expect(text).toContain('Nhóm B: không công bố ý kiến tiêu biểu vì từ đó có thể suy ra cách bỏ phiếu của một nhóm dưới 5 người.');
    expect(text).not.toContain('trong nhóm');
    expect(text).toContain('Chưa thấy các nhóm quan điểm khác nhau rõ rệt.');
  });
});

describeApp('a conversation’s public report from the background map', { config: { opinionRecomputeSeconds: 0.05 } }, (t) => {
  const STATEMENTS = ['Số hóa hồ sơ đất đai', 'Wifi miễn phí nơi công cộng', 'Dịch vụ công trực tuyến mức 4', 'Giữ thủ tục giấy', 'Không cần ứng dụng mới', 'Họp dân trực tiếp là đủ'];
  const get = (url: string, token?: string) => t.app.inject({ method: 'GET', url, cookies: token ? { dt_opinion: token } : {} }) as Promise<Res>;

  it('shows the groups the background job finds after people vote through the page', async () => {
    const api = (url: string, payload: object) => t.app.inject({ method: 'POST', url, headers: adminHeaders, payload });
    const space = (await api('/api/spaces', spaceBody('ban-do-cong-khai', 'public'))).json();
    const { id } = (await api(`/api/spaces/${space.id}/conversations`, { slug: 'ban-do-cong-khai', title: { vi: 'Chính quyền số', en: null }, topic: { vi: 'Ưu tiên gì?', en: null } })).json();
    for (const text of STATEMENTS) expect((await api(`/api/conversations/${id}/statements`, { text })).statusCode).toBe(201);
    // two blocs of five through the form: one agrees with the first three statements and disagrees with the last three, the other the opposite
    for (const side of [1, -1]) {
      for (let person = 0; person < 5; person++) {
        const me = (await get(`/o/${id}`)).cookies[0].value;
        for (let shown = /data-tid="(\d+)"/.exec((await get(`/o/${id}`, me)).body); shown; shown = /data-tid="(\d+)"/.exec((await get(`/o/${id}`, me)).body)) {
          const tid = Number(shown[1]);
          const value = String(tid < 3 ? side : -side);
          const res = await t.app.inject({ method: 'POST', url: `/o/${id}/vote`, payload: `tid=${tid}&value=${value}`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, cookies: { dt_opinion: me } });
          expect(res.statusCode).toBe(303);
        }
      }
    }
    // the background job's map reaches the last vote (the page reads whatever map is stored, never computes)
    const { votesVersion } = (await findConversation(t.database.db, id))!;
    await waitFor(async () => {
      const latest = await latestMap(t.database.db, id);
      return latest.status === 'ready' && latest.votesVersion === votesVersion;
    });
    const page = parsePage((await get(`/o/${id}/report`)).body);
    expect(page.text).toContain('Cập nhật lúc');
    expect(page.text).toMatch(/Người tham gia: 10\s*Ý kiến: 6\s*Lượt bỏ phiếu: 60/);
    expect(page.text).toContain('Những người tham gia chia thành 2 nhóm quan điểm.');
    expect(page.text).toMatch(/Nhóm A \(5 người\) (đồng tình với|phản đối) “[^”]+” trong khi nhóm B \(5 người\) (đồng tình với|phản đối) “[^”]+”\./);
    // every member of a bloc voted alike: each representative statement has all of its group behind it
    const shares = page.text.match(/— \d+\u00a0% trong nhóm (đồng ý|không đồng ý)/g) ?? [];
    expect(shares.length).toBeGreaterThan(1);
    expect(shares.every((s) => s.startsWith('— 100\u00a0%'))).toBe(true);
    // each statement splits everyone five to five: nothing is shared by most
    expect(page.text).toContain('Chưa có ý kiến nào được đa số đồng tình hoặc phản đối.');
    // the report's open-data links answer with the Pol.is files, no sign-in needed
    const links = page.attributes.filter((a) => a.element === 'a' && a.value.includes('/export/')).map((a) => a.value);
    expect(links).toHaveLength(3);
    for (const link of links) {
      const file = await t.app.inject({ method: 'GET', url: link });
      expect(file.statusCode, link).toBe(200);
      expect(file.headers['content-type']).toContain('text/csv');
    }
    // five people who voted alike stand on one spot: one dot per group
    expect(page.attributes.filter((a) => a.element === 'path' && a.name === 'd').map((a) => a.value.split('h0').length - 1)).toEqual([1, 1]);
  });
});
