// The inventory in Excel: "Tải về Excel" for everyone who reads the space (one sheet per sector, ready to edit);
// "Tải lên Excel" for coordinators — the file replaces the whole inventory, all or nothing; when the server
// refuses it, every bad row is listed by sheet, row and column (shared/layout/ImportRefusal).
import { formatNumber } from '../../shared/format';
import { useLang, useT } from '../../shared/i18n/i18n';
import { ImportRefusal } from '../../shared/layout/ImportRefusal';
import { useXlsxImport } from '../plans/useXlsxImport';
import { paths, type InventoryImport } from './api';

function useInventoryImport(spaceId: string, onImported: () => void) {
  const t = useT();
  return useXlsxImport<InventoryImport>((name) => paths.inventoryImport(spaceId, name), t('devolution.excel.pickFile'), onImported);
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
