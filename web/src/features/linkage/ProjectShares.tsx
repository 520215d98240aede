// A regional project's cost: the total, each locality's share (percent and amount), the central budget
// requested and granted, and the part no one bears yet. A line the caller may change has its own small form.
import { useState, type FormEvent } from 'react';
import { api, errorMessage } from '../../shared/api/client';
import { formatNumber } from '../../shared/format';
import { useLang, useT } from '../../shared/i18n/i18n';
import { parseNumber } from '../plans/numbers';
import { paths, type Project } from './api';
import { percentText } from './numbers';

type Props = { spaceId: string; project: Project; onChange: () => void };

export function ProjectShares({ spaceId, project: p, onChange }: Props) {
  const t = useT();
  const { lang } = useLang();
  const money = (x: number | null) => (x === null ? '—' : t('linkage.projects.amount', { amount: formatNumber(x, lang, 1) }));
  return (
    <div className="table-scroll">
      <table className="table lk-numbers" data-testid="project-shares">
        <caption className="lk-caption">{t('linkage.projects.total', { amount: money(p.totalCost) })}</caption>
        <thead>
          <tr><th scope="col">{t('linkage.projects.bearer')}</th><th scope="col">{t('linkage.projects.share')}</th><th scope="col">{t('linkage.projects.amountCol')}</th></tr>
        </thead>
        <tbody>
          {p.costShares.map((s) => (
            <tr key={s.locality.id} data-locality={s.locality.id}>
              <th scope="row">{s.locality.name}</th>
              <td>{s.editable ? <ShareForm spaceId={spaceId} project={p} localityId={s.locality.id} percent={s.percent} onChange={onChange} /> : percentText(s.percent, lang)}</td>
              <td>{money(s.amount)}</td>
            </tr>
          ))}
          <tr><th scope="row">{t('linkage.projects.centralRequested')}</th><td>{percentText(p.central.requestedPercent, lang)}</td><td>{money(p.central.requestedAmount)}</td></tr>
          <tr>
            <th scope="row">{t('linkage.projects.centralGranted')}</th>
            <td>{p.central.grantedPercent === null ? t('linkage.projects.undecided') : percentText(p.central.grantedPercent, lang)}</td>
            <td>{money(p.central.grantedAmount)}</td>
          </tr>
          <tr><th scope="row">{t('linkage.projects.unassigned')}</th><td data-testid="project-unassigned">{percentText(p.unassignedPercent, lang)}</td><td>{money((p.totalCost * p.unassignedPercent) / 100)}</td></tr>
        </tbody>
      </table>
    </div>
  );
}

function ShareForm({ spaceId, project, localityId, percent, onChange }: Omit<Props, 'onChange'> & { localityId: string; percent: number; onChange: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const [text, setText] = useState(() => formatNumber(percent, lang, 2));
  const [problem, setProblem] = useState<string | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    const value = parseNumber(text, lang);
    if (value === null || value < 0 || value > 100) return setProblem(t('linkage.projects.badShare'));
    try {
      await api(paths.projectShare(spaceId, project.id, localityId), { method: 'PUT', body: { percent: value } });
      onChange();
    } catch (e) {
      setProblem(errorMessage(e, lang, t));
    }
  }
  const id = `lk-share-${project.id}-${localityId}`;
  return (
    <form className="lk-share" onSubmit={submit} noValidate>
      <label htmlFor={id} className="visually-hidden">{t('linkage.projects.shareOf', { name: project.costShares.find((s) => s.locality.id === localityId)?.locality.name ?? localityId })}</label>
      <input id={id} inputMode="decimal" value={text} onChange={(e) => setText(e.target.value)} size={6} />
      <button type="submit" className="button button--secondary">{t('linkage.projects.save')}</button>
      {problem && <p className="form__error" role="alert">{problem}</p>}
    </form>
  );
}
