// A commitment: who does what by when, each party's (and the central budget's) share of the cost, its
// progress with red/amber/green (the plans' rule, a word and a shape beside the colour), its stage from
// paper to practice, and the quarterly reports; whoever may report on it gets the report form and removal.
import { useState } from 'react';
import { api, errorMessage } from '../../shared/api/client';
import { formatDate } from '../../shared/format';
import { useLang, usePick, useT } from '../../shared/i18n/i18n';
import { StatusLabel } from '../plans/bits';
import { periodText } from '../plans/periods';
import '../plans/plans.css';
import { localized, paths, type Agreement, type Commitment } from './api';
import { stageText, useSectorName } from './labels';
import { percentText } from './numbers';
import type { RegionView } from './RegionShell';
import { ReportForm } from './ReportForm';

type Props = { region: RegionView; agreement: Agreement; commitment: Commitment; onChange: () => void };

export function CommitmentCard({ region, agreement, commitment: c, onChange }: Props) {
  const t = useT();
  const pick = usePick();
  const { lang } = useLang();
  const sector = useSectorName(region);
  const [problem, setProblem] = useState<string | null>(null);
  const shareName = (key: string) => (key === 'central' ? t('linkage.commitment.central') : agreement.parties.find((p) => p.id === key)?.name ?? key);
  const remove = () => api(paths.commitment(region.spaceId, agreement.id, c.id), { method: 'DELETE' }).then(onChange, (e: unknown) => setProblem(errorMessage(e, lang, t)));
  return (
    <li className="lk-card" data-testid="commitment" data-party={c.party.id}>
      <p className="lk-card__head">
        <strong>{c.party.name}</strong> · {sector(c.sector)} · {t('linkage.commitment.dates', { from: formatDate(c.startsOn), to: formatDate(c.dueOn) })}
      </p>
      <p>{pick(localized(c.what))}</p>
      <p className="lk-card__status">
        <strong data-testid="commitment-progress">{percentText(c.progress, lang)}</strong> <StatusLabel status={c.status} />{' '}
        <span className={`lk-stage lk-stage--${c.stage}`} data-testid="commitment-stage">{stageText(t, c.stage)}</span>
      </p>
      {Object.keys(c.budgetShares).length > 0 && (
        <p className="muted">{t('linkage.commitment.budget', { shares: Object.entries(c.budgetShares).map(([k, v]) => `${shareName(k)} ${percentText(v, lang)}`).join('; ') })}</p>
      )}
      {c.reports.length > 0 && (
        <ul className="lk-reports">
          {c.reports.map((r) => (
            <li key={r.period}>{`${periodText(r.period)}: ${percentText(r.percent, lang)}${r.statusNote ? ` — ${r.statusNote}` : ''}`}</li>
          ))}
        </ul>
      )}
      {c.editable && <ReportForm spaceId={region.spaceId} agreementId={agreement.id} commitment={c} onSaved={onChange} />}
      {c.editable && (
        <button type="button" className="button button--quiet-dark" onClick={remove}>{t('linkage.commitment.remove')}</button>
      )}
      {problem && <p className="form__error" role="alert">{problem}</p>}
    </li>
  );
}
