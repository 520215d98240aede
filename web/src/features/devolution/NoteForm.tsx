// A comment on a unit's functions, or a proposal to move one of its activities to another level.
import { useState, type FormEvent } from 'react';
import { api, errorMessage } from '../../shared/api/client';
import { useLang, usePick, useT } from '../../shared/i18n/i18n';
import { paths, type Activities, type DevolutionSpace, type NoteBody } from './api';

type Props = { spaceId: string; space: DevolutionSpace; unit: string; activities: Activities['activities']; onAdded: () => void };
const fresh = { kind: 'comment' as NoteBody['kind'], activity: '', level: '', text: '' };

export function NoteForm({ spaceId, space, unit, activities, onAdded }: Props) {
  const t = useT();
  const pick = usePick();
  const { lang } = useLang();
  const [f, setF] = useState(fresh);
  const [problem, setProblem] = useState<string | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    if (!f.text.trim()) return setProblem(t('devolution.note.needText'));
    const proposal = f.kind === 'proposal';
    const body: NoteBody = {
      kind: f.kind,
      activityCode: f.activity || null,
      proposedLevel: proposal && f.level ? (f.level as NoteBody['proposedLevel']) : null,
      text: f.text.trim().normalize('NFC'),
    };
    try {
      await api(paths.notes(spaceId, unit), { method: 'POST', body });
      setF(fresh);
      onAdded();
    } catch (e) {
      setProblem(errorMessage(e, lang, t));
    }
  }
  return (
    <form className="form" onSubmit={submit} noValidate data-testid="devolution-note-form">
      <div className="field-row">
        <div className="field">
          <label htmlFor="dv-note-kind">{t('devolution.note.kind')}</label>
          <select id="dv-note-kind" value={f.kind} onChange={(e) => setF({ ...f, kind: e.target.value as NoteBody['kind'] })}>
            <option value="comment">{t('devolution.note.comment')}</option>
            <option value="proposal">{t('devolution.note.proposal')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="dv-note-activity">{t('devolution.note.activity')}</label>
          <select id="dv-note-activity" value={f.activity} onChange={(e) => setF({ ...f, activity: e.target.value })}>
            <option value="">{t('devolution.note.wholeUnit')}</option>
            {activities.map((a) => <option key={a.code} value={a.code}>{a.code} {a.name}</option>)}
          </select>
        </div>
        {f.kind === 'proposal' && (
          <div className="field">
            <label htmlFor="dv-note-level">{t('devolution.note.level')}</label>
            <select id="dv-note-level" value={f.level} onChange={(e) => setF({ ...f, level: e.target.value })}>
              <option value="">—</option>
              {space.levels.map((l) => <option key={l.key} value={l.key}>{pick(l)}</option>)}
            </select>
          </div>
        )}
      </div>
      <div className="field">
        <label htmlFor="dv-note-text">{t('devolution.note.text')}</label>
        <textarea id="dv-note-text" rows={3} maxLength={4000} value={f.text} onChange={(e) => setF({ ...f, text: e.target.value })} />
      </div>
      <div className="form__actions">
        <button type="submit" className="button">{t('devolution.note.submit')}</button>
      </div>
      {problem && <p className="form__error" role="alert">{problem}</p>}
    </form>
  );
}
