// The facilitator's scenario builder: a name and the day the assignment is for, then moves — an activity, the
// level it goes to (only levels that exist on that day: no district after 30 June 2025), a rationale, a phase
// and, optionally, its scores on the five criteria. Saving it puts it in the comparison beside the current
// assignment, with its Word report.
import { useState, type FormEvent } from 'react';
import { levelExists, type Level } from '../../../../src/core/devolution/model';
import { api, errorMessage } from '../../shared/api/client';
import { useLang, usePick, useT } from '../../shared/i18n/i18n';
import { CRITERIA, paths, type Activities, type DevolutionSpace, type ScenarioBody } from './api';
import { labelIn } from './ReviewPanel';
import { scenarioKey as keyOf } from './scenarioKey';

type Props = { spaceId: string; space: DevolutionSpace; activities: Activities['activities']; onSaved: () => void };
type MoveDraft = { activity: string; to: string; rationale: string; scores: Record<string, number> };

export function ScenarioBuilder({ spaceId, space, activities, onSaved }: Props) {
  const t = useT();
  const pick = usePick();
  const { lang } = useLang();
  const [name, setName] = useState('');
  const [date, setDate] = useState('2025-07-01');
  const [phase, setPhase] = useState('');
  const [moves, setMoves] = useState<MoveDraft[]>([]);
  const [draft, setDraft] = useState<MoveDraft>({ activity: '', to: '', rationale: '', scores: {} });
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  // the levels that exist on the scenario's day, less the one the chosen activity is at now
  const now = activities.find((a) => a.code === draft.activity)?.level;
  const levels = space.levels.filter((l) => l.key !== now && (!/^\d{4}-\d{2}-\d{2}$/.test(date) || levelExists(l.key as Level, date)));
  const activityName = (code: string) => { const a = activities.find((x) => x.code === code); return a ? `${a.code} ${a.name}` : code; };

  function addMove() {
    setProblem(null);
    if (!draft.activity || !draft.to) return setProblem(t('devolution.builder.needMove'));
    if (moves.some((m) => m.activity === draft.activity)) return setProblem(t('devolution.builder.twice', { activity: draft.activity }));
    setMoves([...moves, { ...draft, rationale: draft.rationale.trim().normalize('NFC') }]);
    setDraft({ activity: '', to: '', rationale: '', scores: {} });
  }
  async function save(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    const vi = name.trim().normalize('NFC');
    if (!vi || !keyOf(vi)) return setProblem(t('devolution.builder.needName'));
    if (moves.length === 0) return setProblem(t('devolution.builder.needMoves'));
    const stage = phase.trim().normalize('NFC') || t('devolution.builder.phaseDefault');
    const body: ScenarioBody = { key: keyOf(vi), name: { vi, en: null }, date, moves: moves.map((m) => ({ activity: m.activity, to: m.to, rationale: m.rationale, phase: stage, date, investment: 0, scores: m.scores })) };
    try {
      await api(paths.scenarios(spaceId), { method: 'POST', body });
      setSaved(vi);
      setName('');
      setMoves([]);
      onSaved();
    } catch (e) {
      setProblem(errorMessage(e, lang, t));
    }
  }
  return (
    <section className="panel" aria-labelledby="devolution-builder-heading" data-testid="devolution-builder">
      <h2 id="devolution-builder-heading">{t('devolution.builder.title')}</h2>
      <form className="form" onSubmit={save} noValidate>
        <div className="field-row">
          <div className="field">
            <label htmlFor="dv-sc-name">{t('devolution.builder.name')}</label>
            <input id="dv-sc-name" value={name} maxLength={300} onChange={(e) => setName(e.target.value)} />
          </div>
          <div className="field field--narrow">
            <label htmlFor="dv-sc-date">{t('devolution.builder.date')}</label>
            <input id="dv-sc-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="dv-sc-phase">{t('devolution.builder.phase')}</label>
            <input id="dv-sc-phase" value={phase} maxLength={100} placeholder={t('devolution.builder.phaseDefault')} onChange={(e) => setPhase(e.target.value)} />
          </div>
        </div>
        <fieldset>
          <legend>{t('devolution.builder.move')}</legend>
          <div className="field-row">
            <div className="field">
              <label htmlFor="dv-mv-activity">{t('devolution.builder.activity')}</label>
              <select id="dv-mv-activity" value={draft.activity} onChange={(e) => setDraft({ ...draft, activity: e.target.value })}>
                <option value="">—</option>
                {activities.map((a) => <option key={a.code} value={a.code}>{a.code} {a.name} ({labelIn(space.levels, a.level, pick)})</option>)}
              </select>
            </div>
            <div className="field field--narrow">
              <label htmlFor="dv-mv-to">{t('devolution.builder.to')}</label>
              <select id="dv-mv-to" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })}>
                <option value="">—</option>
                {levels.map((l) => <option key={l.key} value={l.key}>{pick(l)}</option>)}
              </select>
            </div>
          </div>
          <div className="field">
            <label htmlFor="dv-mv-rationale">{t('devolution.builder.rationale')}</label>
            <input id="dv-mv-rationale" value={draft.rationale} maxLength={2000} onChange={(e) => setDraft({ ...draft, rationale: e.target.value })} />
          </div>
          <div className="field-row">
            {CRITERIA.map((c) => (
              <div className="field field--narrow" key={c}>
                <label htmlFor={`dv-mv-${c}`}>{t(`devolution.criterion.${c}`)}</label>
                <select id={`dv-mv-${c}`} value={draft.scores[c] ?? 0} onChange={(e) => setDraft({ ...draft, scores: { ...draft.scores, [c]: Number(e.target.value) } })}>
                  {[-2, -1, 0, 1, 2].map((v) => <option key={v} value={v}>{v > 0 ? `+${v}` : v < 0 ? `−${-v}` : '0'}</option>)}
                </select>
              </div>
            ))}
          </div>
          <div className="form__actions">
            <button type="button" className="button" onClick={addMove}>{t('devolution.builder.add')}</button>
          </div>
        </fieldset>
        {moves.length > 0 && (
          <ol className="rows" data-testid="devolution-moves">
            {moves.map((m) => (
              <li key={m.activity}>
                {activityName(m.activity)} → {labelIn(space.levels, m.to, pick)}{m.rationale && `: ${m.rationale}`}{' '}
                <button type="button" className="button" onClick={() => setMoves(moves.filter((x) => x !== m))}>{t('devolution.builder.remove')}</button>
              </li>
            ))}
          </ol>
        )}
        <div className="form__actions">
          <button type="submit" className="button button--primary">{t('devolution.builder.save')}</button>
        </div>
        {problem && <p className="form__error" role="alert">{problem}</p>}
        {saved && !problem && <p role="status" data-testid="devolution-saved">{t('devolution.builder.saved', { name: saved })}</p>}
      </form>
    </section>
  );
}
