// The comparison as a table: one row per alternative (the current assignment first, then each scenario),
// its summed score on each criterion, its weighted-sum score, its rank, and the scenario's report link.
import { formatNumber } from '../../shared/format';
import { useLang, usePick, useT } from '../../shared/i18n/i18n';
import { CRITERIA, paths, type Comparison, type Scenario } from './api';

type Props = { spaceId: string; comparison: Comparison; scenarios: Scenario[] };

export function ComparisonTable({ spaceId, comparison, scenarios }: Props) {
  const t = useT();
  const pick = usePick();
  const { lang } = useLang();
  const rank = (key: string) => 1 + comparison.ranking.findIndex((group) => group.includes(key));
  const idOf = (key: string) => scenarios.find((s) => s.key === key)?.id;
  return (
    <div className="table-scroll">
      <table data-testid="devolution-comparison">
        <thead>
          <tr>
            <th scope="col">{t('devolution.col.alternative')}</th>
            {CRITERIA.map((c) => <th key={c} scope="col" className="num">{t(`devolution.criterion.${c}`)}</th>)}
            <th scope="col" className="num">{t('devolution.col.score')}</th>
            <th scope="col" className="num">{t('devolution.col.rank')}</th>
            <th scope="col">{t('devolution.col.report')}</th>
          </tr>
        </thead>
        <tbody>
          {comparison.alternatives.map((a) => (
            <tr key={a.key} data-testid={`devolution-row-${a.key}`}>
              <th scope="row">{pick({ vi: a.name.vi, en: a.name.en ?? a.name.vi })}</th>
              {CRITERIA.map((c) => <td key={c} className="num">{formatNumber(a.values[c] ?? 0, lang)}</td>)}
              <td className="num">{formatNumber(a.score, lang)}</td>
              <td className="num">{rank(a.key)}</td>
              <td>{idOf(a.key) && <a href={paths.report(spaceId, idOf(a.key)!, lang)} download data-testid={`devolution-report-${a.key}`}>{t('devolution.report')}</a>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
