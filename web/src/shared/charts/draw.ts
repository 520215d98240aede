// The one ECharts lifecycle every chart of the app goes through: size the box, init, setOption, then on a
// change of width resize and (when the option depends on the width) set it again; dispose when the page
// lets go. LazyChart.tsx owns the ResizeObserver and calls resize/dispose; chart modules only say how tall
// the box is and what to draw at a width.
import { init, type EChartsCoreOption } from 'echarts/core';

export type Drawn = { resize: () => void; dispose: () => void };

export interface ChartPlan {
  /** Height of the box in pixels for a width. */
  height: (width: number) => number;
  /** The option, or a function of the width when the layout changes with it (drawn again on resize). */
  option: EChartsCoreOption | ((width: number) => EChartsCoreOption);
}

export function drawChart(element: HTMLElement, { height, option }: ChartPlan): Drawn {
  let width = element.clientWidth;
  const optionAt = typeof option === 'function' ? option : () => option;
  element.style.height = `${height(width)}px`;
  const chart = init(element, undefined, { renderer: 'canvas' });
  chart.setOption(optionAt(width));
  return {
    // Only a change of width matters: the height follows from it, and setting it fires the observer again.
    resize: () => {
      if (element.clientWidth === width) return;
      width = element.clientWidth;
      element.style.height = `${height(width)}px`;
      chart.resize();
      if (typeof option === 'function') chart.setOption(option(width));
    },
    dispose: () => chart.dispose(),
  };
}
