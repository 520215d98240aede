// The progress reports of an action, newest first: period, percent, the reporter's words, KPI values,
// the day it came in against the deadline, and its evidence files.
import { useState } from 'react';
import { formatDate, formatNumber } from '../../shared/format';
import { useLang, usePick, useT } from '../../shared/i18n/i18n';
import { paths, type Kpi, type Report, type ReportingPeriod } from './api';
import { bytesText, percentText } from './numbers';
import { periodText } from './periods';

/** The last day a period's report counts as on time (period end + grace days). */
export function deadlineOf(kind: ReportingPeriod, period: string, graceDays: number): string {
  const year = Number(period.slice(0, 4));
  const lastMonth = kind === 'monthly' ? Number(period.slice(5, 7)) : Number(period.slice(6)) * 3;
  const end = new Date(Date.UTC(year, lastMonth, 0)); // day 0 of the next month: the period's last day
  end.setUTCDate(end.getUTCDate() + graceDays);
  return end.toISOString().slice(0, 10);
}

/** The newest reports shown at first; the rest on request. */
const SHOWN = 6;

export function ReportHistory({ reports, kpis, kind, graceDays }: { reports: Report[]; kpis: Kpi[]; kind: ReportingPeriod; graceDays: number }) {
  const t = useT();
  const pick = usePick();
  const { lang } = useLang();
  const [all, setAll] = useState(false);
  if (!reports.length) return <p className="muted" data-testid="reports-empty">{t('plans.history.none')}</p>;
  const kpiName = (key: string) => {
    const k = kpis.find((x) => x.key === key);
    return k ? `${pick(k.title)} (${k.unit})` : key;
  };
  const newestFirst = [...reports].reverse();
  const shown = all ? newestFirst : newestFirst.slice(0, SHOWN);
  return (
    <>
      <ol className="pl-history" data-testid="report-history">
        {shown.map((r) => {
          const deadline = deadlineOf(kind, r.period, graceDays);
          const late = r.submittedOn > deadline;
          return (
            <li key={r.id} className="pl-report" data-testid="report" data-period={r.period}>
              <div className="pl-report__head">
                <strong>{t('plans.history.period', { period: periodText(r.period) })}</strong>
                <span className="pl-report__percent" data-testid="report-percent">{percentText(r.percent, lang)}</span>
                <span className={late ? 'pl-late' : 'pl-ontime'}>
                  {t(late ? 'plans.history.late' : 'plans.history.onTime', { date: formatDate(r.submittedOn), deadline: formatDate(deadline) })}
                </span>
              </div>
              {r.statusNote && <p className="pl-report__note">{r.statusNote}</p>}
              {r.narrative && <p className="pl-report__narrative">{r.narrative}</p>}
              {Object.keys(r.kpiValues).length > 0 && (
                <p className="muted pl-report__kpis">
                  {Object.entries(r.kpiValues)
                    .map(([key, value]) => `${kpiName(key)}: ${formatNumber(value, lang, 2)}`)
                    .join(' · ')}
                </p>
              )}
              {r.evidence && r.evidence.length > 0 && (
                <ul className="pl-files">
                  {r.evidence.map((f) => (
                    <li key={f.id}>
                      <a href={paths.evidence(f.id)} download={f.fileName} data-testid="evidence-file">
                        {f.fileName}
                      </a>{' '}
                      <span className="muted">({bytesText(f.size, lang)})</span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
      {reports.length > SHOWN && (
        <button type="button" className="button button--secondary pl-more" onClick={() => setAll(!all)} aria-expanded={all} data-testid="history-toggle">
          {all ? t('plans.history.fewer') : t('plans.history.all', { count: reports.length })}
        </button>
      )}
    </>
  );
}
