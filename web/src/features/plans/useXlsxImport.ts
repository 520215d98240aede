// Sending an edited .xlsx back to the server (linkage's offers and needs, the decentralisation inventory):
// the file checked to be .xlsx, sent raw with the session's anti-forgery token, and on refusal the server's
// sentence with every bad row it listed (shared/layout/ImportRefusal shows them).
import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../shared/api/client';
import { useLang, useT } from '../../shared/i18n/i18n';
import type { ImportRefusalData } from '../../shared/layout/ImportRefusal';
import { useSession } from '../accounts/session';
import { FileRejected, sendFile } from './api';

/** `url` from the file's name; `pickFile`: the sentence shown when no .xlsx was chosen. */
export function useXlsxImport<Outcome>(url: (fileName: string) => string, pickFile: string, onImported: () => void) {
  const t = useT();
  const { lang } = useLang();
  const { state } = useSession();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [error, setError] = useState<ImportRefusalData | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setOutcome(null);
    setError(null);
    if (!file || !/\.xlsx$/i.test(file.name)) return setError({ text: pickFile, problems: [] });
    if (state.status !== 'signed-in') return;
    setBusy(true);
    try {
      setOutcome(await sendFile<Outcome>(url(file.name), file, state.me.csrfToken));
      onImported();
    } catch (e) {
      setError({ text: errorMessage(e, lang, t), problems: e instanceof FileRejected ? e.problems : [] });
    } finally {
      setBusy(false);
    }
  }
  return { setFile, busy, outcome, error, submit };
}
