// Who has answered the questionnaire, each with their consistency ratio and the weights their answers
// give, and the combined weights (geometric mean of everyone's judgments) that the 'ahp' scenarios use.
import { formatDate } from '../../shared/format';
import { useLang, usePick, useT } from '../../shared/i18n/i18n';
import { CR_LIMIT } from '../../../../src/core/mcda/consistency';
import type { Exercise, Judgments } from './api';
import { percentText, formatScore } from './numbers';
import { judgmentWords, positionOf } from './saaty';

export function OfficialsTable({ exercise, judgments }: { exercise: Exercise; judgments: Judgments }) {
  const t = useT();
  const pick = usePick();
  const { lang } = useLang();
  const title = (key: string) => pick(exercise.criteria.find((c) => c.key === key)?.title) || key;
  const { criteria, officials, combined } = judgments;
  const cr = (value: number) => (
    <span className={value > CR_LIMIT ? 'pr-flag' : undefined}>
      {formatScore(value, lang)}
      {value > CR_LIMIT && <span className="visually-hidden"> {t('priorities.ahp.crBad')}</span>}
    </span>
  );
  return (
    <>
      <h3 className="pr-subhead">{t('priorities.ahp.officials', { n: officials.length })}</h3>
      {officials.length === 0 ? (
        <p className="muted" data-testid="officials-empty">{t('priorities.ahp.noOfficials')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table pr-officials pr-sticky" data-testid="officials-table">
            <thead>
              <tr>
                <th scope="col">{t('priorities.ahp.official')}</th>
                <th scope="col" className="pr-num">CR</th>
                {criteria.map((c) => (
                  <th scope="col" key={c} className="pr-num">{title(c)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {officials.map((o) => (
                <tr key={o.userId} data-testid="official-row">
                  <th scope="row">
                    {o.name}
                    <span className="pr-th-note">{formatDate(o.updatedAt)}</span>
                  </th>
                  <td className="pr-num">{cr(o.cr)}</td>
                  {criteria.map((c) => (
                    <td key={c} className="pr-num">{percentText(o.weights[c] ?? 0, lang)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
            {combined && (
              <tfoot>
                <tr className="pr-combined" data-testid="combined-row">
                  <th scope="row">{t('priorities.ahp.combined')}</th>
                  <td className="pr-num">{cr(combined.cr)}</td>
                  {criteria.map((c) => (
                    <td key={c} className="pr-num">{percentText(combined.weights[c] ?? 0, lang)}</td>
                  ))}
                </tr>
              </tfoot>
            )}
          </table>
        </div>
      )}
      {combined && combined.cr > CR_LIMIT && combined.revisit.length > 0 && (
        <div className="note" data-testid="combined-revisit">
          <p>{t('priorities.ahp.combinedBad', { cr: formatScore(combined.cr, lang) })}</p>
          <ul>
            {combined.revisit.map((r) => {
              const [a, b] = r.pair.split('>');
              const words = (value: number) => judgmentWords(t, title(a), title(b), positionOf(value));
              return <li key={r.pair}>{t('priorities.ahp.combinedRevisit', { given: words(r.given), implied: words(r.implied) })}</li>;
            })}
          </ul>
        </div>
      )}
    </>
  );
}
