// A refused file import: the server's sentence, then every bad row it listed (sheet, row, column, problem in
// the reader's language). Used where a feature uploads a workbook all-or-nothing (linkage's offers and needs,
// devolution's inventory).
import type { Schema } from '../api/schema';
import { formatNumber } from '../format';
import { useLang, useT } from '../i18n/i18n';

export type ImportRefusalData = { text: string; problems: Schema<'FileProblem'>[] };

export function ImportRefusal({ error }: { error: ImportRefusalData }) {
  const t = useT();
  const { lang } = useLang();
  return (
    // minWidth 0: in a form's grid the list's table would otherwise widen the form past a phone's screen
    <div role="alert" data-testid="import-error" style={{ minWidth: 0 }}>
      <p className="form__error">{error.text}</p>
      {error.problems.length > 0 && (
        <div className="table-scroll">
          <table className="table" data-testid="import-problems">
            <thead>
              <tr><th scope="col">{t('import.sheet')}</th><th scope="col">{t('import.row')}</th><th scope="col">{t('import.column')}</th><th scope="col">{t('import.problem')}</th></tr>
            </thead>
            <tbody>
              {error.problems.map((p, i) => (
                <tr key={i}><td>{p.sheet}</td><td>{p.row === null ? '—' : formatNumber(p.row, lang, 0)}</td><td>{p.column ?? '—'}</td><td>{lang === 'vi' ? p.vi || p.en : p.en || p.vi}</td></tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
