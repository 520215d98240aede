// One reading of a paper form as the people in the room check it: each chosen option with the
// number printed beside it on the form and its name, with its place (ranking) or its score (score,
// budget), or "spoilt". Given the other entry's reading, what only this one has is marked, in words
// as well as colour.
import type { Keyed } from '../api';
import { usePick, useT } from '../../../shared/i18n/i18n';
import { isSpoilt, itemsOf, type ReadingItem } from './forms';
import type { Reading } from './paper.api';

interface Props {
  reading: Reading | null | undefined;
  options: Keyed[];
  other?: Reading | null;
  testId?: string;
}

const itemId = (i: ReadingItem) => `${i.n}:${i.place ?? ''}:${i.value ?? ''}`;

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
  const elsewhere = other && !isSpoilt(other) ? new Set(itemsOf(other, options).map(itemId)) : null;
  const items = itemsOf(reading, options);
  const ranked = items.some((i) => i.place !== undefined);
  return (
    <ul className={`pp-reading${ranked ? ' pp-reading--ranked' : ''}`} data-testid={testId}>
      {items.map((item) => (
        <OptionItem key={itemId(item)} n={item.n} place={item.place} value={item.value} options={options} differs={other !== undefined && !elsewhere?.has(itemId(item))} />
      ))}
    </ul>
  );
}

interface ItemProps {
  n: number;
  options: Keyed[];
  differs?: boolean;
  /** ranking: the place given to the option (1 = first). */
  place?: number;
  /** score, budget: the number given to the option; null when left blank. */
  value?: number | null;
}

export function OptionItem({ n, options, differs = false, place, value }: ItemProps) {
  const t = useT();
  const pick = usePick();
  const option = options[n - 1];
  return (
    <li className={`pp-option${differs ? ' pp-option--differs' : ''}${option ? '' : ' pp-option--unknown'}`}>
      {place !== undefined && <span className="pp-option__place">{t('paper.reading.place', { place })}</span>}
      <span className="pp-option__n">{n}</span>
      <span className="pp-option__name">{option ? pick(option.title) : '?'}</span>
      {value !== undefined && (
        <span className={`pp-option__value${value === null ? ' pp-option__value--blank' : ''}`}>{value === null ? t('paper.reading.blank') : value}</span>
      )}
      {differs && <span className="visually-hidden"> {t('paper.reading.onlyHere')}</span>}
    </li>
  );
}
