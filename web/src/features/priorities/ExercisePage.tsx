// /priorities/:id — a priority exercise as a guided flow of five steps, each its own view chosen with
// ?step=: the alternatives, the criteria and their figures, the officials' AHP weights, the results
// per scenario, and the report. The exercise is loaded once and replaced by each saved answer.
import { useCallback, useEffect, useState } from 'react';
import { useApi } from '../../shared/api/useApi';
import { Link, useSearchParams } from 'wouter';
import { ErrorNote, Loading } from '../../shared/layout/Status';
import { usePick, useT, type Translate } from '../../shared/i18n/i18n';
import { paths, type Exercise } from './api';
import { AlternativesStep } from './AlternativesStep';
import { CriteriaStep } from './CriteriaStep';
import { ExerciseFacts } from './ExerciseFacts';
import { ExerciseSettings } from './ExerciseSettings';
import { ReportStep } from './ReportStep';
import { ResultsStep } from './ResultsStep';
import { WeightsStep } from './WeightsStep';
import './priorities.css';

export const STEPS = ['alternatives', 'criteria', 'weights', 'results', 'report'] as const;
export type Step = (typeof STEPS)[number];

const stepLabel = (t: Translate, step: Step) => t(`priorities.step.${step}`);

export function ExercisePage({ id }: { id: string }) {
  const t = useT();
  const pick = usePick();
  const [query] = useSearchParams();
  const asked = query.get('step');
  const step: Step = (STEPS as readonly string[]).includes(asked ?? '') ? (asked as Step) : 'alternatives';
  const loaded = useApi<Exercise>(paths.exercise(id));
  // The first answer, then each saved change's answer, so the page never blanks.
  const [exercise, setExercise] = useState<Exercise | null>(null);
  const first = loaded.status === 'done' ? loaded.data : null;
  useEffect(() => {
    if (first) setExercise(first);
  }, [first]);
  const onSaved = useCallback((next: Exercise) => setExercise(next), []);

  useEffect(() => {
    if (exercise) document.title = `${pick(exercise.title)} · ${stepLabel(t, step)} · ${t('app.name')}`;
  }, [exercise, step, pick, t]);

  if (loaded.status === 'error') return <ErrorNote error={loaded.error} onRetry={loaded.retry} />;
  if (!exercise) return <Loading />;

  const index = STEPS.indexOf(step);
  return (
    <>
      <nav className="crumbs" aria-label={t('app.breadcrumb')}>
        <Link to={`/spaces/${encodeURIComponent(exercise.spaceId)}`}>← {t('priorities.back')}</Link>
      </nav>
      <header className="page-head">
        <p className="page-head__tags">
          <span className="tag">{t('priorities.tag')}</span>
          {!exercise.permissions.edit && <span className="tag" data-testid="priorities-readonly">{t('priorities.readOnly')}</span>}
        </p>
        <h1 data-testid="priorities-title">{pick(exercise.title)}</h1>
        <ExerciseFacts exercise={exercise} />
        {exercise.permissions.edit && <ExerciseSettings exercise={exercise} onSaved={onSaved} />}
      </header>

      <nav className="pr-steps" aria-label={t('priorities.steps')}>
        <ol>
          {STEPS.map((s, i) => (
            <li key={s}>
              <Link to={paths.page(exercise.id, s)} aria-current={s === step ? 'step' : undefined} className="pr-steps__link" data-testid={`step-${s}`}>
                <span className="pr-steps__n" aria-hidden="true">{i + 1}</span>
                <span>{stepLabel(t, s)}</span>
              </Link>
            </li>
          ))}
        </ol>
      </nav>

      <section className="panel pr-step" aria-labelledby="pr-step-heading" data-testid={`priorities-step-${step}`}>
        <h2 id="pr-step-heading">
          {t('priorities.stepOf', { n: index + 1 })} {stepLabel(t, step)}
        </h2>
        {step === 'alternatives' && <AlternativesStep exercise={exercise} />}
        {step === 'criteria' && <CriteriaStep exercise={exercise} onSaved={onSaved} />}
        {step === 'weights' && <WeightsStep exercise={exercise} />}
        {step === 'results' && <ResultsStep exercise={exercise} onSaved={onSaved} />}
        {step === 'report' && <ReportStep exercise={exercise} />}
      </section>

      <nav className="pr-pager" aria-label={t('priorities.pager')}>
        {index > 0 && (
          <Link to={paths.page(exercise.id, STEPS[index - 1])} className="button button--secondary" data-testid="step-previous">
            ← {stepLabel(t, STEPS[index - 1])}
          </Link>
        )}
        {index < STEPS.length - 1 && (
          <Link to={paths.page(exercise.id, STEPS[index + 1])} className="button button--primary" data-testid="step-next">
            {stepLabel(t, STEPS[index + 1])} →
          </Link>
        )}
      </nav>
    </>
  );
}
