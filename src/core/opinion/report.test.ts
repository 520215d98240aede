// The conversation report's document model on a hand-made map (test/helpers/opinion-report.ts): groups of 12,
// 7 and 3 out of 22 placed — C is under the house's minimum of 5, and B goes too, since 22 − 12 = 10 would
// otherwise give C's 3 away (core/consultations/withhold). Expected texts and figures written by hand:
// 11/12 = 91,7 %, 1/12 = 8,3 %; computed 14:40 UTC = 21:40 in Viet Nam.
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
      '25 người tham gia, 4 ý kiến, 1.304 lượt bỏ phiếu; 22 người đủ số lượt bỏ phiếu để được xếp nhóm.',
      'Bản đồ được tính lúc 04/12/2026 21:40.',
    ]);
    const t = texts(doc.blocks);
    expect(t).toContain('Những người tham gia bỏ phiếu giống nhau được xếp vào 3 nhóm.');
    expect(t).toContain('Nhóm A: 12 người.');
    expect(t).toContain('Nhóm B: không công bố, vì cùng các nhóm khác sẽ cho suy ra được một nhóm nhỏ.');
    expect(t).toContain('Nhóm C: dưới 5 người — không công bố, như mọi kết quả của nhóm nhỏ.');
    expect(t.some((x) => x.includes('Pol.is') && x.includes('Recerca 26(2)'))).toBe(true);
    const [groupA, consensus, gic, statements, ...rest] = tables(doc.blocks);
    expect(rest).toEqual([]);
    expect(groupA).toEqual([
      [s0, 'đồng ý', '91,7\u00a0%'],
      [s2, 'không đồng ý', '8,3\u00a0%'],
    ]);
    expect(consensus).toEqual([
      [s1, 'Cùng đồng ý', '87,5\u00a0%'],
      [s3, 'Cùng không đồng ý', '75\u00a0%'],
    ]);
    // 0,6 twice: the tie goes to the earlier statement
    expect(gic).toEqual([[s1, '0,6'], [s3, '0,6'], [s0, '0,2'], [s2, '0,05']]);
    expect(statements[3]).toEqual([s3, '3', '1.234', '0']);
    expect(doc.footer).toBe('Lập bằng Đối Thoại ngày 04/12/2026.');
    for (const x of [doc.title, ...doc.facts, ...t]) expect(x.normalize('NFC')).toBe(x);
  });

  it('reads in English', () => {
    const doc = opinionReport(sampleInput, 'en');
    expect(doc.facts[1]).toBe('25 participants, 4 statements, 1,304 votes; 22 participants voted enough to be placed in a group.');
    expect(texts(doc.blocks)).toContain('Group A: 12 participants.');
    expect(tables(doc.blocks)[0][0]).toEqual([s0, 'agrees', '91.7%']);
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
    expect(tables(doc.blocks)[1]).toEqual([[s2, 'đồng ý', '85,7\u00a0%']]); // 6/7
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
