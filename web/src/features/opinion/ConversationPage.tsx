// /conversations/:id — the facilitator's page of a conversation: its question and status (open or close it),
// the links to share (the public voting page, the public report, the Pol.is-format open data, the Word
// report), the moderation queue, the map with its groups and consensus, the statements with their votes,
// and participation over time. Readers of the space see all but the buttons.
import { Link } from 'wouter';
import { usePick, useT } from '../../shared/i18n/i18n';
import { ErrorNote, Loading } from '../../shared/layout/Status';
import { useSend } from '../forums/useSend';
import { localized, paths, type Conversation, type Statement } from './api';
import { LinksPanel } from './LinksPanel';
import { MapPanel } from './MapPanel';
import { ModerationQueue } from './ModerationQueue';
import { ParticipationPanel } from './ParticipationPanel';
import { StatementsPanel } from './StatementsPanel';
import { useConversation } from './useConversation';
import './opinion.css';

export function ConversationPage({ id }: { id: string }) {
  const t = useT();
  const { conversation, statements, map, participation, changed } = useConversation(id);
  const c = conversation.data;
  if (!c) return conversation.error != null ? <ErrorNote error={conversation.error} /> : <Loading />;
  const list: Statement[] = statements.data?.statements ?? [];
  return (
    <>
      <nav className="crumbs" aria-label={t('app.breadcrumb')}>
        <Link to={`/spaces/${encodeURIComponent(c.spaceId)}`}>← {t('opinion.back')}</Link>
      </nav>
      <ConversationHead conversation={c} onChange={changed} />
      <LinksPanel id={c.id} />
      {c.permissions.moderate && <ModerationQueue id={c.id} pending={list.filter((s) => s.status === 'pending')} onChange={changed} />}
      <MapPanel answer={map} onRefresh={changed} />
      <StatementsPanel statements={list.filter((s) => s.status === 'approved')} />
      <ParticipationPanel answer={participation} />
    </>
  );
}

function ConversationHead({ conversation: c, onChange }: { conversation: Conversation; onChange: () => void }) {
  const t = useT();
  const pick = usePick();
  const { send, busy, error } = useSend(onChange);
  return (
    <header className="page-head">
      <p className="page-head__tags">
        <span className={`op-status op-status--${c.status}`} data-testid="conversation-status">{t(`opinion.status.${c.status}`)}</span>
      </p>
      <h1 data-testid="conversation-title">{pick(localized(c.title))}</h1>
      <p className="lead">{pick(localized(c.topic))}</p>
      {c.permissions.manage && (
        <button type="button" className="button" disabled={busy} onClick={() => send(paths.status(c.id, c.status === 'open' ? 'close' : 'open'), 'POST')} data-testid="conversation-toggle">
          {t(c.status === 'open' ? 'opinion.close' : 'opinion.open')}
        </button>
      )}
      {error != null && <ErrorNote error={error} />}
    </header>
  );
}
