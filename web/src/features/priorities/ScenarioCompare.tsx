// The scenarios side by side: one column per scenario, one row per rank, and a sentence on whether
// they agree. A place that differs from the first scenario is marked, so a change of order stands out.
import { useLang, usePick, useT } from '../../shared/i18n/i18n';
import type { Results } from './api';
import { formatScore } from './numbers';

export function ScenarioCompare({ results }: { results: Results }) {
  const t = useT();
  const pick = usePick();
  const { lang } = useLang();
  const { scenarios, agreement, matrix } = results;
  const name = (key: string) => pick(matrix.alternatives.find((a) => a.key === key)?.title) || key;
  const first = scenarios[0];
  const ranks = first ? first.ranking.map((_, i) => i) : [];
  return (
    <>
      <h3 className="pr-subhead">{t('priorities.compare.title')}</h3>
      {scenarios.length > 1 && (
        <p data-testid="agreement">
          {agreement.firstSame ? t('priorities.compare.same', { name: name(first.ranking[0]) }) : t('priorities.compare.differ')}
          {agreement.kendallTau !== undefined && ` ${t('priorities.compare.tau', { tau: formatScore(agreement.kendallTau, lang, 2) })}`}
        </p>
      )}
      <div className="table-scroll">
        <table className="table pr-compare" data-testid="compare-table">
          <caption className="visually-hidden">{t('priorities.compare.title')}</caption>
          <thead>
            <tr>
              <th scope="col" className="pr-num">{t('priorities.results.rank')}</th>
              {scenarios.map((s) => (
                <th scope="col" key={s.key} data-key={s.key}>
                  {pick(s.title)}
                  <span className="pr-th-note">{t(`priorities.method.${s.method}`)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ranks.map((i) => (
              <tr key={i}>
                <th scope="row" className="pr-num">{i + 1}</th>
                {scenarios.map((s, col) => {
                  const moved = col > 0 && s.ranking[i] !== first.ranking[i];
                  return (
                    <td key={s.key} className={moved ? 'pr-moved' : undefined} data-key={s.ranking[i]}>
                      {name(s.ranking[i])}
                      {moved && <span className="visually-hidden"> {t('priorities.compare.moved')}</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {scenarios.length > 1 && <p className="muted pr-hint">{t('priorities.compare.legend')}</p>}
    </>
  );
}
