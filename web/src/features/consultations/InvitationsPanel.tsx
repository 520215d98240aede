// Invitations for a consultation: how many, for which cluster or stakeholder group. The server keeps
// only hashes, so the links are shown once, as a list to copy; the QR sheet is a separate batch.
import { useRef, useState, type FormEvent } from 'react';
import { api, apiFile } from '../../shared/api/client';
import { saveFile } from '../../shared/download';
import { consultationPath, type ConsultationDetail } from './api';
import { usePick, useT } from '../../shared/i18n/i18n';
import { ErrorNote } from '../../shared/layout/Status';
import { KeySelect } from './KeySelect';

type Target = { count: number; cluster?: string; group?: string };

type Made = { links: string[]; cluster: string; group: string };

// What the invitations are for, and the two ways to make them: links shown once, or a QR sheet.
function useInvitations(detail: ConsultationDetail) {
  const [count, setCount] = useState('10');
  const [cluster, setCluster] = useState('');
  const [group, setGroup] = useState('');
  // The links with the choices they were made for, which the selects may no longer show.
  const [made, setMade] = useState<Made | null>(null);
  const [busy, setBusy] = useState<'links' | 'pdf' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [copy, setCopy] = useState<'copied' | 'failed' | null>(null);

  const target = (): Target | null => {
    const n = /^\d+$/.test(count.trim()) ? Number(count.trim()) : NaN;
    if (!(n >= 1 && n <= 5000)) return null;
    return { count: n, ...(cluster ? { cluster } : {}), ...(group ? { group } : {}) };
  };

  const makeLinks = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = target();
    if (!body) return;
    setBusy('links');
    setError(null);
    setCopy(null);
    try {
      const { tokens } = await api<{ tokens: string[] }>(`${consultationPath(detail.id)}/invitations`, { method: 'POST', body });
      setMade({ links: tokens.map((token) => `${window.location.origin}/vote/${encodeURIComponent(token)}`), cluster, group });
    } catch (failure) {
      setError(failure);
    }
    setBusy(null);
  };

  const downloadPdf = async () => {
    const body = target();
    if (!body) return;
    setBusy('pdf');
    setError(null);
    try {
      const { blob, filename } = await apiFile(`${consultationPath(detail.id)}/invitations.pdf`, { method: 'POST', body });
      saveFile(blob, filename ?? 'ma-moi-qr.pdf');
    } catch (failure) {
      setError(failure);
    }
    setBusy(null);
  };
  return { count, setCount, cluster, setCluster, group, setGroup, made, busy, error, copy, setCopy, target, makeLinks, downloadPdf };
}

export function InvitationsPanel({ detail }: { detail: ConsultationDetail }) {
  const t = useT();
  const { count, setCount, cluster, setCluster, group, setGroup, made, busy, error, copy, setCopy, target, makeLinks, downloadPdf } = useInvitations(detail);
  const countInvalid = target() === null;

  return (
    <section className="panel" aria-labelledby="invite-heading" data-testid="invitations">
      <h2 id="invite-heading">{t('invite.title')}</h2>
      <p className="muted">{t('invite.intro')}</p>
      <form className="form" onSubmit={makeLinks} noValidate>
        <div className="field field--narrow">
          <label htmlFor="invite-count">{t('invite.count')}</label>
          <input id="invite-count" data-testid="invite-count" inputMode="numeric" value={count} onChange={(e) => setCount(e.target.value)}
            aria-invalid={countInvalid || undefined} aria-describedby={countInvalid ? 'invite-count-error' : undefined} />
          {countInvalid && <p id="invite-count-error" className="field__error">{t('invite.countInvalid')}</p>}
        </div>
        {detail.clusters.length > 0 && <KeySelect id="invite-cluster" label={t('invite.cluster')} items={detail.clusters} value={cluster} onChange={setCluster} />}
        {detail.groups.length > 0 && <KeySelect id="invite-group" label={t('invite.group')} items={detail.groups} value={group} onChange={setGroup} />}
        <div className="button-row">
          <button type="submit" className="button button--primary" data-testid="invite-create" disabled={busy !== null || countInvalid}>
            {busy === 'links' ? t('invite.creating') : t('invite.create')}
          </button>
          <button type="button" className="button button--secondary" data-testid="invite-pdf" disabled={busy !== null || countInvalid} onClick={downloadPdf}>
            {busy === 'pdf' ? t('invite.pdfBusy') : t('invite.pdf')}
          </button>
        </div>
        <p className="muted rows__hint">{t('invite.pdfHint', { n: target()?.count ?? '…' })}</p>
      </form>
      {error != null && <ErrorNote error={error} />}
      {made && <MadeLinks detail={detail} made={made} copy={copy} onCopy={setCopy} />}
    </section>
  );
}

/** The links just made, shown this once, with a button to copy them all. */
function MadeLinks({ detail, made, copy, onCopy }: { detail: ConsultationDetail; made: Made; copy: 'copied' | 'failed' | null; onCopy: (copy: 'copied' | 'failed') => void }) {
  const t = useT();
  const pick = usePick();
  const list = useRef<HTMLOListElement>(null);
  // The Clipboard API needs a secure context; on a plain-http address in a hall, fall back to
  // selecting the list so one Ctrl+C still copies it.
  const copyAll = async () => {
    try {
      await navigator.clipboard.writeText(made.links.join('\n'));
      onCopy('copied');
    } catch {
      if (list.current) window.getSelection()?.selectAllChildren(list.current);
      onCopy(document.execCommand('copy') ? 'copied' : 'failed');
    }
  };
  return (
    <div className="invite-links" data-testid="invitation-links">
      <div className="panel__head">
        <h3>
          {t('invite.made', { n: made.links.length })}
          {made.cluster && ` · ${pick(detail.clusters.find((c) => c.key === made.cluster)?.title)}`}
          {made.group && ` · ${pick(detail.groups.find((g) => g.key === made.group)?.title)}`}
        </h3>
        <button type="button" className="button button--secondary" data-testid="invite-copy" onClick={copyAll}>
          {t('invite.copyAll')}
        </button>
      </div>
      <p role="status" className="muted">{copy === 'copied' ? t('invite.copied') : copy === 'failed' ? t('invite.copyFailed') : ''}</p>
      <ol ref={list} className="invite-links__list">
        {made.links.map((link) => (
          <li key={link}>
            <a href={link} target="_blank" rel="noreferrer" data-testid="invitation-link">{link}</a>
          </li>
        ))}
      </ol>
    </div>
  );
}
