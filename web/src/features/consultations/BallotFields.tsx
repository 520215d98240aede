// The ballot part of the create form: the kind of ballot and what it asks of a participant, then
// only the numbers that kind uses (how many to pick or rank, the top score, the points to share
// out; pairwise needs none).
import type { BallotType } from './api';
import type { FormState } from './spec';
import { labelOf, useT } from '../../shared/i18n/i18n';

const offered: BallotType[] = ['approval', 'ranking', 'score', 'pairwise', 'budget'];

type Fields = Pick<FormState, 'ballotType' | 'min' | 'max' | 'scale' | 'points'>;

export function BallotFields({ value, onChange, invalid }: { value: Fields; onChange: (patch: Partial<Fields>) => void; invalid: string | null }) {
  const t = useT();
  const number = (id: string, field: 'min' | 'max' | 'scale' | 'points', label: string, placeholder?: string, hint?: string) => (
    <div className="field field--narrow">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        data-testid={id}
        inputMode="numeric"
        value={value[field]}
        placeholder={placeholder}
        onChange={(e) => onChange({ [field]: e.target.value })}
        aria-invalid={invalid === id || undefined}
        aria-describedby={[invalid === id ? 'create-error' : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined}
      />
      {hint && <p id={`${id}-hint`} className="muted rows__hint">{hint}</p>}
    </div>
  );
  const picks = value.ballotType === 'approval' || value.ballotType === 'ranking';

  return (
    <fieldset className="rows">
      <legend>{t('create.ballot')}</legend>
      <div className="field">
        <label htmlFor="c-ballot-type">{t('create.ballotType')}</label>
        <select id="c-ballot-type" data-testid="c-ballot-type" value={value.ballotType} onChange={(e) => onChange({ ballotType: e.target.value as BallotType })}
          aria-describedby="c-ballot-type-hint">
          {offered.map((type) => (
            <option key={type} value={type}>
              {labelOf(t, 'ballotType', type)}
            </option>
          ))}
        </select>
        <p id="c-ballot-type-hint" className="muted rows__hint" data-testid="c-ballot-type-hint">{t(`create.typeHint.${value.ballotType}`)}</p>
      </div>
      {picks && (
        <>
          <div className="field-row">
            {number('c-min', 'min', t('create.min'))}
            {number('c-max', 'max', t('create.max'))}
          </div>
          <p className="muted rows__hint">{value.ballotType === 'approval' ? t('create.minMaxHint') : t('create.rankMinMaxHint')}</p>
        </>
      )}
      {value.ballotType === 'score' && number('c-scale', 'scale', t('create.scale'), '5', t('create.scaleHint'))}
      {value.ballotType === 'budget' && number('c-points', 'points', t('create.points'), '100', t('create.pointsHint'))}
    </fieldset>
  );
}
