// One question of the AHP questionnaire: which of two criteria matters more, and by how much, on
// Saaty's scale from "A extremely more important" (9) through "equal" (1) to "B extremely more
// important" (9). A native range input, so arrows, Home and End work; the sentence under it says the
// answer in words, and screen readers hear the same sentence as the slider's value.
import { useT } from '../../shared/i18n/i18n';
import { judgmentWords, POSITIONS } from './saaty';

interface Props {
  id: string;
  number: number;
  a: string;
  b: string;
  position: number;
  onChange: (position: number) => void;
}

const TICKS = Array.from({ length: POSITIONS * 2 + 1 }, (_, i) => i - POSITIONS);

export function SaatySlider({ id, number, a, b, position, onChange }: Props) {
  const t = useT();
  const words = judgmentWords(t, a, b, position);
  return (
    <fieldset className="pr-slider">
      <legend>
        <span className="pr-slider__n">{number}.</span> {t('priorities.saaty.question', { a, b })}
      </legend>
      <div className="pr-slider__ends" aria-hidden="true">
        <span>{a}</span>
        <span>{b}</span>
      </div>
      <input
        id={id}
        type="range"
        min={-POSITIONS}
        max={POSITIONS}
        step={1}
        value={position}
        aria-label={t('priorities.saaty.label', { a, b })}
        aria-valuetext={words}
        onChange={(e) => onChange(Number(e.target.value))}
        data-testid="pair-slider"
      />
      <div className="pr-slider__ticks" aria-hidden="true">
        {TICKS.map((p) => (
          <span key={p} className={p === position ? 'is-on' : undefined}>{Math.abs(p) % 2 === 0 ? Math.abs(p) + 1 : ''}</span>
        ))}
      </div>
      <output htmlFor={id} className="pr-slider__words" data-testid="pair-words">{words}.</output>
    </fieldset>
  );
}
