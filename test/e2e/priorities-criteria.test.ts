// The facilitator changes the criteria of the Cần Thơ demo exercise in a real browser: she adds a
// stakeholder-support criterion counting one group of the demo consultation (its column arrives in the
// grid with the figures the server computes), adds one of her own (a cost, its key made from the
// Vietnamese title, its values typed in the grid), renames one, removes what she added, and then
// removes down to three criteria, where removing stops. The settings panel changes the evidence year
// and shows the server's refusal, in Vietnamese or English, when the consultation is unlinked while a
// criterion still needs it. Screenshots at 1280 px and 360 px go to test/e2e/screenshots/.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { desktop, noSideScroll, phone, poll, screenshot } from '../helpers/browser';
import { describeBrowser } from '../helpers/browser-session';

type Criterion = { key: string; title: { vi: string; en: string }; kind: string; direction: string; group?: string | null; values?: Record<string, number> };
type Exercise = { id: string; year: number | null; consultationId: string | null; criteria: Criterion[] };
type Matrix = { alternatives: { key: string }[]; criteria: Criterion[]; values: (number | null)[][] };

describeBrowser('the criteria editor and settings of a priority exercise', { demo: true }, (t) => {
  let exerciseId = '';

  const open = (viewport: { width: number; height: number }) => t.open(viewport, { as: 'daumoi@cantho.demo' });

  const get = async <T,>(page: Page, path: string): Promise<T> => (await page.request.get(`${t.base}${path}`)).json() as Promise<T>;
  const exercise = (page: Page) => get<Exercise>(page, `/api/priority-exercises/${exerciseId}`);
  const row = (page: Page, key: string) => page.getByTestId('criterion').and(page.locator(`[data-key="${key}"]`));

  it('adds, fills, renames and removes criteria, never below three (desktop)', async () => {
    const page = await open(desktop);
    await page.getByTestId('space-card').filter({ hasText: 'Cần Thơ' }).click();
    const link = page.getByTestId('priorities-link').first();
    await link.waitFor();
    await link.click();
    await page.getByTestId('priorities-title').waitFor();
    exerciseId = new URL(page.url()).pathname.split('/').pop() as string;
    await page.getByTestId('step-criteria').click();
    await page.getByTestId('values-grid').waitFor();
    const start = await exercise(page);
    expect(start.consultationId).not.toBeNull();
    const startKeys = start.criteria.map((c) => c.key);
    expect(await page.getByTestId('criterion').count()).toBe(startKeys.length);

    // A stakeholder-support criterion counting only the citizens' ballots.
    await page.getByTestId('criterion-add-vi').fill('Ủng hộ của người dân');
    await page.getByTestId('criterion-add-kind').selectOption('stakeholder-support');
    await expect.poll(() => page.getByTestId('criterion-add-group').locator('option').count(), poll).toBe(5);
    await page.getByTestId('criterion-add-group').selectOption({ label: 'Người dân' });
    await page.getByTestId('criterion-add-submit').click();
    await expect.poll(() => page.getByTestId('criterion-add-note').innerText(), poll).toBe('Đã thêm tiêu chí “Ủng hộ của người dân”.');
    const key = 'ung-ho-cua-nguoi-dan';
    expect(await row(page, key).getByTestId('criterion-group').innerText()).toBe('Người dân');
    const saved = await exercise(page);
    expect(saved.criteria.find((c) => c.key === key)).toMatchObject({ kind: 'stakeholder-support', group: 'nguoi-dan', direction: 'benefit', title: { vi: 'Ủng hộ của người dân', en: 'Ủng hộ của người dân' } });

    // Its column in the grid, with the server's figures, which differ from the all-groups column.
    const grid = page.getByTestId('values-grid');
    await grid.locator(`thead th[data-key="${key}"]`).waitFor();
    const matrix = await get<Matrix>(page, `/api/priority-exercises/${exerciseId}/matrix`);
    const col = matrix.criteria.findIndex((c) => c.key === key);
    const overall = matrix.criteria.findIndex((c) => c.key === 'stakeholder-support');
    const figures = matrix.values.map((r) => r[col]);
    expect(figures.every((v) => typeof v === 'number')).toBe(true);
    expect(figures).not.toEqual(matrix.values.map((r) => r[overall]));
    const health = matrix.alternatives.findIndex((a) => a.key === 'health');
    const shown = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(figures[health] as number);
    await expect.poll(() => page.getByTestId(`cell-${key}-health`).innerText(), poll).toBe(shown);
    await page.getByTestId(`cell-${key}-health`).click();
    expect(await page.getByTestId('cell-figures').innerText()).toContain('Người dân');
    expect(await noSideScroll(page)).toBe(true);
    await screenshot(page, 'desktop-pr2c-criteria-added');

    // One of her own, a cost: its key from the title without marks; its cells start empty and must be filled.
    await page.getByTestId('criterion-add-vi').fill('Tác động môi trường');
    await page.getByTestId('criterion-add-kind').selectOption('custom');
    await page.getByTestId('criterion-add-direction').selectOption('cost');
    await page.getByTestId('criterion-add-submit').click();
    const own = 'tac-dong-moi-truong';
    await page.getByTestId(`cell-${own}-health`).waitFor();
    expect(await page.getByTestId(`cell-${own}-health`).inputValue()).toBe('');
    expect(await page.getByTestId('criterion-add-note').innerText()).toContain('Nhập giá trị cho từng phương án');
    await page.getByTestId('values-save').click();
    expect(await page.getByRole('alert').filter({ hasText: 'Có ô chưa phải là số' }).count()).toBe(1);
    expect((await exercise(page)).criteria.some((c) => c.key === own)).toBe(false);
    const alternatives = matrix.alternatives.map((a) => a.key);
    for (const [i, a] of alternatives.entries()) await page.getByTestId(`cell-${own}-${a}`).fill(`${i + 1},5`);
    await page.getByTestId('values-save').click();
    await expect.poll(() => page.getByTestId('values-saved').count(), poll).toBe(1);
    const withOwn = (await exercise(page)).criteria.find((c) => c.key === own);
    expect(withOwn).toMatchObject({ kind: 'custom', direction: 'cost', title: { vi: 'Tác động môi trường', en: 'Tác động môi trường' } });
    expect(withOwn?.values?.[alternatives[0]]).toBe(1.5);
    expect(await row(page, own).innerText()).toContain('Càng thấp càng nên ưu tiên');
    // Saved: the reminder to type its values is gone.
    expect(await page.getByTestId('criterion-add-note').count()).toBe(0);
    await screenshot(page, 'desktop-pr2d-criteria-own');

    // Renamed, with an English name of its own.
    await row(page, own).getByTestId('criterion-edit').click();
    const form = row(page, own).getByTestId('criterion-form');
    await form.getByLabel('Tên tiêu chí (tiếng Việt)').fill('Tác động tới môi trường');
    await form.getByLabel(/Tên tiêu chí \(tiếng Anh/).fill('Environmental impact');
    await form.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await expect.poll(async () => (await exercise(page)).criteria.find((c) => c.key === own)?.title, poll).toEqual({ vi: 'Tác động tới môi trường', en: 'Environmental impact' });
    expect(await row(page, own).locator('h3').innerText()).toBe('Tác động tới môi trường');
    // The keyboard stays where it was: back on the row's own "Sửa".
    await expect.poll(() => page.evaluate(() => `${document.activeElement?.closest('[data-key]')?.getAttribute('data-key')} ${document.activeElement?.getAttribute('data-testid')}`), poll).toBe(`${own} criterion-edit`);

    // Both removed again; the grid loses their columns.
    for (const k of [key, own]) {
      await row(page, k).getByTestId('criterion-remove').click();
      await expect.poll(() => row(page, k).count(), poll).toBe(0);
    }
    await expect.poll(() => grid.locator(`thead th[data-key="${key}"]`).count(), poll).toBe(0);
    // After a removal the keyboard lands on the add form, not on the page's top.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('pr-ca-vi');
    expect((await exercise(page)).criteria.map((c) => c.key)).toEqual(startKeys);

    // Down to three: then every remove button is off and the page says why.
    for (const k of startKeys.slice(3)) {
      await row(page, k).getByTestId('criterion-remove').click();
      await expect.poll(() => row(page, k).count(), poll).toBe(0);
    }
    expect((await exercise(page)).criteria).toHaveLength(3);
    const removes = page.getByTestId('criterion-remove');
    expect(await removes.count()).toBe(3);
    for (let i = 0; i < 3; i++) expect(await removes.nth(i).isDisabled()).toBe(true);
    expect(await page.getByTestId('criteria-min').innerText()).toBe('Cần ít nhất 3 tiêu chí (yêu cầu của AHP), nên chưa thể xóa thêm.');
    // The server refuses two as well.
    const two = (await exercise(page)).criteria.slice(0, 2);
    const refused = await page.request.put(`${t.base}/api/priority-exercises/${exerciseId}/criteria`, {
      data: { criteria: two },
      headers: { 'x-csrf-token': (await get<{ csrfToken: string }>(page, '/api/me')).csrfToken },
    });
    expect(refused.status()).toBe(400);
    expect((await exercise(page)).criteria).toHaveLength(3);
    await screenshot(page, 'desktop-pr2e-criteria-three');
  }, 240_000);

  it('changes the evidence year in the settings and shows the server refusing to unlink the consultation', async () => {
    const page = await open(phone);
    await page.goto(`${t.base}/priorities/${exerciseId}?step=criteria`);
    await page.getByTestId('values-grid').waitFor();
    await page.getByTestId('settings-toggle').click();
    await page.getByTestId('settings-year').selectOption('2020');
    await page.getByTestId('settings-submit').click();
    await expect.poll(() => page.getByTestId('settings-saved').count(), poll).toBe(1);
    expect((await exercise(page)).year).toBe(2020);
    expect(await page.locator('.c-facts').innerText()).toContain('Số liệu đến năm 2020');
    expect(await noSideScroll(page)).toBe(true);

    // Unlinking the consultation while "Mức ủng hộ của các bên" needs it: the server's sentence, in Vietnamese.
    await page.getByTestId('settings-consultation').selectOption('');
    await page.getByTestId('settings-submit').click();
    const error = page.getByTestId('settings-error');
    await expect.poll(() => error.count(), poll).toBe(1);
    expect(await error.innerText()).toBe('Bài toán xếp thứ tự ưu tiên không hợp lệ: tiêu chí "Mức ủng hộ của các bên" cần một cuộc tham vấn được liên kết với bài toán.');
    expect((await exercise(page)).consultationId).not.toBeNull();
    expect(await noSideScroll(page)).toBe(true);
    await screenshot(page, 'phone-pr2f-settings-refused');

    // In English the same refusal reads in English.
    await page.getByTestId('lang-switch').click();
    await page.getByTestId('settings-submit').click();
    await expect.poll(() => error.innerText(), poll).toBe('The priority exercise is not valid: the criterion "Stakeholder support" needs a consultation linked to the exercise.');
    await page.getByTestId('lang-switch').click();

    // The criteria editor at 360 px: three criteria left, all within the screen.
    await page.getByTestId('settings-toggle').click();
    await page.getByTestId('criterion-add').waitFor();
    expect(await noSideScroll(page)).toBe(true);
    await screenshot(page, 'phone-pr2g-criteria-editor');
  }, 120_000);
});

