// Adds a session to a forum's agenda: its title, its day (one of the forum's), and when it starts and ends.
import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../shared/api/client';
import { formatDate } from '../../shared/format';
import { useLang, useT } from '../../shared/i18n/i18n';
import { paths, type ForumView } from './api';
import { useSend, vietnamTime } from './useSend';

/** The forum's days, first to last (YYYY-MM-DD). */
function daysOf(forum: Pick<ForumView, 'startsOn' | 'endsOn'>): string[] {
  const days: string[] = [];
  for (let d = new Date(`${forum.startsOn}T00:00:00Z`); d.toISOString().slice(0, 10) <= forum.endsOn && days.length < 31; d.setUTCDate(d.getUTCDate() + 1)) days.push(d.toISOString().slice(0, 10));
  return days;
}

export function SessionForm({ forum, onChange }: { forum: ForumView; onChange: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const { send, error, busy } = useSend(onChange);
  const [title, setTitle] = useState('');
  const [day, setDay] = useState(forum.startsOn);
  const [from, setFrom] = useState('08:00');
  const [to, setTo] = useState('11:30');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { title: { vi: title }, startsAt: vietnamTime(day, from), endsAt: vietnamTime(day, to) };
    if (await send(paths.sessions(forum.id), 'POST', body)) setTitle('');
  };
  return (
    <form className="form fo-add" onSubmit={submit} data-testid="session-form">
      <h3>{t('forums.session.add')}</h3>
      <div className="fo-add__row">
        <label className="field">
          <span>{t('forums.session.title')}</span>
          <input value={title} onChange={(e) => setTitle(e.target.value)} required data-testid="session-title" />
        </label>
        <label className="field">
          <span>{t('forums.session.day')}</span>
          <select value={day} onChange={(e) => setDay(e.target.value)}>
            {daysOf(forum).map((d) => <option key={d} value={d}>{formatDate(d)}</option>)}
          </select>
        </label>
        <label className="field">
          <span>{t('forums.session.from')}</span>
          <input type="time" value={from} onChange={(e) => setFrom(e.target.value)} required data-testid="session-from" />
        </label>
        <label className="field">
          <span>{t('forums.session.to')}</span>
          <input type="time" value={to} onChange={(e) => setTo(e.target.value)} required data-testid="session-to" />
        </label>
        <button type="submit" className="button" disabled={busy} data-testid="session-add">{t('forums.add')}</button>
      </div>
      {error != null && <p className="form__error" role="alert">{errorMessage(error, lang, t)}</p>}
    </form>
  );
}
