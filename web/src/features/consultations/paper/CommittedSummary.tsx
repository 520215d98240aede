// A counted batch: how many ballots it added and how many forms were spoilt, when, and that it can
// no longer change. Right after counting it takes the focus, since the button pressed is gone.
import { useEffect, useRef } from 'react';
import { useT } from '../../../shared/i18n/i18n';
import { finalReadings, tally } from './forms';
import type { CommitOutcome, FormComparison, PaperBatch } from './paper.api';
import { formatDateTime } from './paper.local';

interface Props {
  batch: PaperBatch;
  comparison: FormComparison[];
  /** The server's answer when the batch was counted on this page just now. */
  outcome: CommitOutcome | null;
}

export function CommittedSummary({ batch, comparison, outcome }: Props) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const counts = tally(finalReadings(batch, comparison));
  const justNow = outcome !== null;
  useEffect(() => {
    if (justNow) heading.current?.focus();
  }, [justNow]);

  return (
    <section className="panel pp-committed" aria-labelledby="paper-committed-heading" data-testid="paper-committed">
      <h2 id="paper-committed-heading" ref={heading} tabIndex={-1}>
        {t('paper.committed.title')}
      </h2>
      {outcome && (
        <p className="pp-success" role="status" data-testid="paper-commit-done">
          {t('paper.commit.done', { ballots: outcome.ballots, spoilt: outcome.spoilt })}
        </p>
      )}
      <dl className="c-facts">
        <div>
          <dt>{t('paper.committed.ballots')}</dt>
          <dd className="pp-big" data-testid="paper-committed-ballots">{counts.ballots}</dd>
        </div>
        <div>
          <dt>{t('paper.committed.spoilt')}</dt>
          <dd className="pp-big" data-testid="paper-committed-spoilt">{counts.spoilt}</dd>
        </div>
        {batch.committedAt && (
          <div>
            <dt>{t('paper.committed.at')}</dt>
            <dd>{formatDateTime(batch.committedAt)}</dd>
          </div>
        )}
      </dl>
      <p className="muted">{t('paper.committed.readOnly')}</p>
    </section>
  );
}
