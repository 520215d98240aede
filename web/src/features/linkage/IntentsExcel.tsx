// Offers and needs in Excel: everyone who reads the region downloads the sheet (or an empty one with the
// guide to its codes); a coordinator, or an official for their own province's rows, sends an edited sheet
// back. The server takes all of it or nothing; when it refuses, every bad row is listed (sheet, row, column).
import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../shared/api/client';
import { formatNumber } from '../../shared/format';
import { ImportRefusal, type ImportRefusalData } from '../../shared/layout/ImportRefusal';
import { useLang, useT } from '../../shared/i18n/i18n';
import { useSession } from '../accounts/session';
import { FileRejected, sendFile } from '../plans/api';
import { paths, type IntentImport } from './api';
import type { RegionView } from './RegionShell';

function useIntentImport(spaceId: string, onImported: () => void) {
  const t = useT();
  const { lang } = useLang();
  const { state } = useSession();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<IntentImport | null>(null);
  const [error, setError] = useState<ImportRefusalData | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setOutcome(null);
    setError(null);
    if (!file || !/\.xlsx$/i.test(file.name)) return setError({ text: t('linkage.excel.pickFile'), problems: [] });
    if (state.status !== 'signed-in') return;
    setBusy(true);
    try {
      setOutcome(await sendFile<IntentImport>(paths.intentsImport(spaceId, file.name), file, state.me.csrfToken));
      onImported();
    } catch (e) {
      setError({ text: errorMessage(e, lang, t), problems: e instanceof FileRejected ? e.problems : [] });
    } finally {
      setBusy(false);
    }
  }
  return { setFile, busy, outcome, error, submit };
}

export function IntentsExcel({ region, onImported }: { region: RegionView; onImported: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const { setFile, busy, outcome, error, submit } = useIntentImport(region.spaceId, onImported);
  const n = (x: number) => formatNumber(x, lang, 0);
  return (
    <section className="panel" aria-labelledby="lk-excel" data-testid="intents-excel">
      <h2 id="lk-excel">{t('linkage.excel.title')}</h2>
      <p className="button-row">
        <a className="button button--secondary" href={paths.intentsFile(region.spaceId, 'export')} download>{t('linkage.excel.export')}</a>
        <a className="button button--secondary" href={paths.intentsFile(region.spaceId, 'template')} download>{t('linkage.excel.template')}</a>
      </p>
      {region.permissions.editFor.length > 0 && (
        <form className="form" onSubmit={submit} noValidate data-testid="intents-import">
          <div className="field">
            <label htmlFor="lk-import-file">{t('linkage.excel.file')}</label>
            <input id="lk-import-file" type="file" accept=".xlsx" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
            <p className="muted">{t(region.permissions.coordinate ? 'linkage.excel.hintAll' : 'linkage.excel.hintOwn')}</p>
          </div>
          <div>
            <button type="submit" className="button button--primary" disabled={busy}>{t('linkage.excel.submit')}</button>
          </div>
          {outcome && <p className="pl-ok" role="status" data-testid="import-done">{t('linkage.excel.done', { created: n(outcome.created), updated: n(outcome.updated), unchanged: n(outcome.unchanged) })}</p>}
          {error && <ImportRefusal error={error} />}
        </form>
      )}
    </section>
  );
}
