// Step 4: the results. First the scenarios side by side (does the order hold when the weights or the
// method change?), then one scenario in full: ranking and scores, why each alternative ranks where it
// does, what each criterion contributes, how far each weight may move before the order changes, and
// how often each alternative takes each rank when the weights are perturbed. Last, the scenario editor.
import { useEffect, useState } from 'react';
import { useApi } from '../../shared/api/useApi';
import { ErrorNote, Loading } from '../../shared/layout/Status';
import { usePick, useT } from '../../shared/i18n/i18n';
import { paths, type Exercise, type Results } from './api';
import { ScenarioCompare } from './ScenarioCompare';
import { ScenarioEditor } from './ScenarioEditor';
import { ScenarioResult } from './ScenarioResult';

export function ResultsStep({ exercise, onSaved }: { exercise: Exercise; onSaved: (next: Exercise) => void }) {
  const t = useT();
  const pick = usePick();
  const [version, setVersion] = useState(0);
  const results = useApi<Results>(paths.results(exercise.id), version);
  const [chosen, setChosen] = useState<string | null>(null);

  // The last results stay on screen while fresher ones load (after a scenario is added).
  const fresh = results.status === 'done' ? results.data : null;
  const [last, setLast] = useState<Results | null>(null);
  useEffect(() => {
    if (fresh) setLast(fresh);
  }, [fresh]);
  const data = results.status === 'error' ? null : (fresh ?? last);
  const scenario = data ? (data.scenarios.find((s) => s.key === chosen) ?? data.scenarios[0]) : null;
  return (
    <>
      <p className="muted">{t('priorities.results.intro')}</p>
      {!data && results.status === 'loading' && <Loading />}
      {results.status === 'error' && <ErrorNote error={results.error} onRetry={results.retry} />}
      {data && (
        <>
          <ScenarioCompare results={data} />
          {scenario && (
            <>
              <div className="pr-tabs" role="group" aria-label={t('priorities.results.pick')}>
                {data.scenarios.map((s) => (
                  <button
                    key={s.key}
                    type="button"
                    className="pr-tab"
                    aria-pressed={s.key === scenario.key}
                    onClick={() => setChosen(s.key)}
                    data-testid={`scenario-tab-${s.key}`}
                  >
                    {pick(s.title)}
                  </button>
                ))}
              </div>
              <ScenarioResult key={scenario.key} results={data} scenario={scenario} />
            </>
          )}
        </>
      )}
      <ScenarioEditor
        exercise={exercise}
        onSaved={(next, added) => {
          onSaved(next);
          if (added) setChosen(added);
          setVersion((v) => v + 1);
        }}
      />
    </>
  );
}
