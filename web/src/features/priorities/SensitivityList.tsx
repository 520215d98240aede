// How far each weight may move, the others keeping their proportions, before the alternative in first
// place (and the first three) changes — said in words, with the current weight for comparison.
import { useLang, usePick, useT } from '../../shared/i18n/i18n';
import type { Alternative, Criterion, ScenarioResult } from './api';
import { formatPercent } from './numbers';

export function SensitivityList({ scenario, criteria, alternatives }: { scenario: ScenarioResult; criteria: Criterion[]; alternatives: Alternative[] }) {
  const t = useT();
  const pick = usePick();
  const { lang } = useLang();
  const pct = (v: number) => formatPercent(v, lang);
  const title = (key: string) => pick(criteria.find((c) => c.key === key)?.title) || key;
  const leader = pick(alternatives.find((a) => a.key === scenario.ranking[0])?.title);
  return (
    <>
      <h4 className="pr-subhead">{t('priorities.sens.title')}</h4>
      <p className="muted">{t('priorities.sens.intro', { name: leader })}</p>
      <ul className="pr-sens" data-testid="sensitivity">
        {scenario.sensitivity.map((s) => {
          const narrow = s.first[1] - s.first[0] < 0.1;
          return (
            <li key={s.criterion} data-key={s.criterion} className={narrow ? 'pr-sens--narrow' : undefined}>
              {t('priorities.sens.first', { criterion: title(s.criterion), from: pct(s.first[0]), to: pct(s.first[1]), now: pct(s.weight) })}{' '}
              <span className="muted">{t('priorities.sens.top3', { from: pct(s.top3[0]), to: pct(s.top3[1]) })}</span>
              {narrow && <strong className="pr-flag"> {t('priorities.sens.narrow')}</strong>}
            </li>
          );
        })}
      </ul>
    </>
  );
}
