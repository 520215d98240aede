// A chart drawn by an ECharts module fetched with import() the first time it is needed, so no page
// without a chart carries ECharts. The canvas is an image for assistive technology: `label` says what it
// shows, and every chart in the app has a table beside it with the same figures.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Loading } from '../layout/Status';
import { useT } from '../i18n/i18n';

import type { Drawn } from './draw';

/** A stable function (declared once, at module level) that fetches the drawing module. */
export type ChartLoader<D> = () => Promise<(element: HTMLElement, data: D) => Drawn>;

type Props<D> = { load: ChartLoader<D>; data: D; label: string; testId: string; className?: string; canvasClass?: string; caption?: ReactNode };

export function LazyChart<D>({ load, data, label, testId, className = 'chart', canvasClass = 'chart__canvas', caption }: Props<D>) {
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
    <figure className={className}>
      {caption && <figcaption>{caption}</figcaption>}
      {state === 'loading' && <Loading />}
      {state === 'failed' && <p className="note">{t('chart.failed')}</p>}
      <div ref={box} className={canvasClass} role="img" aria-label={label} data-testid={testId} data-state={state} />
    </figure>
  );
}
