// Adds an item to a session of the agenda: when, its title, its speakers (one per line or separated by
// ";") and, where the forum has themes, which one it serves.
import { useState, type FormEvent } from 'react';
import { vietnamDate } from '../../../../src/core/phases';
import { errorMessage } from '../../shared/api/client';
import { useLang, usePick, useT } from '../../shared/i18n/i18n';
import { localized, paths, type ForumView } from './api';
import { names, useSend, vietnamTime } from './useSend';

type Session = ForumView['sessions'][number];

export function ItemForm({ forum, session, onChange }: { forum: ForumView; session: Session; onChange: () => void }) {
  const t = useT();
  const pick = usePick();
  const { lang } = useLang();
  const { send, error, busy } = useSend(onChange);
  const [time, setTime] = useState('');
  const [title, setTitle] = useState('');
  const [speakers, setSpeakers] = useState('');
  const [theme, setTheme] = useState('');
  // The session's day in Viet Nam, where its times are read.
  const day = vietnamDate(new Date(session.startsAt));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { startsAt: vietnamTime(day, time), title: { vi: title }, speakers: names(speakers), theme: theme || null };
    if (await send(paths.items(forum.id, session.id), 'POST', body)) [setTime, setTitle, setSpeakers, setTheme].forEach((set) => set(''));
  };
  return (
    <form className="form fo-add fo-add--item" onSubmit={submit} data-testid="item-form">
      <div className="fo-add__row">
        <label className="field fo-add__time">
          <span>{t('forums.item.time')}</span>
          <input type="time" value={time} onChange={(e) => setTime(e.target.value)} required data-testid="item-time" />
        </label>
        <label className="field">
          <span>{t('forums.item.title')}</span>
          <input value={title} onChange={(e) => setTitle(e.target.value)} required data-testid="item-title" />
        </label>
        <label className="field">
          <span>{t('forums.item.speakers')}</span>
          <input value={speakers} onChange={(e) => setSpeakers(e.target.value)} data-testid="item-speakers" />
        </label>
        {forum.themes.length > 0 && (
          <label className="field">
            <span>{t('forums.themes')}</span>
            <select value={theme} onChange={(e) => setTheme(e.target.value)}>
              <option value="">—</option>
              {forum.themes.map((th) => <option key={th.key} value={th.key}>{pick(localized(th))}</option>)}
            </select>
          </label>
        )}
        <button type="submit" className="button" disabled={busy} data-testid="item-add">{t('forums.add')}</button>
      </div>
      {error != null && <p className="form__error" role="alert">{errorMessage(error, lang, t)}</p>}
    </form>
  );
}
