// Horizontal bar charts with Apache ECharts, tree-shaken to the bar series, grid, legend and tooltip
// on the canvas renderer. Only ever loaded through import() by ScoreChart, so the main bundle and
// every page without a chart stay free of it.
import { use, type ComposeOption } from 'echarts/core';
import { drawChart, type Drawn } from './draw';
import { BarChart, type BarSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

type Option = ComposeOption<BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

export interface BarData {
  /** Option titles, best first: drawn top to bottom. */
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
  /** Numbers in the page's language (1.234,5 or 1,234.5). */
  format: (value: number) => string;
}

// The app's primary colour first; the others stay distinct for the common kinds of colour blindness.
const palette = ['#0d5876', '#d08a00', '#2f8a57', '#8a4fb0', '#c4455a', '#4a7fb5'];
const font = "system-ui, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";

// Long Vietnamese titles wrap inside a label column of about a third of the width (more on a phone).
const labelWidth = (width: number) => Math.round(Math.max(120, Math.min(280, width * (width < 520 ? 0.42 : 0.34))));
const LINE = 16;

// Rows are as tall as their longest wrapped title, so no label spills over its neighbour or the edge.
function layout(data: BarData, width: number) {
  const perLine = Math.max(8, Math.floor(labelWidth(width) / 7));
  const lines = Math.max(1, ...data.categories.map((c) => Math.ceil(c.length / perLine)));
  const perRow = Math.max(lines * LINE + 14, data.series.length * 18 + 22);
  const top = (data.series.length > 1 ? 40 : 0) + Math.ceil((lines * LINE) / 2);
  return { perRow, top, height: data.categories.length * perRow + top + 28 };
}

function optionFor(data: BarData, width: number): Option {
  const legend = data.series.length > 1;
  // Counts of ballots get whole-number ticks, never 0,5.
  const whole = data.series.every((s) => s.values.every((v) => v === null || Number.isInteger(v)));
  const value = (p: unknown) => {
    const v = (p as { value?: unknown }).value;
    return typeof v === 'number' ? data.format(v) : '';
  };
  return {
    color: palette,
    textStyle: { fontFamily: font, color: '#1a2632' },
    animationDuration: 300,
    legend: legend ? { top: 0, left: 0, itemGap: 16, textStyle: { fontSize: 13 } } : undefined,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => (typeof v === 'number' ? data.format(v) : '') },
    grid: { left: 4, right: 48, top: layout(data, width).top, bottom: 28 },
    xAxis: { type: 'value', minInterval: whole ? 1 : undefined, axisLabel: { formatter: (v: number) => data.format(v), color: '#4c5b6a' }, splitLine: { lineStyle: { color: '#e3e8ed' } } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: data.categories,
      axisTick: { show: false },
      axisLabel: { width: labelWidth(width), overflow: 'break', lineHeight: LINE, fontSize: 13, color: '#1a2632' },
    },
    series: data.series.map((s) => ({
      type: 'bar',
      name: s.name,
      data: s.values,
      barMaxWidth: 22,
      label: { show: true, position: 'right', formatter: value, fontSize: 12, color: '#1a2632' },
    })),
  };
}

export function drawBars(element: HTMLElement, data: BarData): Drawn {
  return drawChart(element, { height: (width) => layout(data, width).height, option: (width) => optionFor(data, width) });
}
