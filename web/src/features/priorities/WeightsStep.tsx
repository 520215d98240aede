// Step 3: the weights of the criteria from an AHP questionnaire. Each official compares every two
// criteria once; their own consistency ratio (CR) is worked out as they answer and confirmed by the
// server on saving, with the judgments to revisit when CR is above 0,1. Below: who has answered, with
// their CR and weights, and the combined weights used by the 'ahp' scenarios.
import { useState } from 'react';
import { useApi } from '../../shared/api/useApi';
import { ErrorNote, Loading } from '../../shared/layout/Status';
import { useT } from '../../shared/i18n/i18n';
import { paths, type Exercise, type Judgments } from './api';
import { OfficialsTable } from './OfficialsTable';
import { Questionnaire } from './Questionnaire';

export function WeightsStep({ exercise }: { exercise: Exercise }) {
  const t = useT();
  const loaded = useApi<Judgments>(paths.judgments(exercise.id));
  const [fresh, setFresh] = useState<Judgments | null>(null);
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'error') return <ErrorNote error={loaded.error} onRetry={loaded.retry} />;
  const judgments = fresh ?? loaded.data;
  return (
    <>
      <p className="muted">{t('priorities.ahp.intro')}</p>
      {exercise.permissions.answer ? (
        <Questionnaire exercise={exercise} judgments={judgments} onSaved={setFresh} />
      ) : (
        <p className="note">{t('priorities.ahp.cannotAnswer')}</p>
      )}
      <OfficialsTable exercise={exercise} judgments={judgments} />
    </>
  );
}
