// The contributions panel of a forum's staff page in a real browser, on the demo's 2021 dialogue: the
// six illustrative contributions marked so; a search without diacritics finds by the folded words; the
// Cần Thơ facilitator adds one with a PDF through the form, and it is found by "dat dai" and its paper
// downloads as uploaded; a text file named .pdf is refused with the Vietnamese sentence and nothing
// added. The same panel at 360 px has no side scroll. Screenshots go to test/e2e/screenshots/.
import { expect, it } from 'vitest';
import { createPdf, FONT, pdfBytes } from '../../src/reports/pdf';
import { signIn } from '../helpers/app';
import { DEMO_PASSWORD, describeBrowser } from '../helpers/browser-session';
import { desktop, noSideScroll, phone, poll, screenshot } from '../helpers/browser';

describeBrowser('forum contributions in the staff app', { demo: true }, (t) => {
  let forumPath = '';

  it('lists, searches and adds contributions with their paper (desktop)', async () => {
    const { headers } = await signIn(t.app, 'daumoi@cantho.demo', DEMO_PASSWORD);
    const spaces = (await t.app.inject({ method: 'GET', url: '/api/spaces', headers })).json().spaces as { id: string; slug: string }[];
    const cantho = spaces.find((s) => s.slug === 'can-tho-uu-tien-2024')!;
    const [forum] = (await t.app.inject({ method: 'GET', url: `/api/spaces/${cantho.id}/forums`, headers })).json().forums;
    forumPath = `/forums/${forum.id}`;
    const page = await t.open(desktop, { as: 'daumoi@cantho.demo' });
    await page.goto(`${t.base}${forumPath}`);
    const panel = page.getByTestId('forum-contributions');
    const titles = () => panel.getByTestId('contribution-title').allInnerTexts();
    await expect.poll(() => panel.getByTestId('contribution').count(), poll).toBe(6);
    expect(await panel.getByTestId('contribution').first().innerText()).toContain('minh họa');

    await page.getByTestId('contribution-search').fill('ky nang so');
    await expect.poll(titles, poll).toEqual(['Bồi dưỡng kỹ năng số cho cán bộ, công chức']);

    const doc = createPdf({ title: 'Tham luận', createdAt: new Date('2027-03-15T02:00:00Z') });
    doc.addPage().font(FONT.regular).fontSize(12).text('Giao đất, cho thuê đất ở Cần Thơ');
    const pdf = await pdfBytes(doc);
    await page.getByTestId('contribution-search').fill('');
    await page.getByTestId('contribution-title-input').fill('Thủ tục giao đất, cho thuê đất đai cho nhà đầu tư');
    await page.getByTestId('contribution-speaker').fill('Đại diện Sở Tài nguyên và Môi trường');
    await page.getByTestId('contribution-organisation').fill('UBND thành phố Cần Thơ');
    await page.getByTestId('contribution-session').selectOption({ label: 'Phiên 2: Khai thác tiềm năng tăng trưởng xanh' });
    await page.getByTestId('contribution-file-input').setInputFiles({ name: 'Tham luận Sở TN&MT.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.getByTestId('contribution-add').click();
    await expect.poll(() => panel.getByTestId('contribution').count(), poll).toBe(7);

    await page.getByTestId('contribution-search').fill('dat dai');
    await expect.poll(titles, poll).toContain('Thủ tục giao đất, cho thuê đất đai cho nhà đầu tư');
    expect((await titles()).every((title) => !title.includes('Tín dụng xanh'))).toBe(true);
    const added = panel.getByTestId('contribution').filter({ hasText: 'Thủ tục giao đất' });
    expect(await added.innerText()).toContain('Đại diện Sở Tài nguyên và Môi trường · UBND thành phố Cần Thơ · Phiên 2: Khai thác tiềm năng tăng trưởng xanh');
    const href = await added.getByTestId('contribution-file').getAttribute('href');
    const download = await page.request.get(`${t.base}${href}`);
    expect(download.status()).toBe(200);
    expect(Buffer.compare(await download.body(), pdf)).toBe(0);
    await screenshot(page, 'forum-contributions-desktop');

    await page.getByTestId('contribution-search').fill('');
    await page.getByTestId('contribution-title-input').fill('Tệp giả');
    await page.getByTestId('contribution-speaker').fill('Ông Ba');
    await page.getByTestId('contribution-file-input').setInputFiles({ name: 'gia.pdf', mimeType: 'application/pdf', buffer: Buffer.from('chỉ là chữ') });
    await page.getByTestId('contribution-add').click();
    await expect.poll(() => page.getByTestId('contribution-form').getByRole('alert').innerText(), poll).toContain('không phải tệp PDF');
    expect(await panel.getByTestId('contribution').count()).toBe(7);
    await page.close();
  });

  it('fits a phone (360 px)', async () => {
    const page = await t.open(phone, { as: 'daumoi@cantho.demo' });
    await page.goto(`${t.base}${forumPath}`);
    await expect.poll(() => page.getByTestId('contribution').count(), poll).toBeGreaterThan(0);
    expect(await noSideScroll(page)).toBe(true);
    await page.getByTestId('contribution-form').scrollIntoViewIfNeeded();
    await screenshot(page, 'forum-contributions-phone');
    await page.close();
  });
});
