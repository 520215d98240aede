// Counting a batch: once every difference is settled, the facilitator sees how many ballots and
// spoilt forms will count, and confirms; it cannot be undone, so it asks twice.
import { useEffect, useRef, useState } from 'react';
import { api } from '../../../shared/api/client';
import type { ConsultationDetail } from '../api';
import { ErrorNote } from '../../../shared/layout/Status';
import { useT } from '../../../shared/i18n/i18n';
import type { tally } from './forms';
import { batchPath, type CommitOutcome, type PaperBatch } from './paper.api';

interface Props {
  detail: ConsultationDetail;
  batch: PaperBatch;
  counts: ReturnType<typeof tally>;
  onCommitted: (outcome: CommitOutcome) => void;
}

export function CommitBox({ detail, batch, counts, onCommitted }: Props) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) yes.current?.focus();
  }, [confirming]);

  const commit = async () => {
    setBusy(true);
    setError(null);
    try {
      onCommitted(await api<CommitOutcome>(`${batchPath(detail.id, batch.key)}/commit`, { method: 'POST' }));
    } catch (failure) {
      setError(failure);
      setBusy(false);
      setConfirming(false);
    }
  };

  const ready = counts.unresolved === 0;
  return (
    <div className="pp-commit" data-testid="paper-commit-box" role="group" aria-labelledby="paper-commit-heading">
      <h3 id="paper-commit-heading">{t('paper.commit.title')}</h3>
      <p id="paper-commit-state" className={ready ? undefined : 'note'} data-testid="paper-commit-state">
        {ready ? t('paper.commit.preview', { ballots: counts.ballots, spoilt: counts.spoilt }) : t('paper.commit.pending', { n: counts.unresolved })}
      </p>
      {detail.status !== 'open' && <p className="note">{t('paper.commit.notOpen')}</p>}
      {confirming ? (
        <div className="confirm">
          <p className="note">{t('paper.commit.confirm')}</p>
          <div className="button-row">
            <button ref={yes} type="button" className="button button--primary" data-testid="paper-commit-confirm" disabled={busy} onClick={commit}>
              {busy ? t('paper.commit.busy') : t('paper.commit.yes')}
            </button>
            <button type="button" className="button button--secondary" disabled={busy} onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button button--primary" data-testid="paper-commit" disabled={!ready} aria-describedby="paper-commit-state" onClick={() => setConfirming(true)}>
          {t('paper.commit.button')}
        </button>
      )}
      {error != null && <ErrorNote error={error} />}
    </div>
  );
}
