// The public report's view of a stored map: group names and shares, small groups withheld (the house's
// minimum of 5 and its secondary suppression), the plain-language paragraph, and the map's size bound.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapPaths } from './map.svg';
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
  it('puts each group’s dots on the grid, corners of the frame at (2, 2) and (61, 37)', () => {
    const paths = mapPaths(publicReport(twoBlocs(2, 1), texts).groups);
    // all of A at (−1, 0) → the left, top corner; B at (1, 0.5) → the right, bottom corner; both withheld (grey)
    expect(paths).toEqual([
      { index: null, d: 'M2 2h0' },
      { index: null, d: 'M61 37h0' },
    ]);
  });

  it('property: at most one dot per grid cell and group, whatever the number of people', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true })), { minLength: 1, maxLength: 3000 }), (points) => {
        const [path] = mapPaths([{ name: 'A', index: 0, size: points.length, withheld: false, representative: [], points }]);
        const dots = path.d.split('M').filter(Boolean);
        expect(new Set(dots).size).toBe(dots.length);
        expect(dots.length).toBeLessThanOrEqual(60 * 36);
        expect(dots.every((d) => /^([2-9]|[1-5]\d|6[01]) ([2-9]|[12]\d|3[0-7])h0$/.test(d))).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});
