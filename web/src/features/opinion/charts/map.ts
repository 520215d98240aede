// The opinion map (../mapPoints.ts) drawn with ECharts: participants as points coloured and shaped by their
// group, each group's convex hull as a shaded polygon (a custom series) — or, for a group with no area (all
// its members voted alike, so they stand on one point), a circle of fixed screen size —, each group labelled
// on the chart as the lists below name it ("Nhóm A: 12 người"), so that no group is told by colour alone;
// people not placed in a group as grey rings. The labels are also on the chart's element (data-labels). The axes
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

export type MapData = {
  points: MapPoints;
  /** The legend's name of a group ("Nhóm A (12)"). */
  groupLabel: (name: string, size: number) => string;
  /** The label written on the chart at the group, as the lists below name it ("Nhóm A: 12 người"). */
  mapLabel: (name: string, size: number) => string;
  othersLabel: string;
};

const OTHERS = '#9aa7b3';
const colour = (i: number) => PEERS[i % PEERS.length];
/** A shape per group as well as a colour, so that groups are told apart without colour. */
const SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'roundRect'];
const symbol = (i: number) => SYMBOLS[i % SYMBOLS.length];
/** Screen size, in pixels, of the area drawn round a group with no area (all its points one point, or two). */
const FLAT_RADIUS = 18;

/** The group's area in the grid's coordinates: a polygon round its hull, or, with no area, a circle or a band of fixed screen size. */
function areaSeries(group: MapGroup, i: number, name: string): CustomSeriesOption {
  const style = { fill: colour(i), opacity: 0.14, stroke: colour(i), lineWidth: 1.5 };
  return {
    type: 'custom',
    name,
    silent: true,
    z: 1,
    itemStyle: { color: colour(i) },
    // one data item (a vertex), so renderItem runs once; the shape comes from the closure
    data: [group.hull[0]],
    renderItem: (_params, api) => {
      const at = group.hull.map((p: Point) => api.coord(p));
      if (at.length >= 3) return { type: 'polygon', shape: { points: at }, style };
      if (at.length === 2) {
        const [[x1, y1], [x2, y2]] = at;
        return { type: 'line', shape: { x1, y1, x2, y2 }, style: { stroke: colour(i), opacity: 0.2, lineWidth: 2 * FLAT_RADIUS, lineCap: 'round' } };
      }
      return { type: 'circle', shape: { cx: at[0][0], cy: at[0][1], r: FLAT_RADIUS }, style };
    },
  };
}

/** The group's label at the mean of its points, above the points, white-edged so it reads over any colour. */
function labelSeries(group: MapGroup, i: number, name: string, text: string, small: boolean): CustomSeriesOption {
  return {
    type: 'custom',
    name,
    silent: true,
    z: 3,
    itemStyle: { color: colour(i) },
    data: [group.centre!],
    renderItem: (_params, api) => {
      const [x, y] = api.coord(group.centre!);
      // a group with no area: the label sits above its circle
      const lift = group.hull.length < 3 ? FLAT_RADIUS + 10 : 0;
      return {
        type: 'text',
        x,
        y: y - lift,
        style: { text, fill: INK, stroke: '#ffffff', lineWidth: 3, font: `600 ${small ? 12 : 13}px ${FONT}`, align: 'center', verticalAlign: 'middle' },
      };
    },
  };
}

/**
 * The axis's end with room beyond the outermost points (an eighth of their spread, or 1 when they all stand on
 * one line), so that a group's circle and label at the edge are drawn whole.
 */
const padded =
  (side: -1 | 1) =>
  ({ min, max }: { min: number; max: number }) =>
    (side < 0 ? min : max) + side * (max > min ? (max - min) / 8 : 1);

/** What the chart writes at each group: exposed on the chart's element (data-labels) for tests and tools. */
export const labelsOf = ({ points, mapLabel }: MapData) => points.groups.filter((g) => g.centre).map((g) => mapLabel(g.name, g.size));

export function optionFor(data: MapData, width: number): Option {
  const { points, groupLabel, mapLabel, othersLabel } = data;
  const small = width < 520;
  const names = points.groups.map((g) => groupLabel(g.name, g.size));
  const scatter = (name: string, data: Point[], color: string, shape: string): ScatterSeriesOption => ({ type: 'scatter', name, data, symbol: shape, symbolSize: small ? 6 : 8, itemStyle: { color, opacity: 0.85 }, z: 2 });
  const axis = { type: 'value' as const, min: padded(-1), max: padded(1), axisLabel: { show: false }, axisTick: { show: false }, splitLine: { lineStyle: { color: RULE } } };
  return {
    textStyle: { fontFamily: FONT, color: INK },
    animation: false,
    legend: { top: 0, data: points.others.length ? [...names, othersLabel] : names, textStyle: { fontSize: small ? 11 : 12 } },
    tooltip: { trigger: 'item', formatter: (p) => String((p as { seriesName?: string }).seriesName ?? '') },
    grid: { left: 8, right: 8, top: small ? 56 : 36, bottom: 8, containLabel: false },
    xAxis: axis,
    yAxis: axis,
    series: [
      ...points.groups.flatMap((g, i) => (g.hull.length ? [areaSeries(g, i, names[i])] : [])),
      ...points.groups.map((g, i) => scatter(names[i], g.points, colour(i), symbol(i))),
      ...(points.others.length ? [scatter(othersLabel, points.others, OTHERS, 'emptyCircle')] : []),
      ...points.groups.flatMap((g, i) => (g.centre ? [labelSeries(g, i, names[i], mapLabel(g.name, g.size), small)] : [])),
    ],
  };
}

export function drawOpinionMap(element: HTMLElement, data: MapData): Drawn {
  element.dataset.labels = labelsOf(data).join(' | ');
  return drawChart(element, { height: (width) => (width < 520 ? 320 : 420), option: (width) => optionFor(data, width) });
}
