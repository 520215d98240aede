// The criteria as the facilitator edits them: each with its kind, the consultation group it counts
// (stakeholder support) or which way is better (her own criteria), a way to rename or change it and to
// remove it (never below three); and a form to add one. A computed criterion is saved at once; one of
// her own waits in the values grid (`pending`) until its values are typed and saved there.
import { useEffect, useState, type FormEvent } from 'react';
import { api, errorMessage } from '../../shared/api/client';
import type { ConsultationDetail, Keyed } from '../consultations/api';
import { useLang, usePick, useT } from '../../shared/i18n/i18n';
import { paths, type Criterion, type CriterionKind, type Direction, type Exercise, type Source } from './api';
import { keyFor } from './ScenarioEditor';
import './priorities-forms.css';

export const MIN_CRITERIA = 3;
export const MAX_CRITERIA = 10;

/** The groups of the linked consultation; null while asking, [] when none is linked. */
function useGroups(consultationId: string | null): Keyed[] | null {
  const [groups, setGroups] = useState<Keyed[] | null>(null);
  useEffect(() => {
    let live = true;
    setGroups(consultationId ? null : []);
    if (consultationId) {
      api<ConsultationDetail>(`/api/consultations/${encodeURIComponent(consultationId)}`).then(
        (c) => live && setGroups(c.groups),
        () => live && setGroups([]),
      );
    }
    return () => {
      live = false;
    };
  }, [consultationId]);
  return groups;
}

type Props = {
  exercise: Exercise;
  sources: Source[];
  pending: Criterion[];
  onPending: (next: Criterion[]) => void;
  onSaved: (next: Exercise) => void;
};

type SaveState = { kind: 'idle' | 'saving' } | { kind: 'failed'; error: unknown };

// Keyboard users keep their place: back on the row's "Sửa" after editing, on the add form after removing.
function useFocusAfter(exercise: Exercise, pending: Criterion[]) {
  const [focusTo, setFocusTo] = useState<string | null>(null);
  useEffect(() => {
    if (focusTo === null) return;
    const target = focusTo === '' ? document.getElementById('pr-ca-vi') : document.querySelector<HTMLElement>(`[data-key="${CSS.escape(focusTo)}"] [data-testid="criterion-edit"]`);
    target?.focus();
    setFocusTo(null);
  }, [focusTo, exercise, pending]);
  return setFocusTo;
}

// Every change sends the whole list of criteria; the exercise that comes back is handed on.
function useSaveCriteria(exercise: Exercise, onSaved: (next: Exercise) => void, setEditing: (key: string | null) => void) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const save = async (criteria: Criterion[]) => {
    setState({ kind: 'saving' });
    try {
      const next = await api<Exercise>(paths.criteria(exercise.id), { method: 'PUT', body: { criteria } });
      setState({ kind: 'idle' });
      setEditing(null);
      onSaved(next);
      return true;
    } catch (error) {
      setState({ kind: 'failed', error });
      return false;
    }
  };
  return { state, setState, save };
}

// What the editor changes: which row is being edited, and saving a row, a removal or an addition.
function useCriteriaChanges({ exercise, pending, onPending, onSaved }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  const { state, setState, save } = useSaveCriteria(exercise, onSaved, setEditing);
  const setFocusTo = useFocusAfter(exercise, pending);
  const startEditing = (key: string) => {
    setEditing(key);
    setState({ kind: 'idle' });
  };
  const stopEditing = (key: string) => {
    setEditing(null);
    setFocusTo(key);
  };
  const saveRow = async (key: string, changed: Criterion) => {
    if (await save(exercise.criteria.map((x) => (x.key === key ? changed : x)))) stopEditing(key);
  };
  const remove = async (key: string, waiting: boolean) => {
    if (waiting) onPending(pending.filter((p) => p.key !== key));
    else if (!(await save(exercise.criteria.filter((x) => x.key !== key)))) return;
    setFocusTo('');
  };
  // One of her own waits in the values grid; a computed one is saved at once.
  const add = async (criterion: Criterion) => {
    if (criterion.kind !== 'custom') return save([...exercise.criteria, criterion]);
    onPending([...pending, criterion]);
    return true;
  };
  return { editing, startEditing, stopEditing, state, saveRow, remove, add };
}

export function CriteriaEditor(props: Props) {
  const { exercise, sources, pending } = props;
  const t = useT();
  const { lang } = useLang();
  const edit = exercise.permissions.edit;
  const groups = useGroups(exercise.consultationId);
  const { editing, startEditing, stopEditing, state, saveRow, remove, add } = useCriteriaChanges(props);

  const saved = exercise.criteria.length;
  const busy = state.kind === 'saving';
  const all = [...exercise.criteria.map((c) => ({ c, pending: false })), ...pending.map((c) => ({ c, pending: true }))];

  return (
    <>
      <ul className="pr-crit-list" data-testid="criteria-table" aria-label={t('priorities.criteria.caption')}>
        {all.map(({ c, pending: waiting }) => (
          <li key={c.key} data-key={c.key} data-testid="criterion" className="pr-crit-item">
            <CriterionBody criterion={c} waiting={waiting} sources={sources} groups={groups} />
            {edit && editing === c.key && !waiting && (
              <RowForm
                criterion={c}
                groups={groups}
                busy={busy}
                onCancel={() => stopEditing(c.key)}
                onSave={(changed) => saveRow(c.key, changed)}
              />
            )}
            {edit && editing !== c.key && (
              <CriterionActions
                criterion={c}
                waiting={waiting}
                removable={!busy && (waiting || saved > MIN_CRITERIA)}
                onEdit={() => startEditing(c.key)}
                onRemove={() => remove(c.key, waiting)}
              />
            )}
          </li>
        ))}
      </ul>
      {edit && saved <= MIN_CRITERIA && <p className="muted pr-hint" data-testid="criteria-min">{t('priorities.crit.atMin', { n: MIN_CRITERIA })}</p>}
      {state.kind === 'failed' && <p className="form__error" role="alert" data-testid="criteria-error">{errorMessage(state.error, lang, t)}</p>}
      {edit && (
        <AddForm
          exercise={exercise}
          groups={groups}
          taken={all.map((x) => x.c.key)}
          waiting={pending.map((c) => c.key)}
          full={all.length >= MAX_CRITERIA}
          busy={busy}
          onAdd={add}
        />
      )}
    </>
  );
}

/** A criterion as read: its name, kind, group or direction, whether it waits for values, where its figures come from. */
function CriterionBody({ criterion: c, waiting, sources, groups }: { criterion: Criterion; waiting: boolean; sources: Source[]; groups: Keyed[] | null }) {
  const t = useT();
  const pick = usePick();
  const source = sources.find((s) => s.criterion === c.key);
  const groupName = (key: string | null | undefined) => {
    if (!key) return t('priorities.crit.allGroups');
    const g = groups?.find((x) => x.key === key);
    return g ? pick(g.title) : key;
  };
  return (
    <div className="pr-crit-body">
      <h3>{pick(c.title)}</h3>
      <span className="tag">{t(`priorities.kind.${c.kind}`)}</span>
      {c.kind === 'stakeholder-support' && <span className="tag" data-testid="criterion-group">{groupName(c.group)}</span>}
      <span className="tag">{t(`priorities.direction.${c.direction}`)}</span>
      {waiting && <span className="tag pr-tag-new">{t('priorities.crit.pending')}</span>}
      {source && c.kind !== 'custom' && <p className="muted">{pick(source.description)}</p>}
    </div>
  );
}

type ActionsProps = { criterion: Criterion; waiting: boolean; removable: boolean; onEdit: () => void; onRemove: () => void };

function CriterionActions({ criterion, waiting, removable, onEdit, onRemove }: ActionsProps) {
  const t = useT();
  const pick = usePick();
  const name = pick(criterion.title);
  return (
    <div className="pr-crit-actions">
      {!waiting && (
        <button type="button" className="button button--secondary" onClick={onEdit} aria-label={t('priorities.crit.editNamed', { name })} data-testid="criterion-edit">
          {t('priorities.crit.edit')}
        </button>
      )}
      <button
        type="button"
        className="button button--secondary"
        disabled={!removable}
        onClick={onRemove}
        aria-label={t('priorities.crit.removeNamed', { name })}
        data-testid="criterion-remove"
      >
        {t('priorities.crit.remove')}
      </button>
    </div>
  );
}

function RowForm({ criterion, groups, busy, onCancel, onSave }: { criterion: Criterion; groups: Keyed[] | null; busy: boolean; onCancel: () => void; onSave: (c: Criterion) => void }) {
  const t = useT();
  const [vi, setVi] = useState(criterion.title.vi);
  const [en, setEn] = useState(criterion.title.en === criterion.title.vi ? '' : criterion.title.en);
  const [group, setGroup] = useState(criterion.group ?? '');
  const [direction, setDirection] = useState<Direction>(criterion.direction);
  const [problem, setProblem] = useState(false);
  const id = `pr-ce-${criterion.key}`;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!vi.trim()) return setProblem(true);
    onSave({
      ...criterion,
      title: { vi: vi.trim(), en: en.trim() || vi.trim() },
      ...(criterion.kind === 'stakeholder-support' ? { group: group || null } : {}),
      ...(criterion.kind === 'custom' ? { direction } : {}),
    });
  };
  return (
    <form className="form pr-addform pr-rowform" onSubmit={onSubmit} noValidate data-testid="criterion-form">
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-vi`}>{t('priorities.crit.titleVi')}</label>
          <input id={`${id}-vi`} value={vi} autoFocus onChange={(e) => { setVi(e.target.value); setProblem(false); }} aria-invalid={problem} />
          {problem && <p className="field__error">{t('priorities.crit.needTitle')}</p>}
        </div>
        <div className="field">
          <label htmlFor={`${id}-en`}>{t('priorities.crit.titleEn')}</label>
          <input id={`${id}-en`} value={en} onChange={(e) => setEn(e.target.value)} lang="en" />
        </div>
      </div>
      {criterion.kind === 'stakeholder-support' && <GroupField id={`${id}-group`} groups={groups} value={group} onChange={setGroup} />}
      {criterion.kind === 'custom' && <DirectionField id={`${id}-dir`} value={direction} onChange={setDirection} />}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>{busy ? t('priorities.saving') : t('priorities.crit.saveRow')}</button>
        <button type="button" className="button button--secondary" onClick={onCancel}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}

function GroupField({ id, groups, value, onChange, testId }: { id: string; groups: Keyed[] | null; value: string; onChange: (v: string) => void; testId?: string }) {
  const t = useT();
  const pick = usePick();
  return (
    <div className="field">
      <label htmlFor={id}>{t('priorities.crit.group')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        <option value="">{t('priorities.crit.allGroups')}</option>
        {(groups ?? []).map((g) => (
          <option key={g.key} value={g.key}>{pick(g.title)}</option>
        ))}
      </select>
    </div>
  );
}

function DirectionField({ id, value, onChange, testId }: { id: string; value: Direction; onChange: (v: Direction) => void; testId?: string }) {
  const t = useT();
  return (
    <div className="field">
      <label htmlFor={id}>{t('priorities.crit.direction')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as Direction)} data-testid={testId}>
        <option value="benefit">{t('priorities.direction.benefit')}</option>
        <option value="cost">{t('priorities.direction.cost')}</option>
      </select>
    </div>
  );
}

type AddProps = { exercise: Exercise; groups: Keyed[] | null; taken: string[]; waiting: string[]; full: boolean; busy: boolean; onAdd: (c: Criterion) => Promise<boolean> };

// The new criterion's fields; adding it clears the titles and leaves a note that lasts while it waits
// for values (her own) or until it is removed.
function useNewCriterion({ taken, waiting, onAdd }: AddProps) {
  const t = useT();
  const [vi, setVi] = useState('');
  const [en, setEn] = useState('');
  const [kind, setKind] = useState<CriterionKind>('custom');
  const [group, setGroup] = useState('');
  const [direction, setDirection] = useState<Direction>('benefit');
  const [problem, setProblem] = useState(false);
  const [note, setNote] = useState<{ key: string; text: string; waits: boolean } | null>(null);
  const noted = note && (note.waits ? waiting.includes(note.key) : taken.includes(note.key)) ? note.text : null;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setNote(null);
    if (!vi.trim()) return setProblem(true);
    const title = { vi: vi.trim(), en: en.trim() || vi.trim() };
    const key = keyFor(vi, taken);
    const criterion: Criterion =
      kind === 'custom'
        ? { key, title, kind, direction }
        : kind === 'stakeholder-support'
          ? { key, title, kind, direction: 'benefit', group: group || null }
          : { key, title, kind, direction: 'benefit' };
    if (await onAdd(criterion)) {
      setVi('');
      setEn('');
      const waits = kind === 'custom';
      setNote({ key, waits, text: waits ? t('priorities.crit.typeValues', { name: title.vi }) : t('priorities.crit.added', { name: title.vi }) });
    }
  };
  const typeVi = (text: string) => {
    setVi(text);
    setProblem(false);
    setNote(null);
  };
  return { vi, typeVi, en, setEn, kind, setKind, group, setGroup, direction, setDirection, problem, noted, onSubmit };
}

function AddForm(props: AddProps) {
  const { exercise, groups, full, busy } = props;
  const t = useT();
  const { vi, typeVi, en, setEn, kind, setKind, group, setGroup, direction, setDirection, problem, noted, onSubmit } = useNewCriterion(props);

  if (full) return <p className="muted pr-hint" data-testid="criteria-full">{t('priorities.crit.atMax', { n: MAX_CRITERIA })}</p>;
  return (
    <form className="form pr-addform pr-crit-add" onSubmit={onSubmit} noValidate data-testid="criterion-add">
      <h3>{t('priorities.crit.add')}</h3>
      <p className="muted pr-hint">{t('priorities.crit.addHint')}</p>
      <div className="field-row">
        <div className="field">
          <label htmlFor="pr-ca-vi">{t('priorities.crit.titleVi')}</label>
          <input id="pr-ca-vi" value={vi} onChange={(e) => typeVi(e.target.value)} aria-invalid={problem} data-testid="criterion-add-vi" />
          {problem && <p className="field__error">{t('priorities.crit.needTitle')}</p>}
        </div>
        <div className="field">
          <label htmlFor="pr-ca-en">{t('priorities.crit.titleEn')}</label>
          <input id="pr-ca-en" value={en} onChange={(e) => setEn(e.target.value)} lang="en" />
        </div>
      </div>
      <div className="field-row">
        <KindField kind={kind} onChange={setKind} linked={exercise.consultationId !== null} />
        {kind === 'stakeholder-support' && <GroupField id="pr-ca-group" groups={groups} value={group} onChange={setGroup} testId="criterion-add-group" />}
        {kind === 'custom' && <DirectionField id="pr-ca-dir" value={direction} onChange={setDirection} testId="criterion-add-direction" />}
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy} data-testid="criterion-add-submit">
          {busy ? t('priorities.saving') : t('priorities.crit.addSubmit')}
        </button>
        {noted && <span className="pr-ok" role="status" data-testid="criterion-add-note">{noted}</span>}
      </div>
    </form>
  );
}

/** The kind of a new criterion; stakeholder support only when the exercise has a consultation. */
function KindField({ kind, onChange, linked }: { kind: CriterionKind; onChange: (kind: CriterionKind) => void; linked: boolean }) {
  const t = useT();
  return (
    <div className="field">
      <label htmlFor="pr-ca-kind">{t('priorities.crit.kind')}</label>
      <select id="pr-ca-kind" value={kind} onChange={(e) => onChange(e.target.value as CriterionKind)} data-testid="criterion-add-kind">
        <option value="custom">{t('priorities.kind.custom')}</option>
        <option value="stakeholder-support" disabled={!linked}>{t('priorities.kind.stakeholder-support')}</option>
        <option value="evidence-gap">{t('priorities.kind.evidence-gap')}</option>
      </select>
      {!linked && <p className="muted pr-hint">{t('priorities.crit.noConsultation')}</p>}
    </div>
  );
}
