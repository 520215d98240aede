// Moderation of options proposed by participants of a pairwise consultation: each pending proposal
// with its title (editable, Vietnamese and English) and Approve / Reject. An approval adds the option,
// so the page is told (onChanged) to fetch the consultation and its results again.
import { useState } from 'react';
import { api } from '../../shared/api/client';
import type { ApiResponse } from '../../shared/api/schema';
import { consultationPath } from './api';
import { useApi } from '../../shared/api/useApi';
import { useT } from '../../shared/i18n/i18n';
import { ErrorNote, Loading } from '../../shared/layout/Status';

export type Proposal = ApiResponse<'/api/consultations/{id}/proposals', 'get'>['proposals'][number];

// dd/mm/yyyy hh:mm in Vietnam's time, whatever the browser's zone.
const vietnamTime = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false });

export function ProposalsPanel({ id, onChanged }: { id: string; onChanged: () => void }) {
  const t = useT();
  const [version, setVersion] = useState(0);
  const loaded = useApi<{ proposals: Proposal[] }>(`${consultationPath(id)}/proposals`, version);
  const [done, setDone] = useState('');
  const [list, setList] = useState<Proposal[] | null>(null);
  const proposals = loaded.status === 'done' ? loaded.data.proposals : list;

  const decided = (p: Proposal, all: Proposal[]) => {
    setList(all.map((q) => (q.id === p.id ? p : q)));
    setDone(t(p.status === 'approved' ? 'proposals.approved' : 'proposals.rejected', { title: p.title?.vi ?? p.text }));
    setVersion((v) => v + 1);
    if (p.status === 'approved') onChanged();
  };

  const pending = proposals?.filter((p) => p.status === 'pending') ?? [];
  const count = (status: Proposal['status']) => proposals?.filter((p) => p.status === status).length ?? 0;
  return (
    <section className="panel" aria-labelledby="proposals-heading" data-testid="proposals">
      <h2 id="proposals-heading">{t('proposals.title')}</h2>
      <p className="muted">{t('proposals.intro')}</p>
      {loaded.status === 'error' && <ErrorNote error={loaded.error} onRetry={loaded.retry} />}
      {!proposals && loaded.status === 'loading' && <Loading />}
      {proposals && (
        <>
          <p>
            <strong>{t('proposals.pending', { n: pending.length })}</strong>
            {proposals.length > pending.length && <span className="muted"> · {t('proposals.decided', { approved: count('approved'), rejected: count('rejected') })}</span>}
          </p>
          {pending.length === 0 && <p className="muted">{t('proposals.empty')}</p>}
          <ul className="proposal-list" style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: '1rem' }}>
            {pending.map((p) => (
              <PendingProposal key={p.id} consultationId={id} proposal={p} onDecided={(q) => decided(q, proposals)} />
            ))}
          </ul>
        </>
      )}
      <p className="muted" role="status">{done}</p>
    </section>
  );
}

function PendingProposal({ consultationId, proposal, onDecided }: { consultationId: string; proposal: Proposal; onDecided: (p: Proposal) => void }) {
  const t = useT();
  const [vi, setVi] = useState(proposal.text);
  const [en, setEn] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const field = (suffix: string) => `proposal-${proposal.id}-${suffix}`;

  const decide = async (step: 'approve' | 'reject') => {
    setBusy(true);
    setError(null);
    try {
      const body = step === 'approve' ? { title: { vi, en } } : undefined;
      onDecided(await api<Proposal>(`${consultationPath(consultationId)}/proposals/${encodeURIComponent(proposal.id)}/${step}`, { method: 'POST', body }));
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  return (
    <li data-testid="proposal" style={{ borderTop: '1px solid var(--border)', paddingTop: '0.75rem' }}>
      <p style={{ margin: '0 0 0.5rem' }}>
        <q lang="vi">{proposal.text}</q> <span className="muted">· {t('proposals.received', { at: vietnamTime.format(new Date(proposal.createdAt)) })}</span>
      </p>
      <div className="form" style={{ gap: '0.6rem' }}>
        <div className="field">
          <label htmlFor={field('vi')}>{t('proposals.titleVi')}</label>
          <input id={field('vi')} lang="vi" value={vi} maxLength={200} onChange={(e) => setVi(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={field('en')}>{t('proposals.titleEn')}</label>
          <input id={field('en')} lang="en" value={en} maxLength={200} onChange={(e) => setEn(e.target.value)} />
        </div>
        <div className="button-row">
          <button type="button" className="button button--primary" data-testid="proposal-approve" disabled={busy} onClick={() => decide('approve')}>
            {busy ? t('proposals.busy') : t('proposals.approve')}
          </button>
          <button type="button" className="button button--secondary" data-testid="proposal-reject" disabled={busy} onClick={() => decide('reject')}>
            {t('proposals.reject')}
          </button>
        </div>
        {error != null && <ErrorNote error={error} />}
      </div>
    </li>
  );
}
