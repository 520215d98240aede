// The ranking of a scenario as horizontal bars (ECharts fetched on first use; the ranking table beside it
// holds the same figures).
import { LazyChart } from '../../shared/charts/LazyChart';
import type { RankingData } from './rankingChart';

const loadRanking = () => import('./rankingChart').then((m) => m.drawRanking);

export function PriorityChart({ data, label, testId }: { data: RankingData; label: string; testId: string }) {
  return <LazyChart load={loadRanking} data={data} label={label} testId={testId} />;
}
