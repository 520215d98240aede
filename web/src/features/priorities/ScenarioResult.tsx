// One scenario in full: how its weights were set, the ranking as bars and as a table with the reason
// for each place, then contributions, sensitivity and rank acceptability.
import { useMemo } from 'react';
import { formatFixed } from '../indicators/numbers';
import { useLang, usePick, useT } from '../../shared/i18n/i18n';
import type { Results, ScenarioResult as Scenario } from './api';
import { AcceptabilityTable } from './AcceptabilityTable';
import { Contributions } from './Contributions';
import { percentText, formatScore } from './numbers';
import { PriorityChart } from './PriorityChart';
import type { RankingData } from './rankingChart';
import { SensitivityList } from './SensitivityList';

export function ScenarioResult({ results, scenario }: { results: Results; scenario: Scenario }) {
  const t = useT();
  const pick = usePick();
  const { lang } = useLang();
  const alternatives = results.matrix.alternatives;
  const criteria = results.matrix.criteria;
  const name = (key: string) => pick(alternatives.find((a) => a.key === key)?.title) || key;
  const criterionName = (key: string) => pick(criteria.find((c) => c.key === key)?.title) || key;
  const chart = useMemo<RankingData>(
    () => ({
      categories: scenario.ranking.map((k) => pick(alternatives.find((a) => a.key === k)?.title) || k),
      scores: scenario.ranking.map((k) => scenario.scores[k] ?? 0),
      score: (v) => formatScore(v, lang),
      tick: (v) => formatFixed(v, lang, 1),
    }),
    [scenario, alternatives, pick, lang],
  );

  return (
    <div className="pr-scenario" data-testid={`scenario-${scenario.key}`}>
      <h3 className="pr-subhead">{pick(scenario.title)}</h3>
      <p className="pr-how" data-testid="scenario-how">
        {t(`priorities.method.${scenario.method}`)}
        {' · '}
        {scenario.weightSource === 'ahp'
          ? scenario.consistency
            ? t('priorities.results.fromAhp', { n: scenario.consistency.officials, cr: formatScore(scenario.consistency.cr, lang) })
            : t('priorities.results.fromAhpShort')
          : t('priorities.results.direct')}
      </p>
      <p className="pr-weights">
        {t('priorities.results.weights')}{' '}
        {criteria.map((c) => (
          <span key={c.key} className="pr-chip" data-testid="weight-chip">
            {criterionName(c.key)}: {percentText(scenario.weights[c.key] ?? 0, lang)}
          </span>
        ))}
      </p>

      <PriorityChart data={chart} label={t('priorities.results.chartLabel', { title: pick(scenario.title) })} testId="ranking-chart" />

      <div className="table-scroll">
        <table className="table pr-ranking" data-testid="ranking-table">
          <caption className="visually-hidden">{t('priorities.results.rankingCaption', { title: pick(scenario.title) })}</caption>
          <thead>
            <tr>
              <th scope="col" className="pr-num">{t('priorities.results.rank')}</th>
              <th scope="col">
                {t('priorities.values.alternative')}
                <span className="pr-th-note">{t('priorities.results.why')}</span>
              </th>
              <th scope="col" className="pr-num">{t('priorities.results.score')}</th>
            </tr>
          </thead>
          <tbody>
            {scenario.ranking.map((key, i) => (
              <tr key={key} data-key={key}>
                <td className="pr-num">{i + 1}</td>
                <th scope="row">
                  {name(key)}
                  <span className="pr-why">{pick(scenario.explanation[key])}</span>
                </th>
                <td className="pr-num">{formatScore(scenario.scores[key], lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <Contributions scenario={scenario} alternatives={alternatives} criteria={criteria} />
      <SensitivityList scenario={scenario} criteria={criteria} alternatives={alternatives} />
      <AcceptabilityTable scenario={scenario} alternatives={alternatives} />
    </div>
  );
}
