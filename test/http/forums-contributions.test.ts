// Contributions (tham luận) at a forum over HTTP, on both storage kinds: every route for each role, a
// paper uploaded and downloaded byte for byte under its Vietnamese name, search where diacritics and
// đ/d do not matter (words of a DOCX included), bad input refused in vi/en with nothing stored, the
// audit trail, and the public download of a published forum only.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { docxBytes, paragraph } from '../../src/reports/docx';
import { FONT, createPdf, pdfBytes } from '../../src/reports/pdf';
import { adminHeaders } from '../helpers/app';
import { parsePage } from '../helpers/html';
import { describeApp } from '../helpers/http';
import { caller, forumBody, forumRoles, forumTables, makeForumWorld, refusals, rowsOf, type ForumRole, type ForumWorld } from '../helpers/forums';

type Res = { statusCode: number; body: string; headers: Record<string, unknown>; rawPayload: Buffer; json(): any };

let pdf: Buffer;
let docx: Buffer;
beforeAll(async () => {
  const doc = createPdf({ title: 'Tham luận', createdAt: new Date('2021-07-13T02:00:00Z') });
  doc.addPage().font(FONT.regular).fontSize(12).text('Chuyển đổi số ở Cần Thơ');
  pdf = await pdfBytes(doc);
  docx = await docxBytes({ title: 'Tham luận' }, [paragraph('Hợp tác xã nông nghiệp ở đồng bằng sông Cửu Long cần vốn tín dụng xanh.')]);
});

const file = (name: string, bytes: Buffer) => ({ name, base64: bytes.toString('base64') });

describeApp('forum contributions', { clock: new Date('2026-11-30T02:00:00Z') }, (t) => {
  let w: ForumWorld;
  const call = caller(t, () => w);
  const c = (rest = '') => `/api/forums/${w.forumId}/contributions${rest}`;
  const add = async (body: object) => {
    t.clock = new Date(t.clock.getTime() + 1000); // one after the other, not at the same instant
    const res = await call('fac', 'POST', c(), { speaker: 'TS. Nguyễn Văn A', title: 'Tham luận', ...body });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; file: { url: string } | null };
  };
  const titles = async (q: string) => ((await call('obs', 'GET', c(`?q=${encodeURIComponent(q)}`))).json().contributions as { title: string }[]).map((x) => x.title);

  // English: the files named here are ASCII.
  /** Refused with a status and a Vietnamese and an English sentence, and nothing stored. */
  const refused = refusals(t, () => forumTables(t), /^[\x20-\x7e]+$/);

  beforeAll(async () => {
    w = await makeForumWorld(t, 'tl');
  });

  const routes: { name: string; run: (who: ForumRole) => Promise<Res>; expect: Record<ForumRole, number> }[] = [
    { name: 'list contributions', run: (who) => call(who, 'GET', c()), expect: { fac: 200, mod: 200, part: 200, obs: 200, out: 404 } },
    { name: 'search contributions', run: (who) => call(who, 'GET', c('?q=can%20tho')), expect: { fac: 200, mod: 200, part: 200, obs: 200, out: 404 } },
    { name: 'add a contribution', run: (who) => call(who, 'POST', c(), { speaker: `Diễn giả ${who}`, title: 'Tham luận thử', file: file('a.pdf', pdf) }), expect: { fac: 201, mod: 403, part: 403, obs: 403, out: 404 } },
    { name: 'change a contribution', run: async (who) => call(who, 'PATCH', c(`/${(await add({})).id}`), { title: `Đổi bởi ${who}` }), expect: { fac: 200, mod: 403, part: 403, obs: 403, out: 404 } },
    { name: 'remove a contribution', run: async (who) => call(who, 'DELETE', c(`/${(await add({})).id}`)), expect: { fac: 204, mod: 403, part: 403, obs: 403, out: 404 } },
    { name: 'download a paper', run: async (who) => call(who, 'GET', (await add({ file: file('b.pdf', pdf) })).file!.url), expect: { fac: 200, mod: 200, part: 200, obs: 200, out: 404 } },
    {
      name: 'download a paper from the public page',
      run: async (who) => call(who, 'GET', `/f/${w.slug}/contributions/${(await add({ file: file('c.pdf', pdf) })).id}`),
      expect: { fac: 200, mod: 200, part: 200, obs: 200, out: 200 },
    },
  ];

  describe.each(routes)('$name', (route) => {
    it.each(forumRoles)('as %s', async (who) => {
      const res = await route.run(who);
      expect(res.statusCode, res.body).toBe(route.expect[who]);
    });
  });

  it('keeps a paper with its Vietnamese name and gives the same bytes back, as an attachment', async () => {
    const made = await add({ title: 'Chuyển đổi số', sessionId: w.sessionId, organisation: 'Sở KH&CN', file: file('Tham luận Sở KH&CN.pdf', pdf) });
    expect(made).toMatchObject({ sessionId: w.sessionId, organisation: 'Sở KH&CN', file: { name: 'Tham luận Sở KH&CN.pdf', mediaType: 'application/pdf', size: pdf.length } });
    const res = await call('part', 'GET', made.file!.url);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="Tham luan So KH_CN.pdf"; filename*=UTF-8''Tham%20lu%E1%BA%ADn%20S%E1%BB%9F%20KH%26CN.pdf`);
    expect(Buffer.compare(res.rawPayload, pdf)).toBe(0);
  });

  it('finds by words without diacritics or đ, in title, abstract, speaker, organisation and a DOCX’s text, best match first', async () => {
    await add({ title: 'Quản lý đất đai ở đô thị', abstract: 'Đất đai, đất công và đất nông nghiệp ven đô.', speaker: 'ThS. Trần Thị Bình' });
    await add({ title: 'Nhà ở xã hội', abstract: 'Quỹ đất đai dành cho nhà ở xã hội.', speaker: 'Ông Lê Văn Cường' });
    await add({ title: 'Kinh tế tập thể', speaker: 'Bà Phạm Thị Dung', organisation: 'Liên minh HTX thành phố Cần Thơ', file: file('htx.docx', docx) });
    expect(await titles('dat dai')).toEqual(['Quản lý đất đai ở đô thị', 'Nhà ở xã hội']);
    expect(await titles('Can Tho')).toEqual(['Kinh tế tập thể']);
    expect(await titles('tran thi binh')).toEqual(['Quản lý đất đai ở đô thị']);
    expect(await titles('tin dung xanh')).toEqual(['Kinh tế tập thể']);
    expect(await titles('ĐẤT CÔNG')).toEqual(['Quản lý đất đai ở đô thị']);
    expect(await titles('thủy lợi')).toEqual([]);
  });

  it('lists in agenda order: a session’s contributions before those without one, each as added', async () => {
    await add({ title: 'Không thuộc phiên nào' });
    await add({ title: 'Trong phiên khai mạc', sessionId: w.sessionId });
    const list = ((await call('obs', 'GET', c())).json().contributions as { title: string; sessionId: string | null }[]).map((x) => x.title);
    expect(list.indexOf('Trong phiên khai mạc')).toBeLessThan(list.indexOf('Không thuộc phiên nào'));
    expect(list.indexOf('Chuyển đổi số')).toBeLessThan(list.indexOf('Trong phiên khai mạc'));
  });

  it('refuses a paper whose name disagrees with its bytes, a file that is no document, one over 10 MB, an unknown session and an empty speaker, storing nothing', async () => {
    const post = (body: object) => () => call('fac', 'POST', c(), { speaker: 'Bà Hoa', title: 'Tham luận hỏng', ...body });
    await refused(post({ file: file('tham-luan.docx', pdf) }), 400, 'upload.document_name');
    await refused(post({ file: file('tham-luan.pdf', docx) }), 400, 'upload.document_name');
    await refused(post({ file: file('ghi-chu.pdf', Buffer.from('chỉ là chữ')) }), 415, 'upload.document_type');
    await refused(post({ file: file('cat-cut.pdf', pdf.subarray(0, pdf.length - 200)) }), 400, 'upload.pdf_truncated');
    const big = Buffer.concat([pdf.subarray(0, 8), Buffer.alloc(10 * 1024 * 1024), pdf.subarray(8)]);
    await refused(post({ file: file('lon.pdf', big) }), 413, 'upload.document_too_large');
    await refused(post({ sessionId: '00000000-0000-4000-8000-000000000000' }), 400, 'forum.session_not_found');
    await refused(post({ speaker: '   ' }), 400, 'request.invalid');
  });

  it('keeps the old paper when a new one is refused, and removes it on request', async () => {
    const made = await add({ title: 'Giữ tệp cũ', file: file('cu.pdf', pdf) });
    await refused(() => call('fac', 'PATCH', c(`/${made.id}`), { file: file('moi.docx', pdf) }), 400, 'upload.document_name');
    expect((await call('obs', 'GET', made.file!.url)).statusCode).toBe(200);
    const cleared = await call('fac', 'PATCH', c(`/${made.id}`), { file: null });
    expect(cleared.json().file).toBeNull();
    expect((await call('obs', 'GET', made.file!.url)).json().error.code).toBe('forum.contribution_file_not_found');
  });

  it('audits adding, changing and removing, keeping the file’s name and hash but never its bytes', async () => {
    const made = await add({ title: 'Được ghi vết', file: file('vet.pdf', pdf) });
    await call('fac', 'PATCH', c(`/${made.id}`), { abstract: 'Tóm tắt' });
    await call('fac', 'DELETE', c(`/${made.id}`));
    const rows = await rowsOf<{ action: string; after: string | null }>(t, sql`select action, after::text as after from audit_log where entity_id = ${made.id} order by at, action`);
    expect(rows.map((r) => r.action).sort()).toEqual(['forum.contribution.create', 'forum.contribution.delete', 'forum.contribution.update']);
    const created = JSON.parse(rows.find((r) => r.action === 'forum.contribution.create')!.after!);
    expect(created).toMatchObject({ fileName: 'vet.pdf', fileSize: pdf.length });
    expect(created.fileSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(created)).not.toContain('fileBytes');
  });

  it('serves no paper of a draft forum publicly, nor another forum’s paper under this forum', async () => {
    const draft = (await call('fac', 'POST', `/api/spaces/${w.spaceId}/forums`, forumBody('dd-tl-nhap'))).json();
    const res = await call('fac', 'POST', `/api/forums/${draft.id}/contributions`, { speaker: 'Ông Tư', title: 'Bản nháp', file: file('nhap.pdf', pdf) });
    expect(res.statusCode, res.body).toBe(201);
    expect((await t.app.inject({ method: 'GET', url: `/f/dd-tl-nhap/contributions/${res.json().id}` })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/f/${w.slug}/contributions/${res.json().id}` })).statusCode).toBe(404);
    expect((await call('fac', 'GET', c(`/${res.json().id}/file`))).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/forums/${draft.id}/contributions`, headers: adminHeaders })).statusCode).toBe(200);
  });

  it('shows contributions on the public page, hostile text as text, each paper linked to its public download', async () => {
    const made = await add({ title: '<script>alert(1)</script> Tham luận công khai', speaker: 'Bà "Tư" & cộng sự', sessionId: w.sessionId, abstract: 'Tóm tắt ngắn.', illustrative: true, file: file('cong-khai.pdf', pdf) });
    const res = await t.app.inject({ method: 'GET', url: `/f/${w.slug}` });
    const page = parsePage(res.body);
    expect(page.elements).not.toContain('script');
    expect(page.text).toContain('<script>alert(1)</script> Tham luận công khai (minh họa)');
    expect(page.text).toContain('Bà "Tư" & cộng sự · Phiên khai mạc');
    const href = `/f/${w.slug}/contributions/${made.id}`;
    expect(page.attributes).toContainEqual({ element: 'a', name: 'href', value: href });
    const got = await t.app.inject({ method: 'GET', url: href });
    expect(Buffer.compare(got.rawPayload, pdf)).toBe(0);
    expect(parsePage((await t.app.inject({ method: 'GET', url: `/f/${w.slug}?lang=en` })).body).text).toContain('<script>alert(1)</script> Tham luận công khai (illustrative)');
  });
});
