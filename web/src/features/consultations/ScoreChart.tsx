// The bar chart of a result (ECharts fetched on first use; the table next to it holds the same figures).
import type { BarData } from '../../shared/charts/bars';
import { LazyChart } from '../../shared/charts/LazyChart';

const loadBars = () => import('../../shared/charts/bars').then((m) => m.drawBars);

export function ScoreChart({ data, label }: { data: BarData; label: string }) {
  return <LazyChart load={loadBars} data={data} label={label} testId="results-chart" />;
}
