// One move of a scenario being built or edited: the activity, the level it goes to (only levels that exist
// on the scenario's day and on the move's own day — no district after 30 June 2025 — less the one it is at
// now), its phase of the roadmap, the day it takes effect, the one-off investment it needs (million đồng),
// the rationale and its scores on the five criteria (−2 … +2). The phase and the day stay for the next move.
import { levelExists, type Level } from '../../../../src/core/devolution/model';
import { usePick, useT } from '../../shared/i18n/i18n';
import { CRITERIA, type Activities, type DevolutionSpace } from './api';
import { labelIn } from './ReviewPanel';

export type MoveDraft = { activity: string; to: string; rationale: string; phase: string; date: string; investment: string; scores: Record<string, number> };

type Props = {
  space: DevolutionSpace;
  activities: Activities['activities'];
  scenarioDate: string;
  draft: MoveDraft;
  onDraft: (draft: MoveDraft) => void;
  /** Whether the draft replaces a move already in the list (the button says so). */
  editing: boolean;
  onSubmit: () => void;
  onCancel: () => void;
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const exists = (level: string, day: string) => !DAY.test(day) || levelExists(level as Level, day);

export function MoveForm({ space, activities, scenarioDate, draft, onDraft, editing, onSubmit, onCancel }: Props) {
  const t = useT();
  const pick = usePick();
  const set = (patch: Partial<MoveDraft>) => onDraft({ ...draft, ...patch });
  const now = activities.find((a) => a.code === draft.activity)?.level;
  const levels = space.levels.filter((l) => l.key !== now && exists(l.key, scenarioDate) && exists(l.key, draft.date));
  return (
    <fieldset data-testid="devolution-move-form">
      <legend>{editing ? t('devolution.builder.editMove', { activity: draft.activity }) : t('devolution.builder.move')}</legend>
      <div className="field-row">
        <div className="field">
          <label htmlFor="dv-mv-activity">{t('devolution.builder.activity')}</label>
          <select id="dv-mv-activity" value={draft.activity} disabled={editing} onChange={(e) => set({ activity: e.target.value })}>
            <option value="">—</option>
            {activities.map((a) => <option key={a.code} value={a.code}>{a.code} {a.name} ({labelIn(space.levels, a.level, pick)})</option>)}
          </select>
        </div>
        <div className="field field--narrow">
          <label htmlFor="dv-mv-to">{t('devolution.builder.to')}</label>
          <select id="dv-mv-to" value={draft.to} onChange={(e) => set({ to: e.target.value })}>
            <option value="">—</option>
            {levels.map((l) => <option key={l.key} value={l.key}>{pick(l)}</option>)}
          </select>
        </div>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="dv-mv-phase">{t('devolution.builder.phase')}</label>
          <input id="dv-mv-phase" value={draft.phase} maxLength={100} placeholder={t('devolution.builder.phaseDefault')} onChange={(e) => set({ phase: e.target.value })} />
        </div>
        <div className="field field--narrow">
          <label htmlFor="dv-mv-date">{t('devolution.builder.moveDate')}</label>
          <input id="dv-mv-date" type="date" value={draft.date} onChange={(e) => set({ date: e.target.value })} />
        </div>
        <div className="field field--narrow">
          <label htmlFor="dv-mv-investment">{t('devolution.builder.investment')}</label>
          <input id="dv-mv-investment" inputMode="decimal" value={draft.investment} onChange={(e) => set({ investment: e.target.value })} />
        </div>
      </div>
      <div className="field">
        <label htmlFor="dv-mv-rationale">{t('devolution.builder.rationale')}</label>
        <input id="dv-mv-rationale" value={draft.rationale} maxLength={2000} onChange={(e) => set({ rationale: e.target.value })} />
      </div>
      <div className="field-row">
        {CRITERIA.map((c) => (
          <div className="field field--narrow" key={c}>
            <label htmlFor={`dv-mv-${c}`}>{t(`devolution.criterion.${c}`)}</label>
            <select id={`dv-mv-${c}`} value={draft.scores[c] ?? 0} onChange={(e) => set({ scores: { ...draft.scores, [c]: Number(e.target.value) } })}>
              {[-2, -1, 0, 1, 2].map((v) => <option key={v} value={v}>{v > 0 ? `+${v}` : v < 0 ? `−${-v}` : '0'}</option>)}
            </select>
          </div>
        ))}
      </div>
      <div className="form__actions">
        <button type="button" className="button" onClick={onSubmit}>{editing ? t('devolution.builder.update') : t('devolution.builder.add')}</button>
        {editing && <button type="button" className="button" onClick={onCancel}>{t('devolution.builder.cancelEdit')}</button>}
      </div>
    </fieldset>
  );
}
