// The evidence hub's charts: the shared lazy chart (charts/LazyChart.tsx) with the hub's ECharts modules.
import { LazyChart, type ChartLoader } from '../../shared/charts/LazyChart';

export type { ChartLoader };

export function Chart<D>(props: { load: ChartLoader<D>; data: D; label: string; testId: string }) {
  return <LazyChart {...props} className="chart ev-chart" />;
}

export const loadRadar = () => import('./charts/radar').then((m) => m.drawRadar);
export const loadLines = () => import('./charts/lines').then((m) => m.drawLines);
export const loadChoropleth = () => import('./charts/choropleth').then((m) => m.drawChoropleth);
export const loadBars = () => import('../../shared/charts/bars').then((m) => m.drawBars);
