// A chart drawn by one of the ECharts modules in ./charts, fetched with import() the first time it is
// needed, so no page without a chart carries ECharts. The canvas is an image for assistive technology:
// `label` says what it shows, and every chart of the hub has a table beside it with the same figures.
import { useEffect, useRef, useState } from 'react';
import { Loading } from '../components/Status';
import { useT } from '../i18n/i18n';
import type { Drawn } from './charts/theme';

export type ChartLoader<D> = () => Promise<(element: HTMLElement, data: D) => Drawn>;

export function Chart<D>({ load, data, label, testId }: { load: ChartLoader<D>; data: D; label: string; testId: string }) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'drawn' | 'failed'>('loading');

  useEffect(() => {
    let live = true;
    let chart: Drawn | null = null;
    const observer = new ResizeObserver(() => chart?.resize());
    load().then(
      (draw) => {
        if (!live || !box.current) return;
        chart = draw(box.current, data);
        observer.observe(box.current);
        setState('drawn');
      },
      () => live && setState('failed'),
    );
    return () => {
      live = false;
      observer.disconnect();
      chart?.dispose();
    };
  }, [load, data]);

  return (
    <figure className="chart ev-chart">
      {state === 'loading' && <Loading />}
      {state === 'failed' && <p className="note">{t('evidence.chartFailed')}</p>}
      <div ref={box} className="chart__canvas" role="img" aria-label={label} data-testid={testId} data-state={state} />
    </figure>
  );
}

export const loadRadar = () => import('./charts/radar').then((m) => m.drawRadar);
export const loadLines = () => import('./charts/lines').then((m) => m.drawLines);
export const loadChoropleth = () => import('./charts/choropleth').then((m) => m.drawChoropleth);
export const loadBars = () => import('../charts/bars').then((m) => m.drawBars);
