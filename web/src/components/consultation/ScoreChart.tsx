// The bar chart of a result. ECharts arrives with a dynamic import() the first time a chart is
// shown, so the staff app's main bundle does not carry it. The canvas is an image for assistive
// technology; the table next to it holds the same figures as text.
import { useEffect, useRef, useState } from 'react';
import type { BarData } from '../../charts/bars';
import { useT } from '../../i18n/i18n';
import { Loading } from '../Status';

export function ScoreChart({ data, label }: { data: BarData; label: string }) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'drawn' | 'failed'>('loading');

  useEffect(() => {
    let live = true;
    let chart: { resize: () => void; dispose: () => void } | null = null;
    const observer = new ResizeObserver(() => chart?.resize());
    import('../../charts/bars').then(
      ({ drawBars }) => {
        if (!live || !box.current) return;
        chart = drawBars(box.current, data);
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
  }, [data]);

  return (
    <figure className="chart">
      {state === 'loading' && <Loading />}
      {state === 'failed' && <p className="note">{t('results.chartFailed')}</p>}
      <div ref={box} className="chart__canvas" role="img" aria-label={label} data-testid="results-chart" data-state={state} />
    </figure>
  );
}
