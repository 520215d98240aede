// For a region's coordinators: a project's status and the central budget granted (percent of its cost, at most
// what was requested; blank while undecided), sent as the whole project with everything else unchanged.
import { useState, type FormEvent } from 'react';
import { api, errorMessage } from '../../shared/api/client';
import { formatNumber } from '../../shared/format';
import { useLang, useT } from '../../shared/i18n/i18n';
import type { MessageKey } from '../../shared/i18n/vi';
import { parseNumber } from '../plans/numbers';
import { paths, type Project, type ProjectBody } from './api';
import { Select } from './IntentForm';

const STATUSES: Project['status'][] = ['proposed', 'approved', 'under-way', 'done', 'stalled'];

const bodyOf = (p: Project, status: Project['status'], granted: number | null): ProjectBody => ({
  name: p.name,
  localities: p.localities.map((l) => l.id),
  sector: p.sector,
  totalCost: p.totalCost,
  costShares: Object.fromEntries(p.costShares.map((s) => [s.locality.id, s.percent])),
  centralRequested: p.central.requestedPercent,
  centralGranted: granted,
  status,
  steering: p.steering,
  agreementId: p.agreement?.id ?? null,
});

export function ProjectSteer({ spaceId, project: p, onChange }: { spaceId: string; project: Project; onChange: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const [status, setStatus] = useState(p.status);
  const [granted, setGranted] = useState(p.central.grantedPercent === null ? '' : formatNumber(p.central.grantedPercent, lang, 2));
  const [problem, setProblem] = useState<string | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    const value = granted.trim() ? parseNumber(granted, lang) : null;
    if (granted.trim() && (value === null || value < 0 || value > 100)) return setProblem(t('linkage.projects.badShare'));
    try {
      await api(paths.project(spaceId, p.id), { method: 'PUT', body: bodyOf(p, status, value) });
      onChange();
    } catch (e) {
      setProblem(errorMessage(e, lang, t));
    }
  }
  const id = (name: string) => `lk-p-${p.id}-${name}`;
  return (
    <form className="form lk-report" onSubmit={submit} noValidate data-testid="project-steer">
      <div className="field-row">
        <Select id={id('status')} label={t('linkage.projects.status')} value={status} onChange={(v) => setStatus(v as Project['status'])} options={STATUSES.map((s) => [s, t(`linkage.projectStatus.${s}` as MessageKey)])} />
        <div className="field">
          <label htmlFor={id('granted')}>{t('linkage.projects.grantedInput')}</label>
          <input id={id('granted')} inputMode="decimal" value={granted} onChange={(e) => setGranted(e.target.value)} />
        </div>
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--secondary">{t('linkage.projects.saveSteer')}</button>
      </div>
      {problem && <p className="form__error" role="alert">{problem}</p>}
    </form>
  );
}
