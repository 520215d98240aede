// The statements participants sent, waiting for the facilitator: approve, reject or mark meta (shown for
// votes, left out of the map), one click each; and a seed statement the facilitator adds, approved at once.
import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../shared/api/client';
import { useLang, useT } from '../../shared/i18n/i18n';
import { useSend } from '../forums/useSend';
import { paths, type Decision, type Statement } from './api';

const DECISIONS: { decision: Decision; key: 'opinion.queue.approve' | 'opinion.queue.reject' | 'opinion.queue.meta'; primary?: true }[] = [
  { decision: 'approve', key: 'opinion.queue.approve', primary: true },
  { decision: 'reject', key: 'opinion.queue.reject' },
  { decision: 'meta', key: 'opinion.queue.meta' },
];

export function ModerationQueue({ id, pending, onChange }: { id: string; pending: Statement[]; onChange: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const { send, error, busy } = useSend(onChange);
  return (
    <section className="panel" aria-labelledby="op-queue" data-testid="moderation-queue">
      <h2 id="op-queue">{t('opinion.queue.title')}</h2>
      {pending.length === 0 && <p className="muted">{t('opinion.queue.empty')}</p>}
      <ul className="op-queue">
        {pending.map((s) => (
          <li key={s.tid} data-testid="pending-statement">
            <p className="op-queue__text">{s.text}</p>
            <div className="op-queue__actions">
              {DECISIONS.map((d) => (
                <button key={d.decision} type="button" className={d.primary ? 'button button--primary' : 'button'} disabled={busy} onClick={() => send(paths.moderation(id, s.tid), 'POST', { decision: d.decision })} data-testid={`moderate-${d.decision}`}>
                  {t(d.key)}
                </button>
              ))}
            </div>
          </li>
        ))}
      </ul>
      {error != null && <p className="form__error" role="alert">{errorMessage(error, lang, t)}</p>}
      <SeedForm id={id} onChange={onChange} />
    </section>
  );
}

function SeedForm({ id, onChange }: { id: string; onChange: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const [text, setText] = useState('');
  const { send, error, busy } = useSend(onChange);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await send(paths.statements(id), 'POST', { text })) setText('');
  };
  return (
    <form className="form op-seed" onSubmit={submit} data-testid="seed-form">
      <h3>{t('opinion.seed.title')}</h3>
      <div className="field">
        <label htmlFor="op-seed-text">{t('opinion.seed.text')}</label>
        <textarea id="op-seed-text" rows={2} value={text} onChange={(e) => setText(e.target.value)} required />
      </div>
      {error != null && <p className="form__error" role="alert">{errorMessage(error, lang, t)}</p>}
      <div className="form__actions">
        <button type="submit" className="button" disabled={busy}>{t('opinion.seed.submit')}</button>
      </div>
    </form>
  );
}
