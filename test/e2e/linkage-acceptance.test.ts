// Issue 15's acceptance, in a real browser on the demo's Mekong Delta region (lien-ket-vung-dbscl): the
// coordinator binds An Giang's official to the province; Cần Thơ's
// official (on a phone, 360 px) records offers and needs in the form, An Giang's (1280 px) in an Excel sheet; the region's coordinator
// accepts the suggested Cần Thơ ⇄ An Giang pairing as an agreement; each official adds their province's
// commitment (and sees report controls only on their own); Cần Thơ reports a quarter's progress; Cần Thơ's
// paper-to-practice rate and the network view change; on a regional project, Cần Thơ's official changes only
// Cần Thơ's cost share. Screenshots: linkage-acceptance-N-*.png.
//
// Figures worked out by hand from the demo (src/modules/demo/demo.linkage.ts) and the benefit rule
// (src/core/linkage/benefit.ts: a met need is worth the smaller size, same kind):
// - Cần Thơ gains from An Giang 3 (its new rice need, size 3, met by An Giang's rice buying hub, size 5);
//   An Giang gains from Cần Thơ 3 (port, need 3 / offer 4) + 3 (trained workers, need 3 / offer 4) = 6;
//   score = 2 / (1/3 + 1/6) = 4.
// - Cần Thơ's commitments before: the Cái Cui port link (70 %, overdue: started, so moved) and the demo's
//   vocational training (no report: on paper) → 1 of 2 = 50 %. With the new one on paper 1 of 3 (33,3 %);
//   once it reports 30 % in its first quarter (on schedule: on track) 2 of 3 = 66,7 %.
// - Network on today's 34 provinces, An Giang (with Kiên Giang) – Cần Thơ: the demo agreement's commitments of
//   the two are Cần Thơ's two, An Giang's rice (done) and Kiên Giang's tour route (on paper) → 2 of 4 moved;
//   after: 2 agreements, 6 commitments, 3 moved.
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { adminHeaders, PASSWORD } from '../helpers/app';
import { describeBrowser, type BrowserFixture } from '../helpers/browser-session';
import { desktop, noSideScroll, painted, phone, poll, screenshot } from '../helpers/browser';
import { rowsOf } from '../helpers/forums';
import { INTENT_COLUMNS, INTENT_SHEET } from '../../src/modules/linkage/intent.columns';

const CT = 'vn63:92';
const AG = 'vn63:89';
const EDGE = 'vn34:91|vn34:92';

describeBrowser('regional linkage from offers and needs to commitments that move', { demo: true }, (t) => {
  it('records offers and needs, accepts a pairing, commits, reports, and shows the change', async () => {
    const [space] = await rowsOf<{ id: string }>(t, sql`select id from spaces where slug = 'lien-ket-vung-dbscl'`);
    await official(t, space.id, 'cantho@dbscl.test', CT);
    await t.user('angiang@dbscl.test', { [space.id]: 'official' });
    const coord = await t.open(desktop, { as: 'quantri@doithoai.demo' });
    await coord.goto(`${t.base}/linkage/${space.id}`);
    // the coordinator binds An Giang's official on the region's page (Cần Thơ's was bound through the API)
    const assign = coord.getByTestId('officials-form');
    await assign.getByLabel('Cán bộ', { exact: true }).selectOption({ label: 'angiang (angiang@dbscl.test)' });
    await assign.getByLabel('Phụ trách địa phương').selectOption(AG);
    await assign.getByRole('button', { name: 'Lưu phân công' }).click();
    const row = (name: string) => coord.getByTestId('linkage-localities').locator('tr', { has: coord.getByRole('rowheader', { name, exact: true }) });
    await row('An Giang').getByText('angiang').waitFor();
    expect(await row('Cần Thơ').innerText()).toContain('cantho');
    await expect.poll(() => rateOf(coord, 'vn34:92'), poll).toMatch(/^50\s%$/);
    await coord.goto(`${t.base}/linkage/${space.id}/network`);
    await expect.poll(() => edgeOf(coord), poll).toEqual(['1', '4', '2']);

    // Cần Thơ's official, on a phone, from the space page: a need for rice and an offer of vocational training
    const ct = await t.open(phone, { as: 'cantho@dbscl.test', password: PASSWORD });
    await ct.goto(`${t.base}/spaces/${space.id}`);
    await ct.getByTestId('linkage-open').click();
    await ct.getByRole('link', { name: 'Đề xuất và nhu cầu' }).click();
    await ct.getByTestId('linkage-standing').getByText('Bạn là cán bộ phụ trách Cần Thơ').waitFor();
    await addIntent(ct, 'need', 'rice', 'market', '3', 'Nguồn lúa chất lượng cao cho nhà máy chế biến');
    await addIntent(ct, 'offer', 'human-resources', 'expertise', '4', 'Đào tạo nghề cho lao động các tỉnh tại Cần Thơ');
    // edit controls only on Cần Thơ's own offers and needs (the demo's four provinces have others)
    const editable = ct.getByTestId('intent').filter({ has: ct.getByRole('button', { name: 'Sửa' }) });
    await expect.poll(() => editable.count(), poll).toBe(4);
    for (const text of await editable.allInnerTexts()) expect(text).toMatch(/^Cần Thơ ·/);
    expect(await noSideScroll(ct)).toBe(true);
    await screenshot(ct, 'linkage-acceptance-1-phone-offers-needs');

    // An Giang's official sends a need for trained workers in an Excel sheet: first with a sector that does not
    // exist (refused whole, the bad row named), then right
    const ag = await t.open(desktop, { as: 'angiang@dbscl.test', password: PASSWORD });
    await ag.goto(`${t.base}/linkage/${space.id}/intents`);
    const excel = ag.getByTestId('intents-import');
    const need = ['', 'need', AG, '', 'human-resources', 'expertise', 'Lao động có tay nghề cho khu công nghiệp', '', 3];
    await excel.getByLabel('Tệp Excel (.xlsx) đã điền').setInputFiles(await intentSheet([need, [...need.slice(0, 4), 'nghe-thuat', ...need.slice(5)]]));
    await excel.getByRole('button', { name: 'Nhập từ Excel' }).click();
    await expect.poll(() => excel.getByTestId('import-problems').locator('tbody tr').allInnerTexts(), poll).toEqual([expect.stringMatching(/^Đề xuất và nhu cầu\s+3\s/)]);
    await excel.getByLabel('Tệp Excel (.xlsx) đã điền').setInputFiles(await intentSheet([need]));
    await excel.getByRole('button', { name: 'Nhập từ Excel' }).click();
    await excel.getByTestId('import-done').getByText('1 dòng mới').waitFor();
    await ag.getByTestId('intents-need').getByText('Lao động có tay nghề cho khu công nghiệp').waitFor();
    await screenshot(ag, 'linkage-acceptance-2-desktop-offers-needs');

    // the coordinator: pairs only; the Cần Thơ ⇄ An Giang pairing, its formula, accepted as an agreement
    await coord.goto(`${t.base}/linkage/${space.id}/suggestions`);
    await coord.getByLabel('Chỉ cặp hai bên').check();
    const pair = coord.getByTestId('suggestion').filter({ hasText: /Cần Thơ ⇄ An Giang|An Giang ⇄ Cần Thơ/ });
    await expect.poll(() => pair.getByTestId('suggestion-score').innerText(), poll).toBe('4');
    expect(await pair.innerText()).toMatch(/Trung bình điều hòa: 2 \/ \((1\/3 \+ 1\/6|1\/6 \+ 1\/3)\) = 4/);
    await pair.getByRole('button', { name: 'Chấp nhận thành thỏa thuận' }).click();
    const form = pair.getByTestId('accept-form');
    for (const sector of ['Lúa gạo', 'Logistics', 'Nguồn nhân lực']) expect(await form.getByLabel(sector, { exact: true }).isChecked()).toBe(true);
    expect(await form.getByLabel('Du lịch', { exact: true }).isChecked()).toBe(false);
    await screenshot(coord, 'linkage-acceptance-3-desktop-suggestion');
    await form.getByRole('button', { name: 'Tạo thỏa thuận' }).click();
    await coord.getByTestId('agreement-head').waitFor();
    const agreementPath = new URL(coord.url()).pathname;
    expect(agreementPath).toMatch(/^\/linkage\/[^/]+\/agreements\/[^/]+$/);
    // the signed copy attached by the coordinator, then offered for download
    const signed = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    await coord.getByLabel(/Đính kèm văn bản đã ký/).setInputFiles({ name: 'thoa-thuan-ct-ag.pdf', mimeType: 'application/pdf', buffer: signed });
    await coord.getByRole('link', { name: 'Tải văn bản đã ký (thoa-thuan-ct-ag.pdf)' }).waitFor();
    // the follow-through report for the region's council, as a Word document
    const report = await coord.request.get(`${t.base}${await coord.getByTestId('agreement-report').getAttribute('href')}`);
    expect(report.status()).toBe(200);
    expect(report.headers()['content-type']).toContain('wordprocessingml');

    // each official adds their province's commitment; report controls only on one's own
    await ct.goto(`${t.base}${agreementPath}`);
    await addCommitment(ct, 'Nguồn nhân lực', 'Đào tạo nghề cho 200 lao động An Giang tại Cần Thơ', { 'Cần Thơ': '50', 'An Giang': '30', 'Ngân sách trung ương': '20' });
    await ag.goto(`${t.base}${agreementPath}`);
    await addCommitment(ag, 'Lúa gạo', 'Cung ứng lúa chất lượng cao cho nhà máy chế biến ở Cần Thơ', { 'An Giang': '60', 'Ngân sách trung ương': '40' });
    const own = (page: Page, party: string) => page.locator(`[data-testid="commitment"][data-party="${party}"]`).getByRole('button', { name: 'Báo cáo tiến độ' });
    expect(await own(ag, AG).count()).toBe(1);
    expect(await own(ag, CT).count()).toBe(0);
    await screenshot(ag, 'linkage-acceptance-4-desktop-commitments');
    await coord.reload();
    await expect.poll(() => coord.getByTestId('commitment').count(), poll).toBe(2);
    await coord.goto(`${t.base}/linkage/${space.id}`);
    await expect.poll(() => rateOf(coord, 'vn34:92'), poll).toMatch(/^33,3\s%$/);

    // Cần Thơ reports its first quarter: 30 %, on track
    await ct.reload();
    await expect.poll(() => own(ct, CT).count(), poll).toBe(1);
    expect(await own(ct, AG).count()).toBe(0);
    await own(ct, CT).click();
    const mine = ct.locator(`[data-testid="commitment"][data-party="${CT}"]`);
    await mine.getByLabel('Tiến độ (%)').fill('30');
    await mine.getByLabel('Ghi chú tình hình').fill('Đã khai giảng khóa đầu');
    await mine.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await expect.poll(() => mine.getByTestId('commitment-progress').innerText(), poll).toMatch(/^30\s%$/);
    expect(await mine.getByTestId('commitment-stage').innerText()).toBe('Đúng tiến độ');
    expect(await noSideScroll(ct)).toBe(true);
    await screenshot(ct, 'linkage-acceptance-5-phone-reported');

    // regional projects: Cần Thơ's official changes only Cần Thơ's cost share of the Cái Cui hub (demo: 2.400 tỷ đồng,
    // Cần Thơ 20 %, An Giang 15 %, Kiên Giang 15 %, central budget requested 50 %); 25 % would pass 100 % and is refused
    await ct.getByRole('link', { name: 'Dự án vùng' }).click();
    const hub = ct.getByTestId('project').filter({ hasText: 'Cái Cui' });
    await hub.getByText('Tổng vốn: 2.400 tỷ đồng').waitFor();
    expect(await hub.locator('tr[data-locality] input').count()).toBe(1);
    const share = hub.getByLabel('Phần chi phí của Cần Thơ (%)');
    await share.fill('25');
    await hub.getByRole('button', { name: 'Lưu' }).click();
    await hub.getByRole('alert').getByText(/vượt quá 100/).waitFor();
    await share.fill('15');
    await hub.getByRole('button', { name: 'Lưu' }).click();
    // 100 − (15 + 15 + 15 + 50) = 5 % not yet borne: 120 tỷ đồng
    await expect.poll(() => hub.getByTestId('project-unassigned').innerText(), poll).toMatch(/^5\s%$/);
    expect(await hub.locator('tr', { hasText: 'Chưa có bên nhận' }).innerText()).toContain('120 tỷ đồng');
    expect(await noSideScroll(ct)).toBe(true);
    await screenshot(ct, 'linkage-acceptance-6-phone-project');

    // the province's rate and the network move
    await coord.reload();
    await expect.poll(() => rateOf(coord, 'vn34:92'), poll).toMatch(/^66,7\s%$/);
    await expect.poll(() => painted(coord, 'province-years-chart'), poll).toBeGreaterThan(1000);
    await screenshot(coord, 'linkage-acceptance-7-desktop-practice');
    // the coordinator approves the salinity network project with 40 % granted from the central budget (55 % asked)
    await coord.getByRole('link', { name: 'Dự án vùng' }).click();
    const salinity = coord.getByTestId('project').filter({ hasText: 'xâm nhập mặn ven biển' });
    await salinity.getByLabel('Tình trạng').selectOption('approved');
    await salinity.getByLabel(/Ngân sách trung ương được cấp/).fill('40');
    await salinity.getByRole('button', { name: 'Lưu tình trạng' }).click();
    await expect.poll(() => salinity.getByTestId('project-status').innerText(), poll).toBe('Đã phê duyệt');
    expect(await salinity.locator('tr', { hasText: 'được cấp' }).innerText()).toMatch(/40\s%\s+340 tỷ đồng/);
    // and records a new project between Cần Thơ and An Giang, carrying out one of the region's agreements
    const newProject = coord.getByTestId('project-form');
    await newProject.getByLabel('Tên dự án (tiếng Việt)').fill('Trường nghề liên tỉnh Cần Thơ – An Giang');
    for (const name of ['Cần Thơ', 'An Giang']) await newProject.getByLabel(name, { exact: true }).check();
    await newProject.getByLabel('Lĩnh vực').selectOption('human-resources');
    await newProject.getByLabel('Tổng vốn (tỷ đồng)').fill('1.250');
    await newProject.getByLabel('Xin ngân sách trung ương (%)').fill('40');
    await newProject.getByLabel('Cơ quan điều phối').fill('Hội đồng điều phối vùng đồng bằng sông Cửu Long');
    await newProject.getByLabel('Thực hiện thỏa thuận').selectOption({ index: 1 });
    await newProject.getByRole('button', { name: 'Thêm dự án' }).click();
    const school = coord.getByTestId('project').filter({ hasText: 'Trường nghề liên tỉnh' });
    await school.getByText('Tổng vốn: 1.250 tỷ đồng').waitFor();
    // 100 − 40 % requested = 60 % not yet borne by either province: 750 tỷ đồng
    expect(await school.getByTestId('project-unassigned').innerText()).toMatch(/^60\s%$/);
    await coord.getByRole('link', { name: 'Mạng lưới' }).click();
    await expect.poll(() => edgeOf(coord), poll).toEqual(['2', '6', '3']);
    await expect.poll(() => painted(coord, 'network-chart'), poll).toBeGreaterThan(1000);
    await screenshot(coord, 'linkage-acceptance-8-desktop-network');
    await coord.getByRole('button', { name: 'English' }).click();
    await coord.getByRole('heading', { name: 'Linkage network' }).waitFor();
    await coord.getByLabel('the 63 provinces before 1 July 2025').check();
    // on the 63 (Kiên Giang apart), Cần Thơ – An Giang: 2 agreements; the demo's port link (moved), rice (done) and
    // training (on paper), the new training (moved) and rice supply (on paper) → 5 commitments, 3 moved
    await expect.poll(() => edgeOf(coord, 'vn63:89|vn63:92'), poll).toEqual(['2', '5', '3']);
    await ct.getByRole('link', { name: 'Mạng lưới' }).click();
    await expect.poll(() => edgeOf(ct), poll).toEqual(['2', '6', '3']);
    expect(await noSideScroll(ct)).toBe(true);
    await screenshot(ct, 'linkage-acceptance-9-phone-network');
  });
});

/** A new account with the role 'official' in the region's space, bound by the coordinator to one locality. */
async function official(t: BrowserFixture, spaceId: string, email: string, locality: string) {
  await t.user(email, { [spaceId]: 'official' });
  const [user] = await rowsOf<{ id: string }>(t, sql`select id from users where email = ${email}`);
  const res = await t.app.inject({ method: 'PUT', url: `/api/spaces/${spaceId}/linkage/officials/${user.id}`, headers: adminHeaders, payload: { localityId: locality } });
  expect(res.statusCode, res.body).toBe(204);
}

async function addIntent(page: Page, direction: 'offer' | 'need', sector: string, kind: string, size: string, text: string) {
  const form = page.getByTestId('intent-form');
  await form.getByLabel('Loại').selectOption(direction);
  await form.getByLabel('Lĩnh vực').selectOption(sector);
  await form.getByLabel('Hình thức').selectOption(kind);
  await form.getByLabel(/^Quy mô/).selectOption(size);
  await form.getByLabel('Nội dung (tiếng Việt)').fill(text);
  await form.getByRole('button', { name: 'Thêm' }).click();
  await page.getByTestId(`intents-${direction}`).getByText(text).waitFor();
}

/** An offers-and-needs sheet as the server's template lays it out (src/modules/linkage/intent.columns.ts). */
async function intentSheet(rows: (string | number)[][]) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(INTENT_SHEET);
  sheet.addRow(INTENT_COLUMNS.map((c) => c.header));
  for (const row of rows) sheet.addRow(row);
  return { name: 'de-xuat-an-giang.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(await book.xlsx.writeBuffer()) };
}

async function addCommitment(page: Page, sector: string, what: string, shares: Record<string, string>) {
  const form = page.getByTestId('commitment-form');
  await form.getByLabel('Lĩnh vực').selectOption({ label: sector });
  await form.getByLabel('Việc sẽ làm (tiếng Việt)').fill(what);
  for (const [name, share] of Object.entries(shares)) await form.getByLabel(name, { exact: true }).fill(share);
  await form.getByRole('button', { name: 'Thêm cam kết' }).click();
  await page.getByTestId('commitment').filter({ hasText: what }).waitFor();
}

const rateOf = async (page: Page, province: string) => {
  const row = page.locator(`[data-testid="province-practice"] tr[data-locality="${province}"]`);
  return (await row.count()) ? (await row.getByTestId('practice-rate').innerText()).trim() : '';
};

/** Agreements, commitments and moved on the An Giang – Cần Thơ edge of today's provinces. */
const edgeOf = async (page: Page, pair = EDGE) => {
  const row = page.locator(`[data-testid="network-table"] tr[data-pair="${pair}"] td`);
  return (await row.allInnerTexts()).map((s) => s.trim());
};
