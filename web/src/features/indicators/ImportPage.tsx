// /evidence/import (administrators): upload an official PCI workbook or a PAPI workbook/CSV, watch it go
// up, then read the server's report — each edition created, replaced or left unchanged — or, when the file
// was refused, every bad row with its sheet, row, column and problem. Nothing is stored from a bad file.
import { useRef, useState, type FormEvent } from 'react';
import { errorMessage } from '../../shared/api/client';
import { useApi } from '../../shared/api/useApi';
import { useSession } from '../accounts/session';
import { ErrorNote, Loading } from '../../shared/layout/Status';
import { formatDate } from '../../shared/format';
import { useLang, usePick, useT } from '../../shared/i18n/i18n';
import { paths, type Editions, type ImportProblem, type ImportReport, type StatisticsImportReport } from './api';
import { EvidenceNav } from './EvidenceNav';
import { ExportButtons } from './ExportButtons';
import { useNumbers } from './numbers';
import { isAdministrator } from './roles';
import type { DataTable } from './table';
import { HeldStatistics, StatisticsReportView, StatisticsTemplateLinks } from './StatisticsImport';
import { isStatisticsCsv, UploadRejected, uploadIndexFile } from './upload';

type Stage =
  | { step: 'idle' }
  | { step: 'sending'; share: number }
  | { step: 'done'; report: ImportReport }
  | { step: 'statistics'; report: StatisticsImportReport }
  | { step: 'failed'; error: unknown };

const ACCEPTED = /\.(xlsx|csv)$/i;

export function ImportPage() {
  const t = useT();
  const { state } = useSession();
  const me = state.status === 'signed-in' ? state.me : null;
  const head = (
    <>
      <header className="page-head">
        <h1>{t('evidence.import.title')}</h1>
        <p className="lead">{t('evidence.import.lead')}</p>
      </header>
      <EvidenceNav current="import" />
    </>
  );
  if (!me || !isAdministrator(me)) return <>{head}<p className="note" data-testid="import-not-allowed">{t('evidence.import.notAllowed')}</p></>;
  return (
    <>
      {head}
      <ImportForm csrfToken={me.csrfToken} />
    </>
  );
}

// The file chosen (an old .xls or another type is refused at once), the index and year if given, and
// the upload's stage: sending with its share, the server's report, or the refusal.
function useIndexImport(csrfToken: string | null) {
  const t = useT();
  const [file, setFile] = useState<File | null>(null);
  const [index, setIndex] = useState('');
  const [year, setYear] = useState('');
  const [stage, setStage] = useState<Stage>({ step: 'idle' });
  const [version, setVersion] = useState(0);
  const [refused, setRefused] = useState<string | null>(null);

  const choose = (chosen: File | null) => {
    setStage({ step: 'idle' });
    if (chosen && /\.xls$/i.test(chosen.name)) {
      setFile(null);
      setRefused(t('evidence.import.xls'));
    } else if (chosen && !ACCEPTED.test(chosen.name)) {
      setFile(null);
      setRefused(t('evidence.import.wrongType'));
    } else {
      setFile(chosen);
      setRefused(null);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setRefused(t('evidence.import.noFile'));
    setStage({ step: 'sending', share: 0 });
    const onProgress = (share: number) => setStage({ step: 'sending', share });
    try {
      const toStatistics = async () => {
        const report = await uploadIndexFile<StatisticsImportReport>({ file, csrfToken, onProgress, to: paths.statisticsImport }).done;
        setStage({ step: 'statistics', report });
      };
      // A statistics table goes to the statistics import; everything else to the index import, which
      // sends back an .xlsx statistics template with its own code.
      if (await isStatisticsCsv(file)) await toStatistics();
      else {
        try {
          const report = await uploadIndexFile({ file, csrfToken, index: index || undefined, year: year || undefined, onProgress }).done;
          setStage({ step: 'done', report });
        } catch (error) {
          if (!(error instanceof UploadRejected && error.code === 'indicators.statistics_file')) throw error;
          await toStatistics();
        }
      }
      setVersion((v) => v + 1);
    } catch (error) {
      setStage({ step: 'failed', error });
    }
  };
  return { index, setIndex, year, setYear, stage, version, refused, choose, submit };
}

function ImportForm({ csrfToken }: { csrfToken: string | null }) {
  const t = useT();
  const { lang } = useLang();
  const { index, setIndex, year, setYear, stage, version, refused, choose, submit } = useIndexImport(csrfToken);
  const held = useApi<Editions>(paths.editions, version);

  return (
    <>
      <section className="panel" aria-labelledby="ev-import-heading">
        <h2 id="ev-import-heading">{t('evidence.import.formTitle')}</h2>
        <form className="form ev-import" onSubmit={submit} noValidate>
          <FileField refused={refused} onChoose={choose} />
          <div className="field-row">
            <div className="field">
              <label htmlFor="ev-import-index">{t('evidence.import.index')}</label>
              <select id="ev-import-index" value={index} onChange={(e) => setIndex(e.target.value)}>
                <option value="">{t('evidence.import.indexAuto')}</option>
                <option value="PCI">PCI</option>
                <option value="PAPI">PAPI</option>
              </select>
            </div>
            <div className="field">
              <label htmlFor="ev-import-year">{t('evidence.import.year')}</label>
              <input id="ev-import-year" inputMode="numeric" pattern="\d{4}" maxLength={4} value={year} placeholder={t('evidence.import.yearAuto')} onChange={(e) => setYear(e.target.value.replace(/\D/g, ''))} />
            </div>
          </div>
          <SendButton stage={stage} />
        </form>
      </section>

      {stage.step === 'done' && <ImportReportView report={stage.report} />}
      {stage.step === 'statistics' && <StatisticsReportView report={stage.report} />}
      {stage.step === 'failed' && <ImportFailure error={stage.error} lang={lang} />}

      <section className="panel" aria-labelledby="ev-held-heading">
        <h2 id="ev-held-heading">{t('evidence.import.heldTitle')}</h2>
        {held.status === 'loading' && <Loading />}
        {held.status === 'error' && <ErrorNote error={held.error} onRetry={held.retry} />}
        {held.status === 'done' && <HeldEditions editions={held.data} />}
      </section>
      <StatisticsTemplateLinks />
      <HeldStatistics version={version} />
    </>
  );
}

function FileField({ refused, onChoose }: { refused: string | null; onChoose: (file: File | null) => void }) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="field">
      <label htmlFor="ev-import-file">{t('evidence.import.file')}</label>
      <input
        ref={input}
        id="ev-import-file"
        type="file"
        accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
        data-testid="import-file"
        aria-describedby="ev-import-hint"
        aria-invalid={refused ? true : undefined}
        onChange={(e) => onChoose(e.target.files?.[0] ?? null)}
      />
      <p id="ev-import-hint" className="muted rows__hint">
        {t('evidence.import.hint')}
      </p>
      {refused && (
        <p className="field__error" role="alert">
          {refused}
        </p>
      )}
    </div>
  );
}

/** The send button, and while the file goes up its share, then the server checking it. */
function SendButton({ stage }: { stage: Stage }) {
  const t = useT();
  const numbers = useNumbers();
  const sending = stage.step === 'sending';
  return (
    <>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={sending} data-testid="import-submit">
          {sending ? t('evidence.import.sending') : t('evidence.import.submit')}
        </button>
      </div>
      {stage.step === 'sending' && (
        <div className="ev-progress" data-testid="import-progress">
          <progress max={1} value={stage.share} aria-labelledby="ev-progress-label" />
          <p id="ev-progress-label" role="status">
            {stage.share < 1 ? t('evidence.import.uploading', { share: numbers.share(stage.share) }) : t('evidence.import.checking')}
          </p>
        </div>
      )}
    </>
  );
}

function ImportReportView({ report }: { report: ImportReport }) {
  const t = useT();
  const outcome = (e: ImportReport['editions'][number]) =>
    e.outcome === 'unchanged' ? t(e.reason === 'same-file' ? 'evidence.import.unchangedSameFile' : 'evidence.import.unchangedSameValues') : t(`evidence.import.${e.outcome}`);
  return (
    <section className="panel ev-report" aria-labelledby="ev-report-heading" data-testid="import-report" role="status">
      <h2 id="ev-report-heading">{t('evidence.import.reportTitle', { file: report.file })}</h2>
      <p>{report.changed ? t('evidence.import.changed', { index: report.index }) : t('evidence.import.nothingChanged')}</p>
      <div className="table-scroll">
        <table className="table ev-table">
          <thead>
            <tr>
              <th scope="col">{t('evidence.col.year')}</th>
              <th scope="col" className="num">{t('evidence.col.rows')}</th>
              <th scope="col">{t('evidence.col.outcome')}</th>
              <th scope="col">{t('evidence.col.previous')}</th>
              <th scope="col" className="num">{t('evidence.col.gaps')}</th>
            </tr>
          </thead>
          <tbody>
            {report.editions.map((e) => (
              <tr key={e.year} data-outcome={e.outcome}>
                <th scope="row">{report.index} {e.year}</th>
                <td className="num">{e.rows}</td>
                <td>
                  <span className={`ev-outcome ev-outcome--${e.outcome}`}>{outcome(e)}</span>
                </td>
                <td>{e.previous?.file ?? '—'}</td>
                <td className="num">{e.gaps.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted ev-footnote">SHA-256 {report.sha256}</p>
    </section>
  );
}

function ImportFailure({ error, lang }: { error: unknown; lang: 'vi' | 'en' }) {
  const t = useT();
  // Each problem comes in Vietnamese and English: the table and its download show the chosen language.
  const pick = usePick();
  const problems: ImportProblem[] = error instanceof UploadRejected ? error.problems : [];
  const file: DataTable = {
    name: 'import-problems',
    sheet: t('evidence.import.problemsTitle'),
    columns: [t('evidence.col.sheet'), t('evidence.col.row'), t('evidence.col.column'), t('evidence.col.problem')],
    rows: problems.map((p) => [p.sheet, p.row, p.column, pick(p)]),
  };
  return (
    <section className="panel ev-failure" aria-labelledby="ev-failure-heading" data-testid="import-failure">
      <h2 id="ev-failure-heading">{t('evidence.import.failedTitle')}</h2>
      <p className="form__error" role="alert">
        {errorMessage(error, lang, t)}
      </p>
      {problems.length > 0 && (
        <>
          <div className="panel__head ev-failure__head">
            <h3>{t('evidence.import.problemsTitle')}</h3>
            <ExportButtons table={file} what={t('evidence.import.problemsTitle')} testId="problems-export" />
          </div>
          <div className="table-scroll">
            <table className="table ev-table" data-testid="import-problems">
              <thead>
                <tr>
                  {file.columns.map((c) => (
                    <th scope="col" key={c}>
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {problems.map((p, i) => (
                  <tr key={i}>
                    <td>{p.sheet}</td>
                    <td className="num">{p.row ?? '—'}</td>
                    <td>{p.column ?? '—'}</td>
                    <td>{pick(p)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

function HeldEditions({ editions }: { editions: Editions }) {
  const t = useT();
  if (!editions.editions.length) return <p className="empty">{t('evidence.noEditions')}</p>;
  return (
    <div className="table-scroll">
      <table className="table ev-table" data-testid="held-editions">
        <thead>
          <tr>
            <th scope="col">{t('evidence.col.edition')}</th>
            <th scope="col" className="num">{t('evidence.col.rows')}</th>
            <th scope="col">{t('evidence.col.file')}</th>
            <th scope="col">{t('evidence.col.importedBy')}</th>
            <th scope="col">{t('evidence.col.importedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {editions.editions.map((e) => (
            <tr key={`${e.index}${e.year}`}>
              <th scope="row">
                {e.index} {e.year}
              </th>
              <td className="num">{e.rows}</td>
              <td>{e.source.file}</td>
              <td>{e.importedBy}</td>
              <td>{formatDate(e.source.importedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
