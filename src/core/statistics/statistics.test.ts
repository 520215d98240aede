// The pure pieces of official statistics: header cells and first-column names of GSO's PX-Web exports,
// ranking by a dataset's direction, a count summed onto the 34, and the catalogue's own consistency.
// Names and headers are copied from the sixteen exports in the team's GSO folder (see
// test/fixtures/vn/gso_2002_2016_choisy/README.md); ranks and sums are worked out by hand.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCALITIES_34, LOCALITIES_63, predecessorsOf } from '../localities/units';
import { GSO_DATASETS, GSO_TABLES, datasetOfLabel, tableOfTitle } from './catalogue';
import { headerCell, rankByDirection, rowKind } from './pxweb';
import { sumOnto34 } from './reaggregate';

describe('header cells', () => {
  it('split a year (perhaps preliminary) from the measure, whichever comes first', () => {
    expect(headerCell('2015')).toEqual({ year: 2015, preliminary: false, label: '' });
    expect(headerCell('Pre. 2016')).toEqual({ year: 2016, preliminary: true, label: '' });
    expect(headerCell('Prel. 2016')).toEqual({ year: 2016, preliminary: true, label: '' });
    expect(headerCell('2015 Total')).toEqual({ year: 2015, preliminary: false, label: 'Total' });
    expect(headerCell('Total 1995')).toEqual({ year: 1995, preliminary: false, label: 'Total' });
    expect(headerCell('Total Prel. 2016')).toEqual({ year: 2016, preliminary: true, label: 'Total' });
    expect(headerCell('2011 Average population (Thous. pers.)')).toEqual({ year: 2011, preliminary: false, label: 'Average population (Thous. pers.)' });
    expect(headerCell('2016 (*) Area (Km2)')).toEqual({ year: 2016, preliminary: false, label: '(*) Area (Km2)' });
    expect(headerCell('Total')).toBeNull();
    expect(headerCell('Area (Km2)')).toBeNull();
  });
});

describe('first-column names', () => {
  it('find provinces by their ASCII names, spaces and hyphens as GSO writes them', () => {
    const code = (name: string) => {
      const kind = rowKind(name);
      return kind?.kind === 'province' ? kind.unit.code : kind?.kind;
    };
    expect(code('Ha Noi')).toBe('01');
    expect(code('Binh  Duong')).toBe('74'); // two spaces, in six of the files
    expect(code('Thai  Nguyen')).toBe('19');
    expect(code('Thua Thien-Hue')).toBe('46');
    expect(code('Ho Chi Minh city')).toBe('79');
    expect(code('Dak Lak')).toBe('66');
    expect(code('Ba Ria - Vung Tau')).toBe('77');
    expect(code('Can Tho')).toBe('92');
  });

  it('tell the country, the six regions, Hà Tây and footnote rows from the provinces', () => {
    expect(rowKind(' WHOLE COUNTRY')).toEqual({ kind: 'country' });
    expect(rowKind('WHOLE COUNTRY')).toEqual({ kind: 'country' });
    expect(
      ['Northern midlands and mountain areas', 'Red River Delta', 'Northern Central area and Central coastal area', 'Central Highlands', 'South East', 'Mekong River Delta'].map(
        (n) => rowKind(n),
      ),
    ).toEqual(
      ['northern-midlands-mountains', 'red-river-delta', 'north-central-central-coast', 'central-highlands', 'southeast', 'mekong-delta'].map((region) => ({ kind: 'region', region })),
    );
    expect(rowKind('Ha Tay')?.kind).toBe('set-aside');
    expect(rowKind('Pupils in universities')?.kind).toBe('set-aside');
    expect(rowKind('Atlantis')).toBeUndefined();
  });
});

describe('ranking by direction', () => {
  const items = [
    { code: 'a', value: 3.1 },
    { code: 'b', value: 1.7 },
    { code: 'c', value: 3.1 },
    { code: 'd', value: 9.9 },
  ];
  it('puts the lowest first when higher is worse, ties sharing the better rank', () => {
    expect(rankByDirection(items, 'higher-worse').map((s) => [s.code, s.value, s.rank])).toEqual([
      ['a', 3.1, 2],
      ['b', 1.7, 1],
      ['c', 3.1, 2],
      ['d', 9.9, 4],
    ]);
  });
  it('puts the highest first when higher is better, and the largest first for a neutral size', () => {
    expect(rankByDirection(items, 'higher-better').map((s) => s.rank)).toEqual([2, 4, 2, 1]);
    expect(rankByDirection(items, 'neutral').map((s) => s.rank)).toEqual([2, 4, 2, 1]);
  });
});

describe('a count summed onto the 34', () => {
  it('adds Cần Thơ, Hậu Giang and Sóc Trăng’s 2015 patient beds into the new Cần Thơ (2,966 + 2,500 + 2,851)', () => {
    // Number of patient beds … by province.csv, "2015 Total", lines 70–72
    const row = sumOnto34(new Map([['92', 2966], ['93', 2500], ['94', 2851]])).find((r) => r.code === '92')!;
    expect(row).toEqual({ code: '92', value: 8317, constituents: ['92', '93', '94'], missing: [] });
  });

  it('property: every 34-unit’s sum is the sum of its predecessors, and the 34 together add up to the 63', () => {
    const values = fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 63, maxLength: 63 });
    fc.assert(
      fc.property(values, (numbers) => {
        const byCode = new Map(LOCALITIES_63.map((u, i) => [u.code, numbers[i]]));
        const rows = sumOnto34(byCode);
        expect(rows).toHaveLength(34);
        for (const row of rows) {
          const unit = LOCALITIES_34.find((u) => u.code === row.code)!;
          expect(row.value).toBe(predecessorsOf(unit).reduce((s, p) => s + byCode.get(p.code)!, 0));
        }
        expect(rows.reduce((s, r) => s + r.value!, 0)).toBe(numbers.reduce((s, n) => s + n, 0));
      }),
    );
  });

  it('property: a 34-unit with a predecessor lacking a figure has no sum, and names the one missing', () => {
    fc.assert(
      fc.property(fc.subarray(LOCALITIES_63.map((u) => u.code)), (absent) => {
        const byCode = new Map(LOCALITIES_63.filter((u) => !absent.includes(u.code)).map((u) => [u.code, 1]));
        for (const row of sumOnto34(byCode)) {
          const parts = predecessorsOf(LOCALITIES_34.find((u) => u.code === row.code)!).map((p) => p.code);
          const lacking = parts.filter((c) => absent.includes(c));
          expect(row.missing).toEqual(lacking);
          expect(row.value).toBe(lacking.length ? null : parts.length);
        }
      }),
    );
  });
});

describe('the catalogue', () => {
  it('declares each dataset once, with Vietnamese names in NFC and every field filled', () => {
    const keys = GSO_TABLES.flatMap((t) => t.measures.map(([, d]) => d.key));
    expect(keys.length).toBe(new Set(keys).size);
    for (const d of GSO_DATASETS.values()) {
      expect(d.key).toMatch(/^gso\.[a-z0-9.-]+$/);
      for (const text of [d.name, d.unit, d.definition]) {
        expect(text.vi.length && text.en.length, d.key).toBeTruthy();
        expect(text.vi, d.key).toBe(text.vi.normalize('NFC'));
      }
    }
    // poverty 1, beds 5, establishments 5, staff 4, solid waste 2, income 5, electricity 1, immunisation 1,
    // population 5, area, population and density 3, infant and under-five mortality 2, literacy 1, trained workers 1, pupils 4, schools 6
    // = 46 from the PX-Web tables, and 7 series beside them (GRDP per capita, GRDP, GRDP of agriculture; households, live births, population 15+, employed 15+ as denominators).
    expect(GSO_DATASETS.size).toBe(53);
  });

  it('finds a table by its title line and a measure by its header label, ignoring "(*)" and letter case', () => {
    const beds = tableOfTitle('Number of patient beds under provincial departments of health by province (*) by Cities, provincies, Year and Health establishments');
    expect(beds?.title).toBe('Number of patient beds under provincial departments of health by province');
    expect(datasetOfLabel(beds!, 'Total')?.key).toBe('gso.beds.total');
    const literacy = tableOfTitle('Percentage of literate population at 15 years of age and above by province by Cities, provinces and Year');
    expect(datasetOfLabel(literacy!, '')?.key).toBe('gso.literacy-15-plus');
    const area = tableOfTitle('Area, population and population density by province by Cities, provincies, Year and Items');
    expect(datasetOfLabel(area!, '(*) Area (Km2)')?.key).toBe('gso.area');
    expect(tableOfTitle('Number of cinemas by province by Cities, provincies and Year')).toBeUndefined();
  });
});
