// The conversation's Word report from real rows, on both storage kinds. Before the first map it says how many
// more votes are needed: 3 statements need min(7, 3) = 3 votes from each of two people, one person has cast 1,
// so 2 + 3 = 5 more, from 1 more person (core/opinion/readiness). With a map — two blocs of 8, one agreeing
// with the first two statements and rejecting the third, the other the reverse, stored as the background job
// stores it — the file opens in LibreOffice and pdftotext reads two groups of 8, each agreeing 100 % with
// what it agreed with (8 of 8 votes) and 0 % with what it rejected, and no statement all agree on.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { analyseConversation, type Vote } from '../../src/core/opinion';
import { opinionConversations, opinionMaps } from '../../src/modules/opinion';
import { mapResult } from '../../src/modules/opinion/map.result';
import { describeApp } from '../helpers/http';
import { appDb, join, makeConversation, makeOpinionWorld, vote, type OpinionWorld } from '../helpers/opinion';

const dir = mkdtempSync(path.join(tmpdir(), 'doithoai-opinion-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const pdfText = (file: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8').replace(/\s+/g, ' ');
const squeezed = (s: string) => s.replace(/\s+/g, '');
const docxText = (bytes: Buffer) => strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']).replace(/<[^>]+>/g, '');

const SEEDS = ['Mọi thủ tục cấp phường nên làm được trực tuyến.', 'Cần lớp kỹ năng số cho người cao tuổi.', 'Nên tạm dừng số hóa cho đến khi đủ hạ tầng.'];

describeApp('opinion map Word report', { clock: new Date('2026-12-04T14:00:00Z') }, (t) => {
  let w: OpinionWorld;
  let waiting: string;
  let ready: string;
  const get = (id: string, who: keyof OpinionWorld['s'] = 'obs', lang = 'vi') => t.app.inject({ method: 'GET', url: `/api/conversations/${id}/report.docx?lang=${lang}`, headers: w.s[who].headers });

  beforeAll(async () => {
    w = await makeOpinionWorld(t, 'orp');
    waiting = await makeConversation(t, w, 'cho-ban-do', SEEDS);
    const [first] = await join(t, waiting, 1);
    await vote(t, waiting, [[first, 0, 1]]);

    ready = await makeConversation(t, w, 'co-ban-do', SEEDS);
    const pids = await join(t, ready, 16);
    const cast: [number, number, number][] = pids.flatMap((pid, i) => [0, 1, 2].map((tid): [number, number, number] => [pid, tid, (i < 8) === (tid < 2) ? 1 : -1]));
    await vote(t, ready, cast);
    const votes: Vote[] = cast.map(([pid, tid, value], at) => ({ voter: String(pid), statement: String(tid), value: value as Vote['value'], at }));
    const map = analyseConversation({ votes });
    const [row] = await appDb(t).select({ v: opinionConversations.votesVersion }).from(opinionConversations).where(eq(opinionConversations.id, ready));
    await appDb(t)
      .insert(opinionMaps)
      .values({ conversationId: ready, result: mapResult(map), state: map.state, extremity: {}, votesVersion: row.v, computedAt: new Date('2026-12-04T14:40:00Z') })
      .onConflictDoNothing();
  });

  it('before the first map, says how many more votes it needs', async () => {
    const res = await get(waiting);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('ban-do-y-kien-cho-ban-do.docx');
    const text = docxText(res.rawPayload);
    expect(text).toContain('Chưa có bản đồ: 3 ý kiến, 1 lượt bỏ phiếu; cần thêm 5 lượt bỏ phiếu (từ ít nhất 1 người nữa) để vẽ bản đồ đầu tiên.');
    expect(text).toContain(SEEDS[2]);
    expect(docxText((await get(waiting, 'obs', 'en')).rawPayload)).toContain('5 more votes (from at least 1 more participant) needed for the first map.');
  });

  it('with a map, opens in LibreOffice and reads back the groups in composed Vietnamese', { timeout: 180_000 }, async () => {
    const res = await get(ready);
    expect(res.statusCode).toBe(200);
    const file = path.join(dir, `ban-do-${t.kind}.docx`);
    writeFileSync(file, res.rawPayload);
    execFileSync('soffice', [`-env:UserInstallation=file://${path.join(dir, `profile-${t.kind}`)}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'pipe', timeout: 120_000 });
    const text = pdfText(file.replace(/\.docx$/, '.pdf'));
    expect(text.normalize('NFC')).toBe(text);
    for (const line of [
      'Báo cáo bản đồ ý kiến: Chuyển đổi số ở phường',
      '16 người tham gia, 3 ý kiến, 48 lượt bỏ phiếu; 16 người đủ số lượt bỏ phiếu để được xếp nhóm.',
      'Nhóm A: 8 người.',
      'Nhóm B: 8 người.',
      '100 %',
      SEEDS[0],
      'Ý kiến đồng thuận chung',
      'Không có.',
    ]) expect(squeezed(text), line).toContain(squeezed(line));
    // the time of the stored map (14:40 UTC is 21:40 in Viet Nam), or of a later one the background job stored
    expect(text).toMatch(/Bản đồ được tính lúc 04\/12\/2026 \d\d:\d\d\./);
  });

  it('is not given to an outsider', async () => {
    expect((await get(ready, 'out')).statusCode).toBe(404);
  });
});
