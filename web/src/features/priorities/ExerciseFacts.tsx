// The facts of an exercise under its title: the province, up to which year evidence is used, and the
// consultation that gives stakeholder support.
import type { ConsultationDetail } from '../consultations/api';
import { useApi } from '../../shared/api/useApi';
import { Link } from 'wouter';
import { usePick, useT } from '../../shared/i18n/i18n';
import type { Exercise } from './api';
import { useProvinces } from './useProvinces';

export function ExerciseFacts({ exercise }: { exercise: Exercise }) {
  const t = useT();
  const provinces = useProvinces();
  return (
    <dl className="c-facts" aria-label={t('priorities.facts')}>
      <div>
        <dt>{t('priorities.facts.province')}</dt>
        <dd data-testid="priorities-province">{provinces?.get(exercise.localityCode) ?? exercise.localityCode}</dd>
      </div>
      <div>
        <dt>{t('priorities.facts.year')}</dt>
        <dd>{exercise.year === null ? t('priorities.year.latest') : t('priorities.year.upTo', { year: exercise.year })}</dd>
      </div>
      <div>
        <dt>{t('priorities.facts.consultation')}</dt>
        <dd>{exercise.consultationId ? <ConsultationName id={exercise.consultationId} /> : t('priorities.create.noConsultation')}</dd>
      </div>
    </dl>
  );
}

function ConsultationName({ id }: { id: string }) {
  const pick = usePick();
  const result = useApi<ConsultationDetail>(`/api/consultations/${encodeURIComponent(id)}`);
  const title = result.status === 'done' ? pick(result.data.title) : '…';
  return <Link to={`/consultations/${encodeURIComponent(id)}`}>{title}</Link>;
}
