// The comparison's controls: the method (tổng có trọng số / TOPSIS) and a weight for each of the five criteria
// (0 … 10, only their proportions count). A weight that is not a number of at least 0 is named under its field
// and the comparison keeps the last good ones; the server refuses all weights 0 with its own sentence.
import { useState } from 'react';
import { useLang, useT } from '../../shared/i18n/i18n';
import { CRITERIA } from './api';
import { amountText, parseAmount } from './amount';

export type Method = 'weighted-sum' | 'topsis';
export type Weights = Record<(typeof CRITERIA)[number], number>;
export const EQUAL: Weights = { subsidiarity: 1, scale: 1, spillover: 1, capacity: 1, accountability: 1 };

type Props = { method: Method; weights: Weights; onChange: (method: Method, weights: Weights) => void };

export function WeightsForm({ method, weights, onChange }: Props) {
  const t = useT();
  const { lang } = useLang();
  const [texts, setTexts] = useState<Record<string, string>>(() => Object.fromEntries(CRITERIA.map((c) => [c, amountText(weights[c], lang)])));
  const bad = (c: string) => parseAmount(texts[c] ?? '', lang) === null || (texts[c] ?? '').trim() === '';
  function type(c: (typeof CRITERIA)[number], text: string) {
    const next = { ...texts, [c]: text };
    setTexts(next);
    const value = parseAmount(text, lang);
    if (value !== null && text.trim() !== '') onChange(method, { ...weights, [c]: value });
  }
  function reset() {
    setTexts(Object.fromEntries(CRITERIA.map((c) => [c, '1'])));
    onChange(method, EQUAL);
  }
  return (
    <fieldset className="form" data-testid="devolution-weights">
      <legend>{t('devolution.weights.title')}</legend>
      <div className="field field--narrow">
        <label htmlFor="dv-cmp-method">{t('devolution.weights.method')}</label>
        <select id="dv-cmp-method" value={method} onChange={(e) => onChange(e.target.value as Method, weights)}>
          <option value="weighted-sum">{t('devolution.method.weighted-sum')}</option>
          <option value="topsis">{t('devolution.method.topsis')}</option>
        </select>
      </div>
      <div className="field-row">
        {CRITERIA.map((c) => (
          <div className="field field--narrow" key={c}>
            <label htmlFor={`dv-w-${c}`}>{t('devolution.weights.of', { criterion: t(`devolution.criterion.${c}`) })}</label>
            <input id={`dv-w-${c}`} type="text" inputMode="decimal" value={texts[c] ?? ''} aria-invalid={bad(c)} aria-describedby={bad(c) ? `dv-w-${c}-error` : undefined} onChange={(e) => type(c, e.target.value)} />
            {bad(c) && <p className="field__error" id={`dv-w-${c}-error`}>{t('devolution.weights.bad', { value: texts[c] ?? '' })}</p>}
          </div>
        ))}
      </div>
      <div className="form__actions">
        <button type="button" className="button" onClick={reset}>{t('devolution.weights.reset')}</button>
      </div>
    </fieldset>
  );
}
