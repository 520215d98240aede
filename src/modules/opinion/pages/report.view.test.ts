// The public report's view of a stored map: group names and shares, small groups withheld (the house's
// minimum of 5 and its secondary suppression), the plain-language paragraph, and the map's size bound.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapPaths } from './map.svg';
import { reportPage } from './report.page';
import { meaning, publicReport, shareSaid, type MapForReport } from './report.view';

const rep = (tid: number, direction: 'agree' | 'disagree', agree: number, disagree: number) => ({ tid, direction, agree, disagree });
const texts = new Map([
  ['0', 'Mọi thủ tục hành chính nên làm được trên điện thoại.'],
  ['1', 'Cần giữ quầy giấy cho người cao tuổi.'],
  ['2', 'Xe buýt điện cho nội thành.'],
]);

function twoBlocs(sizeA: number, sizeB: number): MapForReport {
  const points = [...Array.from({ length: sizeA }, () => ({ x: -1, y: 0, group: 0 })), ...Array.from({ length: sizeB }, () => ({ x: 1, y: 0.5, group: 1 }))];
  return {
    participants: sizeA + sizeB,
    statements: 3,
    groups: [
      { id: 0, size: sizeA, representative: [rep(0, 'agree', 0.9, 0.1)] },
      { id: 1, size: sizeB, representative: [rep(0, 'disagree', 0.2, 0.75), rep(1, 'agree', 0.8, 0)] },
    ],
    consensus: { agree: [{ tid: 2, direction: 'agree', share: 0.875 }], disagree: [] },
    points,
  };
}

describe('the report of a map', () => {
  it('names groups A, B with their sizes and the share of each group that voted the representative way', () => {
    const view = publicReport(twoBlocs(23, 18), texts);
    expect(view.groups.map((g) => [g.name, g.size, g.withheld])).toEqual([
      ['A', 23, false],
      ['B', 18, false],
    ]);
    // group B disagrees with statement 0: its disagree share (75 %), not 1 − agree
    expect(shareSaid('vi', view.groups[1].representative[0], 'group')).toBe('75\u00a0% trong nhóm không đồng ý');
    expect(shareSaid('en', view.groups[0].representative[0], 'group')).toBe('90% of the group agreed');
    expect(shareSaid('vi', view.consensus[0], 'everyone')).toBe('88\u00a0% người bỏ phiếu đồng ý');
  });

  it('says what the map means in plain Vietnamese and English', () => {
    const view = publicReport(twoBlocs(23, 18), texts);
    expect(meaning('vi', view)).toEqual([
      'Những người tham gia chia thành 2 nhóm quan điểm.',
      'Nhóm A (23 người) đồng tình với “Mọi thủ tục hành chính nên làm được trên điện thoại.” trong khi nhóm B (18 người) phản đối “Mọi thủ tục hành chính nên làm được trên điện thoại.”.',
      'Dù khác nhau, phần lớn mọi người cùng đồng tình với “Xe buýt điện cho nội thành.”.',
    ]);
    expect(meaning('en', view)[1]).toBe(
      'Group A (23 people) agrees with “Mọi thủ tục hành chính nên làm được trên điện thoại.” while group B (18 people) disagrees with “Mọi thủ tục hành chính nên làm được trên điện thoại.”.',
    );
  });

  it('withholds a group under 5 people, and the smallest other one while the withheld total is under 5', () => {
    // sizes 3 and 40: the 3 are withheld; 43 − 40 = 3 would give them away through the consensus shares, so B goes too
    const view = publicReport(twoBlocs(3, 40), texts);
    expect(view.groups.map((g) => [g.name, g.withheld, g.representative.length])).toEqual([
      ['A', 'small', 0],
      ['B', 'reveals', 0],
    ]);
    expect(meaning('vi', view)[1]).toBe('Chưa thấy các nhóm quan điểm khác nhau rõ rệt.');
    // with a third group of 6: the withheld 3 alone would show, so the smallest shown group (6) goes instead of B: 9 ≥ 5
    const three = twoBlocs(3, 40);
    three.groups.push({ id: 2, size: 6, representative: [rep(1, 'disagree', 0, 1)] });
    expect(publicReport(three, texts).groups.map((g) => g.withheld)).toEqual(['small', false, 'reveals']);
  });

  it('leaves out a statement whose text it does not have (moderated out since the map was computed)', () => {
    const view = publicReport(twoBlocs(23, 18), new Map([['1', 'Cần giữ quầy giấy cho người cao tuổi.']]));
    expect(view.groups.map((g) => g.representative.map((r) => r.tid))).toEqual([[], ['1']]);
    expect(view.consensus).toEqual([]);
  });

  it('says only the direction when a stored map kept no share', () => {
    const map = twoBlocs(23, 18);
    map.consensus.agree = [{ tid: 2, direction: 'agree' }];
    const [common] = publicReport(map, texts).consensus;
    expect(common.share).toBeNull();
    expect(shareSaid('vi', common, 'everyone')).toBe('Đồng ý');
  });

  it('property: no published group has fewer than 5 people, and beside a published group what is withheld adds up to 0 or at least 5', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 5 }), (sizes) => {
        const map: MapForReport = { participants: 0, statements: 0, points: [], consensus: { agree: [], disagree: [] }, groups: sizes.map((size, id) => ({ id, size, representative: [] })) };
        const groups = publicReport(map, texts).groups;
        const shown = groups.filter((g) => !g.withheld);
        expect(shown.every((g) => g.size >= 5)).toBe(true);
        const hidden = groups.filter((g) => g.withheld).reduce((s, g) => s + g.size, 0);
        if (shown.length) expect(hidden === 0 || hidden >= 5).toBe(true);
      }),
    );
  });
});

describe('the static map', () => {
  it('puts each group’s dots on the grid, corners of the frame at (2, 2) and (49, 31)', () => {
    const paths = mapPaths(publicReport(twoBlocs(2, 1), texts).groups);
    // all of A at (−1, 0) → the left, top corner; B at (1, 0.5) → the right, bottom corner; both withheld (grey)
    expect(paths).toEqual([
      { index: null, d: 'M2 2h0' },
      { index: null, d: 'M49 31h0' },
    ]);
  });

  it('gives a shared cell to the group with most people there', () => {
    const at = (n: number, x: number): [number, number][] => Array.from({ length: n }, () => [x, 0]);
    const group = (index: number, points: [number, number][]) => ({ name: 'AB'[index], index, size: points.length, withheld: false as const, representative: [], points });
    // A: 2 at the left, 1 at the right; B: 3 at the right → the right cell is B's
    expect(mapPaths([group(0, [...at(2, 0), ...at(1, 1)]), group(1, at(3, 1))])).toEqual([
      { index: 0, d: 'M2 2h0' },
      { index: 1, d: 'M49 2h0' },
    ]);
  });

  it('property: at most one dot per grid cell, whatever the number of people and groups', () => {
    const point = fc.tuple(fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true }));
    fc.assert(
      fc.property(fc.array(fc.array(point, { maxLength: 1500 }), { minLength: 1, maxLength: 5 }), (groups) => {
        const paths = mapPaths(groups.map((points, index) => ({ name: String(index), index, size: points.length, withheld: false, representative: [], points })));
        const dots = paths.flatMap((p) => p.d.split('M').filter(Boolean));
        expect(new Set(dots).size).toBe(dots.length);
        expect(dots.length).toBeLessThanOrEqual(48 * 30);
        expect(dots.every((d) => /^([2-9]|[1-4]\d) ([2-9]|[12]\d|3[01])h0$/.test(d))).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});

describe('the report page at its largest', () => {
  it('stays under 30 KB: five groups of five 140-character statements, ten consensus statements, 20,000 people spread everywhere', () => {
    const long = (tid: number) => `${tid} ${'Ý kiến rất dài về chuyển đổi số và tăng trưởng xanh ở đồng bằng sông Cửu Long, '.repeat(2)}`.slice(0, 140);
    const statements = new Map(Array.from({ length: 40 }, (_, tid) => [String(tid), long(tid)]));
    let seed = 7;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647) * 10 - 5;
    const points = Array.from({ length: 20_000 }, (_, pid) => ({ x: random(), y: random(), group: pid % 5 }));
    const map: MapForReport = {
      participants: 20_000,
      statements: 40,
      groups: Array.from({ length: 5 }, (_, id) => ({ id, size: 4_000, representative: Array.from({ length: 5 }, (_, k) => rep(id * 5 + k, k < 3 ? 'agree' : 'disagree', 0.812, 0.188)) })),
      consensus: { agree: Array.from({ length: 5 }, (_, k) => ({ tid: 25 + k, direction: 'agree' as const, share: 0.9 })), disagree: Array.from({ length: 5 }, (_, k) => ({ tid: 30 + k, direction: 'disagree' as const, share: 0.8 })) },
      points,
    };
    const conversation = { id: '00000000-0000-4000-8000-000000000000', title: { vi: long(99), en: null }, topic: { vi: long(98), en: null }, status: 'open' as const, statementMaxLength: 140, statementsPerParticipant: 5 };
    for (const lang of ['vi', 'en'] as const) {
      const html = reportPage(lang, { conversation, totals: { participants: 20_000, statements: 40, votes: 800_000 }, state: { status: 'ready', computedAt: new Date('2026-12-04T14:40:00Z'), map: publicReport(map, statements) } });
      expect(Buffer.byteLength(html)).toBeLessThan(30_000);
      expect(html.match(/h0/g)!.length).toBe(48 * 30);
    }
  });
});
