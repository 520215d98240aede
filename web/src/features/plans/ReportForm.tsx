// "Báo cáo tiến độ": the lead or a coordinating agency (or a facilitator) reports an action's progress
// for a period — percent, a short status note, the narrative, KPI values and evidence files. The
// server keeps one report per period: sending a period again replaces it.
import { useMemo, useState, type FormEvent } from 'react';
import { api, errorMessage } from '../../shared/api/client';
import { useSession } from '../accounts/session';
import { useLang, usePick, useT, type Lang } from '../../shared/i18n/i18n';
import { EVIDENCE_ACCEPT, EVIDENCE_MAX_BYTES, paths, sendFile, type PlanAction, type PlanView, type Report } from './api';
import { bytesText, inputText, parseNumber, percentText } from './numbers';
import { periodText, reportablePeriods, suggestedPeriod } from './periods';

type Props = { plan: PlanView; action: PlanAction; reports: Report[]; onSaved: () => void };

const kpiTexts = (action: PlanAction, r: Report | null | undefined, lang: Lang) =>
  Object.fromEntries(action.kpis.map((k) => [k.key, inputText(r?.kpiValues[k.key], lang)]));

// The report's fields, filled from the period's report when there is one: choosing another period
// loads what was sent for it.
function useReportFields({ plan, action, reports }: Props) {
  const { lang } = useLang();
  const periods = useMemo(() => reportablePeriods(plan.reportingPeriod, action.startsOn, action.dueOn, plan.today), [plan, action]);
  const byPeriod = useMemo(() => new Map(reports.map((r) => [r.period, r])), [reports]);
  const [period, setPeriod] = useState(() => suggestedPeriod(periods) ?? '');
  const existing = byPeriod.get(period) ?? null;
  const [percent, setPercent] = useState(() => inputText(existing?.percent, lang));
  const [note, setNote] = useState(existing?.statusNote ?? '');
  const [narrative, setNarrative] = useState(existing?.narrative ?? '');
  const [kpiText, setKpiText] = useState<Record<string, string>>(() => kpiTexts(action, existing, lang));
  function choosePeriod(next: string) {
    setPeriod(next);
    const r = byPeriod.get(next);
    setPercent(inputText(r?.percent, lang));
    setNote(r?.statusNote ?? '');
    setNarrative(r?.narrative ?? '');
    setKpiText(kpiTexts(action, r, lang));
  }
  return { periods, byPeriod, period, existing, choosePeriod, percent, setPercent, note, setNote, narrative, setNarrative, kpiText, setKpiText };
}

type Fields = ReturnType<typeof useReportFields>;

// Evidence files chosen: those over the limit are named and left out.
function useEvidenceFiles() {
  const t = useT();
  const { lang } = useLang();
  const [files, setFiles] = useState<File[]>([]);
  // A new key empties the file input once its files have gone up.
  const [fileInput, setFileInput] = useState(0);
  const [fileProblems, setFileProblems] = useState<string[]>([]);
  function chooseFiles(list: FileList | null) {
    const chosen = [...(list ?? [])];
    const tooBig = chosen.filter((f) => f.size > EVIDENCE_MAX_BYTES);
    setFileProblems(tooBig.map((f) => t('plans.report.fileTooBig', { name: f.name, size: bytesText(f.size, lang) })));
    setFiles(chosen.filter((f) => f.size <= EVIDENCE_MAX_BYTES));
  }
  function sent(failed: string[]) {
    setFileProblems(failed);
    setFiles([]);
    setFileInput((n) => n + 1);
  }
  return { files, fileInput, fileProblems, chooseFiles, sent };
}

// The KPI values typed, by key; blanks left out. The first one that is not a number is named instead.
function readKpis(kpis: PlanAction['kpis'], texts: Record<string, string>, lang: Lang): { values: Record<string, number> } | { bad: PlanAction['kpis'][number] } {
  const values: Record<string, number> = {};
  for (const k of kpis) {
    const text = texts[k.key] ?? '';
    if (!text.trim()) continue;
    const v = parseNumber(text, lang);
    if (v === null) return { bad: k };
    values[k.key] = v;
  }
  return { values };
}

// Sending: the report first, then each evidence file on its own, so one refused file loses nothing else.
function useSendReport({ action, onSaved }: Props, fields: Fields, evidence: ReturnType<typeof useEvidenceFiles>) {
  const t = useT();
  const pick = usePick();
  const { lang } = useLang();
  const { state } = useSession();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const { period, percent, note, narrative } = fields;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    setSaved(null);
    const value = parseNumber(percent, lang);
    if (value === null || value < 0 || value > 100) return setProblem(t('plans.report.badPercent'));
    const kpis = readKpis(action.kpis, fields.kpiText, lang);
    if ('bad' in kpis) return setProblem(t('plans.report.badKpi', { kpi: pick(kpis.bad.title) }));
    if (state.status !== 'signed-in') return;
    setBusy(true);
    try {
      const report = await api<Report>(paths.reports(action.id), { method: 'POST', body: { period, percent: value, statusNote: note.trim(), narrative: narrative.trim(), kpiValues: kpis.values } });
      const failed: string[] = [];
      for (const file of evidence.files) {
        try {
          await sendFile(paths.evidenceUpload(report.id, file.name), file, state.me.csrfToken);
        } catch (e) {
          failed.push(`${file.name}: ${errorMessage(e, lang, t)}`);
        }
      }
      evidence.sent(failed);
      setSaved(t('plans.report.saved', { period: periodText(period), percent: percentText(value, lang) }));
      onSaved();
    } catch (e) {
      setProblem(errorMessage(e, lang, t));
    } finally {
      setBusy(false);
    }
  }
  return { busy, problem, saved, submit };
}

export function ReportForm(props: Props) {
  const { action } = props;
  const t = useT();
  const pick = usePick();
  const fields = useReportFields(props);
  const evidence = useEvidenceFiles();
  const { busy, problem, saved, submit } = useSendReport(props, fields, evidence);
  const { period, existing, note, setNote, narrative, setNarrative, kpiText, setKpiText } = fields;

  if (!fields.periods.length) return <p className="muted">{t('plans.report.notYet')}</p>;
  return (
    <form className="form pl-report-form" onSubmit={submit} noValidate data-testid="report-form">
      <PeriodAndPercent action={action} fields={fields} />
      {existing && <p className="note" data-testid="report-replaces">{t('plans.report.replaces', { period: periodText(period) })}</p>}
      <div className="field">
        <label htmlFor="report-note">{t('plans.report.note')}</label>
        <input id="report-note" maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} data-testid="report-note" />
      </div>
      <div className="field">
        <label htmlFor="report-narrative">{t('plans.report.narrative')}</label>
        <textarea id="report-narrative" className="pl-textarea" rows={4} maxLength={10000} value={narrative} onChange={(e) => setNarrative(e.target.value)} data-testid="report-narrative" />
      </div>
      {action.kpis.map((k) => (
        <div className="field" key={k.key}>
          <label htmlFor={`report-kpi-${k.key}`}>{t('plans.report.kpi', { kpi: pick(k.title), unit: k.unit })}</label>
          <input id={`report-kpi-${k.key}`} inputMode="decimal" autoComplete="off" value={kpiText[k.key] ?? ''} onChange={(e) => setKpiText({ ...kpiText, [k.key]: e.target.value })} data-testid={`report-kpi-${k.key}`} />
        </div>
      ))}
      <div className="field">
        <label htmlFor="report-files">{t('plans.report.files')}</label>
        <input key={evidence.fileInput} id="report-files" type="file" multiple accept={EVIDENCE_ACCEPT} onChange={(e) => evidence.chooseFiles(e.target.files)} data-testid="report-files" />
        <p className="muted pl-hint">{t('plans.report.filesHint')}</p>
      </div>
      <div>
        <button type="submit" className="button button--primary" disabled={busy} data-testid="report-submit">
          {busy ? t('plans.report.sending') : t('plans.report.submit')}
        </button>
      </div>
      <ReportOutcome problem={problem} saved={saved} fileProblems={evidence.fileProblems} />
    </form>
  );
}

function PeriodAndPercent({ action, fields: { periods, byPeriod, period, choosePeriod, percent, setPercent } }: { action: PlanAction; fields: Fields }) {
  const t = useT();
  const { lang } = useLang();
  return (
    <div className="pl-form-row">
      <div className="field">
        <label htmlFor="report-period">{t('plans.report.period')}</label>
        <select id="report-period" className="pl-select" value={period} onChange={(e) => choosePeriod(e.target.value)} data-testid="report-period">
          {[...periods].reverse().map((p) => (
            <option key={p} value={p}>
              {periodText(p)}
              {byPeriod.has(p) ? ` — ${t('plans.report.hasReport')}` : ''}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="report-percent">{t('plans.report.percent')}</label>
        <input id="report-percent" inputMode="decimal" autoComplete="off" value={percent} onChange={(e) => setPercent(e.target.value)} data-testid="report-percent-input" aria-describedby="report-percent-hint" />
        <p id="report-percent-hint" className="muted pl-hint">
          {t('plans.report.percentHint', { last: action.lastPeriod ? percentText(action.progress, lang) : '—' })}
        </p>
      </div>
    </div>
  );
}

function ReportOutcome({ problem, saved, fileProblems }: { problem: string | null; saved: string | null; fileProblems: string[] }) {
  return (
    <>
      {problem && (
        <p className="form__error" role="alert" data-testid="report-error">
          {problem}
        </p>
      )}
      {saved && (
        <p className="pl-ok" role="status" data-testid="report-saved">
          {saved}
        </p>
      )}
      {fileProblems.length > 0 && (
        <ul className="form__error pl-file-errors" role="alert" data-testid="report-file-errors">
          {fileProblems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
    </>
  );
}
