// A KPI's reported values per period against its baseline and target, as a small ECharts line chart.
// Loaded only with import() from KpiChart, so the plan pages without a KPI never fetch ECharts.
import { use, type ComposeOption } from 'echarts/core';
import { drawChart, type Drawn } from '../../shared/charts/draw';
import { LineChart, type LineSeriesOption } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent, type GridComponentOption, type MarkLineComponentOption, type TooltipComponentOption } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

use([LineChart, GridComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

type Option = ComposeOption<LineSeriesOption | GridComponentOption | MarkLineComponentOption | TooltipComponentOption>;

export interface KpiChartData {
  periods: string[];
  values: number[];
  baseline: number;
  target: number;
  name: string;
  labels: { baseline: string; target: string };
  format: (value: number) => string;
}

const FONT = "system-ui, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";

function optionFor(d: KpiChartData): Option {
  const all = [d.baseline, d.target, ...d.values];
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  const pad = (hi - lo) * 0.1 || 1;
  return {
    animation: false,
    textStyle: { fontFamily: FONT, color: '#1a2632' },
    tooltip: { trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' ? d.format(v) : '—') },
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: d.periods, boundaryGap: false, axisLabel: { color: '#4c5b6a', hideOverlap: true } },
    yAxis: { type: 'value', min: Math.floor((lo - pad) * 10) / 10, max: Math.ceil((hi + pad) * 10) / 10, axisLabel: { color: '#4c5b6a', showMinLabel: false, showMaxLabel: false, formatter: (v: number) => d.format(v) }, splitLine: { lineStyle: { color: '#e3e8ed' } } },
    series: [
      {
        type: 'line',
        name: d.name,
        data: d.values,
        symbolSize: 6,
        lineStyle: { width: 3, color: '#0d5876' },
        itemStyle: { color: '#0d5876' },
        markLine: {
          silent: true,
          symbol: 'none',
          label: { position: 'insideStartTop', fontSize: 11, color: '#4c5b6a' },
          data: [
            { yAxis: d.target, name: d.labels.target, lineStyle: { color: '#2f8a57', type: 'dashed' }, label: { formatter: d.labels.target } },
            { yAxis: d.baseline, name: d.labels.baseline, lineStyle: { color: '#9aa7b3', type: 'dotted' }, label: { formatter: d.labels.baseline } },
          ],
        },
      },
    ],
  };
}

export function drawKpi(element: HTMLElement, data: KpiChartData): Drawn {
  return drawChart(element, { height: () => 200, option: optionFor(data) });
}
