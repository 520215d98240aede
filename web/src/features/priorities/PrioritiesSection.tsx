// The priority exercises of a space on its page: each one a link with its province and evidence year;
// those who may change the space also get the form that starts a new one. Spaces of another kind show
// the section only once they hold an exercise.
import { useState } from 'react';
import { useApi } from '../../shared/api/useApi';
import { Link } from 'wouter';
import { ErrorNote, Loading } from '../../shared/layout/Status';
import { formatDate } from '../../shared/format';
import { usePick, useT } from '../../shared/i18n/i18n';
import { paths, type ExerciseSummary } from './api';
import { CreateExerciseForm } from './CreateExerciseForm';
import { useProvinces } from './useProvinces';
import './priorities-forms.css';

interface Props {
  spaceId: string;
  canCreate: boolean;
  localityCode: string | null;
  always: boolean;
}

export function PrioritiesSection({ spaceId, canCreate, localityCode, always }: Props) {
  const t = useT();
  const pick = usePick();
  const result = useApi<{ exercises: ExerciseSummary[] }>(paths.list(spaceId));
  const provinces = useProvinces();
  const [creating, setCreating] = useState(false);
  const none = result.status !== 'done' || result.data.exercises.length === 0;
  if (!always && none) return null;

  return (
    <section className="panel" aria-labelledby="priorities-heading" data-testid="priorities">
      <div className="panel__head">
        <h2 id="priorities-heading">{t('priorities.section.title')}</h2>
        {canCreate && !creating && (
          <button type="button" className="button button--primary" onClick={() => setCreating(true)} data-testid="priorities-create">
            {t('priorities.section.create')}
          </button>
        )}
      </div>
      <p className="muted">{t('priorities.section.intro')}</p>
      {creating && <CreateExerciseForm spaceId={spaceId} localityCode={localityCode} onCancel={() => setCreating(false)} />}
      {result.status === 'loading' && <Loading />}
      {result.status === 'error' && <ErrorNote error={result.error} onRetry={result.retry} />}
      {result.status === 'done' &&
        (result.data.exercises.length === 0 ? (
          <p className="muted">{t('priorities.section.empty')}</p>
        ) : (
          <ul className="c-list">
            {result.data.exercises.map((e) => (
              <li key={e.id}>
                <Link to={paths.page(e.id)} className="c-list__link" data-testid="priorities-link">
                  <span className="c-list__title">{pick(e.title)}</span>
                  <span className="c-list__meta">
                    <span>{provinces?.get(e.localityCode) ?? e.localityCode}</span>
                    <span>{e.year === null ? t('priorities.year.latest') : t('priorities.year.upTo', { year: e.year })}</span>
                    <span>{t('priorities.section.updated', { date: formatDate(e.updatedAt) })}</span>
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
