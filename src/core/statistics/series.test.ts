// Series cut at their breaks: the poverty line changed in 2010 (GSO; the catalogue's break), so a 2008–2014
// series is two segments, 2006–2008 and 2010–2014 (figures made up for the test, the cut worked by hand).
// Properties (fast-check): every point lands in exactly one segment, in year order, and no segment spans a break.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latestPoint, segmentsAt, type SeriesPoint } from './series';

const p = (year: number, value: number, preliminary = false): SeriesPoint => ({ year, value, preliminary });

describe('segmentsAt', () => {
  it('cuts the poverty series at 2010 (worked by hand)', () => {
    const points = [p(2012, 9.2), p(2008, 12.1), p(2010, 11.3), p(2014, 7.1), p(2006, 13.4)];
    expect(segmentsAt(points, [{ year: 2010 }])).toEqual([
      { from: 2006, to: 2008, points: [p(2006, 13.4), p(2008, 12.1)] },
      { from: 2010, to: 2014, points: [p(2010, 11.3), p(2012, 9.2), p(2014, 7.1)] },
    ]);
  });

  it('cuts between two points a break year falls between, even with no figure for that year', () => {
    expect(segmentsAt([p(2009, 1), p(2011, 2)], [{ year: 2010 }]).map((s) => [s.from, s.to])).toEqual([[2009, 2009], [2011, 2011]]);
  });

  it('leaves a series without breaks, or with a break before its first year, whole', () => {
    expect(segmentsAt([p(2011, 1), p(2012, 2)], [])).toHaveLength(1);
    expect(segmentsAt([p(2011, 1), p(2012, 2)], [{ year: 2010 }])).toHaveLength(1);
    expect(segmentsAt([], [{ year: 2010 }])).toEqual([]);
  });

  const series = fc.uniqueArray(fc.integer({ min: 1990, max: 2030 }), { maxLength: 30 }).map((years) => years.map((y) => p(y, y / 7)));
  const breaks = fc.array(fc.integer({ min: 1985, max: 2035 }).map((year) => ({ year })), { maxLength: 5 });

  it('keeps every point once, in year order', () => {
    fc.assert(
      fc.property(series, breaks, (points, bs) => {
        const flat = segmentsAt(points, bs).flatMap((s) => s.points);
        expect(flat.map((x) => x.year)).toEqual(points.map((x) => x.year).sort((a, b) => a - b));
      }),
    );
  });

  it('never holds years on both sides of a break in one segment, and cuts only at breaks', () => {
    fc.assert(
      fc.property(series, breaks, (points, bs) => {
        const segments = segmentsAt(points, bs);
        for (const s of segments) for (const b of bs) expect(s.from < b.year && b.year <= s.to).toBe(false);
        for (let i = 1; i < segments.length; i++) expect(bs.some((b) => segments[i - 1].to < b.year && b.year <= segments[i].from)).toBe(true);
      }),
    );
  });
});

describe('latestPoint', () => {
  it('is the point of the latest year, whatever the order', () => {
    expect(latestPoint([p(2015, 1), p(2016, 2, true), p(2014, 3)])).toEqual(p(2016, 2, true));
    expect(latestPoint([])).toBeNull();
  });
});
