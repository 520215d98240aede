// Action plans in a real browser, on the Cần Thơ demo plan, with the server's clock held at
// 22/11/2026 so that the demo's two years of reports always end at the same place. The Department of
// Construction's official (its agency leads NV3.1, drainage against flooding, which is behind) opens
// the plan from the space page, filters it to its agency, opens NV3.1 and reports November's progress
// with a KPI value and two files — one a real PDF, one a text file named .pdf that the server refuses
// with its message. The action and its objective move from "Chậm" to "Đúng tiến độ", the report is in
// the history, the agency's scorecard for 11/2026 counts two actions on track instead of one, and the
// public dashboard — opened without a session — shows the new progress. On NV2.1, which the agency
// neither leads nor coordinates, there is no report form. Screenshots at 360 px and 1280 px of the
// plan, the action, the scorecards and the public dashboard go to test/e2e/screenshots/.
import { beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PROGRESS_COLUMNS } from '../../src/modules/plans/plan.columns';
import { adminHeaders } from '../helpers/app';
import { describeBrowser } from '../helpers/browser-session';
import { desktop, noSideScroll, phone, poll, screenshot, screenshotDir } from '../helpers/browser';

// Noon in Vietnam on 22/11/2026: the demo's reports run to October 2026; November is being reported.
const NOW = new Date('2026-11-22T05:00:00Z');
const OFFICIAL = 'soxaydung@cantho.demo';
const AGENCY = 'Sở Xây dựng';

describeBrowser('action plans in the staff app', { demo: true, clock: NOW }, (t) => {
  let spaceId = '';
  let slug = '';

  beforeAll(async () => {
    const spaces = (await t.app.inject({ method: 'GET', url: '/api/spaces', headers: adminHeaders })).json() as { spaces: { id: string; slug: string }[] };
    ({ id: spaceId, slug } = spaces.spaces.find((s) => s.slug === 'can-tho-uu-tien-2024')!);
  });

  // The app's clock is held, so the fixture signs in with the API's cookie (see browser-session.ts).
  const open = (viewport: { width: number; height: number }, email: string | null = OFFICIAL) => t.open(viewport, { as: email ?? undefined });

  const action = (page: Page, code: string) => page.locator(`[data-testid="action"][data-code="${code}"]`);
  const objective = (page: Page, code: string) => page.locator(`[data-testid="objective"][data-code="${code}"]`);
  const percent = (text: string) => Number(text.replace(/\s*%$/, '').replace(/\./g, '').replace(',', '.'));
  const agencyRow = (page: Page) => page.getByTestId('scorecard-row').filter({ hasText: AGENCY });

  let planUrl = '';
  let before = { objective: 0, onTrack: '' };

  it('opens the plan from the space page and filters it to one agency', async () => {
    const page = await open(desktop);
    await page.goto(`${t.base}/spaces/${spaceId}`);
    await page.getByTestId('plans-section').waitFor();
    await expect.poll(() => page.getByTestId('plans-section').innerText(), poll).toContain('Kế hoạch hành động');
    await page.getByTestId('plan-link').click();
    await page.getByTestId('plan-tree').waitFor();
    planUrl = new URL(page.url()).pathname;
    expect(await page.getByTestId('plan-title').innerText()).toContain('Kế hoạch hành động thực hiện các lĩnh vực ưu tiên của Cần Thơ');

    // NV3.1 is behind: reported 77 % in October, where the schedule expects about 95 % by today.
    const nv31 = action(page, 'NV3.1');
    expect(await nv31.getByTestId('action-status').innerText()).toContain('Chậm');
    expect(await nv31.getByTestId('action-progress').innerText()).toBe('77\u00a0%');
    expect(await nv31.innerText()).toContain(`Chủ trì: ${AGENCY}`);
    expect(await nv31.innerText()).toContain('Hạn 31/12/2026');
    expect(await objective(page, 'MT3').getByTestId('objective-status').first().innerText()).toContain('Chậm');
    before = { ...before, objective: percent(await objective(page, 'MT3').getByTestId('objective-progress').first().innerText()) };
    expect(before.objective).toBeGreaterThan(70);
    expect(before.objective).toBeLessThan(85);
    // NV2.2 ended on 31/12/2025, done: no overdue marker anywhere on it.
    expect(await action(page, 'NV2.2').getByTestId('action-status').innerText()).toContain('Hoàn thành');

    // Filter: the agency leads or coordinates NV3.1 but has nothing to do with NV2.1 (Sở Nội vụ, Sở Tài chính).
    await page.getByTestId('filter-agency').selectOption({ label: AGENCY });
    await expect.poll(() => action(page, 'NV2.1').count(), poll).toBe(0);
    expect(await action(page, 'NV3.1').count()).toBe(1);
    await page.getByTestId('filter-status').selectOption({ label: 'Hoàn thành' });
    await expect.poll(() => action(page, 'NV3.1').count(), poll).toBe(0);
    expect(await action(page, 'NV2.2').count()).toBe(1);

    // Before reporting: in 11/2026 one of the agency's two actions is on track (NV2.2 done, NV3.1 behind).
    await page.getByTestId('scorecards-link').click();
    await page.getByTestId('scorecard-table').waitFor();
    expect(await page.getByTestId('cards-period').inputValue()).toBe('2026-11');
    before = { ...before, onTrack: await agencyRow(page).getByTestId('card-ontrack').innerText() };
    expect(before.onTrack).toBe('1/2');
  });

  it('reports progress on an action its agency leads and sees the plan, the scorecard and the public dashboard change', async () => {
    const page = await open(desktop);
    await page.goto(`${t.base}${planUrl}`);
    await action(page, 'NV3.1').getByTestId('action-link').click();
    await page.getByTestId('report-form').waitFor();
    expect(await page.getByTestId('action-title').innerText()).toContain('Cải tạo hệ thống thoát nước chống ngập khu vực Ninh Kiều');
    expect(await page.getByTestId('action-lead').innerText()).toBe(AGENCY);
    expect(await page.getByTestId('budget-planned').innerText()).toBe('120.000 triệu đồng');
    expect(await page.getByTestId('report-history').innerText()).toContain('Kỳ 10/2026');
    expect(await page.getByTestId('kpi-table').innerText()).toContain('Số điểm ngập khi triều cường');

    // The form starts on the current period, 11/2026, not yet reported.
    expect(await page.getByTestId('report-period').inputValue()).toBe('2026-11');
    await page.getByTestId('report-percent-input').fill('150');
    await page.getByTestId('report-submit').click();
    expect(await page.getByTestId('report-error').innerText()).toBe('Tiến độ phải là một số từ 0 đến 100.');

    await page.getByTestId('report-percent-input').fill('92,5');
    await page.getByTestId('report-note').fill('Đúng tiến độ');
    await page.getByTestId('report-narrative').fill('Hoàn thành nạo vét kênh Cái Khế; còn 5 điểm ngập khi triều cường.');
    await page.getByTestId('report-kpi-diem-ngap').fill('5');
    await page.getByTestId('report-files').setInputFiles([
      { name: 'bien-ban-nghiem-thu.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n') },
      { name: 'ghi-chu.pdf', mimeType: 'application/pdf', buffer: Buffer.from('chỉ là một tệp văn bản') },
    ]);
    await page.getByTestId('report-submit').click();
    await expect.poll(() => page.getByTestId('report-saved').innerText(), poll).toBe('Đã ghi nhận báo cáo kỳ 11/2026: 92,5\u00a0%.');
    await expect.poll(() => page.getByTestId('report-file-errors').innerText(), poll).toContain('ghi-chu.pdf: Tệp minh chứng phải là PDF, JPEG, PNG, DOCX hoặc XLSX');

    // The action and its objective move: 92,5 % and on track.
    await expect.poll(() => page.getByTestId('action-progress').first().innerText(), poll).toBe('92,5\u00a0%');
    expect(await page.getByTestId('action-status').first().innerText()).toContain('Đúng tiến độ');
    const report = page.locator('[data-testid="report"][data-period="2026-11"]');
    await expect.poll(() => report.innerText(), poll).toContain('Kỳ 11/2026');
    expect(await report.innerText()).toContain('92,5\u00a0%');
    expect(await report.innerText()).toContain('nộp 22/11/2026, đúng hạn');
    expect(await report.getByTestId('evidence-file').allInnerTexts()).toEqual(['bien-ban-nghiem-thu.pdf']);
    expect(await page.getByTestId('kpi-value').first().innerText()).toBe('5');
    await expect.poll(() => page.getByTestId('kpi-chart').first().getAttribute('data-state'), poll).toBe('drawn');
    await screenshot(page, 'plans-action-1280');

    await page.goto(`${t.base}${planUrl}`);
    await page.getByTestId('plan-tree').waitFor();
    expect(await action(page, 'NV3.1').getByTestId('action-progress').innerText()).toBe('92,5\u00a0%');
    expect(await action(page, 'NV3.1').getByTestId('action-status').innerText()).toContain('Đúng tiến độ');
    const after = percent(await objective(page, 'MT3').getByTestId('objective-progress').first().innerText());
    expect(after).toBeGreaterThan(before.objective + 10);
    expect(await objective(page, 'MT3').getByTestId('objective-status').first().innerText()).toContain('Đúng tiến độ');
    expect(await noSideScroll(page)).toBe(true);
    await screenshot(page, 'plans-plan-1280');

    // The agency's scorecard for 11/2026: both actions on track now.
    await page.getByTestId('scorecards-link').click();
    await page.getByTestId('scorecard-table').waitFor();
    await expect.poll(() => agencyRow(page).getByTestId('card-ontrack').innerText(), poll).toBe('2/2');
    // The official's own agency over time comes first: 11/2026 at the top, with both actions on track.
    expect(await page.getByTestId('cards-agency').locator('option:checked').innerText()).toBe(AGENCY);
    expect(await page.getByTestId('agency-history').locator('tbody tr').first().innerText()).toMatch(/^11\/2026\s.*2\/2/s);
    expect(await page.getByTestId('reminders').innerText()).toContain('Nhắc việc');
    expect(await page.getByTestId('reminders-send').count()).toBe(0); // officials do not send reminders
    await screenshot(page, 'plans-scorecards-1280');

    // The public dashboard, without any session.
    const visitor = await open(desktop, null);
    const response = await visitor.goto(`${t.base}/d/${slug}`);
    expect(response?.status()).toBe(200);
    const row = visitor.locator('li').filter({ hasText: 'NV3.1' });
    expect(await row.innerText()).toContain('92,5\u00a0%');
    expect(await row.innerText()).toContain('Đúng tiến độ');
    await screenshot(visitor, 'plans-dashboard-1280');
  });

  it('shows no report form on an action the agency neither leads nor coordinates', async () => {
    const page = await open(desktop);
    await page.goto(`${t.base}${planUrl}`);
    await action(page, 'NV2.1').getByTestId('action-link').click();
    await page.getByTestId('report-not-allowed').waitFor();
    expect(await page.getByTestId('action-lead').innerText()).toBe('Sở Nội vụ');
    expect(await page.getByTestId('report-form').count()).toBe(0);
    expect(await page.getByTestId('report-history').innerText()).toContain('Kỳ 10/2026');

    // The same page in English: the words change, dates stay dd/mm/yyyy.
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.getByTestId('report-not-allowed').innerText(), poll).toBe("Only this space's facilitators, and officials of this space from the lead or a coordinating agency, report progress on this action.");
    expect(await page.getByTestId('action-status').first().innerText()).toContain('On track');
    expect(await page.getByTestId('budget-planned').innerText()).toBe('6,500 million đồng');
    expect(await page.getByTestId('report-history').innerText()).toContain('Period 10/2026');
  });

  it('imports progress from a CSV all-or-nothing, listing the bad rows in Vietnamese', async () => {
    const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
    const csv = (rows: string[][]) => [PROGRESS_COLUMNS.map((c) => c.header), ...rows].map((r) => r.map(quote).join(',')).join('\n');
    const row = (code: string, period: string, percent: string, kpis = '') => [code, '', period, percent, 'Đúng tiến độ', 'Cập nhật từ Excel', kpis, ''];
    const page = await open(desktop);
    await page.goto(`${t.base}${planUrl}`);
    await page.getByTestId('import-form').waitFor();
    // The file to edit: the workbook with both sheets.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
    expect(download.suggestedFilename()).toMatch(/^plan-.+\.xlsx$/);

    // Row 2 is fine, row 3 is an action of another agency, row 4 has a percent over 100: nothing is stored.
    const bad = csv([row('NV3.1', '2026-11', '95', 'diem-ngap=4,5'), row('NV2.1', '2026-11', '95'), row('NV3.1', '2026-10', '120')]);
    await page.getByTestId('import-file').setInputFiles({ name: 'tien-do.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await page.getByTestId('import-submit').click();
    const problems = page.getByTestId('import-problems');
    await problems.waitFor();
    const lines = await problems.locator('tbody tr').allInnerTexts();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^tien-do\.csv\s+3\s+A\s+đơn vị của bạn không chủ trì hay phối hợp nhiệm vụ "NV2\.1"$/);
    expect(lines[1]).toMatch(/^tien-do\.csv\s+4\s+D\s+tiến độ "120" phải là số từ 0 đến 100$/);
    expect(await page.getByTestId('import-error').innerText()).toContain('chưa có gì được ghi');
    await page.getByTestId('import-form').screenshot({ path: `${screenshotDir}plans-import-errors-1280.png` });
    expect(await action(page, 'NV3.1').getByTestId('action-progress').innerText()).toBe('92,5\u00a0%');

    // The corrected file goes in; the tree shows the new figure without reloading the page.
    await page.getByTestId('import-file').setInputFiles({ name: 'tien-do.csv', mimeType: 'text/csv', buffer: Buffer.from(csv([row('NV3.1', '2026-11', '95', 'diem-ngap=4,5')])) });
    await page.getByTestId('import-submit').click();
    await expect.poll(() => page.getByTestId('import-done').innerText(), poll).toBe('Đã nhập: nhiệm vụ thêm 0, sửa 0; báo cáo thêm 0, sửa 1.');
    await expect.poll(() => action(page, 'NV3.1').getByTestId('action-progress').innerText(), poll).toBe('95\u00a0%');
  });

  it('lets a facilitator send reminders', async () => {
    const page = await open(desktop, 'daumoi@cantho.demo');
    await page.goto(`${t.base}${planUrl}/scorecards`);
    await page.getByTestId('reminders-send').click();
    await expect.poll(() => page.getByTestId('reminders-outcome').innerText(), poll).toMatch(/^Đã gửi \d+ email tới \d+ đơn vị\.$/);
  });

  it('fits a 360 px phone: plan, action, scorecards and dashboard without sideways scrolling', async () => {
    const page = await open(phone);
    await page.goto(`${t.base}${planUrl}`);
    await page.getByTestId('plan-tree').waitFor();
    expect(await noSideScroll(page)).toBe(true);
    await screenshot(page, 'plans-plan-360');

    await action(page, 'NV3.1').getByTestId('action-link').click();
    await page.getByTestId('report-form').waitFor();
    await expect.poll(() => page.getByTestId('kpi-chart').first().getAttribute('data-state'), poll).toBe('drawn');
    expect(await noSideScroll(page)).toBe(true);
    await screenshot(page, 'plans-action-360');

    await page.goto(`${t.base}${planUrl}/scorecards`);
    await page.getByTestId('scorecard-table').waitFor();
    expect(await noSideScroll(page)).toBe(true);
    await screenshot(page, 'plans-scorecards-360');

    const visitor = await open(phone, null);
    await visitor.goto(`${t.base}/d/${slug}`);
    expect(await noSideScroll(visitor)).toBe(true);
    await screenshot(visitor, 'plans-dashboard-360');
  });
});
