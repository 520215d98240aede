// Uploads to plans and the evidence hub (issue 11, findings 4 and 9), on both storage kinds: archives
// judged before they are read, one import per person at a time, and evidence files whose name must
// agree with their bytes, capped per report and always downloaded as attachments.
import { beforeAll, expect, it } from 'vitest';
import type { Actor } from '../../src/http/actor';
import { oneImportAtATime } from '../../src/http/uploads';
import { createOrganisation, createUser, grantRole } from '../../src/modules/accounts/account.service';
import { PASSWORD, adminHeaders, signIn, spaceBody, type Session } from '../helpers/app';
import { describeApp } from '../helpers/http';
import { bombSheet, sheetOf, xlsxParts, zipOf } from '../helpers/zip';

const setup: Actor = { userId: null, label: 'test setup', platformRole: 'administrator', spaceRoles: new Map(), via: 'admin-token' };
const NOW = new Date('2026-11-22T03:00:00Z');

const MB = 1024 * 1024;
const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(64, 32)]);
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
const docxParts = (document: Uint8Array) => [
  { name: '[Content_Types].xml', data: new TextEncoder().encode('<Types/>') },
  { name: 'word/document.xml', data: document },
];

describeApp('uploads', { clock: NOW, config: { evidenceMaxFiles: 3, archiveLimits: { maxUnpackedBytes: 10 * MB, maxEntries: 100, maxRatio: 100 } } }, (t) => {
  let lead: Session;
  let leadId: string;
  let planId: string;
  let reportId: string;
  let actionId: string;

  const evidence = (name: string, bytes: Uint8Array) =>
    t.app.inject({ method: 'POST', url: `/api/reports/${reportId}/evidence?name=${encodeURIComponent(name)}`, headers: { ...lead.headers, 'content-type': 'application/octet-stream' }, payload: Buffer.from(bytes) });
  const importPlan = (bytes: Uint8Array, name = 'tien-do.xlsx') =>
    t.app.inject({ method: 'POST', url: `/api/plans/${planId}/import?format=xlsx&name=${name}`, headers: { ...lead.headers, 'content-type': 'application/octet-stream' }, payload: Buffer.from(bytes) });
  const heldFiles = async () => (await t.app.inject({ method: 'GET', url: `/api/actions/${actionId}/reports`, headers: lead.headers })).json().reports[0].evidence as unknown[];
  const storedReports = async () => (await t.app.inject({ method: 'GET', url: `/api/plans/${planId}/export.csv?sheet=progress`, headers: adminHeaders })).body;

  beforeAll(async () => {
    const agency = (await createOrganisation(t.database.db, setup, { slug: 'so-tai-chinh', name: { vi: 'Sở Tài chính', en: 'Dept of Finance' }, kind: 'department' }, NOW)).id;
    const spaceId = (await t.app.inject({ method: 'POST', url: '/api/spaces', headers: adminHeaders, payload: spaceBody('tai-len') })).json().id;
    const user = await createUser(t.database.db, setup, { email: 'lead@tai-len.test', displayName: 'Lead', password: PASSWORD, organisationId: agency }, NOW);
    leadId = user.id;
    await grantRole(t.database.db, setup, { userId: user.id, spaceId, role: 'official' }, NOW);
    lead = await signIn(t.app, 'lead@tai-len.test');
    const post = (url: string, payload: object) => t.app.inject({ method: 'POST', url, headers: adminHeaders, payload });
    planId = (await post(`/api/spaces/${spaceId}/plans`, { title: { vi: 'Kế hoạch', en: 'Plan' }, summary: { vi: 'Tóm tắt', en: 'Summary' }, reportingPeriod: 'quarterly' })).json().id;
    const objectiveId = (await post(`/api/plans/${planId}/objectives`, { code: 'MT1', title: { vi: 'Tài chính', en: 'Finance' } })).json().id;
    actionId = (await post(`/api/plans/${planId}/actions`, { objectiveId, code: 'NV1', title: { vi: 'Công khai ngân sách', en: 'Open budget' }, leadAgencyId: agency, coordinatorIds: [], startsOn: '2026-01-01', dueOn: '2026-12-31' })).json().id;
    const report = await t.app.inject({ method: 'POST', url: `/api/actions/${actionId}/reports`, headers: lead.headers, payload: { period: '2026-Q3', percent: 50 } });
    expect(report.statusCode, report.body).toBe(201);
    reportId = report.json().id;
  });

  it('refuses an evidence file whose name says another type than its bytes', async () => {
    const html = await evidence('report.html', pdf);
    expect(html.statusCode).toBe(400);
    expect(html.json().error).toMatchObject({
      code: 'plan.evidence_name',
      vi: 'Tên tệp "report.html" có đuôi .html nhưng nội dung là tệp PDF; hãy đặt tên có đuôi .pdf.',
      en: 'The file name "report.html" ends in .html but the file is a PDF file; give it a name ending in .pdf.',
    });
    expect((await evidence('anh.jpg', png)).json().error.code).toBe('plan.evidence_name');
    expect(await heldFiles()).toEqual([]);
  });

  it('keeps a matching name, adds the extension to a bare one, and serves both as safe attachments', async () => {
    const named = await evidence('biên bản nghiệm thu.pdf', pdf);
    expect(named.statusCode, named.body).toBe(201);
    expect((await evidence('ảnh hiện trường.JPEG', jpeg)).json().fileName).toBe('ảnh hiện trường.JPEG');
    const bare = await evidence('ket-qua', png);
    expect(bare.json().fileName).toBe('ket-qua.png');
    const file = await t.app.inject({ method: 'GET', url: `/api/evidence/${named.json().id}`, headers: lead.headers });
    expect(file.headers['content-disposition']).toBe(
      `attachment; filename="bien ban nghiem thu.pdf"; filename*=UTF-8''bi%C3%AAn%20b%E1%BA%A3n%20nghi%E1%BB%87m%20thu.pdf`,
    );
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.rawPayload.equals(pdf)).toBe(true);
  });

  it('caps the files of one report', async () => {
    // Three are held since the test before; the cap is set to 3 for this app.
    const fourth = await evidence('them.pdf', pdf);
    expect(fourth.statusCode).toBe(400);
    expect(fourth.json().error).toMatchObject({ code: 'plan.evidence_too_many', vi: 'Báo cáo này đã có 3 tệp minh chứng, là số tối đa; hãy gộp bớt tệp.' });
    expect(await heldFiles()).toHaveLength(3);
  });

  it('refuses a Word file packed like a zip bomb as evidence', async () => {
    const bomb = zipOf(docxParts(new Uint8Array(4 * MB).fill(0x20)));
    expect(bomb.length).toBeLessThan(64 * 1024);
    const res = await t.app.inject({ method: 'POST', url: `/api/reports/${reportId}/evidence?name=bom.docx`, headers: { ...lead.headers, 'content-type': 'application/octet-stream' }, payload: bomb });
    // The cap of 3 files would refuse it too, but the archive is judged first.
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('upload.ratio_too_high');
  });

  it('refuses plan workbooks that unpack past the limits, and stores nothing', async () => {
    const before = await storedReports();
    const tooBig = await importPlan(zipOf(xlsxParts(await bombSheet(12 * MB))));
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().error).toMatchObject({ code: 'upload.unpacked_too_large', vi: 'Tệp tien-do.xlsx giải nén ra ít nhất 12 MB, vượt giới hạn 10 MB.' });
    const liar = await importPlan(zipOf(xlsxParts({ ...(await bombSheet(8 * MB)), declaredSize: 4000 })));
    expect(liar.statusCode).toBe(400);
    expect(liar.json().error.code).toBe('upload.sizes_disagree');
    expect(await storedReports()).toBe(before);
  });

  it('answers 429 to a second import while the same person has one under way', async () => {
    const workbook = zipOf(xlsxParts(sheetOf([['Mã nhiệm vụ (code)', 'Kỳ báo cáo (period)', 'Tiến độ % (progress)'], ['NV1', '2026-Q3', '50']])));
    let finish!: () => void;
    const held = oneImportAtATime({ ...setup, userId: leadId, via: 'session' }, () => new Promise<void>((r) => (finish = r)));
    const busy = await importPlan(workbook);
    expect(busy.statusCode).toBe(429);
    expect(busy.json().error).toMatchObject({ code: 'upload.busy', en: 'You are already importing another file; wait for that import to finish and try again.' });
    finish();
    await held;
    const after = await importPlan(workbook);
    expect(after.statusCode).not.toBe(429);
  });

  it('refuses an index workbook that unpacks past the limits', async () => {
    const res = await t.app.inject({
      method: 'POST', url: '/api/indicators/import?name=PCI_2016.xlsx', headers: { ...adminHeaders, 'content-type': 'application/octet-stream' }, payload: zipOf(xlsxParts(await bombSheet(12 * MB))),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('upload.unpacked_too_large');
  });
});
