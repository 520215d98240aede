// A statistic's trend as chart lines (web/src/features/indicators/statistic-lines.ts): Cần Thơ's poverty rate as
// GSO publishes it (test/fixtures/vn/gso_2002_2016_choisy/Poverty rate by province.csv, line 70), cut at the 2010
// poverty line, is two lines that share no year — nothing joins 2008 to 2010. Expected values written by hand.
import { describe, expect, it } from 'vitest';
import { segmentLines } from '../../web/src/features/indicators/statistic-lines';

const p = (year: number, value: number) => ({ year, value, preliminary: year === 2016 });
const points = [p(2006, 7.5), p(2008, 7), p(2010, 7.2), p(2012, 5.9), p(2013, 5.3), p(2014, 4.5), p(2015, 3.1), p(2016, 1.7)];

describe('segmentLines', () => {
  it('draws one series per segment, null outside it', () => {
    expect(segmentLines({ points, segments: [{ from: 2006, to: 2008 }, { from: 2010, to: 2016 }] }, 'Cần Thơ')).toEqual({
      years: [2006, 2008, 2010, 2012, 2013, 2014, 2015, 2016],
      series: [
        { name: 'Cần Thơ 2006–2008', values: [7.5, 7, null, null, null, null, null, null] },
        { name: 'Cần Thơ 2010–2016', values: [null, null, 7.2, 5.9, 5.3, 4.5, 3.1, 1.7] },
      ],
    });
  });

  it('keeps the plain name for a series without a break', () => {
    const one = segmentLines({ points: points.slice(2), segments: [{ from: 2010, to: 2016 }] }, 'Cần Thơ');
    expect(one.series).toEqual([{ name: 'Cần Thơ', values: [7.2, 5.9, 5.3, 4.5, 3.1, 1.7] }]);
  });
});
