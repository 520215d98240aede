// The signed agreement (PDF or DOCX, up to 10 MB), attached by a coordinator; sending another replaces it.
// The server checks that the bytes agree with the name and refuses in Vietnamese and English otherwise.
import { useState } from 'react';
import { api, errorMessage } from '../../shared/api/client';
import { useLang, useT } from '../../shared/i18n/i18n';
import { paths } from './api';

const MAX_BYTES = 10 * 1024 * 1024;

/** A file's bytes as base64 (the API takes the document inside its JSON). */
const base64Of = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });

export function DocumentUpload({ spaceId, agreementId, onSaved }: { spaceId: string; agreementId: string; onSaved: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  async function send(file: File | undefined) {
    setProblem(null);
    if (!file) return;
    if (file.size > MAX_BYTES) return setProblem(t('linkage.document.tooBig'));
    setBusy(true);
    try {
      await api(paths.agreementDocument(spaceId, agreementId), { method: 'PUT', body: { name: file.name, base64: await base64Of(file) } });
      onSaved();
    } catch (e) {
      setProblem(errorMessage(e, lang, t));
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="field" data-testid="document-upload">
      <label htmlFor="lk-document">{t('linkage.document.attach')}</label>
      <input id="lk-document" type="file" accept=".pdf,.docx,application/pdf" disabled={busy} onChange={(e) => send(e.target.files?.[0])} />
      {problem && <p className="form__error" role="alert">{problem}</p>}
    </div>
  );
}
