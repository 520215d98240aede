// The choropleth of one edition, drawn from the province boundaries the server reads from its configured
// folder (never carried by the app). Colours are the tile map's (../colours.ts), so one legend serves
// both. ECharts map series, loaded with import() only when boundaries are available.
import { format, registerMap, use, type ComposeOption } from 'echarts/core';
import { MapChart, type MapSeriesOption } from 'echarts/charts';
import { TooltipComponent, VisualMapComponent, type TooltipComponentOption, type VisualMapComponentOption } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { NO_DATA, type Scale } from '../colours';
import { drawChart, type Drawn } from '../../../shared/charts/draw';
import { FONT, INK } from '../../../shared/charts/theme';

use([MapChart, TooltipComponent, VisualMapComponent, CanvasRenderer]);

type Option = ComposeOption<MapSeriesOption | TooltipComponentOption | VisualMapComponentOption>;

export interface ChoroplethData {
  /** Distinguishes the 63 and the 34: each is registered once. */
  mapName: string;
  geoJson: object;
  codeProperty: string;
  values: { code: string; name: string; value: number | null }[];
  scale: Scale;
  format: (value: number) => string;
  noData: string;
}

const registered = new Set<string>();

function optionFor(data: ChoroplethData): Option {
  const byCode = new Map(data.values.map((v) => [v.code, v]));
  return {
    textStyle: { fontFamily: FONT, color: INK },
    animation: false,
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const code = (p as { name?: string }).name ?? '';
        const row = byCode.get(code);
        const value = row?.value;
        // Names come from the server; ECharts renders the tooltip as HTML, so ECharts' own encoder escapes them.
        const name = format.encodeHTML(row?.name ?? code);
        return `${name}: <b>${typeof value === 'number' ? data.format(value) : data.noData}</b>`;
      },
    },
    // The tile map's classes, so the page's one legend serves both maps.
    visualMap: {
      show: false,
      type: 'piecewise',
      seriesIndex: 0,
      pieces: data.scale.lows.map((low, i) => {
        const next = data.scale.lows[i + 1];
        return next === undefined ? { gte: low, lte: data.scale.max, color: data.scale.colours[i] } : { gte: low, lt: next, color: data.scale.colours[i] };
      }),
    },
    series: [
      {
        type: 'map',
        map: data.mapName,
        nameProperty: data.codeProperty,
        roam: false,
        // Longitude degrees are shorter than latitude degrees at Vietnam's latitudes.
        aspectScale: 0.92,
        layoutCenter: ['50%', '50%'],
        layoutSize: '98%',
        label: { show: false },
        itemStyle: { areaColor: NO_DATA, borderColor: '#ffffff', borderWidth: 0.6 },
        emphasis: { label: { show: false }, itemStyle: { borderColor: INK, borderWidth: 1.5 } },
        select: { disabled: true },
        data: data.values.filter((v) => v.value !== null).map((v) => ({ name: v.code, value: v.value as number })),
      },
    ],
  };
}

export function drawChoropleth(element: HTMLElement, data: ChoroplethData): Drawn {
  if (!registered.has(data.mapName)) {
    registerMap(data.mapName, data.geoJson as Parameters<typeof registerMap>[1]);
    registered.add(data.mapName);
  }
  // The country with its island districts (Hoàng Sa, Trường Sa) is about as wide as it is tall.
  return drawChart(element, { height: (width) => Math.round(Math.min(720, width * 1.12)), option: optionFor(data) });
}
