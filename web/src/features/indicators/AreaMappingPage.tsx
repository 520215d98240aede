// /evidence/mapping: which index figures feed the need score of each of the eight priority areas. Anyone
// signed in reads it; a platform administrator edits a draft (add or remove links per area) and saves it
// whole, or puts the built-in default back. The server checks and audits every change.
import { useEffect, useState } from 'react';
import { api, errorMessage } from '../../shared/api/client';
import { useApi } from '../../shared/api/useApi';
import { useSession } from '../accounts/session';
import { ErrorNote, Loading } from '../../shared/layout/Status';
import { formatDate } from '../../shared/format';
import { useLang, useT } from '../../shared/i18n/i18n';
import { paths, type AreaLinks, type AreaMappingDoc } from './api';
import { AreaLinkCard } from './AreaLinkCard';
import { EvidenceNav } from './EvidenceNav';
import { isAdministrator } from './roles';

export function AreaMappingPage() {
  const t = useT();
  const { state } = useSession();
  const admin = state.status === 'signed-in' && isAdministrator(state.me);
  const doc = useApi<AreaMappingDoc>(paths.areaMapping);
  // The server answers a change with the mapping now in force: shown at once, without reloading the page.
  const [changed, setChanged] = useState<AreaMappingDoc | null>(null);
  return (
    <>
      <header className="page-head">
        <h1>{t('evidence.mapping.title')}</h1>
        <p className="lead">{t('evidence.mapping.lead')}</p>
      </header>
      <EvidenceNav current="mapping" />
      {doc.status === 'loading' && <Loading />}
      {doc.status === 'error' && <ErrorNote error={doc.error} onRetry={doc.retry} />}
      {doc.status === 'done' && <MappingEditor doc={changed ?? doc.data} admin={admin} onSaved={setChanged} />}
    </>
  );
}

type Outcome = { kind: 'saved' | 'reset' } | { kind: 'failed'; error: unknown } | null;

function MappingEditor({ doc, admin, onSaved }: { doc: AreaMappingDoc; admin: boolean; onSaved: (doc: AreaMappingDoc) => void }) {
  const t = useT();
  const { lang } = useLang();
  const [draft, setDraft] = useState<AreaLinks>(doc.mapping);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  useEffect(() => setDraft(doc.mapping), [doc]);
  const dirty = JSON.stringify(draft) !== JSON.stringify(doc.mapping);

  const send = async (kind: 'saved' | 'reset') => {
    setBusy(true);
    setOutcome(null);
    try {
      const now =
        kind === 'saved'
          ? await api<AreaMappingDoc>(paths.areaMapping, { method: 'PUT', body: { mapping: draft } })
          : await api<AreaMappingDoc>(paths.areaMappingReset, { method: 'POST' });
      setOutcome({ kind });
      onSaved(now);
    } catch (error) {
      setOutcome({ kind: 'failed', error });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="ev-map-heading" data-testid="area-mapping">
      <h2 id="ev-map-heading">{t('evidence.mapping.current')}</h2>
      <p className="muted" data-testid="mapping-state">
        {doc.isDefault ? t('evidence.mapping.isDefault') : t('evidence.mapping.custom')}
        {doc.changedAt && ` ${t('evidence.mapping.changed', { who: doc.changedBy ?? '—', date: formatDate(doc.changedAt), version: doc.version })}`}
      </p>
      {!admin && <p className="note" data-testid="mapping-read-only">{t('evidence.mapping.readOnly')}</p>}
      <ol className="ev-map-areas">
        {doc.areas.map((area) => (
          <AreaLinkCard
            key={area.key}
            area={area}
            links={draft[area.key] ?? []}
            figures={doc.figures}
            onChange={admin ? (links) => setDraft({ ...draft, [area.key]: links }) : undefined}
          />
        ))}
      </ol>
      {admin && (
        <div className="form__actions ev-map-actions">
          <button type="button" className="button button--primary" disabled={busy || !dirty} onClick={() => send('saved')} data-testid="mapping-save">
            {busy ? t('evidence.mapping.saving') : t('evidence.mapping.save')}
          </button>
          <button type="button" className="button button--secondary" disabled={busy || !dirty} onClick={() => setDraft(doc.mapping)} data-testid="mapping-undo">
            {t('evidence.mapping.undo')}
          </button>
          <button type="button" className="button button--secondary" disabled={busy || doc.isDefault} onClick={() => send('reset')} data-testid="mapping-reset">
            {t('evidence.mapping.reset')}
          </button>
        </div>
      )}
      {outcome && outcome.kind !== 'failed' && (
        <p className="status-line" role="status" data-testid="mapping-outcome">
          {t(outcome.kind === 'saved' ? 'evidence.mapping.saved' : 'evidence.mapping.wasReset')}
        </p>
      )}
      {outcome?.kind === 'failed' && (
        <p className="form__error" role="alert" data-testid="mapping-error">
          {errorMessage(outcome.error, lang, t)}
        </p>
      )}
    </section>
  );
}
