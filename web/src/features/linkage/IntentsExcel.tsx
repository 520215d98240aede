// Offers and needs in Excel: everyone who reads the region downloads the sheet (or an empty one with the
// guide to its codes); a coordinator, or an official for their own province's rows, sends an edited sheet
// back. The server takes all of it or nothing; when it refuses, every bad row is listed (sheet, row, column).
import { formatNumber } from '../../shared/format';
import { ImportRefusal } from '../../shared/layout/ImportRefusal';
import { useLang, useT } from '../../shared/i18n/i18n';
import { useXlsxImport } from '../plans/useXlsxImport';
import { paths, type IntentImport } from './api';
import type { RegionView } from './RegionShell';

function useIntentImport(spaceId: string, onImported: () => void) {
  const t = useT();
  return useXlsxImport<IntentImport>((name) => paths.intentsImport(spaceId, name), t('linkage.excel.pickFile'), onImported);
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
