// What the form in hand reads as while it is typed, and what is still wrong or missing on it.
import type { ConsultationDetail } from '../api';
import { useT, type Translate } from '../../../shared/i18n/i18n';
import type { Rules, TypedForm } from './forms';
import { OptionItem } from './ReadingView';

type Choice = Extract<TypedForm, { kind: 'choice' }>;
type Options = ConsultationDetail['options'];

function pendingText(t: Translate, rules: Rules, form: Choice): string {
  if (rules.kind === 'score' || rules.kind === 'budget') return t('paper.entry.needValues', { left: rules.options - (form.values?.length ?? 0) });
  return t('paper.entry.needMore', { min: rules.min });
}

interface Props {
  current: TypedForm;
  n: number;
  insist: boolean;
  flagged: boolean;
  options: Options;
  rules: Rules;
}

export function TypedFeedback({ current, n, insist, flagged, options, rules }: Props) {
  const t = useT();
  return (
    <div id="paper-feedback" className="pp-feedback" aria-live="polite" data-testid="paper-feedback">
      {current.kind === 'empty' && <p className={insist ? 'field__error' : 'muted'}>{t(`paper.entry.empty.${rules.kind}`, { n })}</p>}
      {current.kind === 'spoilt' && <p className="pp-feedback__spoilt">{t('paper.entry.spoilt')}</p>}
      {current.kind === 'choice' && (
        <>
          <TypedItems form={current} options={options} rules={rules} />
          {flagged && current.problem ? (
            <p className="field__error" data-testid="paper-problem">{t(current.problem.key, current.problem.vars)}</p>
          ) : (
            <p className="muted">{current.pending ? pendingText(t, rules, current) : t('paper.entry.next')}</p>
          )}
        </>
      )}
    </div>
  );
}

/** What the typing so far reads as: options ticked, options in order with their places, or each option's score. */
function TypedItems({ form, options, rules }: { form: Choice; options: Options; rules: Rules }) {
  if (form.values) {
    if (form.values.length === 0) return null;
    return (
      <ul className="pp-reading" data-testid="paper-typed-names">
        {form.values.map((value, i) => (
          <OptionItem key={i} n={i + 1} options={options} value={rules.kind === 'budget' && value === 0 ? null : value} />
        ))}
      </ul>
    );
  }
  if (form.numbers.length === 0) return null;
  return (
    <ul className={`pp-reading${rules.kind === 'ranking' ? ' pp-reading--ranked' : ''}`} data-testid="paper-typed-names">
      {form.numbers.map((n, i) => (
        <OptionItem key={`${i}-${n}`} n={n} options={options} place={rules.kind === 'ranking' ? i + 1 : undefined} />
      ))}
    </ul>
  );
}
