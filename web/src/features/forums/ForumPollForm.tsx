// Creates a poll on one of the forum's agenda items: its question, its options (one a line) and how it
// is counted (approval, ranking or score). It starts as a draft; the facilitator opens it.
import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../shared/api/client';
import { useLang, usePick, useT } from '../../shared/i18n/i18n';
import { localized, paths, type ForumView } from './api';
import { useSend } from './useSend';

const METHODS = ['approval', 'ranking', 'score'] as const;

export function ForumPollForm({ forum, onChange }: { forum: ForumView; onChange: () => void }) {
  const t = useT();
  const pick = usePick();
  const { lang } = useLang();
  const { send, error, busy } = useSend(onChange);
  const items = forum.sessions.flatMap((s) => s.items);
  const [itemId, setItemId] = useState(items[0]?.id ?? '');
  const [title, setTitle] = useState('');
  const [options, setOptions] = useState('');
  const [method, setMethod] = useState<(typeof METHODS)[number]>('approval');
  if (items.length === 0) return <p className="muted">{t('forums.polls.needItem')}</p>;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const list = options.split('\n').map((o) => o.trim()).filter(Boolean).map((vi) => ({ vi }));
    if (await send(paths.polls(forum.id), 'POST', { itemId, title: { vi: title }, options: list, method })) {
      setTitle('');
      setOptions('');
    }
  };
  return (
    <form className="form fo-add" onSubmit={submit} data-testid="poll-form">
      <h3>{t('forums.polls.add')}</h3>
      <div className="fo-add__row">
        <label className="field">
          <span>{t('forums.polls.itemField')}</span>
          <select value={itemId} onChange={(e) => setItemId(e.target.value)} data-testid="poll-item">
            {items.map((i) => <option key={i.id} value={i.id}>{pick(localized(i.title))}</option>)}
          </select>
        </label>
        <label className="field">
          <span>{t('forums.polls.question')}</span>
          <input value={title} onChange={(e) => setTitle(e.target.value)} required data-testid="poll-title" />
        </label>
        <label className="field">
          <span>{t('forums.polls.methodField')}</span>
          <select value={method} onChange={(e) => setMethod(e.target.value as (typeof METHODS)[number])} data-testid="poll-method">
            {METHODS.map((m) => <option key={m} value={m}>{t(`forums.polls.method.${m}`)}</option>)}
          </select>
        </label>
      </div>
      <label className="field">
        <span>{t('forums.polls.options')}</span>
        <textarea value={options} onChange={(e) => setOptions(e.target.value)} rows={4} required data-testid="poll-options" />
      </label>
      <button type="submit" className="button" disabled={busy} data-testid="poll-add">{t('forums.polls.create')}</button>
      {error != null && <p className="form__error" role="alert">{errorMessage(error, lang, t)}</p>}
    </form>
  );
}
