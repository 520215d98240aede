// Consultations in a real browser. At phone size: a facilitator creates a consultation in the Cần Thơ
// demo space, opens it and makes invitations; two delegates vote from their phones through the
// links shown; the projector view follows the ballots live; the results show the counts. At desktop
// size: the association's published cluster conference, per cluster, with its chart drawn, and its
// projector view at 1280×720. Screenshots of each page go to test/e2e/screenshots/.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { desktop, noSideScroll, phone, poll, screenshot } from '../helpers/browser';
import { describeBrowser } from '../helpers/browser-session';

// Waits, never fixed delays: a slow machine only makes the test slower, not red. Anything the page
// fetches after it first renders (the results panel, the live connection) is polled, not read once.

const title = 'Hội nghị cụm thử nghiệm: chọn 2–3 khuyến nghị';
const options = ['Phân cấp mạnh hơn cho đô thị', 'Một cửa liên thông trực tuyến', 'Liên kết du lịch trong cụm', 'Hỗ trợ doanh nghiệp nhỏ và vừa'];
const clusters = ['Cụm Tây Nam Bộ', 'Cụm Đông Bắc'];

describeBrowser('consultations in the staff app', { demo: true }, (t) => {

  const text = (page: Page, testId: string) => page.getByTestId(testId).innerText();

  // A delegate on a phone: opens the link as given, ticks the options, sends the server-rendered form.
  async function vote(link: string, ticks: string[], shots?: { ballot: string; receipt: string }) {
    const page = await t.open(phone);
    await page.goto(link);
    expect(await page.locator('h1').innerText()).toContain(title);
    expect(await page.locator('legend').innerText()).toContain('Chọn từ 2 đến 3 phương án.');
    for (const option of ticks) await page.getByLabel(option).check();
    if (shots) await screenshot(page, shots.ballot);
    await page.getByRole('button', { name: 'Gửi phiếu' }).click();
    await page.locator('[data-receipt]').waitFor();
    expect(await page.locator('h1').innerText()).toBe('Đã ghi nhận phiếu của bạn');
    expect((await page.locator('[data-receipt]').innerText()).trim().length).toBeGreaterThan(4);
    if (shots) await screenshot(page, shots.receipt);
  }

  it('creates, opens and invites; two phones vote; the projector counts 1 then 2; results show it (phone)', async () => {
    const page = await t.open(phone, { as: 'daumoi@cantho.demo' });
    await page.getByTestId('space-card').filter({ hasText: 'Cần Thơ' }).click();
    await page.getByTestId('consultation-link').first().waitFor();
    expect(await text(page, 'consultations')).toContain('Tham vấn xếp thứ tự tám lĩnh vực ưu tiên của Cần Thơ');
    expect(await text(page, 'consultations')).toContain('247 phiếu');

    await page.getByTestId('create-consultation').click();
    await page.getByTestId('create-form').waitFor();
    // Sent empty, the form says what is missing and nothing is created.
    await page.getByTestId('create-submit').click();
    expect(await text(page, 'create-error')).toBe('Vui lòng nhập tiêu đề tiếng Việt.');
    expect(await page.getByTestId('c-title-vi').getAttribute('aria-invalid')).toBe('true');
    await page.getByTestId('c-title-vi').fill(title);
    await page.getByTestId('c-title-en').fill('Test cluster conference: pick 2–3 recommendations');
    await page.getByTestId('option-add').click();
    await page.getByTestId('option-add').click();
    for (const [i, name] of options.entries()) await page.getByTestId('option-vi').nth(i).fill(name);
    await page.getByTestId('c-min').fill('2');
    await page.getByTestId('c-max').fill('3');
    for (const [i, name] of clusters.entries()) {
      await page.getByTestId('cluster-add').click();
      await page.getByTestId('cluster-vi').nth(i).fill(name);
    }
    expect(await noSideScroll(page)).toBe(true);
    await screenshot(page, 'phone-c1-create-form');

    await page.getByTestId('create-submit').click();
    await page.waitForURL(/\/consultations\/[0-9a-f-]{36}$/);
    const consultationUrl = page.url();
    await expect.poll(() => text(page, 'consultation-title'), poll).toBe(title);
    expect(await text(page, 'consultation-status')).toBe('Bản nháp');
    await expect.poll(() => text(page, 'results'), poll).toContain('Chưa có phiếu nào.');

    await page.getByTestId('lifecycle-open').click();
    await expect.poll(() => text(page, 'consultation-status'), poll).toBe('Đang nhận phiếu');
    await page.getByTestId('lifecycle-close').waitFor();

    await page.getByTestId('invite-count').fill('2');
    await page.getByTestId('invite-cluster').selectOption({ label: clusters[0] });
    await page.getByTestId('invite-create').click();
    await expect.poll(() => page.getByTestId('invitation-link').count(), poll).toBe(2);
    expect(await text(page, 'invitation-links')).toContain(`Đã tạo 2 đường dẫn mời · ${clusters[0]}`);
    const links = await page.getByTestId('invitation-link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const link of links) expect(link).toMatch(new RegExp(`^${t.base}/vote/[A-Za-z0-9_-]+$`));
    expect(await page.getByTestId('invitation-link').first().innerText()).toBe(links[0]);
    expect(await noSideScroll(page)).toBe(true);
    await screenshot(page, 'phone-c2-consultation-invitations');

    await vote(links[0], [options[0], options[2]], { ballot: 'phone-c3-ballot', receipt: 'phone-c4-receipt' });

    await page.getByTestId('projector-link').click();
    await page.waitForURL(/\/projector$/);
    await expect.poll(() => text(page, 'projector-ballots'), poll).toBe('1');
    expect(await page.locator('.site-header').count()).toBe(0);
    expect(await page.getByTestId('projector-part').count()).toBe(2);
    expect(await text(page, 'projector-board')).toContain(options[0]);
    await screenshot(page, 'phone-c5-projector-1-ballot');

    await vote(links[1], [options[0], options[2]]);
    await expect.poll(() => text(page, 'projector-ballots'), poll).toBe('2');
    await expect.poll(() => page.getByTestId('projector-value').allInnerTexts(), poll).toEqual(['2', '0', '2', '0']);
    await expect.poll(() => text(page, 'projector-connection'), poll).toBe('Trực tiếp');
    expect(await noSideScroll(page)).toBe(true);
    await screenshot(page, 'phone-c6-projector-2-ballots');

    await page.goto(consultationUrl);
    await page.getByTestId('results-table').waitFor();
    expect(await text(page, 'consultation-ballots')).toBe('2 phiếu');
    expect(await text(page, 'results-method')).toContain('Phương pháp: Đếm phiếu tán thành (approval); mọi phiếu có giá trị như nhau; tính trên 2 phiếu.');
    const rows = page.getByTestId('results-table').locator('tbody tr');
    expect(await rows.count()).toBe(4);
    for (const i of [0, 1]) {
      expect(await rows.nth(i).innerText()).toMatch(new RegExp(`${options[[0, 2][i]]}[\\s\\S]*Số phiếu tán thành\\s+2[\\s\\S]*100 %`));
    }
    expect(await rows.nth(2).innerText()).toMatch(/Số phiếu tán thành\s+0/);
    await page.getByTestId('results-by').selectOption('cluster');
    await expect.poll(() => page.getByTestId('results-part').count(), poll).toBe(2);
    // Two ballots in one cluster and none in the other: both fewer than the minimum (5), so withheld.
    expect(await rows.first().innerText()).toMatch(/Cụm Tây Nam Bộ \(ít hơn 5 phiếu\)\s+—[\s\S]*Cụm Đông Bắc \(ít hơn 5 phiếu\)\s+—/);
    expect(await page.getByTestId('results-part').allInnerTexts()).toEqual(['Cụm Tây Nam Bộ\nít hơn 5 phiếu', 'Cụm Đông Bắc\nít hơn 5 phiếu']);
    await page.getByTestId('results-chart').and(page.locator('[data-state="drawn"]')).waitFor();
    expect(await noSideScroll(page)).toBe(true);
    await screenshot(page, 'phone-c7-results');
  }, 180_000);

  it('shows the association’s published conference per cluster, with its chart and projector view (desktop)', async () => {
    const page = await t.open(desktop);
    // A delegate: may read the published results, may not run the consultation.
    await t.signInOn(page, 'daibieu@acvn.demo');
    await page.getByTestId('space-card').filter({ hasText: 'Hội nghị cụm' }).click();
    await page.getByTestId('consultation-link').filter({ hasText: 'Phiếu chọn khuyến nghị ưu tiên tại các hội nghị cụm 2017' }).click();
    await page.getByTestId('results-table').waitFor();
    expect(await text(page, 'consultation-status')).toBe('Đã công bố');
    await page.getByTestId('illustrative-badge').waitFor();
    expect(await page.getByTestId('lifecycle').count()).toBe(0);
    expect(await page.getByTestId('invitations').count()).toBe(0);
    expect(await text(page, 'results-method')).toContain('tính trên 136 phiếu');
    const first = page.getByTestId('results-table').locator('tbody tr').first();
    expect(await first.innerText()).toMatch(/1\s+đồng hạng[\s\S]*Phân cấp, ủy quyền mạnh hơn[\s\S]*57\s+41,9 %/);

    await page.getByTestId('results-by').selectOption('cluster');
    await expect.poll(() => page.getByTestId('results-part').allInnerTexts(), poll).toEqual([
      'Cụm đô thị Đông Bắc\n46 phiếu',
      'Cụm đô thị Tây Bắc\n38 phiếu',
      'Cụm đô thị Tây Nam Bộ\n52 phiếu',
    ]);
    const linkage = page.getByTestId('results-table').locator('tbody tr').filter({ hasText: 'Liên kết các đô thị trong cụm' });
    expect(await linkage.innerText()).toMatch(/Liên kết các đô thị trong cụm về du lịch và thương mại\s+57\s+41,9 %\s+9\s+15\s+33$/);

    const chart = page.getByTestId('results-chart').and(page.locator('[data-state="drawn"]'));
    await chart.waitFor();
    // The canvas has been painted: a blank one would have no opaque pixel.
    const painted = await chart.locator('canvas').first().evaluate((canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let opaque = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) opaque++;
      return { opaque, width: canvas.width, height: canvas.height };
    });
    expect(painted.width).toBeGreaterThan(400);
    expect(painted.height).toBeGreaterThan(300);
    expect(painted.opaque).toBeGreaterThan(10_000);
    expect(await page.getByTestId('download-csv').getAttribute('href')).toMatch(/\/ballots\.csv$/);
    await screenshot(page, 'desktop-c1-results-by-cluster');

    await page.getByTestId('lang-switch').click();
    await expect.poll(() => text(page, 'results-method'), poll).toContain('Method: Approval count; every ballot counts equally; counted over 136 ballots.');
    expect(await first.innerText()).toContain('41.9%');
    await page.getByTestId('lang-switch').click();

    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByTestId('projector-link').click();
    await expect.poll(() => text(page, 'projector-ballots'), poll).toBe('136');
    expect(await page.getByTestId('projector-part').count()).toBe(3);
    expect(await page.getByTestId('projector-row').count()).toBe(8);
    // The whole board is on one 1280×720 screen: nothing to scroll to in either direction.
    expect(await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight])).toEqual([1280, 720]);
    await screenshot(page, 'desktop-c2-projector-720p');
  }, 120_000);
});
