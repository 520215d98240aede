// A forum's contributions (tham luận) on its staff page: searched as one types (diacritics and đ/d do not
// matter, best match first), each with its speaker, organisation, session, abstract and paper to download;
// sample ones marked. A facilitator adds them (ForumContributionForm) and removes them here.
import { useState } from 'react';
import { errorMessage } from '../../shared/api/client';
import { useApi } from '../../shared/api/useApi';
import { formatNumber } from '../../shared/format';
import { useLang, usePick, useT } from '../../shared/i18n/i18n';
import { localized, paths, type ForumContribution, type ForumView } from './api';
import { ForumContributionForm } from './ForumContributionForm';
import { RemoveButton } from './ForumAgenda';
import { useSend } from './useSend';

export function ForumContributions({ forum }: { forum: ForumView }) {
  const t = useT();
  const { lang } = useLang();
  const [q, setQ] = useState('');
  const [version, setVersion] = useState(0);
  const reload = () => setVersion((v) => v + 1);
  const result = useApi<{ contributions: ForumContribution[] }>(paths.contributions(forum.id, q), version);
  const { send, error } = useSend(reload);
  const list = result.status === 'done' ? result.data.contributions : [];
  return (
    <section className="panel" aria-labelledby="contributions-heading" data-testid="forum-contributions">
      <h2 id="contributions-heading">{t('forums.contributions.title')}</h2>
      <label className="field">
        <span>{t('forums.contributions.search')}</span>
        <input type="search" value={q} onChange={(e) => setQ(e.target.value)} data-testid="contribution-search" />
      </label>
      {result.status === 'error' && <p className="form__error" role="alert">{errorMessage(result.error, lang, t)}</p>}
      {error != null && <p className="form__error" role="alert">{errorMessage(error, lang, t)}</p>}
      {result.status === 'done' && list.length === 0 && <p className="muted">{q.trim() ? t('forums.contributions.none', { q: q.trim() }) : t('forums.contributions.empty')}</p>}
      <ol className="fo-contributions" aria-busy={result.status === 'loading'}>
        {list.map((c) => (
          <Contribution key={c.id} forum={forum} c={c} onRemove={() => void send(paths.contribution(forum.id, c.id), 'DELETE')} />
        ))}
      </ol>
      {forum.permissions.manage && <ForumContributionForm forum={forum} onChange={reload} />}
    </section>
  );
}

function Contribution({ forum, c, onRemove }: { forum: ForumView; c: ForumContribution; onRemove: () => void }) {
  const t = useT();
  const pick = usePick();
  const { lang } = useLang();
  const session = forum.sessions.find((s) => s.id === c.sessionId);
  return (
    <li data-testid="contribution">
      <div className="fo-contributions__head">
        <strong data-testid="contribution-title">{c.title}</strong>
        {c.illustrative && <span className="fo-theme">{t('forums.contributions.illustrative')}</span>}
        {forum.permissions.manage && <RemoveButton label={t('forums.contributions.remove')} onClick={onRemove} />}
      </div>
      <div className="muted">{[c.speaker, c.organisation, session && pick(localized(session.title))].filter(Boolean).join(' · ')}</div>
      {c.abstract && <p className="fo-contributions__abstract">{c.abstract}</p>}
      {c.file && (
        <a href={c.file.url} download={c.file.name} data-testid="contribution-file">
          {t('forums.contributions.download', { name: c.file.name, size: formatNumber(Math.max(1, Math.round(c.file.size / 1024)), lang) })}
        </a>
      )}
    </li>
  );
}
