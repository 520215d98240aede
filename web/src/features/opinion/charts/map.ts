// The opinion map (../mapPoints.ts) drawn with ECharts: participants as points coloured by their group, each
// group's convex hull as a shaded polygon (a custom series), people not placed in a group in grey. The axes
// are the two principal components; they have no unit, so no numbers are shown. Loaded with import() only
// where the map is shown; the groups' sizes and statements stand in the page's text beside it.
import { use, type ComposeOption } from 'echarts/core';
import { CustomChart, ScatterChart, type CustomSeriesOption, type ScatterSeriesOption } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, type GridComponentOption, type LegendComponentOption, type TooltipComponentOption } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { drawChart, type Drawn } from '../../../shared/charts/draw';
import { FONT, INK, PEERS, RULE } from '../../../shared/charts/theme';
import type { MapGroup, MapPoints, Point } from '../mapPoints';

use([CustomChart, ScatterChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

type Option = ComposeOption<CustomSeriesOption | ScatterSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

export type MapData = { points: MapPoints; groupLabel: (name: string, size: number) => string; othersLabel: string };

const OTHERS = '#9aa7b3';
const colour = (i: number) => PEERS[i % PEERS.length];

/** The hull as a polygon in the grid's coordinates: one data item (a vertex, so renderItem runs once), the shape from the closure. */
function hullSeries(group: MapGroup, i: number, name: string): CustomSeriesOption {
  return {
    type: 'custom',
    name,
    silent: true,
    z: 1,
    data: [group.hull[0]],
    renderItem: (_params, api) => ({
      type: 'polygon',
      shape: { points: group.hull.map((p: Point) => api.coord(p)) },
      style: { fill: colour(i), opacity: 0.14, stroke: colour(i), lineWidth: 1.5 },
    }),
  };
}

function optionFor({ points, groupLabel, othersLabel }: MapData, width: number): Option {
  const names = points.groups.map((g) => groupLabel(g.name, g.size));
  const scatter = (name: string, data: Point[], color: string): ScatterSeriesOption => ({ type: 'scatter', name, data, symbolSize: width < 520 ? 6 : 8, itemStyle: { color, opacity: 0.85 }, z: 2 });
  const axis = { type: 'value' as const, scale: true, axisLabel: { show: false }, axisTick: { show: false }, splitLine: { lineStyle: { color: RULE } } };
  return {
    textStyle: { fontFamily: FONT, color: INK },
    animation: false,
    legend: { top: 0, data: points.others.length ? [...names, othersLabel] : names, textStyle: { fontSize: width < 520 ? 11 : 12 } },
    tooltip: { trigger: 'item', formatter: (p) => String((p as { seriesName?: string }).seriesName ?? '') },
    grid: { left: 8, right: 8, top: width < 520 ? 56 : 36, bottom: 8, containLabel: false },
    xAxis: axis,
    yAxis: axis,
    series: [
      ...points.groups.flatMap((g, i) => (g.hull.length >= 3 ? [hullSeries(g, i, names[i])] : [])),
      ...points.groups.map((g, i) => scatter(names[i], g.points, colour(i))),
      ...(points.others.length ? [scatter(othersLabel, points.others, OTHERS)] : []),
    ],
  };
}

export function drawOpinionMap(element: HTMLElement, data: MapData): Drawn {
  return drawChart(element, { height: (width) => (width < 520 ? 320 : 420), option: (width) => optionFor(data, width) });
}
