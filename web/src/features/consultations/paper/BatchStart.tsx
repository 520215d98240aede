// The consultation's batches, then starting a batch (its key, how many forms, the cluster or group
// they came from) or opening one by the key written on the bundle.
import { useState, type FormEvent } from 'react';
import { api } from '../../../shared/api/client';
import type { ConsultationDetail } from '../api';
import { useLocation } from 'wouter';
import { KeySelect } from '../KeySelect';
import { ErrorNote } from '../../../shared/layout/Status';
import { useT } from '../../../shared/i18n/i18n';
import { batchesPath, batchKeyPattern, paperPage } from './paper.api';
import { BatchList } from './BatchList';
import { toBatchKey } from './paper.local';

export function BatchStart({ detail }: { detail: ConsultationDetail }) {
  const t = useT();
  const [, navigate] = useLocation();
  const [key, setKey] = useState('');
  const [forms, setForms] = useState('50');
  const [cluster, setCluster] = useState('');
  const [group, setGroup] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const slug = toBatchKey(key);
  const keyOk = batchKeyPattern.test(slug);
  const count = /^\d+$/.test(forms.trim()) ? Number(forms.trim()) : NaN;
  const formsOk = count >= 1 && count <= 2000;

  const create = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTried(true);
    if (!keyOk || !formsOk) return;
    setBusy(true);
    setError(null);
    try {
      const body = { key: slug, forms: count, ...(cluster ? { cluster } : {}), ...(group ? { group } : {}) };
      await api<{ key: string }>(batchesPath(detail.id), { method: 'POST', body });
      navigate(paperPage(detail.id, slug));
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  const keyError = tried && !keyOk;
  const formsError = tried && !formsOk;
  return (
    <>
      <BatchList detail={detail} />
      <div className="pp-start">
        <section className="panel" aria-labelledby="paper-new-heading">
          <h2 id="paper-new-heading">{t('paper.new.title')}</h2>
          <p className="muted">{t('paper.new.intro')}</p>
          <form className="form" onSubmit={create} noValidate data-testid="paper-new">
            <div className="field">
              <label htmlFor="paper-new-key">{t('paper.new.key')}</label>
              <input id="paper-new-key" data-testid="paper-new-key" value={key} onChange={(e) => setKey(e.target.value)} autoComplete="off" spellCheck={false}
                autoCapitalize="off" placeholder={cluster ? `${cluster}-01` : 'tap-01'} aria-invalid={keyError || undefined} aria-describedby="paper-new-key-hint" />
              <p id="paper-new-key-hint" className={keyError ? 'field__error' : 'muted rows__hint'}>
                {keyError ? t('paper.new.keyInvalid') : slug && slug !== key ? t('paper.new.keyWillBe', { key: slug }) : t('paper.new.keyHint')}
              </p>
            </div>
            <div className="field field--narrow">
              <label htmlFor="paper-new-forms">{t('paper.new.forms')}</label>
              <input id="paper-new-forms" data-testid="paper-new-forms" inputMode="numeric" value={forms} onChange={(e) => setForms(e.target.value)}
                aria-invalid={formsError || undefined} aria-describedby={formsError ? 'paper-new-forms-error' : undefined} />
              {formsError && <p id="paper-new-forms-error" className="field__error">{t('paper.new.formsInvalid')}</p>}
            </div>
            {detail.clusters.length > 0 && <KeySelect id="paper-new-cluster" label={t('paper.new.cluster')} items={detail.clusters} value={cluster} onChange={setCluster} />}
            {detail.groups.length > 0 && <KeySelect id="paper-new-group" label={t('paper.new.group')} items={detail.groups} value={group} onChange={setGroup} />}
            <div className="button-row">
              <button type="submit" className="button button--primary" data-testid="paper-new-submit" disabled={busy}>
                {busy ? t('paper.new.creating') : t('paper.new.submit')}
              </button>
            </div>
            {error != null && <ErrorNote error={error} />}
          </form>
        </section>
        <div>
          <FindBatch id={detail.id} />
        </div>
      </div>
    </>
  );
}

function FindBatch({ id }: { id: string }) {
  const t = useT();
  const [, navigate] = useLocation();
  const [key, setKey] = useState('');
  const [tried, setTried] = useState(false);
  const slug = toBatchKey(key);
  const ok = batchKeyPattern.test(slug);
  const open = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTried(true);
    if (ok) navigate(paperPage(id, slug));
  };
  return (
    <section className="panel" aria-labelledby="paper-find-heading">
      <h2 id="paper-find-heading">{t('paper.find.title')}</h2>
      <form className="form" onSubmit={open} noValidate data-testid="paper-find">
        <div className="field">
          <label htmlFor="paper-find-key">{t('paper.new.key')}</label>
          <input id="paper-find-key" data-testid="paper-find-key" value={key} onChange={(e) => setKey(e.target.value)} autoComplete="off" spellCheck={false}
            autoCapitalize="off" aria-invalid={(tried && !ok) || undefined} aria-describedby="paper-find-hint" />
          <p id="paper-find-hint" className={tried && !ok ? 'field__error' : 'muted rows__hint'}>
            {tried && !ok ? t('paper.new.keyInvalid') : t('paper.find.intro')}
          </p>
        </div>
        <div className="button-row">
          <button type="submit" className="button button--secondary" data-testid="paper-find-submit">
            {t('paper.find.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
