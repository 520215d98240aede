// Step 2: the criteria — what each one measures, which way is better, where its numbers come from —
// and the table of values per alternative: computed from the evidence hub and the consultation, or
// entered by the facilitator for the criteria of their own. The facilitator also adds, changes and
// removes criteria here (CriteriaEditor).
import { useEffect, useState } from 'react';
import { useApi } from '../../shared/api/useApi';
import { ErrorNote, Loading } from '../../shared/layout/Status';
import { usePick, useT } from '../../shared/i18n/i18n';
import { paths, type Criterion, type Exercise, type Matrix } from './api';
import { CriteriaEditor } from './CriteriaEditor';
import { ValuesGrid } from './ValuesGrid';

export function CriteriaStep({ exercise, onSaved }: { exercise: Exercise; onSaved: (next: Exercise) => void }) {
  const t = useT();
  const pick = usePick();
  // Every saved change (values, criteria, settings) gives a new updatedAt: the figures are asked again.
  const matrix = useApi<Matrix>(paths.matrix(exercise.id), Date.parse(exercise.updatedAt));
  // Criteria of the facilitator's own added but not saved yet: their values are typed in the grid first.
  const [pending, setPending] = useState<Criterion[]>([]);
  // The last figures stay on screen while fresher ones load, so the grid keeps its focus and message.
  const [last, setLast] = useState<Matrix | null>(null);
  const fresh = matrix.status === 'done' ? matrix.data : null;
  useEffect(() => {
    if (fresh) setLast(fresh);
  }, [fresh]);
  const shown = fresh ?? last;
  const sources = shown?.sources ?? [];

  return (
    <>
      <p className="muted">{t('priorities.criteria.intro')}</p>
      {exercise.permissions.edit ? (
        <CriteriaEditor exercise={exercise} sources={sources} pending={pending} onPending={setPending} onSaved={onSaved} />
      ) : (
        <ul className="pr-crit-list" data-testid="criteria-table" aria-label={t('priorities.criteria.caption')}>
          {exercise.criteria.map((c) => {
            const source = sources.find((s) => s.criterion === c.key);
            return (
              <li key={c.key} data-key={c.key}>
                <h3>{pick(c.title)}</h3>
                <span className="tag">{t(`priorities.kind.${c.kind}`)}</span>
                <span className="tag">{t(`priorities.direction.${c.direction}`)}</span>
                {source && c.kind !== 'custom' && <p className="muted">{pick(source.description)}</p>}
              </li>
            );
          })}
        </ul>
      )}

      <h3 className="pr-subhead">{t('priorities.values.title')}</h3>
      <p className="muted">{exercise.permissions.edit ? t('priorities.values.introEdit') : t('priorities.values.intro')}</p>
      {!shown && matrix.status === 'loading' && <Loading />}
      {matrix.status === 'error' && <ErrorNote error={matrix.error} onRetry={matrix.retry} />}
      {shown && (
        <ValuesGrid
          exercise={exercise}
          matrix={shown}
          pending={pending}
          onSaved={(next) => {
            setPending([]);
            onSaved(next);
          }}
        />
      )}
    </>
  );
}
