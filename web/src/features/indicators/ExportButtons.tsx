// "CSV" and "Excel" for the table next to them: files made in the browser from the figures on the page.
// CSV keeps the figures exactly as stored (UTF-8 with a byte-order mark, so Excel shows the diacritics);
// the workbook holds numeric cells Excel formats in the reader's own locale.
import { useState } from 'react';
import { useT } from '../../shared/i18n/i18n';
import { saveCsv, saveXlsx, type DataTable } from './table';

export function ExportButtons({ table, what, testId }: { table: DataTable; what: string; testId: string }) {
  const t = useT();
  const [failed, setFailed] = useState(false);
  const xlsx = () => {
    setFailed(false);
    saveXlsx(table).catch(() => setFailed(true));
  };
  return (
    <div className="ev-export" role="group" aria-label={t('evidence.export.group', { what })}>
      <button type="button" className="button button--secondary ev-export__button" data-testid={`${testId}-csv`} onClick={() => saveCsv(table)}>
        {t('evidence.export.csv')}
      </button>
      <button type="button" className="button button--secondary ev-export__button" data-testid={`${testId}-xlsx`} onClick={xlsx}>
        {t('evidence.export.xlsx')}
      </button>
      {failed && (
        <p className="field__error" role="alert">
          {t('evidence.export.failed')}
        </p>
      )}
    </div>
  );
}
