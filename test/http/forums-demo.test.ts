// The demo's forum: the 2021 Local Development Dialogue, loaded with the rest of the demo, on its
// public page with the facts of shared/data/demo/cantho-and-acvn.json and 59 connection points.
import { expect, it } from 'vitest';
import { loadDemo } from '../../src/modules/demo/demo.seed';
import { adminHeaders } from '../helpers/app';
import { parsePage } from '../helpers/html';
import { describeApp } from '../helpers/http';

const NOW = new Date('2026-11-22T03:00:00Z');

describeApp('demo forum', { clock: NOW, seed: (database) => loadDemo(database.db, NOW) }, (t) => {
  it('shows the 2021 dialogue’s real title, date, organisers and themes, 59 points with Thừa Thiên Huế, labelled illustrative, six illustrative contributions, under 30 KB', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/f/doi-thoai-phat-trien-dia-phuong-2021' });
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.length).toBeLessThan(30_000);
    const page = parsePage(res.body);
    expect(page.elements).not.toContain('script');
    for (const text of [
      'Đối thoại phát triển địa phương năm 2021: Thực thi mục tiêu phát triển trong trạng thái bình thường mới',
      '13/07/2021',
      'Học viện Chính trị quốc gia Hồ Chí Minh; USAID; Ngân hàng Thế giới; Đại học Indiana',
      'Nâng cao hiệu quả quản trị thực thi chính sách trong môi trường chuyển đổi số',
      'Khai thác tiềm năng tăng trưởng xanh',
      'Hệ thống đánh giá, giám sát khoa học, minh bạch việc thực thi công vụ',
      'Điểm cầu (59)',
      'Tỉnh Thừa Thiên Huế',
      'Thành phố Hà Nội (Hội trường chính)',
      'Minh họa',
      'Tham luận (6)',
      'Bồi dưỡng kỹ năng số cho cán bộ, công chức',
      'Đại diện Sở Thông tin và Truyền thông · UBND thành phố Cần Thơ · Phiên 1: Nâng cao hiệu quả quản trị thực thi chính sách trong môi trường chuyển đổi số',
      'Công khai tiến độ thực hiện kiến nghị sau đối thoại (minh họa)',
      'Các tham luận đánh dấu "minh họa" là dữ liệu mẫu, không phải tham luận thật.',
    ]) {
      expect(page.text).toContain(text);
    }
    expect(page.text).not.toContain('Thành phố Huế');
  });

  it('shows the two recommendations followed into Cần Thơ’s plan with their actions’ progress and a link to the dashboard', async () => {
    const page = parsePage((await t.app.inject({ method: 'GET', url: '/f/doi-thoai-phat-trien-dia-phuong-2021' })).body);
    // Loaded on 22/11/2026: begun 01/08/2026, reviewed 01/08/2027, October reported; the schedule expects 31 % by now.
    for (const text of [
      'Khuyến nghị và theo dõi thực hiện',
      'Công khai hằng tháng tiến độ giải quyết thủ tục hành chính trực tuyến của từng sở, ngành (minh họa)',
      'Cơ quan chủ trì: Sở Nội vụ · Xem xét lại: 01/08/2027',
      'Nhiệm vụ KN1 — Đúng tiến độ, 35 % (báo cáo kỳ 2026-10, 22/11/2026)',
      'Nhiệm vụ KN2 — Chậm, 15 % (báo cáo kỳ 2026-10, 22/11/2026)',
    ]) {
      expect(page.text).toContain(text);
    }
    expect(page.attributes).toContainEqual({ element: 'a', name: 'href', value: '/d/can-tho-uu-tien-2024' });
  });

  it('gives Thừa Thiên Huế’s point its own page for a phone, under 30 KB, without script or the list of points', async () => {
    const spaces = (await t.app.inject({ method: 'GET', url: '/api/spaces', headers: adminHeaders })).json().spaces;
    const cantho = spaces.find((s: { slug: string }) => s.slug === 'can-tho-uu-tien-2024');
    const [{ id }] = (await t.app.inject({ method: 'GET', url: `/api/spaces/${cantho.id}/forums`, headers: adminHeaders })).json().forums;
    const { points } = (await t.app.inject({ method: 'GET', url: `/api/forums/${id}`, headers: adminHeaders })).json();
    const hue = points.find((p: { name: { vi: string } }) => p.name.vi === 'Tỉnh Thừa Thiên Huế');
    const res = await t.app.inject({ method: 'GET', url: `/f/doi-thoai-phat-trien-dia-phuong-2021/p/${hue.id}` });
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.length).toBeLessThan(30_000);
    const page = parsePage(res.body);
    expect(page.elements).not.toContain('script');
    expect(page.text).toContain('Điểm cầu: Tỉnh Thừa Thiên Huế');
    expect(page.text).toContain('Nhập mã trên thẻ đăng ký');
    expect(page.text).not.toContain('Điểm cầu (59)');
  });

  it('is in Cần Thơ’s space, published, with the agenda’s items tied to the three themes', async () => {
    const spaces = (await t.app.inject({ method: 'GET', url: '/api/spaces', headers: adminHeaders })).json().spaces;
    const cantho = spaces.find((s: { slug: string }) => s.slug === 'can-tho-uu-tien-2024');
    const [forum] = (await t.app.inject({ method: 'GET', url: `/api/spaces/${cantho.id}/forums`, headers: adminHeaders })).json().forums;
    const view = (await t.app.inject({ method: 'GET', url: `/api/forums/${forum.id}`, headers: adminHeaders })).json();
    expect(view).toMatchObject({ status: 'published', illustrative: true, startsOn: '2021-07-13', kind: 'hybrid' });
    expect(view.points).toHaveLength(59);
    expect(view.points.filter((p: { mainHall: boolean }) => p.mainHall)).toHaveLength(1);
    const themes = new Set(view.sessions.flatMap((s: { items: { theme: string | null }[] }) => s.items.map((i) => i.theme)).filter(Boolean));
    expect([...themes].sort()).toEqual(['chuyen-doi-so', 'danh-gia-giam-sat', 'tang-truong-xanh']);
  });
});
