// Suggested exchanges across the region: the best disjoint pairs (or pairs and three-way cycles) from the
// offers and needs, each with what every member gains, its score as the harmonic mean of those gains with
// the formula written out, and the server's explanation in words. A coordinator accepts one as an agreement.
import { useState } from 'react';
import { useApi } from '../../shared/api/useApi';
import { useLang, useT } from '../../shared/i18n/i18n';
import { ErrorNote, Loading } from '../../shared/layout/Status';
import { paths, type Intent, type Suggestions } from './api';
import { scoreText } from './numbers';
import type { RegionView } from './RegionShell';
import { SuggestionCard } from './SuggestionCard';

export function SuggestionsPage({ region }: { region: RegionView }) {
  const t = useT();
  const { lang } = useLang();
  const [maxCycle, setMaxCycle] = useState<2 | 3>(3);
  const result = useApi<Suggestions>(paths.suggestions(region.spaceId, maxCycle));
  const intents = useApi<{ intents: Intent[] }>(paths.intents(region.spaceId));
  const data = result.status === 'done' ? result.data : null;
  return (
    <section className="panel" aria-labelledby="lk-suggestions">
      <h2 id="lk-suggestions">{t('linkage.suggestions.title')}</h2>
      <p className="muted">{t('linkage.suggestions.intro')}</p>
      <fieldset className="lk-toggle">
        <legend>{t('linkage.suggestions.mode')}</legend>
        {([3, 2] as const).map((m) => (
          <label key={m} className="choice">
            <input type="radio" name="lk-max-cycle" checked={maxCycle === m} onChange={() => setMaxCycle(m)} />
            {t(m === 2 ? 'linkage.suggestions.pairs' : 'linkage.suggestions.cycles')}
          </label>
        ))}
      </fieldset>
      {result.status === 'loading' && <Loading />}
      {result.status === 'error' && <ErrorNote error={result.error} onRetry={result.retry} />}
      {data && data.exchanges.length === 0 && <p className="muted">{t('linkage.suggestions.empty')}</p>}
      {data && data.exchanges.length > 0 && (
        <>
          <p data-testid="suggestions-total">{t('linkage.suggestions.total', { total: scoreText(data.total, lang), n: data.exchanges.length })}</p>
          {!data.exact && <p className="note">{t('linkage.suggestions.notExact', { bound: scoreText(data.upperBound, lang) })}</p>}
          <ol className="lk-cards">
            {data.exchanges.map((e) => (
              <SuggestionCard key={e.members.map((m) => m.id).join('>')} region={region} exchange={e} intents={intents.status === 'done' ? intents.data.intents : []} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
