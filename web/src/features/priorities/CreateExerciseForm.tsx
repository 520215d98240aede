// The form that starts a priority exercise in a space: its title in both languages, the province whose
// evidence is used, up to which year, and the consultation whose results measure stakeholder support.
// The server fills in the eight priority areas and the default criteria; the new exercise then opens.
import { useEffect, useState, type FormEvent } from 'react';
import { api, errorMessage } from '../../shared/api/client';
import { useLocation } from 'wouter';
import { useLang, useT } from '../../shared/i18n/i18n';
import { paths } from './api';
import { SourceFields } from './ExerciseFields';
import { useProvinces } from './useProvinces';

export function CreateExerciseForm({ spaceId, localityCode, onCancel }: { spaceId: string; localityCode: string | null; onCancel: () => void }) {
  const t = useT();
  const [, navigate] = useLocation();
  const { lang } = useLang();
  const provinces = useProvinces();
  const [titleVi, setTitleVi] = useState('');
  const [titleEn, setTitleEn] = useState('');
  const [province, setProvince] = useState(localityCode ?? '');
  const [year, setYear] = useState('');
  const [consultationId, setConsultationId] = useState('');
  const [problem, setProblem] = useState<'title' | 'province' | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  // The space's own province is the usual choice once the list has arrived.
  useEffect(() => {
    if (!province && localityCode && provinces?.has(localityCode)) setProvince(localityCode);
  }, [province, localityCode, provinces]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    if (!titleVi.trim()) return setProblem('title');
    if (!province) return setProblem('province');
    setProblem(null);
    setBusy(true);
    try {
      const body = {
        // The API keeps both languages; an English title left empty reads the Vietnamese one.
        title: { vi: titleVi.trim(), en: titleEn.trim() || titleVi.trim() },
        localityCode: province,
        ...(year ? { year: Number(year) } : {}),
        ...(consultationId ? { consultationId } : {}),
      };
      const { id } = await api<{ id: string }>(paths.list(spaceId), { method: 'POST', body });
      navigate(paths.page(id));
    } catch (error) {
      setFailure(error);
      setBusy(false);
    }
  };

  return (
    <form className="form pr-create" onSubmit={onSubmit} noValidate data-testid="priorities-form">
      <div className="field-row">
        <div className="field">
          <label htmlFor="pr-title-vi">{t('priorities.create.titleVi')}</label>
          <input id="pr-title-vi" value={titleVi} onChange={(e) => { setTitleVi(e.target.value); setProblem(null); }} aria-invalid={problem === 'title'} data-testid="priorities-form-title-vi" />
          {problem === 'title' && <p className="field__error">{t('priorities.create.needTitle')}</p>}
        </div>
        <div className="field">
          <label htmlFor="pr-title-en">{t('priorities.create.titleEn')}</label>
          <input id="pr-title-en" value={titleEn} onChange={(e) => setTitleEn(e.target.value)} lang="en" />
        </div>
      </div>
      <SourceFields
        spaceId={spaceId}
        values={{ province, year, consultationId }}
        onChange={(next) => {
          if (next.province !== undefined) {
            setProvince(next.province);
            setProblem(null);
          }
          if (next.year !== undefined) setYear(next.year);
          if (next.consultationId !== undefined) setConsultationId(next.consultationId);
        }}
        idPrefix="pr"
        testPrefix="priorities-form"
        provinceProblem={problem === 'province'}
      />
      {failure !== null && <p className="form__error" role="alert">{errorMessage(failure, lang, t)}</p>}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy} data-testid="priorities-form-submit">
          {busy ? t('priorities.saving') : t('priorities.create.submit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
