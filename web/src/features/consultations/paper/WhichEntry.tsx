// Which of the two entries this clerk types, and what choosing it means: the same clerk typing both,
// or replacing an entry already saved.
import { useT } from '../../../shared/i18n/i18n';
import type { PaperEntry } from './paper.api';
import { formatDateTime } from './paper.local';

interface Props {
  entries: PaperEntry[];
  entry: 1 | 2;
  me: string;
  onChange: (entry: 1 | 2) => void;
}

export function WhichEntry({ entries, entry, me, onChange }: Props) {
  const t = useT();
  const existing = entries.find((e) => e.entry === entry);
  const other = entries.find((e) => e.entry !== entry);
  return (
    <>
      <fieldset className="pp-which">
        <legend>{t('paper.entry.which')}</legend>
        <div className="pp-which__choices">
          {([1, 2] as const).map((n) => (
            <label key={n} className="choice">
              <input type="radio" name="paper-entry" value={n} checked={entry === n} onChange={() => onChange(n)} data-testid={`paper-which-${n}`} />
              {entries.some((e) => e.entry === n) ? t('paper.entry.choiceDone', { n }) : t('paper.entry.choice', { n })}
            </label>
          ))}
        </div>
      </fieldset>
      {other && other.enteredBy === me && <p className="note">{t('paper.entry.sameClerk', { n: entry, other: other.entry })}</p>}
      {existing && <p className="note">{t('paper.entry.replaces', { n: entry, who: existing.enteredBy, when: formatDateTime(existing.enteredAt) })}</p>}
    </>
  );
}
