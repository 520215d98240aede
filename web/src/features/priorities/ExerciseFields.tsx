// The fields an exercise's evidence and stakeholder support come from — the province, up to which year,
// and the space's consultation — shared by the new-exercise form and the settings of an open exercise.
import type { ConsultationSummary } from '../consultations/api';
import { useApi } from '../../shared/api/useApi';
import { usePick, useT } from '../../shared/i18n/i18n';
import { useProvinces } from './useProvinces';

const thisYear = new Date().getFullYear();

export interface SourceValues {
  province: string;
  year: string;
  consultationId: string;
}

export function SourceFields({
  spaceId,
  values,
  onChange,
  idPrefix,
  testPrefix,
  provinceProblem,
}: {
  spaceId: string;
  values: SourceValues;
  onChange: (next: Partial<SourceValues>) => void;
  idPrefix: string;
  testPrefix: string;
  provinceProblem: boolean;
}) {
  const t = useT();
  const pick = usePick();
  const provinces = useProvinces();
  const consultations = useApi<{ consultations: ConsultationSummary[] }>(`/api/spaces/${encodeURIComponent(spaceId)}/consultations`);
  const years = Array.from({ length: thisYear - 2010 }, (_, i) => thisYear - i);
  // A year saved before the list's range still shows as chosen.
  if (values.year && !years.includes(Number(values.year))) years.push(Number(values.year));
  return (
    <>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${idPrefix}-province`}>{t('priorities.create.province')}</label>
          <select id={`${idPrefix}-province`} value={values.province} onChange={(e) => onChange({ province: e.target.value })} aria-invalid={provinceProblem} data-testid={`${testPrefix}-province`}>
            <option value="">{t('priorities.create.pickProvince')}</option>
            {[...(provinces ?? new Map<string, string>())].map(([code, name]) => (
              <option key={code} value={code}>{name}</option>
            ))}
          </select>
          {provinceProblem && <p className="field__error">{t('priorities.create.needProvince')}</p>}
        </div>
        <div className="field field--narrow">
          <label htmlFor={`${idPrefix}-year`}>{t('priorities.create.year')}</label>
          <select id={`${idPrefix}-year`} value={values.year} onChange={(e) => onChange({ year: e.target.value })} data-testid={`${testPrefix}-year`}>
            <option value="">{t('priorities.year.latest')}</option>
            {years.map((y) => (
              <option key={y} value={y}>{y}</option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-consultation`}>{t('priorities.create.consultation')}</label>
        <select id={`${idPrefix}-consultation`} value={values.consultationId} onChange={(e) => onChange({ consultationId: e.target.value })} data-testid={`${testPrefix}-consultation`}>
          <option value="">{t('priorities.create.noConsultation')}</option>
          {consultations.status === 'done' &&
            consultations.data.consultations.map((c) => (
              <option key={c.id} value={c.id}>{pick(c.title)}</option>
            ))}
        </select>
        <p className="muted pr-hint">{t('priorities.create.consultationHint')}</p>
      </div>
    </>
  );
}
