// What each criterion adds to each alternative's score: a stacked bar per alternative (weighted sum,
// where the parts add up to the score) and the same figures in a table. Under TOPSIS the parts are the
// weighted normalised values the distances are measured on, so they are shown as a table only.
import { useLang, usePick, useT } from '../../shared/i18n/i18n';
import type { Alternative, Criterion, ScenarioResult } from './api';
import { formatScore } from './numbers';

// The chart palette (src/charts/bars.ts) and four more, for up to ten criteria.
export const COLOURS = ['#0d5876', '#d08a00', '#2f8a57', '#8a4fb0', '#c4455a', '#4a7fb5', '#6b5a2e', '#1f8f8f', '#7d8d9c', '#b0487f'];

export function Contributions({ scenario, alternatives, criteria }: { scenario: ScenarioResult; alternatives: Alternative[]; criteria: Criterion[] }) {
  const t = useT();
  const pick = usePick();
  const { lang } = useLang();
  const stacked = scenario.method === 'weighted-sum';
  const total = (key: string) => criteria.reduce((s, c) => s + Math.max(0, scenario.contributions[key]?.[c.key] ?? 0), 0);
  const widest = Math.max(1e-9, ...scenario.ranking.map(total));
  return (
    <>
      <h4 className="pr-subhead">{t('priorities.contrib.title')}</h4>
      <p className="muted">{stacked ? t('priorities.contrib.introSum') : t('priorities.contrib.introTopsis')}</p>
      {stacked && (
        <ul className="pr-legend" aria-hidden="true">
          {criteria.map((c, i) => (
            <li key={c.key}>
              <span className="pr-swatch" style={{ background: COLOURS[i % COLOURS.length] }} />
              {pick(c.title)}
            </li>
          ))}
        </ul>
      )}
      <div className="table-scroll">
        <table className="table pr-contrib pr-sticky" data-testid="contrib-table">
          <caption className="visually-hidden">{t('priorities.contrib.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('priorities.values.alternative')}</th>
              {stacked && <th scope="col" className="pr-stack-col">{t('priorities.contrib.bar')}</th>}
              {criteria.map((c) => (
                <th scope="col" key={c.key} className="pr-num">{pick(c.title)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {scenario.ranking.map((key) => (
              <tr key={key} data-key={key}>
                <th scope="row">{pick(alternatives.find((a) => a.key === key)?.title) || key}</th>
                {stacked && (
                  <td className="pr-stack-col">
                    <span className="pr-stack" aria-hidden="true">
                      {criteria.map((c, i) => {
                        const part = Math.max(0, scenario.contributions[key]?.[c.key] ?? 0);
                        return part > 0 ? <span key={c.key} style={{ width: `${(part / widest) * 100}%`, background: COLOURS[i % COLOURS.length] }} /> : null;
                      })}
                    </span>
                  </td>
                )}
                {criteria.map((c) => (
                  <td key={c.key} className="pr-num">{formatScore(scenario.contributions[key]?.[c.key], lang)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
