// The conversation report's document model on a hand-made map (test/helpers/opinion-report.ts): groups of 12,
// 7 and 3 out of 22 placed — C is under the house's minimum of 5, and B goes too, since 22 − 12 = 10 would
// otherwise give C's 3 away (core/consultations/withhold). Expected texts and figures written by hand, as the
// public page prints percentages (whole): in group A 11/12 = 91,7 → 92 % agree and 0/12 = 0 % disagree on the
// first statement, 1/12 = 8,3 → 8 % and 10/12 = 83,3 → 83 % on the third; everyone on the second 18/20 = 90 %
// and 1/20 = 5 %, on the fourth 120/1.200 = 10 % and 1.080/1.200 = 90 %; the map's votes 20 + 20 + 20 + 1.200 =
// 1.260 (the live counts, 1.304, are not the map's); computed 14:40 UTC = 21:40 in Viet Nam, the report made
// at 15:00 UTC = 22:00.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleInput, sampleMap } from '../../../test/helpers/opinion-report';
import { opinionReport, reportMap } from './report';
import type { MinutesBlock } from '../forums/minutes';

const texts = (blocks: MinutesBlock[]) => blocks.flatMap((b) => (b.kind === 'table' ? [] : [b.text]));
const tables = (blocks: MinutesBlock[]) => blocks.flatMap((b) => (b.kind === 'table' ? [b.rows] : []));
const [s0, s1, s2, s3] = sampleInput.statements.map((s) => s.text);

describe('the opinion report model', () => {
  it('reads in Vietnamese, small groups withheld', () => {
    const doc = opinionReport(sampleInput, 'vi');
    expect(doc.title).toBe('Báo cáo bản đồ ý kiến: Chuyển đổi số và tăng trưởng xanh (minh họa)');
    expect(doc.facts).toEqual([
      'Câu hỏi thảo luận: Tỉnh nên ưu tiên điều gì trong chuyển đổi số và tăng trưởng xanh?',
      'Bản đồ lúc 04/12/2026 21:40: 25 người tham gia, 4 ý kiến, 1.260 lượt bỏ phiếu; 22 người đủ số lượt bỏ phiếu để được xếp nhóm.',
    ]);
    const t = texts(doc.blocks);
    expect(t).toContain('Những người tham gia bỏ phiếu giống nhau được xếp vào 3 nhóm.');
    expect(t).toContain('Nhóm A: 12 người.');
    expect(t).toContain('Nhóm B: không công bố, vì cùng các nhóm khác sẽ cho suy ra được một nhóm nhỏ.');
    expect(t).toContain('Nhóm C: dưới 5 người — không công bố, như mọi kết quả của nhóm nhỏ.');
    expect(t).toContain('Số lượt bỏ phiếu theo bản đồ lúc 04/12/2026 21:40.');
    expect(t.some((x) => x.includes('sau khi vẽ bản đồ'))).toBe(false);
    expect(t.some((x) => x.includes('Pol.is') && x.includes('Recerca 26(2)'))).toBe(true);
    const [groupA, consensus, gic, statements, ...rest] = tables(doc.blocks);
    expect(rest).toEqual([]);
    expect(groupA).toEqual([
      [s0, 'đồng ý', '92\u00a0%', '0\u00a0%'],
      [s2, 'không đồng ý', '8\u00a0%', '83\u00a0%'],
    ]);
    expect(consensus).toEqual([
      [s1, 'Cùng đồng ý', '90\u00a0%', '5\u00a0%'],
      [s3, 'Cùng không đồng ý', '10\u00a0%', '90\u00a0%'],
    ]);
    // 0,6 twice: the tie goes to the earlier statement
    expect(gic).toEqual([[s1, '0,6'], [s3, '0,6'], [s0, '0,2'], [s2, '0,05']]);
    // the map's votes, not the live ones
    expect(statements[3]).toEqual([s3, '120', '1.080', '0']);
    expect(doc.footer).toBe('Lập bằng Đối Thoại ngày 04/12/2026.');
    for (const x of [doc.title, ...doc.facts, ...t]) expect(x.normalize('NFC')).toBe(x);
  });

  it('reads in English', () => {
    const doc = opinionReport(sampleInput, 'en');
    expect(doc.facts[1]).toBe('Map of 04/12/2026 21:40: 25 participants, 4 statements, 1,260 votes; 22 participants voted enough to be placed in a group.');
    expect(texts(doc.blocks)).toContain('Group A: 12 participants.');
    expect(tables(doc.blocks)[0][0]).toEqual([s0, 'agrees', '92%', '0%']);
    expect(tables(doc.blocks)[1][1]).toEqual([s3, 'Disagreed', '10%', '90%']);
  });

  it('marks a statement approved after the map with —, its votes not the map\'s', () => {
    const later = { id: '4', text: 'Lắp đèn đường năng lượng mặt trời ở các xã.', votes: { agree: 2, disagree: 0, pass: 0 } };
    const doc = opinionReport({ ...sampleInput, statements: [...sampleInput.statements, later] }, 'vi');
    expect(tables(doc.blocks)[3][4]).toEqual([later.text, '—', '—', '—']);
    expect(texts(doc.blocks)).toContain('Dấu — : ý kiến được duyệt sau khi vẽ bản đồ.');
    // the figures stay the map's: 4 statements, 1.260 votes
    expect(doc.facts[1]).toContain('4 ý kiến, 1.260 lượt bỏ phiếu');
  });

  it('from a map stored before maps kept their votes: its people at its time, the statements\' votes said to be live', () => {
    const { tally: _, ...old } = reportMap(sampleMap);
    const map = { ...old, groups: old.groups.map((g) => ({ ...g, representative: g.representative.map(({ disagree: __, ...r }) => r) })) };
    const doc = opinionReport({ ...sampleInput, map }, 'vi');
    expect(doc.facts.slice(1)).toEqual([
      'Bản đồ lúc 04/12/2026 21:40: 25 người tham gia; 22 người đủ số lượt bỏ phiếu để được xếp nhóm.',
      'Đến lúc lập báo cáo (04/12/2026 22:00), sau bản đồ: 4 ý kiến, 1.304 lượt bỏ phiếu.',
    ]);
    expect(texts(doc.blocks)).toContain('Số lượt bỏ phiếu đến lúc lập báo cáo (04/12/2026 22:00).');
    const [groupA, consensus, , statements] = tables(doc.blocks);
    expect(groupA[0]).toEqual([s0, 'đồng ý', '92\u00a0%', '—']);
    // only the share the map kept, each in its own direction's column
    expect(consensus).toEqual([
      [s1, 'Cùng đồng ý', '90\u00a0%', '—'],
      [s3, 'Cùng không đồng ý', '—', '90\u00a0%'],
    ]);
    expect(statements[3]).toEqual([s3, '3', '1.234', '0']);
  });

  it('says when the components came from samples (above 10,000 participants), and not otherwise', () => {
    const sampled = reportMap({ ...sampleMap, pca: { ...sampleMap.pca, method: { name: 'mini-batch', sampled: 1028, batches: 10 } } });
    expect(texts(opinionReport({ ...sampleInput, map: sampled }, 'vi').blocks)).toContain(
      'Hội thoại này có hơn 10.000 người tham gia, nên hai thành phần chính được tính từ 10 mẫu ngẫu nhiên, mỗi mẫu 1.028 người (PCA theo lô nhỏ, như Pol.is làm với hội thoại lớn); mọi người vẫn được đặt lên bản đồ và xếp nhóm.',
    );
    expect(texts(opinionReport({ ...sampleInput, map: sampled }, 'en').blocks).some((t) => t.includes('10 random samples of 1,028 participants each'))).toBe(true);
    expect(texts(opinionReport(sampleInput, 'vi').blocks).some((t) => t.includes('mẫu ngẫu nhiên'))).toBe(false);
  });

  it('publishes every group when none is small, and says "none" where a list is empty', () => {
    const map = reportMap({ ...sampleMap, groups: sampleMap.groups.slice(0, 2), clustered: sampleMap.clustered.slice(0, 19), consensus: { agree: [], disagree: [] } });
    const doc = opinionReport({ ...sampleInput, map, minGroupSize: 5 }, 'vi');
    expect(texts(doc.blocks)).toEqual(expect.arrayContaining(['Nhóm A: 12 người.', 'Nhóm B: 7 người.', 'Không có.']));
    expect(tables(doc.blocks)[1]).toEqual([[s2, 'đồng ý', '86\u00a0%', '14\u00a0%']]); // 6/7 = 85,7 %, 1/7 = 14,3 %
  });

  it('before the first map, says how many more votes it needs and lists the statements', () => {
    const doc = opinionReport({ ...sampleInput, map: null, computedAt: null, votes: 9, waiting: { votes: 5, participants: 1 } }, 'vi');
    expect(doc.facts[1]).toBe('Chưa có bản đồ: 4 ý kiến, 9 lượt bỏ phiếu; cần thêm 5 lượt bỏ phiếu (từ ít nhất 1 người nữa) để vẽ bản đồ đầu tiên.');
    expect(doc.facts).toHaveLength(2);
    expect(tables(doc.blocks)).toHaveLength(1); // the statements only
    expect(opinionReport({ ...sampleInput, map: null, computedAt: null, votes: 1, waiting: { votes: 1, participants: 1 } }, 'en').facts[1]).toBe(
      'No map yet: 4 statements, 1 vote; 1 more vote (from at least 1 more participant) needed for the first map.',
    );
  });

  it("prints the map's own votes: the figures' total is the statements table's sum, and everyone's shares are those votes' (fast-check)", () => {
    const count = fc.integer({ min: 0, max: 3000 });
    const tallies = fc.array(fc.record({ agree: count, disagree: count, pass: count }), { minLength: 4, maxLength: 4 });
    fc.assert(
      fc.property(tallies, (list) => {
        const tally = Object.fromEntries(list.map((t, i) => [String(i), t]));
        const doc = opinionReport({ ...sampleInput, map: { ...sampleInput.map!, tally } }, 'en');
        const figure = (x: string) => Number(x.replace(/,/g, ''));
        const total = /, ([\d,]+) votes?;/.exec(doc.facts[1])![1];
        const rows = tables(doc.blocks)[3];
        // the sum is worked here from the table's printed cells, not from the report's own total
        expect(figure(total)).toBe(rows.reduce((sum, r) => sum + figure(r[1]) + figure(r[2]) + figure(r[3]), 0));
        rows.forEach((r, i) => expect(r.slice(1).map(figure)).toEqual([list[i].agree, list[i].disagree, list[i].pass]));
        for (const [row, c] of tables(doc.blocks)[1].map((r, k) => [r, [...sampleMap.consensus.agree, ...sampleMap.consensus.disagree][k]] as const)) {
          const t = list[Number(c.statement)];
          const seen = t.agree + t.disagree + t.pass;
          if (seen === 0) continue;
          expect(row[2]).toBe(`${Math.round((100 * t.agree) / seen)}%`);
          expect(row[3]).toBe(`${Math.round((100 * t.disagree) / seen)}%`);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never publishes a group under the minimum, nor groups that would give one away (fast-check)', () => {
    const sizes = fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 2, maxLength: 5 });
    fc.assert(
      fc.property(sizes, fc.integer({ min: 2, max: 8 }), (groupSizes, min) => {
        const groups = groupSizes.map((size) => ({ size, representative: [] }));
        const clustered = groupSizes.reduce((a, b) => a + b, 0);
        const doc = opinionReport({ ...sampleInput, map: { ...sampleInput.map!, groups, clustered }, minGroupSize: min }, 'vi');
        const shown = texts(doc.blocks).flatMap((x) => /^Nhóm [A-E]: (\d+) người\.$/.exec(x)?.[1] ?? []).map(Number);
        for (const n of shown) expect(n).toBeGreaterThanOrEqual(min);
        const hidden = clustered - shown.reduce((a, b) => a + b, 0);
        // what the shown groups leave over is never a small group's worth (when none is shown, nothing is given away)
        expect(shown.length === 0 || hidden === 0 || hidden >= min).toBe(true);
        // every group is named once, shown or withheld
        expect(texts(doc.blocks).filter((x) => /^Nhóm [A-E]:/.test(x))).toHaveLength(groups.length);
      }),
      { numRuns: 200 },
    );
  });
});
