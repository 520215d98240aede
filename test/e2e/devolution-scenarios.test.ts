// Issue 17's scenario screens, in a real browser on the demo's decentralisation pilot (can-tho-phan-cap-2022):
// the facilitator renames "Thí điểm 2022", adds a move with its own phase, day and investment and edits
// another's investment, and sees the analysis change; the server refuses the scenario moved to a day after
// the district level ended; a scratch scenario shows a receiving level whose load rises and the activities
// stranded at the district level, then is deleted after a confirmation; weights and method change the
// ranking, and the sensitivity is said in words. Screenshots devolution-scenarios-N-*.png, 1280 and 360 px.
//
// Figures by hand from the demo's inventory (src/modules/demo/demo.devolution.ts, cases a year / staff / budget):
// district before: NK-01.1 2 400/6/1 200, NK-02.1 1 500/8/1 600, NK-03.1 4 200/10/1 800, CR-01.1 1 100/4/700,
// CR-02.1 900/6/1 100, CR-03.1 2 600/7/1 200 → 12 700 cases, 41 staff, 7 600, six functions; 12 700 / 41 = 309,8.
// The pilot moves XD-01.2 (450/5/900) and GT-01.2 (320/9/14 000) in, NK-02.1 and CR-02.1 out:
// 12 700 + 450 + 320 − 1 500 − 900 = 11 070 cases, 41 + 5 + 9 − 8 − 6 = 41 staff → 270 per staff member.
// Adding TN-01.1 (900/8/1 600, province → district): 11 970 cases, 49 staff → 244,3; budget 7 600 + 900 +
// 14 000 + 1 600 − 1 600 − 1 100 = 21 400; functions NK-01, CR-01, NK-03, CR-03 + XD-01, GT-01, TN-01 = 7.
// Natural resources at the district: 6 800/17/3 000, two functions → 7 700/25/4 600, three.
// Roadmap: phase 1 1 200 + 3 200 (GT-01.2's investment edited from 3 000) = 4 400; phase 2 600 + 400 = 1 000;
// phase 3 1 500; total 6 900.
// The scratch scenario (1 July 2025) moves PH-01.1 (8 000/6, commune) to the province: province 60 + 45 + 15 +
// 450 + 900 + 30 + 320 = 1 820 cases, 3 + 4 + 1 + 5 + 8 + 2 + 9 = 32 staff → 56,9; after 9 820 / 38 = 258,4:
// heavier. Its day is after 30 June 2025 and it moves no district activity: all six are stranded.
// Comparison (criterion sums: current 0 everywhere; pilot 7, −2, −1, −3, 4; two-tier 7, 2, −1, −2, 4; the new
// move scores 0). Weighted sum, min–max normalised (src/core/mcda/weighted-sum.ts): per criterion current
// (0; 0,5; 1; 1; 0), pilot (1; 0; 0; 0; 1), two-tier (1; 1; 0; 1/3; 1). Equal weights: 0,5 / 0,4 / 0,667. Capacity
// weight 3, others 1 (3/7 and 1/7): current (1,5 + 3)/7 = 0,643, pilot 2/7 = 0,286, two-tier (3 + 1)/7 = 0,571.
// Sensitivity at equal weights, capacity t, others (1 − t)/4: two-tier 0,75(1 − t) + t/3 ≥ current
// 0,375(1 − t) + t while t ≤ 0,36, and always ≥ pilot 0,5(1 − t): first from 0 % to 36 % (a no-break space before
// each %, so that a phone does not break "36 %" in two).
// TOPSIS (Hwang & Yoon; src/core/mcda/topsis.ts: columns over their Euclidean norm, weighted, closeness
// d− / (d+ + d−)): norms √98, √8, √2, √13, √32. Equal weights 0,2: two-tier d+ = √(0,02 + 0,0123) = 0,1797,
// d− = √(0,02 + 0,08 + 0,0031 + 0,02) = 0,3508 → 0,661; current d+ = √0,06 = 0,2449, d− = √(0,04 + 0,0277) =
// 0,2602 → 0,515; pilot d+ = √(0,08 + 0,02 + 0,0277) = 0,3573, d− = √0,04 = 0,2 → 0,359. Capacity 3/7, others
// 1/7: current d+ = √(3 · 0,0102) = 0,1750, d− = √(2 · 0,0102 + 0,1272) = 0,3841 → 0,687; two-tier d+ =
// √(0,0102 + 0,0565) = 0,2583, d− = √(0,0102 + 0,0408 + 0,0141 + 0,0102) = 0,2744 → 0,515; pilot d+ =
// √(0,0408 + 0,0102 + 0,1272) = 0,4222, d− = √(2 · 0,0102) = 0,1429 → 0,253.
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeBrowser } from '../helpers/browser-session';
import { desktop, noSideScroll, phone, poll, screenshot } from '../helpers/browser';
import { rowsOf } from '../helpers/forums';

describeBrowser('decentralisation scenarios edited, analysed and compared', { demo: true }, (t) => {
  it('renames a scenario, adds and edits moves, reads the analysis, deletes a scratch one and re-weighs the comparison', { timeout: 240_000 }, async () => {
    const [space] = await rowsOf<{ id: string }>(t, sql`select id from spaces where slug = 'can-tho-phan-cap-2022'`);
    const fac = await t.open(desktop, { as: 'quantri@doithoai.demo' });
    await fac.goto(`${t.base}/spaces/${space.id}`);
    const analysis = fac.getByTestId('devolution-analysis');
    const tds = async (testId: string) => (await analysis.getByTestId(testId).locator('td').allInnerTexts()).map((s) => s.trim());
    // the pilot as the demo has it: the district receives two activities, 270 cases per staff member after
    await analysis.getByLabel('Kịch bản được phân tích').selectOption({ label: 'Thí điểm 2022' });
    await expect.poll(() => tds('devolution-capacity-district'), poll).toEqual(['2', '309,8 (12.700 hồ sơ / 41 biên chế)', '270 (11.070 hồ sơ / 41 biên chế)', 'Không tăng']);

    // rename, one more move with its own phase, day and investment, another move's investment edited
    const builder = fac.getByTestId('devolution-builder');
    await builder.getByLabel('Chọn kịch bản để sửa').selectOption({ label: 'Thí điểm 2022' });
    await expect.poll(() => builder.getByLabel('Tên kịch bản').inputValue(), poll).toBe('Thí điểm 2022');
    await builder.getByLabel('Tên kịch bản').fill('Thí điểm quận 2022');
    await builder.getByLabel('Hoạt động', { exact: true }).selectOption('TN-01.1');
    await builder.getByLabel('Chuyển về cấp').selectOption('district');
    await builder.getByLabel('Giai đoạn').fill('Giai đoạn 3 (2024)');
    await builder.getByLabel('Ngày hiệu lực').fill('2024-01-01');
    await builder.getByLabel('Vốn đầu tư (triệu đồng)').fill('1.500');
    await builder.getByLabel('Lý do').fill('Quận nhận hồ sơ đăng ký đất đai của tổ chức.');
    await builder.getByRole('button', { name: 'Thêm bước chuyển' }).click();
    expect(await builder.getByTestId('devolution-move-TN-01.1').innerText()).toContain('TN-01.1 Cấp giấy chứng nhận cho tổ chức → Huyện/quận · Giai đoạn 3 (2024), 01/01/2024 · đầu tư 1.500 triệu đồng: Quận nhận hồ sơ đăng ký đất đai của tổ chức.');
    // the same activity twice is refused before it reaches the server
    await builder.getByLabel('Hoạt động', { exact: true }).selectOption('XD-01.2');
    await builder.getByLabel('Chuyển về cấp').selectOption('commune');
    await builder.getByRole('button', { name: 'Thêm bước chuyển' }).click();
    expect(await builder.getByRole('alert').innerText()).toBe('Hoạt động XD-01.2 đã có bước chuyển trong kịch bản này.');
    await builder.getByRole('button', { name: 'Sửa bước chuyển GT-01.2' }).click();
    expect(await builder.getByLabel('Vốn đầu tư (triệu đồng)').inputValue()).toBe('3000');
    await builder.getByLabel('Vốn đầu tư (triệu đồng)').fill('3.200');
    await builder.getByRole('button', { name: 'Cập nhật bước chuyển' }).click();
    expect(await builder.getByTestId('devolution-move-GT-01.2').innerText()).toContain('Giai đoạn 1 (2022), 01/07/2022 · đầu tư 3.200 triệu đồng');
    await builder.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await expect.poll(() => builder.getByTestId('devolution-saved').innerText(), poll).toBe('Đã lưu kịch bản Thí điểm quận 2022; bảng so sánh đã cập nhật.');

    // the analysis of the renamed scenario, by hand
    await analysis.getByLabel('Kịch bản được phân tích').selectOption({ label: 'Thí điểm quận 2022' });
    await expect.poll(() => tds('devolution-capacity-district'), poll).toEqual(['3', '309,8 (12.700 hồ sơ / 41 biên chế)', '244,3 (11.970 hồ sơ / 49 biên chế)', 'Không tăng']);
    expect(await tds('devolution-side-district-natural-resources')).toEqual(['Huyện/quận', '2 → 3', '6.800 → 7.700', '17 → 25', '3.000 → 4.600', '+1 / 0']);
    expect(await tds('devolution-side-province-natural-resources')).toEqual(['Tỉnh/thành phố', '1 → 0', '900 → 0', '8 → 0', '1.600 → 0', '0 / −1']);
    expect(await tds('devolution-level-district')).toEqual(['6 → 7', '12.700 → 11.970', '41 → 49', '7.600 → 21.400', '+3 / −2']);
    const phase = (n: number) => analysis.getByTestId(`devolution-phase-${n}`).locator('tr').first().locator('th, td').allInnerTexts();
    expect(await phase(1)).toEqual(['Giai đoạn 1 (2022)', '01/07/2022', '4.400']);
    expect(await phase(2)).toEqual(['Giai đoạn 2 (2023–2025)', '01/01/2023', '1.000']);
    expect(await phase(3)).toEqual(['Giai đoạn 3 (2024)', '01/01/2024', '1.500']);
    expect(await analysis.getByTestId('devolution-phase-3').locator('tr').nth(1).locator('td').allInnerTexts()).toEqual(['', 'TN-01.1 Cấp giấy chứng nhận cho tổ chức → Huyện/quận', '01/01/2024', '1.500']);
    expect(await analysis.getByTestId('devolution-roadmap-total').innerText()).toMatch(/^Tổng vốn đầu tư của kịch bản\s+6\.900$/);
    expect(await analysis.getByTestId('devolution-stranded').innerText()).toBe('Vào ngày 01/07/2022, không hoạt động nào ở lại một cấp không còn tồn tại.');
    await screenshot(fac, 'devolution-scenarios-1-desktop-edited');

    // the same scenario a day after the district level ended: the server's sentence, nothing stored
    await builder.getByLabel('Ngày áp dụng').fill('2026-01-01');
    await builder.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await expect.poll(() => builder.getByRole('alert').innerText(), poll).toBe('Bước chuyển 1 (hoạt động "XD-01.2"): cấp "Huyện/quận" không còn tồn tại vào ngày 01/01/2026 (cấp huyện kết thúc ngày 30/06/2025).');
    await screenshot(fac, 'devolution-scenarios-2-desktop-refused');

    // a scratch scenario on 1 July 2025: two moves, one removed again, saved
    await builder.getByLabel('Chọn kịch bản để sửa').selectOption('');
    await builder.getByLabel('Tên kịch bản').fill('Nháp thử');
    expect(await builder.getByLabel('Ngày áp dụng').inputValue()).toBe('2025-07-01');
    await builder.getByLabel('Hoạt động', { exact: true }).selectOption('PH-01.1');
    expect(await builder.getByLabel('Chuyển về cấp').locator('option').allInnerTexts()).toEqual(['—', 'Tỉnh/thành phố']);
    await builder.getByLabel('Chuyển về cấp').selectOption('province');
    await builder.getByLabel('Giai đoạn').fill('Nháp');
    await builder.getByRole('button', { name: 'Thêm bước chuyển' }).click();
    await builder.getByLabel('Hoạt động', { exact: true }).selectOption('GT-01.1');
    await builder.getByLabel('Chuyển về cấp').selectOption('commune');
    await builder.getByRole('button', { name: 'Thêm bước chuyển' }).click();
    expect(await builder.getByTestId('devolution-moves').locator('li').count()).toBe(2);
    await builder.getByRole('button', { name: 'Bỏ bước chuyển GT-01.1' }).click();
    expect(await builder.getByTestId('devolution-moves').locator('li').count()).toBe(1);
    await builder.getByRole('button', { name: 'Lưu kịch bản' }).click();
    await expect.poll(() => builder.getByTestId('devolution-saved').innerText(), poll).toBe('Đã lưu kịch bản Nháp thử; bảng so sánh đã cập nhật.');
    await analysis.getByLabel('Kịch bản được phân tích').selectOption({ label: 'Nháp thử' });
    await expect.poll(() => tds('devolution-capacity-province'), poll).toEqual(['1', '56,9 (1.820 hồ sơ / 32 biên chế)', '258,4 (9.820 hồ sơ / 38 biên chế)', 'Tải tăng: cần bổ sung biên chế hoặc xem lại']);
    const stranded = await analysis.getByTestId('devolution-stranded').innerText();
    expect(stranded).toMatch(/^Vào ngày 01\/07\/2025, các hoạt động sau vẫn ở một cấp không còn tồn tại, cần chuyển đi: /);
    for (const code of ['NK-01.1', 'NK-02.1', 'NK-03.1', 'CR-01.1', 'CR-02.1', 'CR-03.1']) expect(stranded).toContain(code);
    await screenshot(fac, 'devolution-scenarios-3-desktop-scratch');
    const small = await t.open(phone, { as: 'quantri@doithoai.demo' });
    await small.goto(`${t.base}/spaces/${space.id}`);
    await small.getByTestId('devolution-analysis').getByLabel('Kịch bản được phân tích').selectOption({ label: 'Nháp thử' });
    await small.getByTestId('devolution-capacity-province').waitFor();
    expect(await noSideScroll(small)).toBe(true);
    await small.getByTestId('devolution-analysis').scrollIntoViewIfNeeded();
    await screenshot(small, 'devolution-scenarios-4-phone-analysis');

    // the scratch scenario deleted after a confirmation
    await builder.getByLabel('Chọn kịch bản để sửa').selectOption({ label: 'Nháp thử' });
    await builder.getByRole('button', { name: 'Xóa kịch bản' }).click();
    expect(await builder.getByTestId('devolution-delete-confirm').innerText()).toContain('Xóa kịch bản "Nháp thử"? Không thể hoàn tác');
    await builder.getByRole('button', { name: 'Xóa hẳn' }).click();
    await expect.poll(() => builder.getByTestId('devolution-saved').innerText(), poll).toBe('Đã xóa kịch bản Nháp thử.');
    await expect.poll(() => fac.getByTestId('devolution-row-nhap-thu').count(), poll).toBe(0);

    // weights and method: the ranking by hand, the sensitivity in words
    const cells = async (key: string) => (await fac.getByTestId(`devolution-row-${key}`).locator('td').allInnerTexts()).slice(5, 7);
    const ranking = async () => [await cells('current'), await cells('thi-diem-2022'), await cells('hai-cap-2025')];
    await expect.poll(ranking, poll).toEqual([['0,5', '2'], ['0,4', '3'], ['0,667', '1']]);
    expect(await fac.getByTestId('devolution-row-thi-diem-2022').locator('th').innerText()).toBe('Thí điểm quận 2022');
    expect(await fac.getByTestId('devolution-sens-capacity').innerText()).toBe('Năng lực: thứ hạng đầu giữ nguyên khi trọng số trong khoảng 0\u00a0%–36\u00a0% (hiện là 20\u00a0%).');
    expect(await fac.getByTestId('devolution-sens-scale').innerText()).toBe('Quy mô: “Chính quyền hai cấp 2025” đứng đầu với mọi trọng số của tiêu chí này (hiện là 20\u00a0%).');
    const weights = fac.getByTestId('devolution-weights');
    await weights.getByLabel('Trọng số Năng lực').fill('3');
    await expect.poll(ranking, poll).toEqual([['0,643', '1'], ['0,286', '3'], ['0,571', '2']]);
    expect(await fac.getByTestId('devolution-top').innerText()).toBe('Phương án dẫn đầu: Phân cấp hiện hành.');
    await weights.getByLabel('Phương pháp').selectOption('topsis');
    await expect.poll(ranking, poll).toEqual([['0,687', '1'], ['0,253', '3'], ['0,515', '2']]);
    await weights.getByRole('button', { name: 'Trọng số bằng nhau' }).click();
    await expect.poll(ranking, poll).toEqual([['0,515', '2'], ['0,359', '3'], ['0,661', '1']]);
    expect(await fac.getByTestId('devolution-top').innerText()).toBe('Phương án dẫn đầu: Chính quyền hai cấp 2025.');
    await fac.getByTestId('devolution-section').scrollIntoViewIfNeeded();
    await screenshot(fac, 'devolution-scenarios-5-desktop-topsis');
    const phoneCompare = await t.open(phone, { as: 'quantri@doithoai.demo' });
    await phoneCompare.goto(`${t.base}/spaces/${space.id}`);
    await phoneCompare.getByTestId('devolution-weights').getByLabel('Phương pháp').selectOption('topsis');
    await expect.poll(() => phoneCompare.getByTestId('devolution-row-hai-cap-2025').locator('td').nth(5).innerText(), poll).toBe('0,661');
    expect(await noSideScroll(phoneCompare)).toBe(true);
    await screenshot(phoneCompare, 'devolution-scenarios-6-phone-topsis');
  });
});
