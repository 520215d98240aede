// /spaces/:id/consultations/new: the form that makes a consultation from its spec (title, options,
// ballot, clusters, stakeholder groups, who may vote). On success the new consultation opens.
import { useState, type FormEvent } from 'react';
import { api, errorMessage } from '../../shared/api/client';
import type { Access } from './api';
import type { SpaceDetail, SpacePermissions } from '../../shared/api/types';
import { useApi } from '../../shared/api/useApi';
import { Link, useLocation } from 'wouter';
import { BallotFields } from './BallotFields';
import { RowsEditor } from './RowsEditor';
import { ErrorNote, Loading } from '../../shared/layout/Status';
import { buildSpec, newRow, type FormState, type Problem } from './spec';
import { labelOf, useLang, usePick, useT } from '../../shared/i18n/i18n';
import './consultation.css';

const blankForm = (): FormState => ({
  titleVi: '',
  titleEn: '',
  options: [newRow(), newRow()],
  ballotType: 'approval',
  min: '1',
  max: '',
  scale: '',
  points: '',
  clusters: [],
  groups: [],
  access: 'invite',
  illustrative: false,
});

// The form's state, with the check's problem or the server's refusal kept as such, so that switching
// language re-words it; a valid spec is sent and the new consultation opens.
function useCreateConsultation(spaceId: string) {
  const t = useT();
  const [, navigate] = useLocation();
  const [form, setForm] = useState<FormState>(blankForm);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  // Any edit may have mended what the last check complained of, so its message goes with it.
  const patch = (change: Partial<FormState>) => {
    setForm((f) => ({ ...f, ...change }));
    setProblem(null);
  };
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    const built = buildSpec(form, spaceId, t);
    if (!('spec' in built)) {
      setProblem(built);
      document.getElementById(built.field)?.focus();
      return;
    }
    setProblem(null);
    setSubmitting(true);
    try {
      const { id } = await api<{ id: string }>('/api/consultations', { method: 'POST', body: built.spec });
      navigate(`/consultations/${encodeURIComponent(id)}`);
    } catch (error) {
      setFailure(error);
      setSubmitting(false);
    }
  };
  return { form, patch, problem, failure, submitting, onSubmit };
}

export function ConsultationCreatePage({ spaceId }: { spaceId: string }) {
  const t = useT();
  const pick = usePick();
  const space = useApi<{ space: SpaceDetail; permissions: SpacePermissions }>(`/api/spaces/${encodeURIComponent(spaceId)}`);

  const back = (
    <nav className="crumbs" aria-label={t('app.breadcrumb')}>
      <Link to={`/spaces/${encodeURIComponent(spaceId)}`}>← {space.status === 'done' ? pick(space.data.space.title) : t('consultation.back')}</Link>
    </nav>
  );
  if (space.status === 'loading') return <>{back}<Loading /></>;
  if (space.status === 'error') return <>{back}<ErrorNote error={space.error} onRetry={space.retry} /></>;
  if (!space.data.permissions.update) return <>{back}<p className="note">{t('create.notAllowed')}</p></>;

  return (
    <>
      {back}
      <header className="page-head">
        <h1>{t('create.title')}</h1>
        <p className="lead">{t('create.lead')}</p>
      </header>
      <CreateForm spaceId={spaceId} />
    </>
  );
}

function TextField({ id, label, value, onChange, en = false, invalid }: { id: string; label: string; value: string; onChange: (v: string) => void; en?: boolean; invalid: string | null }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} data-testid={id} lang={en ? 'en' : undefined} value={value} onChange={(e) => onChange(e.target.value)}
        aria-invalid={invalid === id || undefined} aria-describedby={invalid === id ? 'create-error' : undefined} />
    </div>
  );
}

function CreateForm({ spaceId }: { spaceId: string }) {
  const t = useT();
  const { lang } = useLang();
  const { form, patch, problem, failure, submitting, onSubmit } = useCreateConsultation(spaceId);
  const invalid = problem?.field ?? null;
  return (
    <form className="panel form create-form" onSubmit={onSubmit} noValidate data-testid="create-form">
      <fieldset className="rows">
        <legend>{t('create.basics')}</legend>
        <TextField id="c-title-vi" label={t('create.textVi')} value={form.titleVi} onChange={(v) => patch({ titleVi: v })} invalid={invalid} />
        <TextField id="c-title-en" label={t('create.textEn')} value={form.titleEn} onChange={(v) => patch({ titleEn: v })} en invalid={invalid} />
        <p className="muted rows__hint">{t('create.enHint')}</p>
      </fieldset>
      <RowsEditor idPrefix="c-option" testId="option" legend={t('create.options')} hint={t('create.optionsHint')} rows={form.options}
        onChange={(options) => patch({ options })} itemLabel={(n) => t('create.optionN', { n })} addLabel={t('create.addOption')} invalid={invalid} />
      <BallotFields value={form} onChange={patch} invalid={invalid} />
      <RowsEditor idPrefix="c-cluster" testId="cluster" legend={t('create.clusters')} hint={t('create.clustersHint')} rows={form.clusters}
        onChange={(clusters) => patch({ clusters })} itemLabel={(n) => t('create.clusterN', { n })} addLabel={t('create.addCluster')} invalid={invalid} />
      <RowsEditor idPrefix="c-group" testId="group" legend={t('create.groups')} hint={t('create.groupsHint')} rows={form.groups}
        onChange={(groups) => patch({ groups })} itemLabel={(n) => t('create.groupN', { n })} addLabel={t('create.addGroup')} withWeight invalid={invalid} />
      <AccessFields form={form} patch={patch} />
      {(problem || failure != null) && (
        <p id="create-error" className="form__error" role="alert" data-testid="create-error">
          {problem ? t(problem.key, problem.vars) : errorMessage(failure, lang, t)}
        </p>
      )}
      <div className="form__actions">
        <button type="submit" className="button button--primary" data-testid="create-submit" disabled={submitting}>
          {submitting ? t('create.submitting') : t('create.submit')}
        </button>
        <Link to={`/spaces/${encodeURIComponent(spaceId)}`} className="button button--secondary">
          {t('common.cancel')}
        </Link>
      </div>
    </form>
  );
}

/** Who may vote (by invitation or anyone), and whether the consultation is only an illustration. */
function AccessFields({ form, patch }: { form: FormState; patch: (change: Partial<FormState>) => void }) {
  const t = useT();
  return (
    <fieldset className="rows">
      <legend>{t('create.access')}</legend>
      {(['invite', 'open'] as Access[]).map((access) => (
        <label key={access} className="choice">
          <input type="radio" name="access" value={access} checked={form.access === access} onChange={() => patch({ access })} />
          {labelOf(t, 'access', access)}
        </label>
      ))}
      <label className="choice">
        <input type="checkbox" checked={form.illustrative} onChange={(e) => patch({ illustrative: e.target.checked })} />
        {t('create.illustrative')}
      </label>
    </fieldset>
  );
}
