// The inventory in Excel: "Tải về Excel" for everyone who reads the space (one sheet per sector, ready to edit);
// "Tải lên Excel" for coordinators — the file replaces the whole inventory, all or nothing; when the server
// refuses it, every bad row is listed by sheet, row and column (shared/layout/ImportRefusal).
import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../shared/api/client';
import { formatNumber } from '../../shared/format';
import { useLang, useT } from '../../shared/i18n/i18n';
import { ImportRefusal, type ImportRefusalData } from '../../shared/layout/ImportRefusal';
import { useSession } from '../accounts/session';
import { FileRejected, sendFile } from '../plans/api';
import { paths, type InventoryImport } from './api';

function useInventoryImport(spaceId: string, onImported: () => void) {
  const t = useT();
  const { lang } = useLang();
  const { state } = useSession();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<InventoryImport | null>(null);
  const [error, setError] = useState<ImportRefusalData | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setOutcome(null);
    setError(null);
    if (!file || !/\.xlsx$/i.test(file.name)) return setError({ text: t('devolution.excel.pickFile'), problems: [] });
    if (state.status !== 'signed-in') return;
    setBusy(true);
    try {
      setOutcome(await sendFile<InventoryImport>(paths.inventoryImport(spaceId, file.name), file, state.me.csrfToken));
      onImported();
    } catch (e) {
      setError({ text: errorMessage(e, lang, t), problems: e instanceof FileRejected ? e.problems : [] });
    } finally {
      setBusy(false);
    }
  }
  return { setFile, busy, outcome, error, submit };
}

export function InventoryExcel({ spaceId, coordinate, onImported }: { spaceId: string; coordinate: boolean; onImported: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const { setFile, busy, outcome, error, submit } = useInventoryImport(spaceId, onImported);
  const n = (x: number) => formatNumber(x, lang, 0);
  return (
    <div data-testid="devolution-excel">
      <h3>{t('devolution.excel.title')}</h3>
      <p className="button-row">
        <a className="button button--secondary" href={paths.inventory(spaceId)} download data-testid="devolution-excel-download">{t('devolution.excel.download')}</a>
      </p>
      {coordinate && (
        <form className="form" onSubmit={submit} noValidate data-testid="devolution-excel-upload">
          <div className="field">
            <label htmlFor="dv-inventory-file">{t('devolution.excel.file')}</label>
            <input id="dv-inventory-file" type="file" accept=".xlsx" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
            <p className="muted">{t('devolution.excel.hint')}</p>
          </div>
          <div>
            <button type="submit" className="button button--primary" disabled={busy}>{t('devolution.excel.upload')}</button>
          </div>
          {outcome && <p className="status-line" role="status" data-testid="devolution-excel-done">{t('devolution.excel.done', { added: n(outcome.added), changed: n(outcome.changed), removed: n(outcome.removed) })}</p>}
          {error && <ImportRefusal error={error} />}
        </form>
      )}
    </div>
  );
}
