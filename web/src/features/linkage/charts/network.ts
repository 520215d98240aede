// The region's network (../network.ts) drawn as an ECharts graph: localities at their tile-grid places
// (a force layout if one has none), edges as wide as the commitments that moved, labelled "moved/all".
// Loaded with import() only where the network is shown.
import { use, type ComposeOption } from 'echarts/core';
import { GraphChart, type GraphSeriesOption } from 'echarts/charts';
import { TooltipComponent, type TooltipComponentOption } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { drawChart, type Drawn } from '../../../shared/charts/draw';
import { FONT, INK, MUTED, PALETTE } from '../../../shared/charts/theme';
import type { Network } from '../network';

use([GraphChart, TooltipComponent, CanvasRenderer]);

type Option = ComposeOption<GraphSeriesOption | TooltipComponentOption>;

export type NetworkData = { network: Network; edgeLabel: (moved: number, all: number) => string; nodeLabel: (name: string, moved: number, all: number) => string };

const STEP = 60;

function optionFor({ network, edgeLabel, nodeLabel }: NetworkData, width: number): Option {
  const placed = network.nodes.every((n) => n.col !== null);
  const linked = new Set(network.edges.flatMap((e) => [e.a, e.b]));
  return {
    textStyle: { fontFamily: FONT, color: INK },
    animation: false,
    tooltip: { trigger: 'item', formatter: (p) => String((p as { data?: { tip?: string } }).data?.tip ?? '') },
    series: [
      {
        type: 'graph',
        layout: placed ? 'none' : 'force',
        force: { repulsion: 260, edgeLength: 110 },
        roam: false,
        // Room on the right for the names written beside the nodes.
        left: 24,
        right: width < 520 ? 84 : 120,
        top: 24,
        bottom: 24,
        label: { show: true, position: 'right', fontSize: width < 520 ? 11 : 12, color: INK },
        // On a phone the edges' labels would cover each other; the table under the graph carries the figures.
        edgeLabel: { show: width >= 520, fontSize: 11, color: MUTED, formatter: (p) => String((p as { data?: { text?: string } }).data?.text ?? '') },
        data: network.nodes.map((n) => ({
          id: n.id,
          name: n.name,
          x: (n.col ?? 0) * STEP,
          y: (n.row ?? 0) * STEP,
          symbolSize: linked.has(n.id) ? 16 + Math.min(14, n.commitments * 2) : 10,
          itemStyle: { color: linked.has(n.id) ? PALETTE[0] : '#b8c3cd' },
          tip: nodeLabel(n.name, n.moved, n.commitments),
        })),
        links: network.edges.map((e) => ({
          source: e.a,
          target: e.b,
          text: edgeLabel(e.moved, e.commitments),
          tip: edgeLabel(e.moved, e.commitments),
          lineStyle: { width: 1.5 + e.moved * 2, color: e.moved ? PALETTE[3] : PALETTE[1], opacity: 0.85, curveness: 0.12 },
        })),
      },
    ],
  };
}

export function drawNetwork(element: HTMLElement, data: NetworkData): Drawn {
  return drawChart(element, { height: (width) => (width < 520 ? 340 : 420), option: (width) => optionFor(data, width) });
}
