// Priority setting in a real browser, on the Cần Thơ demo exercise: the facilitator opens it from the
// space page and walks the five steps — the eight areas; the criteria with the figures behind an
// evidence cell and one of her own scores changed (typed the Vietnamese way, 4,5); the AHP
// questionnaire, with her consistency ratio worked out as she answers, the pairs to revisit named when
// it is too high, and the server's CR once saved; the results, which move with her changes, with a
// scenario of her own added beside the others; and the three report files. Then the same steps on a
// 360 px phone, an observer's read-only view, and a new exercise made with the form on the space page.
// Screenshots of each step at both sizes go to test/e2e/screenshots/.
import { expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { priorities as ahp } from '../../src/core/mcda/ahp';
import { PASSWORD, makeUser } from '../helpers/app';
import { desktop, noSideScroll, painted, phone, poll, screenshot } from '../helpers/browser';
import { describeBrowser } from '../helpers/browser-session';

// Numbers as a Vietnamese reader writes them: 0,043 and 12,5 — never 0.043.
const vi3 = (x: number) => new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(x);

type Results = { scenarios: { key: string; ranking: string[]; scores: Record<string, number>; weights: Record<string, number> }[] };

describeBrowser('priority setting in the staff app', { demo: true }, (t) => {
  let exerciseId = '';
  let spaceId = '';

  const open = (viewport: { width: number; height: number }, email = 'daumoi@cantho.demo', password?: string) => t.open(viewport, { as: email, password });

  const text = (page: Page, testId: string) => page.getByTestId(testId).innerText();
  // The same answers the page shows, fetched with the browser's own session.
  const results = async (page: Page): Promise<Results> => (await page.request.get(`${t.base}/api/priority-exercises/${exerciseId}/results`)).json();

  // A slider on Saaty's scale moved with the keyboard alone: Home is "A extremely more important"
  // (position −8), each ArrowRight one step towards B.
  async function setSlider(slider: Locator, position: number) {
    await slider.focus();
    await slider.press('Home');
    for (let i = -8; i < position; i++) await slider.press('ArrowRight');
  }
  const judgment = (position: number) => (position <= 0 ? 1 - position : 1 / (1 + position));

  it('walks the demo exercise from the space page to the report (desktop)', async () => {
    const page = await open(desktop);
    await page.getByTestId('space-card').filter({ hasText: 'Cần Thơ' }).click();
    await page.getByTestId('space-title').waitFor();
    spaceId = new URL(page.url()).pathname.split('/').pop() as string;
    const link = page.getByTestId('priorities-link').first();
    await link.waitFor();
    await link.click();
    await page.getByTestId('priorities-title').waitFor();
    exerciseId = new URL(page.url()).pathname.split('/').pop() as string;
    expect(await text(page, 'priorities-province')).toBe('Cần Thơ');

    // 1 — the eight priority areas.
    const areas = page.getByTestId('alternatives').locator('li');
    expect(await areas.count()).toBe(8);
    expect(await page.getByTestId('alternatives').innerText()).toContain('Cải cách thủ tục hành chính');
    expect(await noSideScroll(page)).toBe(true);
    await screenshot(page, 'desktop-pr1-alternatives');

    const before = await results(page);
    const equalBefore = before.scenarios.find((s) => s.key === 'equal');
    expect(equalBefore).toBeDefined();

    // 2 — the criteria; the figures behind an evidence cell; one of the facilitator's own scores changed.
    await page.getByTestId('step-next').click();
    await page.getByTestId('criteria-table').waitFor();
    const criteria = await text(page, 'criteria-table');
    for (const name of ['Khoảng cách bằng chứng', 'Mức ủng hộ của các bên', 'Tính cấp bách', 'Chi phí']) expect(criteria).toContain(name);
    expect(criteria).toContain('Càng thấp càng nên ưu tiên');
    await page.getByTestId('values-grid').waitFor();
    await page.getByTestId('cell-evidence-gap-admin-reform').click();
    const figures = page.getByTestId('cell-figures');
    await figures.waitFor();
    expect(await figures.innerText()).toMatch(/PCI|PAPI/);
    expect(await figures.locator('tbody tr').count()).toBeGreaterThan(0);
    // Each figure by its published name, not its key.
    await expect.poll(() => figures.locator('tbody').innerText(), poll).toContain('Thủ tục hành chính công');
    expect(await figures.locator('tbody').innerText()).not.toContain('administrative-procedures');
    // Percentiles and values are written the Vietnamese way.
    expect(await figures.locator('tbody').innerText()).toMatch(/\d,\d/);
    // Administrative reform has no GSO measure: its gap rests on governance figures alone, and says so.
    expect(await figures.getByTestId('cell-proxy-only').innerText()).toContain('chỉ dựa vào chỉ số quản trị');

    const cell = page.getByTestId('cell-urgency-health');
    const old = await cell.inputValue();
    const typed = old === '4,5' ? '2,5' : '4,5';
    await cell.fill(typed);
    // Enter moves down the column, as in a spreadsheet.
    await cell.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('cell-urgency-transport-urban');
    await page.getByTestId('values-save').click();
    await expect.poll(() => text(page, 'values-saved'), poll).toBe('Đã lưu các giá trị.');
    const saved = await (await page.request.get(`${t.base}/api/priority-exercises/${exerciseId}`)).json();
    expect(saved.criteria.find((c: { key: string }) => c.key === 'urgency').values.health).toBe(typed === '4,5' ? 4.5 : 2.5);
    expect(await page.getByTestId('cell-urgency-health').inputValue()).toBe(typed);
    await screenshot(page, 'desktop-pr2-criteria');

    // 3 — the AHP questionnaire: all pairs once, the CR live, then saved.
    await page.getByTestId('step-next').click();
    await page.getByTestId('questionnaire').waitFor();
    const pairs = page.getByTestId('pair');
    const n = await pairs.count();
    const criterionKeys = saved.criteria.map((c: { key: string }) => c.key) as string[];
    expect(n).toBe((criterionKeys.length * (criterionKeys.length - 1)) / 2);
    const sliders = page.getByTestId('pair-slider');
    const keys = await pairs.evaluateAll((items) => items.map((li) => li.getAttribute('data-pair') as string));

    // An intransitive set — A far above B, B far above C, C far above A — must be flagged.
    const positions = keys.map(() => 0);
    const [a, b, c] = criterionKeys;
    positions[keys.indexOf(`${a}>${b}`)] = -8;
    positions[keys.indexOf(`${b}>${c}`)] = -8;
    positions[keys.indexOf(`${a}>${c}`)] = 8;
    for (let i = 0; i < n; i++) await setSlider(sliders.nth(i), positions[i]);
    const bad = ahp(criterionKeys, [Object.fromEntries(keys.map((k, i) => [k, judgment(positions[i])]))]);
    expect(bad.cr).toBeGreaterThan(0.1);
    await expect.poll(() => text(page, 'live-cr'), poll).toContain(`Tỷ số nhất quán CR của bạn: ${vi3(bad.cr)}.`);
    expect(await text(page, 'live-cr')).toContain('Chưa nhất quán (CR > 0,1): nên xem lại.');
    expect(await page.getByTestId('revisit').locator('li').count()).toBeGreaterThan(0);
    expect(await pairs.nth(keys.indexOf(`${a}>${b}`)).getByTestId('pair-words').innerText()).toMatch(/cực kỳ quan trọng hơn so với .+ \(mức 9\/9\)\./);
    await screenshot(page, 'desktop-pr3a-ahp-inconsistent');

    // A consistent answer: urgency well above everything, the rest equal.
    const good = keys.map((k) => (k.startsWith('urgency>') ? -4 : k.endsWith('>urgency') ? 4 : 0));
    for (let i = 0; i < n; i++) if (good[i] !== positions[i]) await setSlider(sliders.nth(i), good[i]);
    const mine = ahp(criterionKeys, [Object.fromEntries(keys.map((k, i) => [k, judgment(good[i])]))]);
    expect(mine.cr).toBeLessThanOrEqual(0.1);
    await expect.poll(() => text(page, 'live-cr'), poll).toContain(`Tỷ số nhất quán CR của bạn: ${vi3(mine.cr)}.`);
    expect(await page.getByTestId('revisit').count()).toBe(0);
    await page.getByTestId('ahp-save').click();
    await expect.poll(() => text(page, 'ahp-saved'), poll).toBe(`Đã lưu. CR của bạn: ${vi3(mine.cr)}.`);
    const me = page.getByTestId('official-row').filter({ hasText: 'Nguyễn Thị Thu Hà' });
    expect(await me.innerText()).toContain(vi3(mine.cr));
    expect(await page.getByTestId('official-row').count()).toBeGreaterThanOrEqual(2);
    expect(await text(page, 'combined-row')).toMatch(/Tổng hợp \(trung bình nhân\)\s+\d,\d{3}/);
    await screenshot(page, 'desktop-pr3b-ahp-saved');

    // 4 — results: the equal-weights scenario moved with the new score, the AHP one with the new weights.
    await page.getByTestId('step-next').click();
    await page.getByTestId('compare-table').waitFor();
    const after = await results(page);
    const equalAfter = after.scenarios.find((s) => s.key === 'equal')!;
    expect(equalAfter.scores.health).not.toBeCloseTo(equalBefore!.scores.health, 6);
    const ahpAfter = after.scenarios.find((s) => s.key === 'ahp')!;
    const ahpBefore = before.scenarios.find((s) => s.key === 'ahp')!;
    expect(ahpAfter.weights.urgency).toBeGreaterThan(ahpBefore.weights.urgency);

    const ranking = page.getByTestId('ranking-table').locator('tbody tr');
    expect(await ranking.count()).toBe(8);
    const firstRow = await ranking.first().innerText();
    // The first row: rank 1, the area the server put first, its score in Vietnamese format, and why.
    const leader = after.scenarios[0].ranking[0];
    expect(await ranking.first().getAttribute('data-key')).toBe(leader);
    expect(firstRow).toMatch(/^1\s/);
    expect(firstRow).toContain(vi3(after.scenarios[0].scores[leader]));
    expect((await ranking.first().locator('.pr-why').innerText()).length).toBeGreaterThan(20);
    await expect.poll(() => painted(page, 'ranking-chart'), poll).toBeGreaterThan(2000);
    const sensitivity = await text(page, 'sensitivity');
    // Figures and their sign held together by a no-break space, so "12,0 %" never wraps apart.
    expect(sensitivity).toMatch(/Thứ tự đứng đầu giữ nguyên khi trọng số của Tính cấp bách nằm trong \d+,\d\u00a0%–\d+,\d\u00a0% \(hiện là \d+,\d\u00a0%\)\./);
    expect(await page.getByTestId('acceptability').locator('tbody tr').count()).toBe(8);
    expect(await page.getByTestId('compare-table').locator('thead th').count()).toBe(1 + after.scenarios.length);
    await screenshot(page, 'desktop-pr4a-results');

    // A scenario of her own: weighted sum with feasibility weighed five times the others.
    await page.getByTestId('scenario-title-vi').fill('Ưu tiên tính khả thi');
    await page.getByTestId('scenario-method').selectOption('weighted-sum');
    await page.getByTestId('scenario-direct').check();
    await page.getByTestId('scenario-weight-feasibility').fill('5');
    await page.getByTestId('scenario-submit').click();
    const header = page.getByTestId('compare-table').locator('thead');
    await expect.poll(() => header.innerText(), poll).toContain('Ưu tiên tính khả thi');
    expect(await page.getByTestId('compare-table').locator('thead th').count()).toBe(2 + after.scenarios.length);
    // The new scenario opens: weights entered directly, feasibility at 5 / (5 + the others at 1).
    const share = (5 / (5 + criterionKeys.length - 1)) * 100;
    const shown = `Tính khả thi: ${new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(share)}\u00a0%`;
    await expect.poll(() => text(page, 'scenario-how'), poll).toContain('trọng số nhập trực tiếp');
    expect(await page.getByTestId('weight-chip').allInnerTexts()).toContain(shown);
    const third = (await results(page)).scenarios.find((s) => s.key === 'uu-tien-tinh-kha-thi');
    expect(third).toBeDefined();
    const column = page.getByTestId('compare-table').locator('tbody tr').first().locator('td').last();
    expect(await column.getAttribute('data-key')).toBe(third!.ranking[0]);
    expect(await noSideScroll(page)).toBe(true);
    await screenshot(page, 'desktop-pr4b-scenarios');

    // 5 — the report, in three formats, each answering.
    await page.getByTestId('step-next').click();
    for (const [kind, type] of [['docx', 'wordprocessingml'], ['pdf', 'pdf'], ['xlsx', 'spreadsheetml']] as const) {
      const href = await page.getByTestId(`report-${kind}`).getAttribute('href');
      expect(href).toBe(`/api/priority-exercises/${exerciseId}/report.${kind}`);
      const res = await page.request.get(`${t.base}${href}`);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toContain(type);
      expect((await res.body()).length).toBeGreaterThan(1000);
    }
    await screenshot(page, 'desktop-pr5-report');
  }, 240_000);

  it('shows every step on a 360 px phone without sideways scrolling', async () => {
    expect(exerciseId).not.toBe('');
    const page = await open(phone);
    const steps = [
      ['alternatives', 'alternatives'],
      ['criteria', 'values-grid'],
      ['weights', 'questionnaire'],
      ['results', 'ranking-table'],
      ['report', 'report-pdf'],
    ] as const;
    for (const [i, [step, ready]] of steps.entries()) {
      await page.goto(`${t.base}/priorities/${exerciseId}?step=${step}`);
      await page.getByTestId(ready).waitFor();
      if (step === 'results') await expect.poll(() => painted(page, 'ranking-chart'), poll).toBeGreaterThan(1000);
      expect(await noSideScroll(page)).toBe(true);
      await screenshot(page, `phone-pr${i + 1}-${step}`);
    }
  }, 120_000);

  it('gives an observer the exercise read-only, in Vietnamese and in English', async () => {
    await makeUser(t.database, 'quansat@cantho.test', { [spaceId]: 'observer' });
    const page = await open(desktop, 'quansat@cantho.test', PASSWORD);
    await page.goto(`${t.base}/priorities/${exerciseId}?step=criteria`);
    await page.getByTestId('values-grid').waitFor();
    expect(await text(page, 'priorities-readonly')).toBe('Chỉ xem');
    expect(await page.getByTestId('values-grid').locator('input').count()).toBe(0);
    expect(await page.getByTestId('values-save').count()).toBe(0);
    await page.goto(`${t.base}/priorities/${exerciseId}?step=weights`);
    await page.getByTestId('officials-table').waitFor();
    expect(await page.getByTestId('questionnaire').count()).toBe(0);
    await page.goto(`${t.base}/priorities/${exerciseId}?step=results`);
    await page.getByTestId('ranking-table').waitFor();
    expect(await page.getByTestId('scenario-form').count()).toBe(0);

    // English second: the same results in English words and English figures.
    const score = (await text(page, 'ranking-table')).match(/\d,\d{3}/)?.[0];
    expect(score).toBeDefined();
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => text(page, 'priorities-step-results'), poll).toContain('Scenarios side by side');
    expect(await text(page, 'ranking-table')).toContain(score!.replace(',', '.'));
    expect(await text(page, 'sensitivity')).toMatch(/The first place holds while the weight of Urgency lies within \d+\.\d%–\d+\.\d% \(now \d+\.\d%\)\./);
    expect(await text(page, 'priorities-readonly')).toBe('View only');
    await screenshot(page, 'desktop-pr6-results-en-observer');
  }, 60_000);

  it('creates a new exercise from the space page (phone)', async () => {
    const page = await open(phone);
    await page.getByTestId('space-card').filter({ hasText: 'Cần Thơ' }).click();
    await page.getByTestId('priorities-create').click();
    // Nothing typed: the form says what is missing, in Vietnamese.
    await page.getByTestId('priorities-form-submit').click();
    expect(await page.getByTestId('priorities-form').innerText()).toContain('Vui lòng nhập tên bằng tiếng Việt.');
    await page.getByTestId('priorities-form-title-vi').fill('Ưu tiên năm 2025 – thử nghiệm');
    await expect.poll(() => page.getByTestId('priorities-form-province').inputValue(), poll).toBe('92');
    await expect.poll(() => page.getByTestId('priorities-form-consultation').locator('option').count(), poll).toBeGreaterThan(1);
    await page.getByTestId('priorities-form-consultation').selectOption({ index: 1 });
    await screenshot(page, 'phone-pr0-create');
    await page.getByTestId('priorities-form-submit').click();
    await expect.poll(() => text(page, 'priorities-title'), poll).toBe('Ưu tiên năm 2025 – thử nghiệm');
    expect(await page.getByTestId('alternatives').locator('li').count()).toBe(8);
    await page.getByTestId('step-criteria').click();
    const criteria = await text(page, 'criteria-table');
    expect(criteria).toContain('Mức ủng hộ của các bên');
    expect(criteria).toContain('Tiềm năng đột phá');
    expect(await noSideScroll(page)).toBe(true);
  }, 60_000);
});
