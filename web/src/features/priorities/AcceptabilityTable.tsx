// Rank acceptability: with the weights drawn at random around the scenario's own many times, how often
// each alternative lands at each rank. A heat table — the darker the cell, the more often — whose
// cells also carry the share as a figure, so no colour has to be read.
import { useLang, usePick, useT } from '../../shared/i18n/i18n';
import type { Alternative, ScenarioResult } from './api';
import { formatFixed } from '../indicators/numbers';

export function AcceptabilityTable({ scenario, alternatives }: { scenario: ScenarioResult; alternatives: Alternative[] }) {
  const t = useT();
  const pick = usePick();
  const { lang } = useLang();
  const n = scenario.ranking.length;
  return (
    <>
      <h4 className="pr-subhead">{t('priorities.accept.title')}</h4>
      <p className="muted">{t('priorities.accept.intro')}</p>
      <div className="table-scroll">
        <table className="table pr-heat pr-sticky" data-testid="acceptability">
          <caption className="visually-hidden">{t('priorities.accept.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('priorities.values.alternative')}</th>
              {Array.from({ length: n }, (_, i) => (
                <th scope="col" key={i} className="pr-num">{t('priorities.accept.rank', { n: i + 1 })}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {scenario.ranking.map((key) => (
              <tr key={key} data-key={key}>
                <th scope="row">{pick(alternatives.find((a) => a.key === key)?.title) || key}</th>
                {Array.from({ length: n }, (_, i) => {
                  const share = scenario.acceptability[key]?.[i] ?? 0;
                  return (
                    <td key={i} className="pr-num pr-heat__cell" style={{ background: `rgb(13 88 118 / ${Math.round(share * 90) / 100})`, color: share > 0.45 ? '#fff' : undefined }}>
                      {share <= 0 ? '·' : share < 0.005 ? (lang === 'vi' ? '< 1\u00a0%' : '< 1%') : lang === 'vi' ? `${formatFixed(share * 100, lang, 0)}\u00a0%` : `${formatFixed(share * 100, lang, 0)}%`}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
