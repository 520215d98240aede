// A new forum: its Vietnamese title (English optional), the address of its public page (made from the
// title until edited), its dates and kind. The server checks everything again; its refusal shows here.
import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../shared/api/client';
import { useLang, useT } from '../../shared/i18n/i18n';
import { slugify } from '../consultations/spec';
import { FORUM_KINDS, type ForumKind } from './api';

export type ForumDraft = { slug: string; title: { vi: string; en: string | null }; startsOn: string; endsOn: string; kind: ForumKind };

// The form's fields, and sending them: a refusal is kept (not its text), so switching language re-words it.
function useForumDraft(onCreate: (body: ForumDraft) => Promise<void>) {
  const [vi, setVi] = useState('');
  const [en, setEn] = useState('');
  const [slug, setSlug] = useState<string | null>(null);
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [kind, setKind] = useState<ForumKind>('hybrid');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const address = slug ?? slugify(vi);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onCreate({ slug: address, title: { vi, en: en.trim() || null }, startsOn, endsOn: endsOn || startsOn, kind });
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  return { vi, setVi, en, setEn, address, setSlug, startsOn, setStartsOn, endsOn, setEndsOn, kind, setKind, error, busy, submit };
}

export function ForumCreateForm({ onCreate, onCancel }: { onCreate: (body: ForumDraft) => Promise<void>; onCancel: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const { vi, setVi, en, setEn, address, setSlug, startsOn, setStartsOn, endsOn, setEndsOn, kind, setKind, error, busy, submit } = useForumDraft(onCreate);

  return (
    <form className="form fo-create" onSubmit={submit} data-testid="forum-create">
      <div className="field">
        <label htmlFor="forum-title-vi">{t('forums.create.titleVi')}</label>
        <input id="forum-title-vi" value={vi} onChange={(e) => setVi(e.target.value)} required data-testid="forum-title-vi" />
      </div>
      <div className="field">
        <label htmlFor="forum-title-en">{t('forums.create.titleEn')}</label>
        <input id="forum-title-en" value={en} onChange={(e) => setEn(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="forum-slug">{t('forums.create.slug')}</label>
        <input id="forum-slug" value={address} onChange={(e) => setSlug(e.target.value)} required data-testid="forum-slug" />
        <p className="muted">{t('forums.create.slugHint', { path: `/f/${address}` })}</p>
      </div>
      <div className="fo-create__row">
        <div className="field">
          <label htmlFor="forum-starts">{t('forums.create.startsOn')}</label>
          <input id="forum-starts" type="date" value={startsOn} onChange={(e) => setStartsOn(e.target.value)} required data-testid="forum-starts" />
        </div>
        <div className="field">
          <label htmlFor="forum-ends">{t('forums.create.endsOn')}</label>
          <input id="forum-ends" type="date" value={endsOn} min={startsOn} onChange={(e) => setEndsOn(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="forum-kind">{t('forums.create.kind')}</label>
          <select id="forum-kind" value={kind} onChange={(e) => setKind(e.target.value as ForumKind)} data-testid="forum-kind">
            {FORUM_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`forums.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {error != null && (
        <p className="form__error" role="alert" data-testid="forum-create-error">
          {errorMessage(error, lang, t)}
        </p>
      )}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy} data-testid="forum-create-submit">
          {t('forums.create.submit')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('forums.create.cancel')}
        </button>
      </div>
    </form>
  );
}
