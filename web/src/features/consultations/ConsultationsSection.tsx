// The consultations of a space on its page: each one a link with its status, kind of ballot and
// ballot count; facilitators also get the way to create a new one.
import type { ConsultationSummary } from './api';
import { useApi } from '../../shared/api/useApi';
import { Link } from 'wouter';
import { ballotsText } from './labels';
import { labelOf, usePick, useT } from '../../shared/i18n/i18n';
import { IllustrativeBadge } from '../../shared/layout/Badges';
import { ErrorNote, Loading } from '../../shared/layout/Status';
import { ConsultationStatusTag } from './ConsultationStatusTag';

export function ConsultationsSection({ spaceId, canCreate }: { spaceId: string; canCreate: boolean }) {
  const t = useT();
  const pick = usePick();
  const result = useApi<{ consultations: ConsultationSummary[] }>(`/api/spaces/${encodeURIComponent(spaceId)}/consultations`);

  return (
    <section className="panel" aria-labelledby="consultations-heading" data-testid="consultations">
      <div className="panel__head">
        <h2 id="consultations-heading">{t('consultations.title')}</h2>
        {canCreate && (
          <Link to={`/spaces/${encodeURIComponent(spaceId)}/consultations/new`} className="button button--primary" data-testid="create-consultation">
            {t('consultations.create')}
          </Link>
        )}
      </div>
      {result.status === 'loading' && <Loading />}
      {result.status === 'error' && <ErrorNote error={result.error} onRetry={result.retry} />}
      {result.status === 'done' &&
        (result.data.consultations.length === 0 ? (
          <p className="muted">{t('consultations.empty')}</p>
        ) : (
          <ul className="c-list">
            {result.data.consultations.map((c) => (
              <li key={c.id}>
                <Link to={`/consultations/${encodeURIComponent(c.id)}`} className="c-list__link" data-testid="consultation-link">
                  <span className="c-list__title">{pick(c.title)}</span>
                  <span className="c-list__meta">
                    <ConsultationStatusTag status={c.status} />
                    {c.illustrative && <IllustrativeBadge />}
                    <span>{labelOf(t, 'ballotType', c.ballotType)}</span>
                    <span className="c-list__count">{ballotsText(t, c.ballots)}</span>
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
