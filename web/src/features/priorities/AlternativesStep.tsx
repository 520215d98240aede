// Step 1: what is being put in order — by default the eight priority areas of the province.
import { usePick, useT } from '../../shared/i18n/i18n';
import type { Exercise } from './api';

export function AlternativesStep({ exercise }: { exercise: Exercise }) {
  const t = useT();
  const pick = usePick();
  return (
    <>
      <p className="muted">{t('priorities.alternatives.intro', { n: exercise.alternatives.length })}</p>
      <ol className="pr-alternatives" data-testid="alternatives">
        {exercise.alternatives.map((a) => (
          <li key={a.key}>{pick(a.title)}</li>
        ))}
      </ol>
      <p className="muted">{t('priorities.alternatives.next')}</p>
    </>
  );
}
