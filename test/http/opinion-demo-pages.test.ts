// The demo's conversation on its public pages, on both storage kinds: its address by name leads to the
// participant's page (25 statements, none answered yet), and its report shows the map computed at load —
// three groups whose sizes are the stored map's, each with its representative statements, the paragraph
// on what it means, one path of dots per group — in Vietnamese and English, under 30 KB, without scripts.
import { expect, it } from 'vitest';
import { loadDemo } from '../../src/modules/demo/demo.seed';
import { findConversationBySlug, latestMap } from '../../src/modules/opinion';
import { parsePage } from '../helpers/html';
import { describeApp } from '../helpers/http';

const NOW = new Date('2026-11-22T03:00:00Z');
const SLUG = 'chuyen-doi-so-tang-truong-xanh-2021';

describeApp('the demo conversation’s public pages', { clock: NOW, seed: (database) => loadDemo(database.db, NOW) }, (t) => {
  const get = (url: string) => t.app.inject({ method: 'GET', url });

  it('leads from its name to the page of a newcomer: one of 25 statements, the three buttons', async () => {
    const { id } = (await findConversationBySlug(t.database.db, SLUG))!;
    const byName = await get(`/o/${SLUG}`);
    expect(byName.statusCode).toBe(302);
    expect(byName.headers.location).toBe(`/o/${id}`);
    const res = await get(`/o/${id}`);
    expect(res.statusCode).toBe(200);
    expect(Buffer.byteLength(res.body)).toBeLessThan(30_000);
    const page = parsePage(res.body);
    expect(page.elements).not.toContain('script');
    expect(page.text).toContain('(minh họa)');
    expect(page.text).toContain('Đã trả lời 0 / 25');
    expect(page.text).toMatch(/Đồng ý\s*Không đồng ý\s*Bỏ qua/);
  });

  it('reports the map computed at load: the stored groups’ sizes, their statements, what it means', async () => {
    const { id } = (await findConversationBySlug(t.database.db, SLUG))!;
    const latest = await latestMap(t.database.db, id);
    if (latest.status !== 'ready') throw new Error('the demo has no map');
    const sizes = latest.map.groups.map((g) => g.size);
    expect(sizes).toHaveLength(3);
    for (const lang of ['vi', 'en'] as const) {
      const res = await get(`/o/${id}/report?lang=${lang}`);
      expect(res.statusCode).toBe(200);
      expect(Buffer.byteLength(res.body)).toBeLessThan(30_000);
      const page = parsePage(res.body);
      expect(page.elements).not.toContain('script');
      expect(page.elements.filter((e) => e === 'path')).toHaveLength(3);
      if (lang === 'en') {
        expect(page.text).toContain('The participants fall into 3 opinion groups.');
        continue;
      }
      expect(page.text).toMatch(/Người tham gia: 60\s*Ý kiến: 25/);
      expect(page.text).toContain('Những người tham gia chia thành 3 nhóm quan điểm.');
      sizes.forEach((size, i) => expect(page.text).toContain(`Nhóm ${'ABC'[i]} (${size} người)`));
      expect(page.text).toMatch(/Nhóm A \(\d+ người\) (đồng tình với|phản đối) “[^”]+” trong khi nhóm B \(\d+ người\) (đồng tình với|phản đối) “[^”]+”; nhóm C/);
      expect(page.text.match(/% trong nhóm (đồng ý|không đồng ý)/g)!.length).toBeGreaterThanOrEqual(3);
      expect(page.text).toMatch(/Cập nhật lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    }
  });
});
