// Adds a contribution: speaker, organisation, session, title, abstract, the illustrative mark and the
// paper, which travels as base64 in the same request, so that a refused file leaves nothing behind.
import { useRef, useState, type FormEvent } from 'react';
import { errorMessage } from '../../shared/api/client';
import { useLang, usePick, useT } from '../../shared/i18n/i18n';
import { localized, paths, type ForumView } from './api';
import { useSend } from './useSend';

/** A chosen file as the API takes it: its name and its bytes in base64 (without the data: prefix). */
function asUpload(file: File): Promise<{ name: string; base64: string }> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve({ name: file.name, base64: String(reader.result).replace(/^data:[^,]*,/, '') });
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

const EMPTY = { speaker: '', organisation: '', sessionId: '', title: '', abstract: '', illustrative: false };

export function ForumContributionForm({ forum, onChange }: { forum: ForumView; onChange: () => void }) {
  const t = useT();
  const pick = usePick();
  const { lang } = useLang();
  const { send, error, busy } = useSend(onChange);
  const [form, setForm] = useState(EMPTY);
  const [unreadable, setUnreadable] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const set = (key: keyof typeof EMPTY) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setUnreadable(false);
    const chosen = fileInput.current?.files?.[0];
    const file = chosen ? await asUpload(chosen).catch(() => null) : null;
    if (chosen && !file) return setUnreadable(true);
    const body = { ...form, organisation: form.organisation.trim() || null, abstract: form.abstract.trim() || null, sessionId: form.sessionId || null, file };
    if (await send(paths.contributions(forum.id), 'POST', body)) {
      setForm(EMPTY);
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  return (
    <form className="form fo-add" onSubmit={submit} data-testid="contribution-form">
      <h3>{t('forums.contributions.add')}</h3>
      <div className="fo-add__row">
        <label className="field">
          <span>{t('forums.contributions.paperTitle')}</span>
          <input value={form.title} onChange={set('title')} required data-testid="contribution-title-input" />
        </label>
        <label className="field">
          <span>{t('forums.contributions.speaker')}</span>
          <input value={form.speaker} onChange={set('speaker')} required data-testid="contribution-speaker" />
        </label>
        <label className="field">
          <span>{t('forums.contributions.organisation')}</span>
          <input value={form.organisation} onChange={set('organisation')} data-testid="contribution-organisation" />
        </label>
        <label className="field">
          <span>{t('forums.contributions.session')}</span>
          <select value={form.sessionId} onChange={set('sessionId')} data-testid="contribution-session">
            <option value="">{t('forums.contributions.noSession')}</option>
            {forum.sessions.map((s) => <option key={s.id} value={s.id}>{pick(localized(s.title))}</option>)}
          </select>
        </label>
      </div>
      <label className="field">
        <span>{t('forums.contributions.abstract')}</span>
        <textarea value={form.abstract} onChange={set('abstract')} rows={3} data-testid="contribution-abstract" />
      </label>
      <div className="fo-add__row">
        <label className="field">
          <span>{t('forums.contributions.file')}</span>
          <input type="file" ref={fileInput} accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document" data-testid="contribution-file-input" />
        </label>
        <label className="fo-check">
          <input type="checkbox" checked={form.illustrative} onChange={(e) => setForm((f) => ({ ...f, illustrative: e.target.checked }))} />
          <span>{t('forums.contributions.sample')}</span>
        </label>
        <button type="submit" className="button" disabled={busy} data-testid="contribution-add">{t('forums.add')}</button>
      </div>
      {unreadable && <p className="form__error" role="alert">{t('forums.contributions.reading')}</p>}
      {error != null && <p className="form__error" role="alert">{errorMessage(error, lang, t)}</p>}
    </form>
  );
}
