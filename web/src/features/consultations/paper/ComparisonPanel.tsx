// The two entries of a batch compared. The forms they read differently are shown side by side,
// with the options only one entry has marked; the facilitator takes one entry's reading, marks the
// form spoilt, or types the reading off the paper, then counts the batch. Everyone else reads.
import { useState } from 'react';
import type { ConsultationDetail } from '../api';
import { useT } from '../../../shared/i18n/i18n';
import { finalReadings, tally } from './forms';
import { AllForms } from './AllForms';
import { CommitBox } from './CommitBox';
import { DiffCard } from './DiffCard';
import type { CommitOutcome, FormComparison, PaperBatch, PaperEntry } from './paper.api';

interface Props {
  detail: ConsultationDetail;
  batch: PaperBatch;
  entries: PaperEntry[];
  comparison: FormComparison[];
  onChanged: () => void;
  onCommitted: (outcome: CommitOutcome) => void;
}

export function ComparisonPanel({ detail, batch, entries, comparison, onChanged, onCommitted }: Props) {
  const t = useT();
  const [announced, setAnnounced] = useState('');
  const committed = batch.status === 'committed';
  const editable = detail.permissions.manage && !committed;
  const differing = comparison.filter((c) => !c.same);
  const resolved = differing.filter((c) => batch.resolutions[String(c.form)]).length;
  const counts = tally(finalReadings(batch, comparison));
  const by = (n: 1 | 2) => entries.find((e) => e.entry === n)?.enteredBy ?? '';

  return (
    <section className="panel" aria-labelledby="paper-compare-heading" data-testid="paper-compare">
      <h2 id="paper-compare-heading">{t('paper.compare.title')}</h2>
      <p className="pp-summary" data-testid="paper-compare-summary">
        {differing.length === 0
          ? t('paper.compare.allSame', { total: comparison.length })
          : t('paper.compare.summary', { same: comparison.length - differing.length, total: comparison.length, diff: differing.length, resolved })}
      </p>
      {!detail.permissions.manage && !committed && differing.length > 0 && <p className="muted">{t('paper.compare.onlyFacilitator')}</p>}
      {differing.length > 0 && (
        <ol className="pp-diffs">
          {differing.map((c) => (
            <DiffCard
              key={c.form}
              comparison={c}
              detail={detail}
              batch={batch}
              by={[by(1), by(2)]}
              editable={editable}
              onResolved={(n) => {
                setAnnounced(t('paper.compare.done', { n }));
                onChanged();
              }}
            />
          ))}
        </ol>
      )}
      <p className="visually-hidden" role="status">{announced}</p>
      {editable && <CommitBox detail={detail} batch={batch} counts={counts} onCommitted={onCommitted} />}
      <AllForms detail={detail} batch={batch} comparison={comparison} />
    </section>
  );
}
