// The scenarios compared with the current assignment, for everyone who reads the space: the method and the
// weights (WeightsForm), the leader, the table (ComparisonTable) and, in plain words, how far each weight may
// move — the others keeping their proportions — before another alternative comes first (the server's
// one-at-a-time sensitivity: exact for the weighted sum, a fine search for TOPSIS).
import { useState } from 'react';
import { useApi } from '../../shared/api/useApi';
import { formatNumber } from '../../shared/format';
import { useLang, usePick, useT } from '../../shared/i18n/i18n';
import { ErrorNote, Loading } from '../../shared/layout/Status';
import { CRITERIA, paths, type Comparison, type Scenario } from './api';
import { ComparisonTable } from './ComparisonTable';
import { EQUAL, WeightsForm, type Method, type Weights } from './WeightsForm';

type Props = { spaceId: string; version: number; scenarios: Scenario[] | null };

export function ComparisonSection({ spaceId, version, scenarios }: Props) {
  const t = useT();
  const [method, setMethod] = useState<Method>('weighted-sum');
  const [weights, setWeights] = useState<Weights>(EQUAL);
  const query = `?${new URLSearchParams({ method, ...Object.fromEntries(CRITERIA.map((c) => [c, String(weights[c])])) })}`;
  const comparison = useApi<Comparison>(paths.comparison(spaceId, query), version);
  const body = () => {
    if (comparison.status === 'error') return <ErrorNote error={comparison.error} onRetry={comparison.retry} />;
    if (comparison.status !== 'done' || !scenarios) return <Loading />;
    return (
      <>
        <Leader comparison={comparison.data} />
        <ComparisonTable spaceId={spaceId} comparison={comparison.data} scenarios={scenarios} />
        <SensitivityNote comparison={comparison.data} />
      </>
    );
  };
  return (
    <section className="panel" aria-labelledby="devolution-heading" data-testid="devolution-section">
      <h2 id="devolution-heading">{t('devolution.section.title')}</h2>
      <p className="muted">{t('devolution.section.intro')}</p>
      {scenarios && scenarios.length === 0 ? <p className="muted">{t('devolution.section.empty')}</p> : (
        <>
          <WeightsForm method={method} weights={weights} onChange={(m, w) => { setMethod(m); setWeights(w); }} />
          {body()}
        </>
      )}
    </section>
  );
}

function Leader({ comparison }: { comparison: Comparison }) {
  const t = useT();
  const pick = usePick();
  const first = comparison.ranking[0] ?? [];
  const names = first.map((key) => comparison.alternatives.find((a) => a.key === key)).filter((a) => a !== undefined).map((a) => pick({ vi: a.name.vi, en: a.name.en ?? a.name.vi }));
  if (names.length === 0) return null;
  return <p data-testid="devolution-top">{names.length === 1 ? t('devolution.top', { name: names[0] }) : t('devolution.topTied', { names: names.join('; ') })}</p>;
}

function SensitivityNote({ comparison }: { comparison: Comparison }) {
  const t = useT();
  const pick = usePick();
  const { lang } = useLang();
  const pct = (v: number) => formatNumber(v * 100, lang, 1);
  const top = comparison.alternatives.find((a) => a.key === comparison.sensitivity.top);
  if (!top || (comparison.ranking[0]?.length ?? 0) > 1) return <p className="muted" data-testid="devolution-sensitivity">{t('devolution.sens.tied')}</p>;
  const name = pick({ vi: top.name.vi, en: top.name.en ?? top.name.vi });
  return (
    <div data-testid="devolution-sensitivity">
      <h3>{t('devolution.sens.title')}</h3>
      <p className="muted">{t(comparison.sensitivity.method === 'exact' ? 'devolution.sens.exact' : 'devolution.sens.search', { name })}</p>
      <ul className="rows">
        {comparison.sensitivity.criteria.map((s) => {
          const criterion = t(`devolution.criterion.${s.criterion as (typeof CRITERIA)[number]}`);
          const whole = s.first[0] <= 1e-9 && s.first[1] >= 1 - 1e-9;
          return (
            <li key={s.criterion} data-testid={`devolution-sens-${s.criterion}`}>
              {whole
                ? t('devolution.sens.always', { name, criterion, now: pct(s.weight) })
                : t('devolution.sens.range', { name, criterion, from: pct(s.first[0]), to: pct(s.first[1]), now: pct(s.weight) })}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
