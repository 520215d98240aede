// Records a regional project (coordinators); see useProjectForm for what it asks.
import { useApi } from '../../shared/api/useApi';
import { usePick, useT } from '../../shared/i18n/i18n';
import type { MessageKey } from '../../shared/i18n/vi';
import { localized, paths, type Agreement } from './api';
import { Select } from './IntentForm';
import { useSectorName } from './labels';
import type { RegionView } from './RegionShell';
import { useProjectForm } from './useProjectForm';

const STATUSES = ['proposed', 'approved', 'under-way', 'done', 'stalled'] as const;

export function ProjectForm({ region, onAdded }: { region: RegionView; onAdded: () => void }) {
  const t = useT();
  const pick = usePick();
  const sector = useSectorName(region);
  const agreements = useApi<{ agreements: Agreement[] }>(paths.agreements(region.spaceId));
  const { f, setF, toggle, problem, submit } = useProjectForm(region, onAdded);
  const text = (id: string, label: MessageKey, key: 'vi' | 'cost' | 'requested' | 'steering', decimal = false) => (
    <div className="field">
      <label htmlFor={id}>{t(label)}</label>
      <input id={id} inputMode={decimal ? 'decimal' : undefined} value={f[key]} onChange={(e) => setF({ ...f, [key]: e.target.value })} />
    </div>
  );
  return (
    <section className="panel" aria-labelledby="lk-project-form">
      <h2 id="lk-project-form">{t('linkage.projectForm.title')}</h2>
      <form className="form" onSubmit={submit} noValidate data-testid="project-form">
        {text('lk-pf-name', 'linkage.projectForm.name', 'vi')}
        <fieldset className="lk-sectors">
          <legend>{t('linkage.projectForm.localities')}</legend>
          {region.localities.map((l) => (
            <label key={l.id} className="choice">
              <input type="checkbox" checked={f.localities.includes(l.id)} onChange={() => toggle(l.id)} />
              {l.name}
            </label>
          ))}
        </fieldset>
        <div className="field-row">
          <Select id="lk-pf-sector" label={t('linkage.projectForm.sector')} value={f.sector} onChange={(v) => setF({ ...f, sector: v })} options={region.sectors.map((s) => [s.key, sector(s.key)])} />
          <Select id="lk-pf-status" label={t('linkage.projects.status')} value={f.status} onChange={(v) => setF({ ...f, status: v as typeof f.status })} options={STATUSES.map((s) => [s, t(`linkage.projectStatus.${s}` as MessageKey)])} />
          {text('lk-pf-cost', 'linkage.projectForm.cost', 'cost', true)}
          {text('lk-pf-requested', 'linkage.projectForm.requested', 'requested', true)}
        </div>
        {text('lk-pf-steering', 'linkage.projectForm.steering', 'steering')}
        <Select id="lk-pf-agreement" label={t('linkage.projectForm.agreement')} value={f.agreementId} onChange={(v) => setF({ ...f, agreementId: v })} options={[['', t('linkage.projectForm.noAgreement')], ...(agreements.status === 'done' ? agreements.data.agreements.map((a): [string, string] => [a.id, pick(localized(a.title))]) : [])]} />
        <div className="form__actions">
          <button type="submit" className="button button--primary">{t('linkage.projectForm.submit')}</button>
        </div>
        {problem && <p className="form__error" role="alert">{problem}</p>}
      </form>
    </section>
  );
}
