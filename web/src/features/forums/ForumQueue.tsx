// A session's speaking queue for facilitators and point moderators, live from its stream (event
// "queue"): who asked, from which point, and when they asked, were called, began and finished. The
// facilitator calls the next and marks a speaker started and done; a moderator queues someone from
// their point (a facilitator also from the floor) and removes an entry.
import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../shared/api/client';
import type { Schema } from '../../shared/api/schema';
import { formatTime } from '../../shared/format';
import { useLang, usePick, useT } from '../../shared/i18n/i18n';
import { localized, paths, type ForumView } from './api';
import { useLiveStream } from './screens/useLiveStream';
import { useSend } from './useSend';

type Speaker = Schema<'ForumSpeaker'>;
const time = (iso: string | null) => (iso ? formatTime(iso) : '—');

export function ForumQueue({ forum }: { forum: ForumView }) {
  const t = useT();
  const pick = usePick();
  const [sessionId, setSessionId] = useState(forum.sessions[0]?.id ?? '');
  if (!sessionId) return null;
  return (
    <section className="panel" aria-labelledby="queue-heading" data-testid="forum-queue">
      <h2 id="queue-heading">{t('forums.queue.title')}</h2>
      <label className="field">
        <span>{t('forums.queue.session')}</span>
        <select value={sessionId} onChange={(e) => setSessionId(e.target.value)} data-testid="queue-session">
          {forum.sessions.map((s) => <option key={s.id} value={s.id}>{pick(localized(s.title))}</option>)}
        </select>
      </label>
      <SessionQueue key={sessionId} forum={forum} sessionId={sessionId} />
    </section>
  );
}

function SessionQueue({ forum, sessionId }: { forum: ForumView; sessionId: string }) {
  const t = useT();
  const pick = usePick();
  const { lang } = useLang();
  const { data } = useLiveStream<{ speakers: Speaker[] }>(paths.queueLive(forum.id, sessionId), 'queue');
  const { send, error, busy } = useSend(() => undefined);
  const manage = forum.permissions.manage;
  const pointName = (id: string | null) => (id ? pick(forum.points.find((p) => p.id === id)?.name ?? { vi: '', en: '' }) : t('forums.queue.floor'));
  const step = (id: string, s: 'start' | 'done' | 'remove') => void send(paths.queueEntry(forum.id, sessionId, id), 'POST', { step: s });
  const speakers = data?.speakers.filter((s) => s.status !== 'removed') ?? [];
  return (
    <>
      {manage && <button type="button" className="button" disabled={busy} onClick={() => void send(paths.queueNext(forum.id, sessionId), 'POST')} data-testid="queue-next">{t('forums.queue.next')}</button>}
      {error != null && <p className="form__error" role="alert">{errorMessage(error, lang, t)}</p>}
      {data && speakers.length === 0 && <p className="muted">{t('forums.queue.empty')}</p>}
      <ol className="fo-queue" data-testid="queue-list">
        {speakers.map((s) => (
          <li key={s.id} data-testid="queue-entry" data-status={s.status}>
            <strong>{s.name}</strong> <span className="muted">{pointName(s.pointId)} · {t(`forums.queue.status.${s.status}`)}</span>
            <span className="muted"> {t('forums.queue.times', { requested: time(s.requestedAt), called: time(s.calledAt), started: time(s.startedAt), finished: time(s.finishedAt) })}</span>
            {manage && s.status === 'called' && <button type="button" className="button button--small" onClick={() => step(s.id, 'start')}>{t('forums.queue.start')}</button>}
            {manage && (s.status === 'called' || s.status === 'speaking') && <button type="button" className="button button--small" onClick={() => step(s.id, 'done')} data-testid="queue-done">{t('forums.queue.done')}</button>}
            {(s.status === 'waiting' || s.status === 'called') && <button type="button" className="button button--small" onClick={() => step(s.id, 'remove')}>{t('forums.queue.remove')}</button>}
          </li>
        ))}
      </ol>
      <QueueForm forum={forum} sessionId={sessionId} send={send} busy={busy} />
    </>
  );
}

function QueueForm({ forum, sessionId, send, busy }: { forum: ForumView; sessionId: string; send: ReturnType<typeof useSend>['send']; busy: boolean }) {
  const t = useT();
  const pick = usePick();
  const [name, setName] = useState('');
  const [pointId, setPointId] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await send(paths.queue(forum.id, sessionId), 'POST', { name, pointId: pointId || null })) setName('');
  };
  return (
    <form className="form fo-add__row" onSubmit={submit} data-testid="queue-form">
      <label className="field">
        <span>{t('forums.queue.name')}</span>
        <input value={name} onChange={(e) => setName(e.target.value)} required data-testid="queue-name" />
      </label>
      <label className="field">
        <span>{t('forums.queue.point')}</span>
        <select value={pointId} onChange={(e) => setPointId(e.target.value)}>
          <option value="">{t('forums.queue.floor')}</option>
          {forum.points.map((p) => <option key={p.id} value={p.id}>{pick(p.name)}</option>)}
        </select>
      </label>
      <button type="submit" className="button" disabled={busy} data-testid="queue-add">{t('forums.queue.add')}</button>
    </form>
  );
}
