// An agreement's paper-to-practice over its quarters: the share of its commitments that had moved at the end
// of each quarter (a line, 0–100 %). ECharts line series, loaded with import() where the chart is shown.
import { use, type ComposeOption } from 'echarts/core';
import { LineChart, type LineSeriesOption } from 'echarts/charts';
import { GridComponent, TooltipComponent, type GridComponentOption, type TooltipComponentOption } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { drawChart, type Drawn } from '../../../shared/charts/draw';
import { FONT, INK, MUTED, PALETTE, RULE } from '../../../shared/charts/theme';

use([LineChart, GridComponent, TooltipComponent, CanvasRenderer]);

type Option = ComposeOption<LineSeriesOption | GridComponentOption | TooltipComponentOption>;

export type PracticeLine = { quarters: string[]; rates: (number | null)[]; name: string; format: (percent: number) => string };

function optionFor(data: PracticeLine): Option {
  return {
    color: [PALETTE[3]],
    textStyle: { fontFamily: FONT, color: INK },
    animation: false,
    tooltip: { trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' ? data.format(v) : '—') },
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: data.quarters, boundaryGap: false, axisLabel: { color: MUTED }, axisLine: { lineStyle: { color: '#9aa7b3' } } },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { color: MUTED, formatter: (v: number) => data.format(v) }, splitLine: { lineStyle: { color: RULE } } },
    series: [{ type: 'line', name: data.name, data: data.rates, step: 'end', symbolSize: 6, lineStyle: { width: 3 }, connectNulls: false }],
  };
}

export function drawPractice(element: HTMLElement, data: PracticeLine): Drawn {
  return drawChart(element, { height: (width) => (width < 520 ? 220 : 260), option: optionFor(data) });
}
