// The settings of an open exercise, for its facilitators: the title, the province whose evidence is
// used, up to which year, and the linked consultation. Opened with a button under the facts; the
// server's refusal (e.g. a stakeholder-support criterion still needs the consultation) is shown as is.
import { useRef, useState, type FormEvent } from 'react';
import { api, errorMessage } from '../../shared/api/client';
import { useLang, useT } from '../../shared/i18n/i18n';
import { paths, type Exercise } from './api';
import { SourceFields, type SourceValues } from './ExerciseFields';
import './priorities-forms.css';

const valuesOf = (e: Exercise): SourceValues => ({ province: e.localityCode, year: e.year === null ? '' : String(e.year), consultationId: e.consultationId ?? '' });

type Props = { exercise: Exercise; onSaved: (next: Exercise) => void };

// The settings' fields, reset from the exercise as saved (reset), and saving them.
function useSettings({ exercise, onSaved }: Props) {
  const [titleVi, setTitleVi] = useState(exercise.title.vi);
  const [titleEn, setTitleEn] = useState(exercise.title.en === exercise.title.vi ? '' : exercise.title.en);
  const [values, setValues] = useState<SourceValues>(() => valuesOf(exercise));
  const [problem, setProblem] = useState<'title' | 'province' | null>(null);
  const [state, setState] = useState<{ kind: 'idle' | 'saving' | 'saved' } | { kind: 'failed'; error: unknown }>({ kind: 'idle' });

  const reset = () => {
    setTitleVi(exercise.title.vi);
    setTitleEn(exercise.title.en === exercise.title.vi ? '' : exercise.title.en);
    setValues(valuesOf(exercise));
    setProblem(null);
    setState({ kind: 'idle' });
  };
  const typeVi = (text: string) => {
    setTitleVi(text);
    setProblem(null);
  };
  const changeSource = (next: Partial<SourceValues>) => {
    setValues((v) => ({ ...v, ...next }));
    setProblem(null);
    setState({ kind: 'idle' });
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!titleVi.trim()) return setProblem('title');
    if (!values.province) return setProblem('province');
    setProblem(null);
    setState({ kind: 'saving' });
    try {
      const body = {
        title: { vi: titleVi.trim(), en: titleEn.trim() || titleVi.trim() },
        localityCode: values.province,
        year: values.year ? Number(values.year) : null,
        consultationId: values.consultationId || null,
      };
      const next = await api<Exercise>(paths.exercise(exercise.id), { method: 'PATCH', body });
      setState({ kind: 'saved' });
      onSaved(next);
    } catch (error) {
      setState({ kind: 'failed', error });
    }
  };
  return { titleVi, typeVi, titleEn, setTitleEn, values, changeSource, problem, state, reset, onSubmit };
}

export function ExerciseSettings(props: Props) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const settings = useSettings(props);
  const toggle = useRef<HTMLButtonElement>(null);

  const show = () => {
    // Each opening starts from the exercise as saved.
    settings.reset();
    setOpen(true);
  };
  const hide = () => {
    setOpen(false);
    toggle.current?.focus();
  };

  return (
    <div className="pr-settings">
      <button
        ref={toggle}
        type="button"
        className="button button--secondary"
        aria-expanded={open}
        aria-controls="pr-settings-form"
        onClick={() => (open ? hide() : show())}
        data-testid="settings-toggle"
      >
        {t('priorities.settings.open')}
      </button>
      {settings.state.kind === 'saved' && !open && <span className="pr-ok" role="status">{t('priorities.settings.saved')}</span>}
      {open && <SettingsForm exercise={props.exercise} settings={settings} onClose={hide} />}
    </div>
  );
}

function SettingsForm({ exercise, settings, onClose }: { exercise: Exercise; settings: ReturnType<typeof useSettings>; onClose: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const { titleVi, typeVi, titleEn, setTitleEn, values, changeSource, problem, state, onSubmit } = settings;
  return (
    <form id="pr-settings-form" className="form pr-addform" onSubmit={onSubmit} noValidate data-testid="settings-form" aria-label={t('priorities.settings.title')}>
      <h2 className="pr-settings__title">{t('priorities.settings.title')}</h2>
      <div className="field-row">
        <div className="field">
          <label htmlFor="pr-set-vi">{t('priorities.create.titleVi')}</label>
          <input id="pr-set-vi" value={titleVi} onChange={(e) => typeVi(e.target.value)} aria-invalid={problem === 'title'} data-testid="settings-title-vi" />
          {problem === 'title' && <p className="field__error">{t('priorities.create.needTitle')}</p>}
        </div>
        <div className="field">
          <label htmlFor="pr-set-en">{t('priorities.create.titleEn')}</label>
          <input id="pr-set-en" value={titleEn} onChange={(e) => setTitleEn(e.target.value)} lang="en" />
        </div>
      </div>
      <SourceFields
        spaceId={exercise.spaceId}
        values={values}
        onChange={changeSource}
        idPrefix="pr-set"
        testPrefix="settings"
        provinceProblem={problem === 'province'}
      />
      {state.kind === 'failed' && <p className="form__error" role="alert" data-testid="settings-error">{errorMessage(state.error, lang, t)}</p>}
      {state.kind === 'saved' && <p className="pr-ok" role="status" data-testid="settings-saved">{t('priorities.settings.saved')}</p>}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={state.kind === 'saving'} data-testid="settings-submit">
          {state.kind === 'saving' ? t('priorities.saving') : t('priorities.settings.submit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>{t('priorities.close')}</button>
      </div>
    </form>
  );
}
