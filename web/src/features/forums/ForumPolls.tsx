// A forum's live polls on its staff page: each poll with its agenda item, status and results overall
// and per connection point (points with too few ballots shown as withheld); a facilitator creates a
// poll on an agenda item and opens and closes it. The hall screen shows the same polls live.
import { useState } from 'react';
import { errorMessage } from '../../shared/api/client';
import { useApi } from '../../shared/api/useApi';
import { formatNumber } from '../../shared/format';
import { useLang, usePick, useT } from '../../shared/i18n/i18n';
import { localized, paths, type ForumView } from './api';
import { ForumPollForm } from './ForumPollForm';
import type { ForumPoll } from './screens/api';
import { useSend } from './useSend';

export function ForumPolls({ forum }: { forum: ForumView }) {
  const t = useT();
  const { lang } = useLang();
  const [version, setVersion] = useState(0);
  const reload = () => setVersion((v) => v + 1);
  const result = useApi<{ polls: ForumPoll[] }>(paths.polls(forum.id), version);
  const { send, error, busy } = useSend(reload);
  const manage = forum.permissions.manage;
  return (
    <section className="panel" aria-labelledby="polls-heading" data-testid="forum-polls">
      <h2 id="polls-heading">
        {t('forums.polls.title')}{' '}
        <button type="button" className="button button--small" onClick={reload} data-testid="polls-refresh">{t('forums.polls.refresh')}</button>
      </h2>
      {result.status === 'error' && <p className="form__error" role="alert">{errorMessage(result.error, lang, t)}</p>}
      {result.status === 'done' && result.data.polls.length === 0 && <p className="muted">{t('forums.polls.empty')}</p>}
      {error != null && <p className="form__error" role="alert">{errorMessage(error, lang, t)}</p>}
      {result.status === 'done' &&
        result.data.polls.map((poll) => (
          <PollCard key={poll.id} forum={forum} poll={poll} manage={manage} busy={busy} step={(step) => void send(paths.pollStatus(forum.id, poll.id), 'POST', { step })} />
        ))}
      {manage && <ForumPollForm forum={forum} onChange={reload} />}
    </section>
  );
}

function PollCard({ forum, poll, manage, busy, step }: { forum: ForumView; poll: ForumPoll; manage: boolean; busy: boolean; step: (s: 'open' | 'close') => void }) {
  const t = useT();
  const pick = usePick();
  const { lang } = useLang();
  const item = forum.sessions.flatMap((s) => s.items).find((i) => i.id === poll.itemId);
  const digits = poll.method === 'score' ? 1 : 0;
  const cell = (values: Record<string, number> | null, key: string) => (values ? formatNumber(values[key] ?? 0, lang, digits) : '—');
  return (
    <div className="fo-poll" data-testid="forum-poll">
      <h3>
        {pick(poll.title)} <span className="muted">({t(`forums.polls.status.${poll.status}`)}, {t(`forums.polls.method.${poll.method}`)})</span>
        {poll.illustrative && <span className="fo-theme">{t('forums.polls.illustrative')}</span>}
      </h3>
      {item && <p className="muted">{t('forums.polls.item', { item: pick(localized(item.title)) })}</p>}
      {manage && (poll.status === 'draft' || poll.status === 'closed') && (
        <button type="button" className="button" disabled={busy} onClick={() => step('open')} data-testid="poll-open">{t('forums.polls.open')}</button>
      )}
      {manage && poll.status === 'open' && (
        <button type="button" className="button" disabled={busy} onClick={() => step('close')} data-testid="poll-close">{t('forums.polls.close')}</button>
      )}
      <div className="table-wrap">
        <table className="table" data-testid="poll-results">
          <caption>{t(`forums.polls.measure.${poll.method}`)} — {t('forums.polls.minimum', { min: poll.minGroupSize })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('forums.polls.point')}</th>
              <th scope="col">{t('forums.polls.ballots')}</th>
              {poll.options.map((o) => <th key={o.key} scope="col">{pick(o.title)}</th>)}
            </tr>
          </thead>
          <tbody>
            <tr data-testid="poll-overall">
              <th scope="row">{t('forums.polls.overall')}</th>
              <td>{formatNumber(poll.overall.ballots, lang)}</td>
              {poll.options.map((o) => <td key={o.key}>{cell(poll.overall.values, o.key)}</td>)}
            </tr>
            {poll.points.map((p) => (
              <tr key={p.pointId} data-testid="poll-point">
                <th scope="row">{pick(p.name)}</th>
                <td>{p.withheld ? t('forums.polls.withheld') : formatNumber(p.ballots ?? 0, lang)}</td>
                {poll.options.map((o) => <td key={o.key}>{cell(p.values, o.key)}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
