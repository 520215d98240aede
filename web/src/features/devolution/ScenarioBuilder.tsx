// The facilitator's scenario builder: a new scenario, or one already saved picked to edit (rename, another
// day, its moves changed, or deleted after a confirmation). A name and the day the assignment is for, then
// moves (MoveForm: activity, level, phase, day, investment, rationale, scores), each listed with an edit and a
// remove button. Saving puts it in the comparison beside the current assignment, with its Word report; a
// refusal shows the server's sentence (a district after 30/06/2025 …). An edited scenario keeps its short code;
// renamed, it drops its English name (the page then shows the Vietnamese one) rather than keep a stale one.
import { useState, type FormEvent } from 'react';
import { api, errorMessage } from '../../shared/api/client';
import { formatDate, formatNumber } from '../../shared/format';
import { useLang, usePick, useT } from '../../shared/i18n/i18n';
import { paths, type Activities, type DevolutionSpace, type Scenario, type ScenarioBody } from './api';
import { amountText, parseAmount } from './amount';
import { MoveForm, type MoveDraft } from './MoveForm';
import { labelIn } from './ReviewPanel';
import { scenarioKey as keyOf } from './scenarioKey';

type Props = { spaceId: string; space: DevolutionSpace; activities: Activities['activities']; scenarios: Scenario[]; onSaved: () => void };
type Move = ScenarioBody['moves'][number];

const START = '2025-07-01';
const blank = (phase: string, date: string): MoveDraft => ({ activity: '', to: '', rationale: '', phase, date, investment: '', scores: {} });

export function ScenarioBuilder({ spaceId, space, activities, scenarios, onSaved }: Props) {
  const t = useT();
  const pick = usePick();
  const { lang } = useLang();
  const [editing, setEditing] = useState<Scenario | null>(null);
  const [name, setName] = useState('');
  const [date, setDate] = useState(START);
  const [moves, setMoves] = useState<Move[]>([]);
  const [draft, setDraft] = useState<MoveDraft>(blank('', START));
  const [moveIndex, setMoveIndex] = useState<number | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const activityName = (code: string) => { const a = activities.find((x) => x.code === code); return a ? `${a.code} ${a.name}` : code; };

  function load(scenario: Scenario | null) {
    setEditing(scenario);
    setName(scenario?.name.vi ?? '');
    setDate(scenario?.date ?? START);
    setMoves(scenario ? scenario.moves.map((m) => ({ ...m })) : []);
    setDraft(blank('', scenario?.date ?? START));
    setMoveIndex(null);
    setConfirming(false);
    setProblem(null);
  }
  function changeDate(day: string) {
    // the next move's day follows the scenario's day until it is set apart
    if (draft.date === date) setDraft({ ...draft, date: day });
    setDate(day);
  }
  function submitMove() {
    setProblem(null);
    if (!draft.activity || !draft.to) return setProblem(t('devolution.builder.needMove'));
    if (moves.some((m, i) => m.activity === draft.activity && i !== moveIndex)) return setProblem(t('devolution.builder.twice', { activity: draft.activity }));
    const investment = parseAmount(draft.investment, lang);
    if (investment === null) return setProblem(t('devolution.builder.badInvestment', { value: draft.investment }));
    const phase = draft.phase.trim().normalize('NFC') || t('devolution.builder.phaseDefault');
    const move: Move = { activity: draft.activity, to: draft.to, rationale: draft.rationale.trim().normalize('NFC'), phase, date: draft.date, investment, scores: draft.scores };
    setMoves(moveIndex === null ? [...moves, move] : moves.map((m, i) => (i === moveIndex ? move : m)));
    setMoveIndex(null);
    setDraft(blank(draft.phase, draft.date));
  }
  function editMove(i: number) {
    const m = moves[i];
    setMoveIndex(i);
    setDraft({ activity: m.activity, to: m.to, rationale: m.rationale ?? '', phase: m.phase, date: m.date, investment: m.investment ? amountText(m.investment, lang) : '', scores: { ...(m.scores ?? {}) } });
  }
  function removeMove(i: number) {
    setMoves(moves.filter((_, j) => j !== i));
    if (moveIndex !== null) { setMoveIndex(null); setDraft(blank(draft.phase, draft.date)); }
  }
  async function save(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    setDone(null);
    const vi = name.trim().normalize('NFC');
    if (!vi || !keyOf(vi)) return setProblem(t('devolution.builder.needName'));
    if (moves.length === 0) return setProblem(t('devolution.builder.needMoves'));
    const body: ScenarioBody = { key: editing?.key ?? keyOf(vi), name: { vi, en: editing && editing.name.vi === vi ? editing.name.en : null }, date, moves };
    try {
      const saved = editing
        ? await api<Scenario>(paths.scenario(spaceId, editing.id), { method: 'PUT', body })
        : await api<Scenario>(paths.scenarios(spaceId), { method: 'POST', body });
      setDone(t('devolution.builder.saved', { name: vi }));
      if (editing) setEditing(saved);
      else load(null);
      onSaved();
    } catch (e) {
      setProblem(errorMessage(e, lang, t));
    }
  }
  async function remove() {
    if (!editing) return;
    setProblem(null);
    try {
      await api(paths.scenario(spaceId, editing.id), { method: 'DELETE' });
      setDone(t('devolution.builder.deleted', { name: editing.name.vi }));
      load(null);
      onSaved();
    } catch (e) {
      setProblem(errorMessage(e, lang, t));
    }
  }
  return (
    <section className="panel" aria-labelledby="devolution-builder-heading" data-testid="devolution-builder">
      <h2 id="devolution-builder-heading">{t('devolution.builder.title')}</h2>
      <div className="field">
        <label htmlFor="dv-sc-pick">{t('devolution.builder.pick')}</label>
        <select id="dv-sc-pick" value={editing?.id ?? ''} onChange={(e) => { setDone(null); load(scenarios.find((s) => s.id === e.target.value) ?? null); }}>
          <option value="">{t('devolution.builder.new')}</option>
          {scenarios.map((s) => <option key={s.id} value={s.id}>{pick({ vi: s.name.vi, en: s.name.en ?? s.name.vi })}</option>)}
        </select>
      </div>
      <form className="form" onSubmit={save} noValidate>
        <div className="field-row">
          <div className="field">
            <label htmlFor="dv-sc-name">{t('devolution.builder.name')}</label>
            <input id="dv-sc-name" value={name} maxLength={300} onChange={(e) => setName(e.target.value)} />
          </div>
          <div className="field field--narrow">
            <label htmlFor="dv-sc-date">{t('devolution.builder.date')}</label>
            <input id="dv-sc-date" type="date" value={date} onChange={(e) => changeDate(e.target.value)} />
          </div>
        </div>
        <MoveForm space={space} activities={activities} scenarioDate={date} draft={draft} onDraft={setDraft} editing={moveIndex !== null} onSubmit={submitMove} onCancel={() => { setMoveIndex(null); setDraft(blank(draft.phase, draft.date)); }} />
        {moves.length > 0 && (
          <ol className="rows" data-testid="devolution-moves">
            {moves.map((m, i) => (
              <li key={m.activity} data-testid={`devolution-move-${m.activity}`}>
                {activityName(m.activity)} → {labelIn(space.levels, m.to, pick)} · {m.phase}, {formatDate(m.date)} · {t('devolution.builder.investmentShort', { amount: formatNumber(m.investment ?? 0, lang) })}
                {m.rationale && `: ${m.rationale}`}{' '}
                <button type="button" className="button" aria-label={t('devolution.builder.editLabel', { activity: m.activity })} onClick={() => editMove(i)}>{t('devolution.builder.edit')}</button>{' '}
                <button type="button" className="button" aria-label={t('devolution.builder.removeLabel', { activity: m.activity })} onClick={() => removeMove(i)}>{t('devolution.builder.remove')}</button>
              </li>
            ))}
          </ol>
        )}
        <div className="form__actions">
          <button type="submit" className="button button--primary">{editing ? t('devolution.builder.saveChanges') : t('devolution.builder.save')}</button>
          {editing && !confirming && <button type="button" className="button" onClick={() => setConfirming(true)}>{t('devolution.builder.delete')}</button>}
        </div>
        {editing && confirming && (
          <div className="confirm" role="group" aria-label={t('devolution.builder.delete')} data-testid="devolution-delete-confirm">
            <p className="note">{t('devolution.builder.deleteConfirm', { name: editing.name.vi })}</p>
            <div className="form__actions">
              <button type="button" className="button button--primary" onClick={remove}>{t('devolution.builder.deleteYes')}</button>
              <button type="button" className="button" onClick={() => setConfirming(false)}>{t('devolution.builder.deleteNo')}</button>
            </div>
          </div>
        )}
        {problem && <p className="form__error" role="alert">{problem}</p>}
        {done && !problem && <p role="status" data-testid="devolution-saved">{done}</p>}
      </form>
    </section>
  );
}
