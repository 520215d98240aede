// The GSO PX-Web reader on real exports (test/fixtures/vn/gso_2002_2016_choisy/, unchanged bytes) and on
// copies made bad on purpose. Expected figures were read by hand from the files: the line number and the
// column header are given beside each.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../test/helpers/fixtures';
import { readOfficialBytes } from './import-file';
import { IndexFileError, type RowProblem } from './problems';
import { isPxWebCsv, readPxWebCsv, type PxWebTable } from './pxweb.csv';

const GSO = (name: string) => readFileSync(fixture('vn', 'gso_2002_2016_choisy', `${name}.csv`), 'utf8');
const POVERTY = 'Poverty rate by province';
const AREA = 'Area, population and population density by province';
const BEDS = 'Number of patient beds under provincial departments of health by province';
const UNDER_FIVE = 'Under five mortality rate by province';
const POPULATION = 'Average population by province';

function figure(table: PxWebTable, dataset: string, code: string, year: number) {
  return table.datasets.find((d) => d.spec.key === dataset)?.values.find((v) => v.localityCode === code && v.year === year);
}

function problemsOf(text: string, file = 'bad.csv'): RowProblem[] {
  try {
    readPxWebCsv(text, file);
  } catch (err) {
    if (err instanceof IndexFileError) return [...err.problems];
    throw err;
  }
  throw new Error('the file was accepted');
}

/** The text with line `n` (1-based) replaced; CRLF kept as the exports write it. */
function withLine(text: string, n: number, line: string | null): string {
  const lines = text.split('\r\n');
  if (line === null) lines.splice(n - 1, 1);
  else lines[n - 1] = line;
  return lines.join('\r\n');
}

describe('GSO PX-Web exports as downloaded', () => {
  it('are told from the index CSVs by their first lines', () => {
    for (const name of [POVERTY, AREA, BEDS, UNDER_FIVE, POPULATION]) expect(isPxWebCsv(GSO(name)), name).toBe(true);
    expect(isPxWebCsv(readFileSync(fixture('vn', 'papi_hnks-gh_ml-mcdm', '2016.csv'), 'utf8'))).toBe(false);
  });

  it('reads the poverty rate: one dataset, "Pre. 2016" kept as 2016 preliminary, `..` left out, Hà Tây set aside', () => {
    const table = readPxWebCsv(GSO(POVERTY), `${POVERTY}.csv`);
    expect(table.title).toBe('Poverty rate by province by Cities, provincies and Year'); // line 1
    expect(table.datasets.map((d) => d.spec.key)).toEqual(['gso.poverty-rate']);
    const [poverty] = table.datasets;
    expect(poverty.years).toEqual([2006, 2008, 2010, 2012, 2013, 2014, 2015].map((year) => ({ year, preliminary: false })).concat({ year: 2016, preliminary: true })); // line 3
    // 63 provinces × 8 years, less Ho Chi Minh city's "Pre. 2016" (line 60: "..")
    expect(poverty.values).toHaveLength(503);
    expect(figure(table, 'gso.poverty-rate', '79', 2016)).toBeUndefined();
    expect(figure(table, 'gso.poverty-rate', '92', 2006)).toMatchObject({ value: 7.5, preliminary: false }); // line 70 "Can Tho", "2006"
    expect(figure(table, 'gso.poverty-rate', '92', 2015)).toMatchObject({ value: 3.1, preliminary: false }); // line 70, "2015"
    expect(figure(table, 'gso.poverty-rate', '92', 2016)).toMatchObject({ value: 1.7, preliminary: true }); // line 70, "Pre. 2016"
    expect(figure(table, 'gso.poverty-rate', '02', 2010)?.value).toBe(50.0); // line 19 "Ha Giang", "2010"
    expect(table.setAside).toEqual([expect.objectContaining({ line: 7, name: 'Ha Tay' })]);
    // " WHOLE COUNTRY" (line 4) and the six regions, kept apart from the provinces
    expect(table.aggregates.map((a) => [a.line, a.kind, a.region ?? null])).toEqual([
      [4, 'country', null],
      [5, 'region', 'red-river-delta'],
      [18, 'region', 'northern-midlands-mountains'],
      [33, 'region', 'north-central-central-coast'],
      [48, 'region', 'central-highlands'],
      [54, 'region', 'southeast'],
      [61, 'region', 'mekong-delta'],
    ]);
    expect(table.aggregates[0].values.find((v) => v.year === 2015)?.value).toBe(7.0); // line 4, "2015"
    expect(table.aggregates[6].values.find((v) => v.year === 2015)?.value).toBe(6.5); // line 61 "Mekong River Delta", "2015"
  });

  it('reads three measures a year ("2015 Average population (Thous. pers.)") as three datasets', () => {
    const table = readPxWebCsv(GSO(AREA), `${AREA}.csv`);
    expect(table.datasets.map((d) => d.spec.key)).toEqual(['gso.area', 'gso.population.area-table', 'gso.population.density']);
    expect(table.datasets[1].years.map((y) => y.year)).toEqual([2011, 2012, 2013, 2014, 2015, 2016]);
    // Cần Thơ's 2015 average population, 1,248.0 thousand (issue 16's acceptance figure): line 69
    expect(figure(table, 'gso.population.area-table', '92', 2015)?.value).toBe(1248.0);
    expect(figure(table, 'gso.area', '92', 2015)?.value).toBe(1408.9); // line 69, "2015 Area (Km2)"
    expect(figure(table, 'gso.population.density', '92', 2015)?.value).toBe(886.0); // line 69, "2015 Population density (Person/km2)"
    expect(figure(table, 'gso.population.area-table', '22', 2015)?.value).toBe(1211.3); // line 9 "Quang Ninh"
    expect(figure(table, 'gso.population.area-table', '11', 2015)?.value).toBe(547.8); // line 28 "Dien Bien"
    expect(figure(table, 'gso.population.area-table', '92', 2016)?.value).toBe(1257.9); // line 69, "2016 (*) Average population…"
    expect(table.setAside).toEqual([]);
  });

  it('reads five measures a year ("2015 Total") with their `..` cells', () => {
    const table = readPxWebCsv(GSO(BEDS), `${BEDS}.csv`);
    expect(table.datasets.map((d) => d.spec.key)).toEqual(['gso.beds.total', 'gso.beds.hospital', 'gso.beds.regional-polyclinic', 'gso.beds.sanatorium-rehabilitation', 'gso.beds.medical-service-unit']);
    expect(figure(table, 'gso.beds.total', '01', 2015)?.value).toBe(14336); // line 6 "Ha Noi", "2015 Total"
    expect(figure(table, 'gso.beds.total', '12', 2015)?.value).toBe(1536); // line 30 "Lai Chau", "2015 Total"
    expect(figure(table, 'gso.beds.hospital', '92', 2015)?.value).toBe(2485); // line 70 "Can Tho", "2015 Hospital"
    expect(figure(table, 'gso.beds.regional-polyclinic', '92', 2015)).toBeUndefined(); // line 70, "2015 Regional polyclinic": ".."
    expect(figure(table, 'gso.beds.total', '93', 2002)).toBeUndefined(); // line 71 "Hau Giang", "2002 Total": ".."
    expect(table.setAside.map((s) => s.name)).toEqual(['Ha Tay']); // line 7
  });

  it('reads the measure before the year ("Total 2015", "Total Prel. 2016"), five measures over 22 years', () => {
    const table = readPxWebCsv(GSO(POPULATION), `${POPULATION}.csv`);
    expect(table.datasets.map((d) => d.spec.key)).toEqual(['gso.population.total', 'gso.population.male', 'gso.population.female', 'gso.population.urban', 'gso.population.rural']);
    expect(table.datasets[0].years).toHaveLength(22); // "Total 1995" … "Total Prel. 2016", line 3
    expect(figure(table, 'gso.population.total', '92', 2015)?.value).toBe(1248.0); // line 70 "Can Tho", "Total 2015"
    expect(figure(table, 'gso.population.total', '01', 2015)?.value).toBe(7202.9); // line 6 "Ha Noi": 7,216.0 in the area table
    expect(figure(table, 'gso.population.total', '92', 2016)).toMatchObject({ value: 1257.9, preliminary: true }); // line 70, "Total Prel. 2016"
    expect(figure(table, 'gso.population.male', '01', 1995)?.value).toBe(1213.4); // line 6, "Male 1995"
  });

  it('reads "Prel. 2016" as a preliminary 2016', () => {
    const table = readPxWebCsv(GSO(UNDER_FIVE), `${UNDER_FIVE}.csv`);
    expect(table.datasets[0].years.at(-1)).toEqual({ year: 2016, preliminary: true }); // line 3
    expect(figure(table, 'gso.under-five-mortality', '12', 2010)?.value).toBe(73.3); // line 29 "Lai Chau", "2010"
    expect(figure(table, 'gso.under-five-mortality', '92', 2016)).toMatchObject({ value: 13.6, preliminary: true }); // line 69 "Can Tho"
  });
});

describe('a bad PX-Web export', () => {
  const poverty = GSO(POVERTY);

  it('is refused with every bad row listed: text in a figure, an unknown name, a short line, a province twice, a province missing', () => {
    let text = withLine(poverty, 8, '"Vinh Phuc";12.6;11.3;10.4;7.3;6.0;4.9;n/a;2.9'); // a figure that is text
    text = withLine(text, 9, '"Bac Ninhh";8.6;7.5;7.0;4.5;3.6;2.6;2.1;1.6'); // a misspelt province
    text = withLine(text, 10, '"Quang Ninh";7.9;6.4;8.0;5.2;4.3;4.1;4.0'); // one field short
    text = withLine(text, 12, '"Hai Duong";7.8;6.3;6.5;5.1;4.5;3.8;2.9;2.1'); // Hải Dương twice; Hải Phòng gone
    const problems = problemsOf(text);
    expect(problems.map((p) => [p.row, p.column])).toEqual([
      [8, '2015'],
      [9, 'Cities, provincies'],
      [10, null],
      [12, 'Cities, provincies'],
      [null, 'Cities, provincies'],
    ]);
    expect(problems[0]).toMatchObject({ sheet: 'bad.csv', vi: '"n/a" không phải là số (hoặc ".." khi không có số liệu)', en: '"n/a" is not a number (or ".." for no figure)' });
    expect(problems[1].en).toBe('"Bac Ninhh" is not the name of a province, a region or the whole country');
    expect(problems[2].en).toBe('the line has 8 fields where the header has 9');
    expect(problems[3].vi).toBe('Hải Dương xuất hiện lần thứ hai');
    expect(problems[4].en).toBe('the file lacks Bac Ninh, Hai Phong');
  });

  it('is refused when a header cell names no year or a measure the table does not hold', () => {
    const text = withLine(poverty, 3, '"Cities, provincies";"2006";"2008";"Total";"2012";"2013";"2014";"2015 Rural";"Pre. 2016"');
    const problems = problemsOf(text);
    expect(problems.map((p) => [p.row, p.column, p.en])).toEqual([
      [3, 'Total', 'the column header "Total" names no year'],
      [3, '2015 Rural', 'the table "Poverty rate by province" holds no measure "Rural"; its measures are: (the year alone)'],
    ]);
  });

  it('is refused when a year appears twice for one measure', () => {
    const text = withLine(poverty, 3, '"Cities, provincies";"2006";"2008";"2010";"2012";"2013";"2014";"2015";"Pre. 2015"');
    expect(problemsOf(text).map((p) => [p.row, p.column, p.en])).toEqual([[3, 'Pre. 2015', 'Poverty rate has two columns for 2015']]);
  });

  it('is refused when its table is not in the catalogue, naming the title', () => {
    const text = withLine(poverty, 1, '\uFEFF"Number of cinemas by province by Cities, provincies and Year"');
    const [problem] = problemsOf(text);
    expect(problem.row).toBe(1);
    expect(problem.en).toMatch(/^the table "Number of cinemas by province by Cities, provincies and Year" is not in the statistics catalogue/);
    expect(problem.vi).toMatch(/^bảng "Number of cinemas by province by Cities, provincies and Year" chưa có trong danh mục số liệu thống kê/);
  });
});

describe('telling a GSO export from an index file', () => {
  const bytes = new Uint8Array(readFileSync(fixture('vn', 'gso_2002_2016_choisy', `${POVERTY}.csv`)));

  it('reads a PX-Web CSV as statistics and a PAPI CSV as an index edition', async () => {
    expect((await readOfficialBytes(bytes, `${POVERTY}.csv`)).kind).toBe('statistics');
    expect((await readOfficialBytes(new Uint8Array(readFileSync(fixture('vn', 'papi_hnks-gh_ml-mcdm', '2016.csv'))), '2016.csv')).kind).toBe('index');
  });

  it('refuses an index or a year given for a GSO table, in Vietnamese and English', async () => {
    await expect(readOfficialBytes(bytes, 'p.csv', { index: 'PCI' })).rejects.toMatchObject({ message: 'p.csv is a GSO statistics table, not a PCI file.', vi: 'p.csv là bảng số liệu thống kê của Tổng cục Thống kê, không phải tệp PCI.' });
    await expect(readOfficialBytes(bytes, 'p.csv', { year: 2015 })).rejects.toMatchObject({ message: expect.stringContaining('its years are in its header') });
  });
});
