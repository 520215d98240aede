// Merging a duplicate: pick the question it repeats (the forum's waiting and approved ones the
// moderator sees); its upvoters then count once on that one.
import { useState, type FormEvent } from 'react';
import { useT } from '../../../shared/i18n/i18n';
import type { Question } from './api';

const SHOWN = 80;
const short = (text: string) => ([...text].length > SHOWN ? `${[...text].slice(0, SHOWN).join('')}…` : text);

export function MergeForm({ targets, onMerge, busy }: { targets: Question[]; onMerge: (into: string) => Promise<boolean>; busy: boolean }) {
  const t = useT();
  const [into, setInto] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (into && (await onMerge(into))) setInto('');
  };
  return (
    <form className="mq-form mq-form--merge" onSubmit={submit}>
      <label className="field">
        <span>{t('screens.moderate.mergeInto')}</span>
        <select value={into} onChange={(e) => setInto(e.target.value)}>
          <option value="">{t('screens.moderate.pick')}</option>
          {targets.map((q) => <option key={q.id} value={q.id}>{short(q.text)}</option>)}
        </select>
      </label>
      <button type="submit" className="button button--secondary" disabled={busy || !into}>{t('screens.moderate.merge')}</button>
    </form>
  );
}
