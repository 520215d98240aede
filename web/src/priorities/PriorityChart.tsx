// The ranking of a scenario as horizontal bars. ECharts arrives with import() the first time a chart is
// shown, so neither the main bundle nor the other steps carry it. The canvas is an image for assistive
// technology; the ranking table beside it holds the same figures as text.
import { useEffect, useRef, useState } from 'react';
import type { RankingData } from './rankingChart';
import { Loading } from '../components/Status';
import { useT } from '../i18n/i18n';

export function PriorityChart({ data, label, testId }: { data: RankingData; label: string; testId: string }) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'drawn' | 'failed'>('loading');

  useEffect(() => {
    let live = true;
    let chart: { resize: () => void; dispose: () => void } | null = null;
    const observer = new ResizeObserver(() => chart?.resize());
    import('./rankingChart').then(
      ({ drawRanking }) => {
        if (!live || !box.current) return;
        chart = drawRanking(box.current, data);
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
      {state === 'failed' && <p className="note">{t('priorities.chartFailed')}</p>}
      <div ref={box} className="chart__canvas" role="img" aria-label={label} data-testid={testId} data-state={state} />
    </figure>
  );
}
