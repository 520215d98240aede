// A commitment's quarterly progress report, on the plans module's rules: a quarter from the commitment's
// start to today (or its due date), a percent 0–100 and a short note; sending a quarter again replaces its
// report. Opened from a button so a list of commitments stays short on a phone.
import { useMemo, useState, type FormEvent } from 'react';
import { api, errorMessage } from '../../shared/api/client';
import { useLang, useT } from '../../shared/i18n/i18n';
import { parseNumber } from '../plans/numbers';
import { periodText, reportablePeriods, suggestedPeriod } from '../plans/periods';
import { paths, today, type Commitment } from './api';
import { percentText } from './numbers';

type Props = { spaceId: string; agreementId: string; commitment: Commitment; onSaved: () => void };

export function ReportForm({ spaceId, agreementId, commitment: c, onSaved }: Props) {
  const t = useT();
  const { lang } = useLang();
  const periods = useMemo(() => reportablePeriods('quarterly', c.startsOn, c.dueOn, today()), [c]);
  const [open, setOpen] = useState(false);
  const [period, setPeriod] = useState(() => suggestedPeriod(periods) ?? '');
  const [percent, setPercent] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  if (!open) return <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>{t('linkage.report.open')}</button>;
  if (!periods.length) return <p className="muted">{t('linkage.report.notYet')}</p>;
  async function submit(event: FormEvent) {
    event.preventDefault();
    const value = parseNumber(percent, lang);
    if (value === null || value < 0 || value > 100) return setProblem(t('linkage.report.badPercent'));
    try {
      await api(paths.reports(spaceId, agreementId, c.id), { method: 'POST', body: { period, percent: value, statusNote: note.trim() } });
      setOpen(false);
      onSaved();
    } catch (e) {
      setProblem(errorMessage(e, lang, t));
    }
  }
  const id = (name: string) => `lk-r-${c.id}-${name}`;
  return (
    <form className="form lk-report" onSubmit={submit} noValidate data-testid="report-form">
      <div className="field-row">
        <div className="field">
          <label htmlFor={id('period')}>{t('linkage.report.period')}</label>
          <select id={id('period')} value={period} onChange={(e) => setPeriod(e.target.value)}>
            {[...periods].reverse().map((p) => <option key={p} value={p}>{periodText(p)}{c.reports.some((r) => r.period === p) ? ` — ${t('linkage.report.hasReport')}` : ''}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={id('percent')}>{t('linkage.report.percent')}</label>
          <input id={id('percent')} inputMode="decimal" autoComplete="off" value={percent} placeholder={percentText(c.progress, lang)} onChange={(e) => setPercent(e.target.value)} />
        </div>
      </div>
      <div className="field">
        <label htmlFor={id('note')}>{t('linkage.report.note')}</label>
        <input id={id('note')} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary">{t('linkage.report.submit')}</button>
        <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>{t('common.cancel')}</button>
      </div>
      {problem && <p className="form__error" role="alert">{problem}</p>}
    </form>
  );
}
