// Officials update a plan in Excel and send the file back: XLSX (both sheets) or one CSV table. The
// server takes all of it or nothing; when it refuses, every bad row is listed in the user's language.
import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../shared/api/client';
import { useSession } from '../accounts/session';
import { formatNumber } from '../../shared/format';
import { useLang, useT } from '../../shared/i18n/i18n';
import { FileRejected, paths, sendFile, type ImportOutcome, type ImportProblem } from './api';

type Sheet = 'actions' | 'progress';

type Refusal = { text: string; problems: ImportProblem[] };

// Sending the file: a missing or wrong file is refused here; the server's refusal keeps its rows.
function usePlanImport(planId: string, onImported: () => void) {
  const t = useT();
  const { lang } = useLang();
  const { state } = useSession();
  const [file, setFile] = useState<File | null>(null);
  const [sheet, setSheet] = useState<Sheet>('progress');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [error, setError] = useState<Refusal | null>(null);
  const csv = file ? /\.csv$/i.test(file.name) : false;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setOutcome(null);
    setError(null);
    if (!file) return setError({ text: t('plans.import.pickFile'), problems: [] });
    if (!/\.(xlsx|csv)$/i.test(file.name)) return setError({ text: t('plans.import.wrongType'), problems: [] });
    if (state.status !== 'signed-in') return;
    setBusy(true);
    try {
      setOutcome(await sendFile<ImportOutcome>(paths.import(planId, csv ? 'csv' : 'xlsx', csv ? sheet : null, file.name), file, state.me.csrfToken));
      onImported();
    } catch (e) {
      setError({ text: errorMessage(e, lang, t), problems: e instanceof FileRejected ? e.problems : [] });
    } finally {
      setBusy(false);
    }
  }
  return { setFile, sheet, setSheet, csv, busy, outcome, error, submit };
}

export function ImportForm({ planId, onImported }: { planId: string; onImported: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const { setFile, sheet, setSheet, csv, busy, outcome, error, submit } = usePlanImport(planId, onImported);
  const n = (x: number) => formatNumber(x, lang, 0);
  return (
    <form className="form pl-import" onSubmit={submit} data-testid="import-form" noValidate>
      <div className="field">
        <label htmlFor="plan-import-file">{t('plans.import.file')}</label>
        <input id="plan-import-file" type="file" accept=".xlsx,.csv" data-testid="import-file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        <p className="muted pl-hint">{t('plans.import.hint')}</p>
      </div>
      {csv && (
        <div className="field">
          <label htmlFor="plan-import-sheet">{t('plans.import.sheet')}</label>
          <select id="plan-import-sheet" className="pl-select" value={sheet} onChange={(e) => setSheet(e.target.value as Sheet)}>
            <option value="progress">{t('plans.import.sheet.progress')}</option>
            <option value="actions">{t('plans.import.sheet.actions')}</option>
          </select>
        </div>
      )}
      <div>
        <button type="submit" className="button button--primary" disabled={busy} data-testid="import-submit">
          {busy ? t('plans.import.sending') : t('plans.import.submit')}
        </button>
      </div>
      {outcome && (
        <p className="pl-ok" role="status" data-testid="import-done">
          {t('plans.import.done', {
            actionsCreated: n(outcome.actions.created),
            actionsUpdated: n(outcome.actions.updated),
            reportsCreated: n(outcome.reports.created),
            reportsUpdated: n(outcome.reports.updated),
          })}
        </p>
      )}
      {error && <ImportRefusal error={error} />}
    </form>
  );
}

/** Why the file was refused, and every bad row with its sheet, row and column. */
function ImportRefusal({ error }: { error: Refusal }) {
  const t = useT();
  const { lang } = useLang();
  return (
    <div role="alert" data-testid="import-error">
      <p className="form__error">{error.text}</p>
      {error.problems.length > 0 && (
        <>
          <p className="muted">{t('plans.import.fixRows')}</p>
          <div className="table-scroll">
            <table className="table pl-problems" data-testid="import-problems">
              <thead>
                <tr>
                  <th scope="col">{t('plans.import.col.sheet')}</th>
                  <th scope="col">{t('plans.import.col.row')}</th>
                  <th scope="col">{t('plans.import.col.column')}</th>
                  <th scope="col">{t('plans.import.col.problem')}</th>
                </tr>
              </thead>
              <tbody>
                {error.problems.map((p, i) => (
                  <tr key={i}>
                    <td>{p.sheet}</td>
                    <td>{p.row === null ? '—' : formatNumber(p.row, lang, 0)}</td>
                    <td>{p.column ?? '—'}</td>
                    <td>{lang === 'vi' ? p.vi || p.en : p.en || p.vi}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
