// The buttons that move a consultation through its life (draft → open ⇄ closed → published), only
// those the server allows from the current status. Publishing cannot be undone, so it asks twice.
import { useState } from 'react';
import { api } from '../../shared/api/client';
import { consultationPath, type ConsultationStatus } from './api';
import { labelOf, useT } from '../../shared/i18n/i18n';
import type { MessageKey } from '../../shared/i18n/vi';
import { ErrorNote } from '../../shared/layout/Status';

type Step = 'open' | 'close' | 'publish';

const steps: Record<ConsultationStatus, { step: Step; label: MessageKey }[]> = {
  draft: [{ step: 'open', label: 'lifecycle.open' }],
  open: [{ step: 'close', label: 'lifecycle.close' }],
  closed: [
    { step: 'open', label: 'lifecycle.reopen' },
    { step: 'publish', label: 'lifecycle.publish' },
  ],
  published: [],
};

export function LifecyclePanel({ id, status, onChanged }: { id: string; status: ConsultationStatus; onChanged: (status: ConsultationStatus) => void }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [confirming, setConfirming] = useState(false);
  const [changed, setChanged] = useState<ConsultationStatus | null>(null);

  const run = async (step: Step) => {
    setBusy(true);
    setError(null);
    try {
      const answer = await api<{ status: ConsultationStatus }>(`${consultationPath(id)}/${step}`, { method: 'POST' });
      setChanged(answer.status);
      onChanged(answer.status);
    } catch (failure) {
      setError(failure);
    }
    setBusy(false);
    setConfirming(false);
  };

  return (
    <section className="panel" aria-labelledby="lifecycle-heading" data-testid="lifecycle">
      <h2 id="lifecycle-heading">{t('lifecycle.title')}</h2>
      <p className="muted">{t(`lifecycle.hint.${status}`)}</p>
      {confirming ? (
        <div className="confirm" role="group" aria-labelledby="publish-warning">
          <p id="publish-warning" className="note">{t('lifecycle.publishConfirm')}</p>
          <div className="button-row">
            <button type="button" className="button button--primary" data-testid="lifecycle-publish-confirm" disabled={busy} onClick={() => run('publish')}>
              {t('lifecycle.publishYes')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : (
        steps[status].length > 0 && (
          <div className="button-row">
            {steps[status].map(({ step, label }) => (
              <button key={step} type="button" className={`button ${step === 'publish' ? 'button--secondary' : 'button--primary'}`} data-testid={`lifecycle-${step}`}
                disabled={busy} onClick={() => (step === 'publish' ? setConfirming(true) : run(step))}>
                {t(label)}
              </button>
            ))}
          </div>
        )
      )}
      <p className="visually-hidden" role="status">
        {changed ? t('lifecycle.changed', { status: labelOf(t, 'consultation.status', changed) }) : ''}
      </p>
      {error != null && <ErrorNote error={error} />}
    </section>
  );
}
