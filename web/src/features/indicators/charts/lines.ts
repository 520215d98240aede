// Scores over the years: a province against the medians of its region and of the country, or several
// provinces side by side. Years where the publisher changed the method are marked, since a step there
// may be the method, not the province. ECharts line series, loaded with import() where a trend is drawn.
import { use, type ComposeOption } from 'echarts/core';
import { LineChart, type LineSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type MarkLineComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { drawChart, type Drawn } from '../../../shared/charts/draw';
import { FONT, INK, MUTED, PALETTE, RULE } from '../../../shared/charts/theme';

use([LineChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

type Option = ComposeOption<LineSeriesOption | GridComponentOption | LegendComponentOption | MarkLineComponentOption | TooltipComponentOption>;

export interface LineData {
  years: number[];
  series: { name: string; values: (number | null)[]; dashed?: boolean }[];
  format: (value: number) => string;
  /** Years from which the publisher's method differs from the year before. */
  breaks?: number[];
  /** Lower is better (a rank): the axis is turned upside down. */
  inverse?: boolean;
  /** Colours of the series when they are peers (provinces compared), not a province and its medians. */
  colours?: string[];
}

// The legend wraps when the names do not fit on one line; the plot starts below its last line.
function legendLines(data: LineData, width: number): number {
  let lines = 1;
  let used = 0;
  for (const s of data.series) {
    const item = 40 + s.name.length * 7;
    if (used && used + item > width) {
      lines++;
      used = 0;
    }
    used += item;
  }
  return lines;
}

function optionFor(data: LineData, width: number): Option {
  const breaks = (data.breaks ?? []).filter((y) => data.years.includes(y));
  return {
    color: data.colours ?? PALETTE,
    textStyle: { fontFamily: FONT, color: INK },
    // Drawn at once: a chart that grows is a chart half-drawn in a screenshot or a printout.
    animation: false,
    legend: { top: 0, left: 0, itemGap: 14, textStyle: { fontSize: 12 } },
    tooltip: { trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' ? data.format(v) : '—') },
    grid: { left: 8, right: 16, top: legendLines(data, width) * 24 + 24, bottom: 8, containLabel: true },
    // Years are labels, never numbers: "2016", not "2.016".
    xAxis: { type: 'category', data: data.years.map(String), boundaryGap: false, axisLabel: { color: MUTED }, axisLine: { lineStyle: { color: '#9aa7b3' } } },
    yAxis: {
      type: 'value',
      scale: true,
      inverse: data.inverse,
      axisLabel: { color: MUTED, formatter: (v: number) => data.format(v) },
      splitLine: { lineStyle: { color: RULE } },
    },
    series: data.series.map((s, i) => ({
      type: 'line',
      name: s.name,
      data: s.values,
      connectNulls: false,
      symbolSize: i === 0 ? 7 : 5,
      lineStyle: { width: i === 0 ? 3 : 2, type: s.dashed ? 'dashed' : 'solid' },
      markLine:
        i === 0 && breaks.length
          ? {
              silent: true,
              symbol: 'none',
              lineStyle: { color: '#9aa7b3', type: 'dotted', width: 1.5 },
              // Unlabelled: four labels (PAPI) would cover the lines; the note under the chart names the years.
              label: { show: false },
              data: breaks.map((y) => ({ xAxis: String(y) })),
            }
          : undefined,
    })),
  };
}

export function drawLines(element: HTMLElement, data: LineData): Drawn {
  return drawChart(element, { height: (width) => (width < 520 ? 300 : 320), option: (width) => optionFor(data, width) });
}
