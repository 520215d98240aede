// Every form of the batch in one table: the two entries and the reading that counts, by option
// number, with the numbered options beside it. Folded away while there is work to do; open once
// the batch is counted, since then it is the record.
import type { ConsultationDetail } from '../api';
import { usePick, useT } from '../../../shared/i18n/i18n';
import { finalReadings, isSpoilt, rulesOf, typedOf } from './forms';
import type { FormComparison, PaperBatch, Reading } from './paper.api';

export function AllForms({ detail, batch, comparison }: { detail: ConsultationDetail; batch: PaperBatch; comparison: FormComparison[] }) {
  const t = useT();
  const pick = usePick();
  const finals = finalReadings(batch, comparison);
  const rules = rulesOf(detail.ballot, detail.options.length);
  const cell = (reading: Reading | null | undefined) =>
    !reading ? <span className="muted">–</span> : isSpoilt(reading) ? <span className="pp-table__spoilt">{t('paper.reading.spoilt')}</span> : typedOf(reading, detail.options, rules);

  return (
    <details className="pp-all" open={batch.status === 'committed'}>
      <summary data-testid="paper-all-toggle">{t('paper.compare.all', { total: comparison.length })}</summary>
      <ol className="pp-legend pp-legend--inline">
        {detail.options.map((option, i) => (
          <li key={option.key}>
            <span className="pp-option__n">{i + 1}</span>
            <span>{pick(option.title)}</span>
          </li>
        ))}
      </ol>
      <div className="table-scroll">
        <table className="table pp-table" data-testid="paper-all">
          <caption className="visually-hidden">{t('paper.compare.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('paper.compare.formCol')}</th>
              <th scope="col">{t('paper.compare.first')}</th>
              <th scope="col">{t('paper.compare.second')}</th>
              <th scope="col">{t('paper.compare.final')}</th>
            </tr>
          </thead>
          <tbody>
            {comparison.map((c, i) => (
              <tr key={c.form} className={c.same ? undefined : 'pp-table__differs'}>
                <th scope="row">{c.form + 1}</th>
                <td>{cell(c.first)}</td>
                <td>{cell(c.second)}</td>
                <td>
                  <strong>{cell(finals[i])}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
