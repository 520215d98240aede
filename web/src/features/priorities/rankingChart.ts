// The ranking of a scenario as horizontal bars with Apache ECharts (the same tree-shaken modules as
// src/charts/bars.ts, so the two share one chunk). Only ever loaded through import() by PriorityChart.
// Scores lie in 0…1; on a phone the axis carries three ticks so its figures never run into each other.
import { use, type ComposeOption } from 'echarts/core';
import { drawChart, type Drawn } from '../../shared/charts/draw';
import { BarChart, type BarSeriesOption } from 'echarts/charts';
import { GridComponent, TooltipComponent, type GridComponentOption, type TooltipComponentOption } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

type Option = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption>;

export interface RankingData {
  /** Alternative titles, first place first: drawn top to bottom. */
  categories: string[];
  scores: number[];
  /** A score with three decimals, and an axis tick with one, in the page's language. */
  score: (value: number) => string;
  tick: (value: number) => string;
}

const font = "system-ui, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";
const LINE = 16;
const narrow = (width: number) => width < 520;
const labelWidth = (width: number) => Math.round(Math.max(110, Math.min(280, width * (narrow(width) ? 0.4 : 0.32))));

function height(data: RankingData, width: number): number {
  const perLine = Math.max(8, Math.floor(labelWidth(width) / 7));
  const lines = Math.max(1, ...data.categories.map((c) => Math.ceil(c.length / perLine)));
  return data.categories.length * Math.max(lines * LINE + 12, 34) + 40;
}

function optionFor(data: RankingData, width: number): Option {
  const top = Math.max(0, ...data.scores);
  const max = Math.min(1, Math.max(0.1, Math.ceil(top * 10) / 10));
  return {
    textStyle: { fontFamily: font, color: '#1a2632' },
    animationDuration: 300,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => (typeof v === 'number' ? data.score(v) : '') },
    grid: { left: 4, right: 52, top: 8, bottom: 28, containLabel: true },
    xAxis: {
      type: 'value',
      min: 0,
      max,
      splitNumber: narrow(width) ? 2 : 5,
      axisLabel: { formatter: (v: number) => data.tick(v), color: '#4c5b6a', hideOverlap: true },
      splitLine: { lineStyle: { color: '#e3e8ed' } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: data.categories,
      axisTick: { show: false },
      axisLabel: { width: labelWidth(width), overflow: 'break', lineHeight: LINE, fontSize: 13, color: '#1a2632' },
    },
    series: [
      {
        type: 'bar',
        data: data.scores.map((value, i) => ({ value, itemStyle: { color: i === 0 ? '#0d5876' : '#4a7fb5' } })),
        barMaxWidth: 22,
        label: { show: true, position: 'right', formatter: (p) => (typeof p.value === 'number' ? data.score(p.value) : ''), fontSize: 12, color: '#1a2632' },
      },
    ],
  };
}

export function drawRanking(element: HTMLElement, data: RankingData): Drawn {
  return drawChart(element, { height: (width) => height(data, width), option: (width) => optionFor(data, width) });
}
