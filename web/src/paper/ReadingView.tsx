// One reading of a paper form as the people in the room check it: each chosen option with the
// number printed beside it on the form and its name, or "spoilt". Given the other entry's reading,
// options that only this one has are marked, in words as well as colour.
import type { Keyed } from '../api/consultations';
import { usePick, useT } from '../i18n/i18n';
import { isSpoilt, numbersOf } from './approval';
import type { Reading } from './paper.api';

interface Props {
  reading: Reading | null | undefined;
  options: Keyed[];
  other?: Reading | null;
  testId?: string;
}

export function ReadingView({ reading, options, other, testId }: Props) {
  const t = useT();
  if (!reading) return <p className="pp-reading pp-reading--none" data-testid={testId}>{t('paper.reading.none')}</p>;
  if (isSpoilt(reading)) {
    const differs = other !== undefined && !isSpoilt(other);
    return (
      <p className={`pp-reading pp-reading--spoilt${differs ? ' pp-reading--differs' : ''}`} data-testid={testId}>
        {t('paper.reading.spoilt')}
      </p>
    );
  }
  const elsewhere = other && !isSpoilt(other) ? new Set(numbersOf(other, options)) : null;
  return (
    <ul className="pp-reading" data-testid={testId}>
      {numbersOf(reading, options).map((n) => (
        <OptionItem key={n} n={n} options={options} differs={other !== undefined && !elsewhere?.has(n)} />
      ))}
    </ul>
  );
}

export function OptionItem({ n, options, differs = false }: { n: number; options: Keyed[]; differs?: boolean }) {
  const t = useT();
  const pick = usePick();
  const option = options[n - 1];
  return (
    <li className={`pp-option${differs ? ' pp-option--differs' : ''}${option ? '' : ' pp-option--unknown'}`}>
      <span className="pp-option__n">{n}</span>
      <span className="pp-option__name">{option ? pick(option.title) : '?'}</span>
      {differs && <span className="visually-hidden"> {t('paper.reading.onlyHere')}</span>}
    </li>
  );
}
