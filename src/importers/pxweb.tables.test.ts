// Every one of the sixteen GSO tables in the team's shared folder vn/gso_2002_2016_choisy imports (issue 16's
// acceptance): eleven are test fixtures (test/fixtures/vn/gso_2002_2016_choisy), the other five are carried
// by the demo (src/modules/indicators/demo-data/gso); all are the downloaded bytes. Each must read whole,
// name a table of the catalogue and give figures for each of the 63 provinces. Three published figures are
// checked by hand against the files (line and column beside each).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../test/helpers/fixtures';
import { GSO_TABLES } from '../core/statistics/catalogue';
import { readPxWebCsv } from './pxweb.csv';

const DEMO = new URL('../modules/indicators/demo-data/gso/', import.meta.url);
const inFixtures = [
  'Area, population and population density by province.csv',
  'Average population by province.csv',
  'Infant mortality rate by province.csv',
  'Number of health establishments under provincial departments of health by province.csv',
  'Number of patient beds under provincial departments of health by province.csv',
  'Number of pupils of general education as of 30 September by province.csv',
  'Number of school of general education as of 30 September by province.csv',
  'Percentage of children under 1 year old immunized fully caccinations by province.csv',
  'Percentage of household using electricity by province.csv',
  'Poverty rate by province.csv',
  'Under five mortality rate by province.csv',
];
const inDemo = [
  'Average collected solid waste treated per day by province.csv',
  'Monthly average income per capita at current prices by income source and by province.csv',
  'Number of medical staff under provincial departments of health by province.csv',
  'Percentage of literate population at 15 years of age and above by province.csv',
  'Percentage of trained employed workers at 15 years of age and above by province.csv',
];

const text = (name: string) => readFileSync(inFixtures.includes(name) ? fixture('vn', 'gso_2002_2016_choisy', name) : new URL(encodeURIComponent(name), DEMO), 'utf8');
const read = (name: string) => readPxWebCsv(text(name), name);

describe('the sixteen GSO tables', () => {
  it('are the sixteen tables of the catalogue, one file each', () => {
    const titles = [...inFixtures, ...inDemo].map((name) => read(name).title);
    expect(new Set(titles).size).toBe(16);
    expect(GSO_TABLES).toHaveLength(16);
  });

  for (const name of [...inFixtures, ...inDemo]) {
    it(`imports ${name}: a row for each of the 63 provinces, every measure with figures`, () => {
      const table = read(name);
      expect(table.datasets.length).toBeGreaterThan(0);
      // a measure may have no figure for some provinces (`..`: no regional polyclinic there)
      for (const dataset of table.datasets) expect(dataset.values.length, dataset.spec.key).toBeGreaterThan(0);
      expect(new Set(table.datasets.flatMap((d) => d.values.map((v) => v.localityCode))).size).toBe(63);
    });
  }

  it('gives the published figures: infant mortality, households with electricity, schools (Cần Thơ)', () => {
    const figure = (name: string, key: string, year: number) => read(name).datasets.find((d) => d.spec.key === key)!.values.find((v) => v.localityCode === '92' && v.year === year)!.value;
    // line 70, column "2015": 9.3 per 1,000 live births
    expect(figure('Infant mortality rate by province.csv', 'gso.infant-mortality', 2015)).toBe(9.3);
    // line 64, column "2014": 99.6 %
    expect(figure('Percentage of household using electricity by province.csv', 'gso.households-electricity', 2014)).toBe(99.6);
    // line 70, column "2002 Total": 455 schools
    expect(figure('Number of school of general education as of 30 September by province.csv', 'gso.schools.total', 2002)).toBe(455);
  });
});
