// The evidence hub in a real browser, on the demo's carried PCI 2012–2022 and PAPI 2011–2024: the Cần Thơ
// profile opened from the demo space (radar and trend charts painted, the published PCI 2016 figures in the
// rank table), the PCI 2016 ranking on the 63 and on the 34 with its tile map and — boundaries configured
// through DOITHOAI_BOUNDARIES — the choropleth with its credit, the comparison, and an administrator's
// import with its report and its list of bad rows. Screenshots go to test/e2e/screenshots/.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { App } from '../../src/modules/module';
import { adminHeaders, testApp } from '../helpers/app';
import { describeBrowser } from '../helpers/browser-session';
import { desktop, noSideScroll, painted, phone, poll, screenshot } from '../helpers/browser';
import { fixture } from '../helpers/fixtures';

const PAPI_2016_CSV = fixture('vn', 'papi_hnks-gh_ml-mcdm', '2016.csv');

// The boundary route reads the folder when the app is built: the site's app with it, `bare` without.
const before = process.env.DOITHOAI_BOUNDARIES;
beforeAll(() => {
  process.env.DOITHOAI_BOUNDARIES = fixture('vn');
});
afterAll(() => {
  if (before === undefined) delete process.env.DOITHOAI_BOUNDARIES;
  else process.env.DOITHOAI_BOUNDARIES = before;
});

describeBrowser('evidence hub in the staff app', { demo: true }, (t) => {
  let bare: App;

  beforeAll(async () => {
    delete process.env.DOITHOAI_BOUNDARIES;
    bare = await testApp(t.database);
    process.env.DOITHOAI_BOUNDARIES = fixture('vn');
  });
  afterAll(() => bare?.close());

  const open = (viewport: { width: number; height: number }, email = 'daumoi@cantho.demo') => t.open(viewport, { as: email });

  const tiles = (page: Page) => page.getByTestId('tile-map').locator('[data-testid="tile"]').count();

  async function download(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
    const path = await file.path();
    return { name: file.suggestedFilename(), bytes: readFileSync(path) };
  }

  it('serves boundaries only when a folder is configured', async () => {
    const missing = await bare.inject({ method: 'GET', url: '/api/localities/boundaries?unit=63', headers: adminHeaders });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error).toMatchObject({ code: 'boundaries.not_configured' });
    expect(missing.json().error.vi).toContain('DOITHOAI_BOUNDARIES');
    for (const [unit, property] of [[63, 'gso_code'], [34, 'code']] as const) {
      const res = await t.app.inject({ method: 'GET', url: `/api/localities/boundaries?unit=${unit}`, headers: adminHeaders });
      expect(res.statusCode).toBe(200);
      const geo = res.json();
      expect(geo).toMatchObject({ type: 'FeatureCollection', unit, codeProperty: property });
      expect(geo.features).toHaveLength(unit);
      expect(geo.features.map((f: { properties: Record<string, string> }) => f.properties[property])).toContain('92');
    }
    const credit = (await t.app.inject({ method: 'GET', url: '/api/localities/boundaries', headers: adminHeaders })).json().attribution;
    expect(credit.vi).toBe('Địa phận tỉnh © Open Development Mekong, CC BY-SA 4.0');
  });

  it('opens the Cần Thơ profile from the demo space: charts painted, PCI 2016 as published (desktop)', async () => {
    const page = await open(desktop);
    await page.getByTestId('space-card').filter({ hasText: 'Cần Thơ' }).click();
    await page.getByTestId('space-title').waitFor();
    const link = page.getByTestId('space-evidence-link');
    expect(await link.innerText()).toBe('Hồ sơ bằng chứng Cần Thơ');
    await link.click();
    await expect.poll(() => page.getByTestId('profile-title').textContent(), poll).toBe('Hồ sơ bằng chứng Cần Thơ');
    expect(new URL(page.url()).pathname).toBe('/evidence/provinces/92');
    // The latest edition first: PCI 2022, a composite only (no sub-indices carried), 66,94 from the panel; then 2016.
    await expect.poll(() => page.getByTestId('profile-year').inputValue(), poll).toBe('2022');
    await expect.poll(() => page.getByTestId('profile-standing').innerText(), poll).toContain('66,94');
    await page.getByTestId('profile-year').selectOption('2016');

    // VCCI's PCI 2016 workbook: Cần Thơ 61.14, 11th of 63 — written the Vietnamese way.
    const composite = page.getByTestId('rank-table').locator('tr[data-key="score"]');
    await expect.poll(() => composite.innerText(), poll).toContain('61,14');
    expect(await composite.innerText()).toContain('11/63');
    expect(await page.getByTestId('profile-standing').innerText()).toContain('61,14');
    // The three weakest sub-indices are marked in the table.
    expect(await page.getByTestId('rank-table').locator('.ev-ranks__weak').count()).toBe(3);

    for (const chart of ['radar-chart', 'trend-chart', 'trend-sub-chart']) {
      await expect.poll(() => page.getByTestId(chart).getAttribute('data-state'), poll).toBe('drawn');
      await expect.poll(() => painted(page, chart), poll).toBeGreaterThan(2000);
    }
    await expect.poll(() => page.getByTestId('need-list').locator(':scope > li').count(), poll).toBe(8);
    expect(await page.getByTestId('need-method').innerText()).toContain('Điểm nhu cầu = 100 − bình quân phân vị toàn quốc');

    // The rank table as CSV: UTF-8 with a byte-order mark, Vietnamese names intact, figures exact.
    const csv = await download(page, 'rank-export-csv');
    expect(csv.name).toBe('92-pci-2016-63-ranks.csv');
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.bytes.toString('utf8');
    expect(text).toContain('Điểm PCI,61.137');
    expect(text).toContain('Chi phí gia nhập thị trường');
    expect(await noSideScroll(page)).toBe(true);
    await screenshot(page, 'desktop-e1-profile');
  }, 90_000);

  it('draws the profile on a 360 px phone', async () => {
    const page = await open(phone);
    await page.goto(`${t.base}/evidence/provinces/92?index=PCI&year=2016`);
    await expect.poll(() => page.getByTestId('rank-table').locator('tr[data-key="score"]').innerText(), poll).toContain('61,14');
    for (const chart of ['radar-chart', 'trend-chart']) await expect.poll(() => painted(page, chart), poll).toBeGreaterThan(1000);
    expect(await noSideScroll(page)).toBe(true);
    await screenshot(page, 'phone-e1-profile');
  }, 60_000);

  it('ranks PCI 2016 on the 63 and on the 34, with the tile map and the choropleth', async () => {
    const page = await open(desktop);
    await page.getByTestId('nav-evidence').click();
    await page.getByTestId('evidence-index').selectOption('PCI');
    await page.getByTestId('evidence-year').selectOption('2016');
    await expect.poll(() => page.getByTestId('ranking-table').locator('tbody tr').count(), poll).toBe(63);
    expect(await tiles(page)).toBe(63);
    expect(await page.getByTestId('ranking-table').locator('tbody tr').first().innerText()).toMatch(/^1\s+Đà Nẵng\s+70,00/);
    expect(await page.locator('[data-testid="tile"][data-code="92"]').getAttribute('aria-label')).toBe('Cần Thơ: 61,14 điểm, hạng 11');
    await expect.poll(() => painted(page, 'choropleth-chart'), poll).toBeGreaterThan(5000);
    expect(await page.getByTestId('map-attribution').innerText()).toBe('Địa phận tỉnh © Open Development Mekong, CC BY-SA 4.0');
    const xlsx = await download(page, 'ranking-export-xlsx');
    expect(xlsx.name).toBe('pci-2016-63.xlsx');
    expect(xlsx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    await screenshot(page, 'desktop-e2-ranking-63');

    await page.getByTestId('evidence-unit-34').check();
    await expect.poll(() => tiles(page), poll).toBe(34);
    await expect.poll(() => page.getByTestId('ranking-table').locator('tbody tr').count(), poll).toBe(34);
    expect(new URL(page.url()).searchParams.get('unit')).toBe('34');
    expect(await page.getByTestId('method-34').innerText()).toContain('Nghị quyết 202/2025/QH15');
    const canTho = page.getByTestId('ranking-table').locator('tr[data-code="92"]');
    await canTho.getByTestId('constituents').locator('summary').click();
    const formed = await canTho.getByTestId('constituents').innerText();
    for (const name of ['Cần Thơ', 'Hậu Giang', 'Sóc Trăng']) expect(formed).toContain(name);
    await expect.poll(() => painted(page, 'choropleth-chart'), poll).toBeGreaterThan(5000);
    expect(await page.getByTestId('map-attribution').innerText()).toContain('thanglequoc');
    expect(await noSideScroll(page)).toBe(true);
    await screenshot(page, 'desktop-e3-ranking-34');
  }, 90_000);

  it('compares Cần Thơ, Sóc Trăng and Hậu Giang', async () => {
    const page = await open(desktop);
    await page.goto(`${t.base}/evidence/compare?codes=92,94,93&index=PCI`);
    await expect.poll(() => page.getByTestId('compare-table').locator('tbody tr').count(), poll).toBe(3);
    expect(await page.getByTestId('compare-table').innerText()).toContain('Sóc Trăng');
    await expect.poll(() => painted(page, 'compare-bars'), poll).toBeGreaterThan(2000);
    await expect.poll(() => painted(page, 'compare-lines'), poll).toBeGreaterThan(1000);
    await screenshot(page, 'desktop-e4-compare');
  }, 60_000);

  it('lets an administrator import a file and shows every bad row of a refused one', async () => {
    const page = await open(desktop, 'quantri@doithoai.demo');
    await page.goto(`${t.base}/evidence/import`);
    // The very file the demo carries: checked, and left as it is.
    await page.getByTestId('import-file').setInputFiles({ name: '2016.csv', mimeType: 'text/csv', buffer: readFileSync(PAPI_2016_CSV) });
    await page.getByTestId('import-submit').click();
    await expect.poll(() => page.getByTestId('import-report').innerText(), poll).toContain('PAPI 2016');
    expect(await page.getByTestId('import-report').locator('tr[data-outcome="unchanged"]').count()).toBe(1);

    const lines = readFileSync(PAPI_2016_CSV, 'utf8').split('\n');
    lines[3] = lines[3].replace(/^P03,[^,]*/, 'P03,x');
    lines[8] = lines[8].replace(/^P08,[^,]*/, 'P08,-1');
    await page.getByTestId('import-file').setInputFiles({ name: '2016.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
    await page.getByTestId('import-submit').click();
    const problems = page.getByTestId('import-problems').locator('tbody tr');
    await expect.poll(() => problems.count(), poll).toBe(2);
    expect(await problems.first().innerText()).toContain('SC11');
    expect(await page.getByTestId('import-failure').innerText()).toContain('chưa có số liệu nào được ghi');
    // Each problem in the language chosen: Vietnamese first, English after the switch.
    expect(await problems.first().innerText()).toContain('"x" không phải là số');
    await screenshot(page, 'desktop-e5-import');
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => problems.first().innerText(), poll).toContain('"x" is not a number');
    await page.getByTestId('lang-switch').click();
  }, 60_000);

  it('shows the index → priority area mapping read-only on a phone, and lets an administrator edit and reset it', async () => {
    const links = (page: Page, area: string) => page.getByTestId(`mapping-links-${area}`);
    {
      const page = await open(phone);
      await page.goto(`${t.base}/evidence/mapping`);
      await page.getByTestId('area-mapping').waitFor();
      expect(await page.getByTestId('mapping-read-only').innerText()).toContain('Chỉ quản trị viên');
      expect(await page.getByTestId('mapping-state').innerText()).toContain('mặc định');
      expect(await links(page, 'health').innerText()).toContain('Y tế công lập');
      expect(await links(page, 'economy').innerText()).toContain('Chi phí gia nhập thị trường');
      expect(await page.getByTestId('mapping-add-health').count()).toBe(0);
      expect(await page.getByTestId('mapping-save').count()).toBe(0);
      expect(await noSideScroll(page)).toBe(true);
      await screenshot(page, 'phone-e6-mapping');
    }
    const page = await open(desktop, 'quantri@doithoai.demo');
    await page.goto(`${t.base}/evidence/mapping`);
    const social = links(page, 'social-protection');
    await social.locator('li', { hasText: 'Danh sách hộ nghèo' }).getByRole('button').click();
    await page.getByTestId('mapping-add-social-protection').selectOption('PCI:labour-training');
    await page.getByTestId('mapping-add-button-social-protection').click();
    expect(await social.innerText()).toContain('Đào tạo lao động');
    expect(await social.innerText()).not.toContain('Danh sách hộ nghèo');
    await page.getByTestId('mapping-save').click();
    await expect.poll(() => page.getByTestId('mapping-outcome').innerText(), poll).toContain('Đã lưu ánh xạ');
    await expect.poll(() => page.getByTestId('mapping-state').innerText(), poll).toContain('quantri@doithoai.demo');
    await screenshot(page, 'desktop-e6-mapping');

    // Cần Thơ's need score for social protection now rests on labour training.
    await page.goto(`${t.base}/evidence/provinces/92`);
    const need = page.getByTestId('need-list').locator('li[data-area="social-protection"]');
    await expect.poll(() => need.textContent(), poll).toContain('Đào tạo lao động');
    expect(await need.textContent()).not.toContain('Danh sách hộ nghèo');

    await page.getByTestId('need-mapping-link').click();
    await page.getByTestId('mapping-reset').click();
    await expect.poll(() => page.getByTestId('mapping-outcome').innerText(), poll).toContain('mặc định');
    await expect.poll(() => links(page, 'social-protection').innerText(), poll).toContain('Danh sách hộ nghèo');
    expect(await page.getByTestId('mapping-state').innerText()).toContain('Đang dùng ánh xạ mặc định');
  }, 90_000);
});
