// What each lead agency owes as of today — reports overdue or due, actions past their due date — and,
// for facilitators, the button that e-mails each agency its list.
import { useState } from 'react';
import type { ApiResponse } from '../../shared/api/schema';
import { api, errorMessage } from '../../shared/api/client';
import { useApi } from '../../shared/api/useApi';
import { Link } from 'wouter';
import { ErrorNote, Loading } from '../../shared/layout/Status';
import { formatDate, formatNumber } from '../../shared/format';
import { useLang, usePick, useT } from '../../shared/i18n/i18n';
import type { MessageKey } from '../../shared/i18n/vi';
import { paths } from './api';
import { periodText } from './periods';

type Reminders = ApiResponse<'/api/plans/{id}/reminders', 'get'>;

export function RemindersPanel({ planId, canSend }: { planId: string; canSend: boolean }) {
  const t = useT();
  const pick = usePick();
  const { lang } = useLang();
  const result = useApi<Reminders>(paths.reminders(planId));
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);

  async function send() {
    setBusy(true);
    setOutcome(null);
    try {
      const r = await api<{ agencies: number; sent: number }>(paths.sendReminders(planId), { method: 'POST' });
      setOutcome({ ok: true, text: t('plans.reminders.sent', { sent: formatNumber(r.sent, lang, 0), agencies: formatNumber(r.agencies, lang, 0) }) });
    } catch (e) {
      setOutcome({ ok: false, text: errorMessage(e, lang, t) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby="reminders-heading" data-testid="reminders">
      <div className="panel__head">
        <h2 id="reminders-heading">{t('plans.reminders.title')}</h2>
        {canSend && (
          <button type="button" className="button button--primary" onClick={send} disabled={busy} data-testid="reminders-send">
            {busy ? t('plans.reminders.sending') : t('plans.reminders.send')}
          </button>
        )}
      </div>
      {outcome && (
        <p className={outcome.ok ? 'pl-ok' : 'form__error'} role={outcome.ok ? 'status' : 'alert'} data-testid="reminders-outcome">
          {outcome.text}
        </p>
      )}
      {result.status === 'loading' && <Loading />}
      {result.status === 'error' && <ErrorNote error={result.error} onRetry={result.retry} />}
      {result.status === 'done' &&
        (result.data.agencies.every((a) => a.items.length === 0) ? (
          <p className="muted">{t('plans.reminders.none', { date: formatDate(result.data.today) })}</p>
        ) : (
          <>
            <p className="muted">{t('plans.reminders.intro', { date: formatDate(result.data.today) })}</p>
            <ul className="pl-reminders">
              {result.data.agencies
                .filter((a) => a.items.length > 0)
                .map((a) => (
                  <li key={a.id} data-testid="reminder-agency">
                    <h3>
                      {pick(a.name)} <span className="muted">({formatNumber(a.items.length, lang, 0)})</span>
                    </h3>
                    <ul>
                      {a.items.map((item, i) => (
                        <li key={i} className={`pl-reminder pl-reminder--${item.kind}`}>
                          <span className="pl-reminder__kind">{t(`plans.reminders.${item.kind}` as MessageKey)}</span>{' '}
                          <Link to={paths.actionPage(planId, item.actionId)}>
                            {item.code} {pick(item.title)}
                          </Link>
                          <span className="muted">
                            {' — '}
                            {item.period ? t('plans.reminders.periodDeadline', { period: periodText(item.period), date: formatDate(item.deadline) }) : t('plans.reminders.dueDate', { date: formatDate(item.deadline) })}
                          </span>
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
            </ul>
          </>
        ))}
    </section>
  );
}
