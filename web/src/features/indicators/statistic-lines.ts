// A province's statistic as chart lines: one series per segment the server cut at the dataset's breaks, each
// with its own years' values and null elsewhere, so that no line is drawn across a break.
import type { ProvinceDataset } from './api';
import type { LineData } from './charts/lines';

export function segmentLines(dataset: Pick<ProvinceDataset, 'points' | 'segments'>, name: string): Pick<LineData, 'years' | 'series'> {
  const years = [...new Set(dataset.points.map((p) => p.year))].sort((a, b) => a - b);
  const value = new Map(dataset.points.map((p) => [p.year, p.value]));
  const series = dataset.segments.map((s) => ({
    name: dataset.segments.length > 1 ? `${name} ${s.from === s.to ? s.from : `${s.from}–${s.to}`}` : name,
    values: years.map((y) => (y >= s.from && y <= s.to ? (value.get(y) ?? null) : null)),
  }));
  return { years, series };
}
