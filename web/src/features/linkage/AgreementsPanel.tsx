// The region's agreements, each a link to its page with its parties (and the provinces they are today),
// its period, how many of its commitments moved from paper to practice, and the "now internal" mark for
// an agreement whose parties have become one province.
import { Link } from 'wouter';
import { formatDate } from '../../shared/format';
import { useApi } from '../../shared/api/useApi';
import { useLang, usePick, useT } from '../../shared/i18n/i18n';
import { IllustrativeBadge } from '../../shared/layout/Badges';
import { ErrorNote, Loading } from '../../shared/layout/Status';
import { localized, paths, type Agreement } from './api';
import { rateText } from './numbers';
import type { RegionView } from './RegionShell';

export function AgreementsPanel({ region }: { region: RegionView }) {
  const t = useT();
  const pick = usePick();
  const { lang } = useLang();
  const result = useApi<{ agreements: Agreement[] }>(paths.agreements(region.spaceId));
  return (
    <section className="panel" aria-labelledby="lk-agreements" data-testid="linkage-agreements">
      <div className="panel__head">
        <h2 id="lk-agreements">{t('linkage.agreements.title')}</h2>
        {region.permissions.coordinate && (
          <Link to={paths.page(region.spaceId, 'suggestions')} className="button button--secondary">
            {t('linkage.agreements.fromSuggestion')}
          </Link>
        )}
      </div>
      {result.status === 'loading' && <Loading />}
      {result.status === 'error' && <ErrorNote error={result.error} onRetry={result.retry} />}
      {result.status === 'done' && result.data.agreements.length === 0 && <p className="muted">{t('linkage.agreements.empty')}</p>}
      {result.status === 'done' && (
        <ul className="c-list">
          {result.data.agreements.map((a) => (
            <li key={a.id}>
              <Link to={paths.agreementPage(region.spaceId, a.id)} className="c-list__link" data-testid="agreement-link">
                <span className="c-list__title">{pick(localized(a.title))}</span>
                <span className="c-list__meta">
                  <span>{`${formatDate(a.startsOn)} – ${formatDate(a.endsOn)}`}</span>
                  <span>{a.parties.map((p) => p.name).join(', ')}</span>
                  <span>{t('linkage.agreements.practice', { moved: a.practice.moved, total: a.practice.total, rate: rateText(a.practice.rate, lang) })}</span>
                  {a.nowInternal && <span className="lk-internal">{t('linkage.agreement.nowInternal')}</span>}
                  {a.illustrativeNote && <IllustrativeBadge />}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
