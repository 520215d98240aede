// Beside the typing box: the ballot's rule, the options by number and the keys that work.
import type { ConsultationDetail } from '../api';
import { usePick, useT, type Translate } from '../../../shared/i18n/i18n';
import { digitsRunTogether, type Rules } from './forms';

function ruleText(t: Translate, rules: Rules): string {
  if (rules.kind === 'score') return t('paper.entry.rule.score', { low: rules.low, high: rules.high });
  if (rules.kind === 'budget') return t('paper.entry.rule.budget', { points: rules.points });
  const kind = rules.kind === 'ranking' ? 'ranking' : 'approval';
  return rules.min === rules.max ? t(`paper.entry.ruleExact.${kind}`, { min: rules.min }) : t(`paper.entry.rule.${kind}`, { min: rules.min, max: rules.max });
}

export function EntrySide({ options, rules }: { options: ConsultationDetail['options']; rules: Rules }) {
  const t = useT();
  const pick = usePick();
  return (
    <aside className="pp-entry__side" aria-labelledby="paper-options-heading">
      <h3 id="paper-options-heading">{t('paper.entry.options')}</h3>
      <p className="muted pp-rule" data-testid="paper-rule">{ruleText(t, rules)}</p>
      <ol className="pp-legend" data-testid="paper-legend">
        {options.map((option, i) => (
          <li key={option.key}>
            <span className="pp-option__n">{i + 1}</span>
            <span>{pick(option.title)}</span>
          </li>
        ))}
      </ol>
      <h3>{t('paper.keys.title')}</h3>
      <ul id="paper-keys" className="pp-keys">
        <li>{t(`paper.keys.${rules.kind}.${digitsRunTogether(rules) ? 'digits' : 'spaced'}`)}</li>
        {(rules.kind === 'score' || rules.kind === 'budget') && <li>{t(`paper.keys.blank.${rules.kind}`)}</li>}
        <li>{t('paper.keys.enter')}</li>
        <li>{rules.kind === 'approval' || rules.kind === 'ranking' ? t('paper.keys.spoilt') : t('paper.keys.spoiltH')}</li>
        <li>{t('paper.keys.move')}</li>
        <li>{t('paper.keys.back')}</li>
      </ul>
    </aside>
  );
}
