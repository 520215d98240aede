// On the page of a space of kind 'devolution': the scenarios compared with the current assignment (read
// only: scores per criterion, the weighted sum, the rank) and each scenario's Word report to download.
import { useApi } from '../../shared/api/useApi';
import { usePick, useT } from '../../shared/i18n/i18n';
import { ErrorNote, Loading } from '../../shared/layout/Status';
import { paths, type Comparison, type Scenarios } from './api';
import { ComparisonTable } from './ComparisonTable';

export function DevolutionSection({ spaceId }: { spaceId: string }) {
  const t = useT();
  const pick = usePick();
  const comparison = useApi<Comparison>(paths.comparison(spaceId));
  const scenarios = useApi<Scenarios>(paths.scenarios(spaceId));
  const body = () => {
    if (comparison.status === 'error') return <ErrorNote error={comparison.error} onRetry={comparison.retry} />;
    if (scenarios.status === 'error') return <ErrorNote error={scenarios.error} onRetry={scenarios.retry} />;
    if (comparison.status !== 'done' || scenarios.status !== 'done') return <Loading />;
    if (scenarios.data.scenarios.length === 0) return <p className="muted">{t('devolution.section.empty')}</p>;
    const top = comparison.data.alternatives.find((a) => a.key === comparison.data.ranking[0]?.[0]);
    return (
      <>
        {top && <p data-testid="devolution-top">{t('devolution.top', { name: pick({ vi: top.name.vi, en: top.name.en ?? top.name.vi }) })}</p>}
        <ComparisonTable spaceId={spaceId} comparison={comparison.data} scenarios={scenarios.data.scenarios} />
      </>
    );
  };
  return (
    <section className="panel" aria-labelledby="devolution-heading" data-testid="devolution-section">
      <h2 id="devolution-heading">{t('devolution.section.title')}</h2>
      <p className="muted">{t('devolution.section.intro')}</p>
      {body()}
    </section>
  );
}
