// The radar of a province's sub-indices against its region's and the country's medians. ECharts,
// tree-shaken to the radar series on the canvas renderer; loaded with import() by the profile page only.
import { use, type ComposeOption } from 'echarts/core';
import { RadarChart, type RadarSeriesOption } from 'echarts/charts';
import { LegendComponent, RadarComponent, TooltipComponent, type LegendComponentOption, type RadarComponentOption, type TooltipComponentOption } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { drawChart, type Drawn } from '../../../shared/charts/draw';
import { FONT, INK, MUTED, PALETTE, RULE, wrap } from '../../../shared/charts/theme';

use([RadarChart, RadarComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

type Option = ComposeOption<RadarSeriesOption | RadarComponentOption | LegendComponentOption | TooltipComponentOption>;

export interface RadarData {
  axes: { name: string; max: number }[];
  series: { name: string; values: (number | null)[] }[];
  format: (value: number) => string;
}

/** Below this width the axes carry numbers, and the page lists what each number stands for. */
export const NARROW_RADAR = 520;

// Ten long Vietnamese names cannot sit round a phone-sized radar without covering each other.
const sizes = (width: number) => (width < NARROW_RADAR ? { radius: '62%', chars: 0, font: 12 } : { radius: '62%', chars: 18, font: 12 });

function optionFor(data: RadarData, width: number): Option {
  const size = sizes(width);
  return {
    color: PALETTE,
    textStyle: { fontFamily: FONT, color: INK },
    // Drawn at once: a chart that grows is a chart half-drawn in a screenshot or a printout.
    animation: false,
    legend: { bottom: 0, left: 'center', itemGap: 14, textStyle: { fontSize: 12 } },
    tooltip: { trigger: 'item', valueFormatter: (v) => (typeof v === 'number' ? data.format(v) : '—') },
    radar: {
      center: ['50%', '46%'],
      radius: size.radius,
      indicator: data.axes.map((a, i) => ({ name: size.chars ? a.name : String(i + 1), max: a.max, min: 0 })),
      splitNumber: 5,
      axisName: { color: MUTED, fontSize: size.font, lineHeight: size.font + 3, formatter: (name?: string) => (size.chars ? wrap(name ?? '', size.chars) : name ?? '') },
      splitLine: { lineStyle: { color: RULE } },
      splitArea: { areaStyle: { color: ['#fbfcfd', '#f4f7f9'] } },
      axisLine: { lineStyle: { color: RULE } },
    },
    series: [
      {
        type: 'radar',
        symbolSize: 5,
        data: data.series.map((s, i) => ({
          name: s.name,
          value: s.values.map((v) => v ?? 0),
          // The province is the filled shape; the two medians are outlines to read it against.
          areaStyle: i === 0 ? { opacity: 0.18 } : undefined,
          lineStyle: { width: i === 0 ? 2.5 : 1.75, type: i === 2 ? 'dashed' : 'solid' },
        })),
      },
    ],
  };
}

export function drawRadar(element: HTMLElement, data: RadarData): Drawn {
  const height = (width: number) => Math.round(Math.min(520, Math.max(340, width * 0.8)));
  return drawChart(element, { height, option: (width) => optionFor(data, width) });
}
