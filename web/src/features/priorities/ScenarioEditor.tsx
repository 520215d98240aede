// The scenarios of an exercise: each a method and a set of weights — the officials' AHP weights, or
// weights set directly (any non-negative numbers; they are scaled to add up to 100 %). The facilitator
// adds a scenario to see whether the order holds under other priorities, or removes one.
import { useState, type FormEvent } from 'react';
import { api, errorMessage } from '../../shared/api/client';
import { useLang, usePick, useT } from '../../shared/i18n/i18n';
import { paths, type Exercise, type Method, type Scenario } from './api';
import { percentText, formatValue, parseNumber } from './numbers';
import './priorities-forms.css';

const MAX_SCENARIOS = 6;

// A key for the new scenario from its title: Vietnamese letters without their marks, đ as d.
export function keyFor(title: string, taken: readonly string[]): string {
  const base =
    title
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 32) || 'kich-ban';
  let key = base;
  for (let n = 2; taken.includes(key); n++) key = `${base}-${n}`;
  return key;
}

type SaveState = { kind: 'idle' | 'saving' } | { kind: 'failed'; error: unknown };
type Save = (scenarios: Scenario[], added: string | null) => Promise<boolean>;

// Every change sends the whole list of scenarios; the exercise that comes back is handed on.
function useSaveScenarios(exercise: Exercise, onSaved: (next: Exercise, added: string | null) => void) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const save: Save = async (scenarios, added) => {
    setState({ kind: 'saving' });
    try {
      const next = await api<Exercise>(paths.scenarios(exercise.id), { method: 'PUT', body: { scenarios } });
      setState({ kind: 'idle' });
      onSaved(next, added);
      return true;
    } catch (error) {
      setState({ kind: 'failed', error });
      return false;
    }
  };
  return { state, save };
}

export function ScenarioEditor({ exercise, onSaved }: { exercise: Exercise; onSaved: (next: Exercise, added: string | null) => void }) {
  const t = useT();
  const { lang } = useLang();
  const edit = exercise.permissions.edit;
  const { state, save } = useSaveScenarios(exercise, onSaved);
  // Kept here, not in the form, so that what was typed outlives the form hidden at six scenarios.
  const draft = useScenarioDraft(exercise, save);

  return (
    <div className="pr-editor" data-testid="scenario-editor">
      <h3 className="pr-subhead">{t('priorities.scenarios.title')}</h3>
      <ScenarioList exercise={exercise} saving={state.kind === 'saving'} save={save} />

      {edit && exercise.scenarios.length < MAX_SCENARIOS && <AddScenarioForm exercise={exercise} state={state} draft={draft} />}
      {state.kind === 'failed' && !edit && <p className="form__error" role="alert">{errorMessage(state.error, lang, t)}</p>}
    </div>
  );
}

function ScenarioList({ exercise, saving, save }: { exercise: Exercise; saving: boolean; save: Save }) {
  const t = useT();
  const pick = usePick();
  const { lang } = useLang();
  const edit = exercise.permissions.edit;
  const describe = (s: Scenario) => {
    if (s.weights === 'ahp') return t('priorities.scenarios.ahp');
    const w = s.weights;
    const total = Object.values(w).reduce((a, b) => a + b, 0) || 1;
    return exercise.criteria.map((c) => `${pick(c.title)} ${percentText((w[c.key] ?? 0) / total, lang)}`).join(' · ');
  };
  return (
    <ul className="pr-scenarios">
      {exercise.scenarios.map((s) => (
        <li key={s.key} data-key={s.key}>
          <div>
            <strong>{pick(s.title)}</strong> <span className="tag">{t(`priorities.method.${s.method}`)}</span>
            <p className="muted pr-hint">{describe(s)}</p>
          </div>
          {edit && exercise.scenarios.length > 1 && (
            <button
              type="button"
              className="button button--secondary"
              disabled={saving}
              onClick={() => save(exercise.scenarios.filter((x) => x.key !== s.key), null)}
              aria-label={t('priorities.scenarios.removeNamed', { title: pick(s.title) })}
            >
              {t('priorities.scenarios.remove')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

// The new scenario's fields, and whether they make one: a Vietnamese title, and direct weights that
// are numbers, none negative, not all zero.
function useScenarioDraft(exercise: Exercise, save: Save) {
  const { lang } = useLang();
  const [titleVi, setTitleVi] = useState('');
  const [titleEn, setTitleEn] = useState('');
  const [method, setMethod] = useState<Method>('weighted-sum');
  const [source, setSource] = useState<'ahp' | 'direct'>('direct');
  const [weights, setWeights] = useState<Record<string, string>>(() => Object.fromEntries(exercise.criteria.map((c) => [c.key, '1'])));
  const [problem, setProblem] = useState<'title' | 'weights' | null>(null);
  const parsed = exercise.criteria.map((c) => parseNumber(weights[c.key] ?? '', lang));
  const sum = parsed.reduce<number>((s, v) => s + (v ?? 0), 0);
  const onAdd = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!titleVi.trim()) return setProblem('title');
    if (source === 'direct' && (parsed.some((v) => v === null || v < 0) || !(sum > 0))) return setProblem('weights');
    setProblem(null);
    const key = keyFor(titleVi, exercise.scenarios.map((s) => s.key));
    const scenario: Scenario = {
      key,
      title: { vi: titleVi.trim(), en: titleEn.trim() || titleVi.trim() },
      method,
      weights: source === 'ahp' ? 'ahp' : Object.fromEntries(exercise.criteria.map((c, i) => [c.key, parsed[i] as number])),
    };
    if (await save([...exercise.scenarios, scenario], key)) {
      setTitleVi('');
      setTitleEn('');
    }
  };
  const setWeight = (key: string, value: string) => {
    setWeights((w) => ({ ...w, [key]: value }));
    setProblem(null);
  };
  return { titleVi, setTitleVi, titleEn, setTitleEn, method, setMethod, source, setSource, weights, setWeight, problem, setProblem, parsed, sum, onAdd };
}

type Draft = ReturnType<typeof useScenarioDraft>;

function AddScenarioForm({ exercise, state, draft }: { exercise: Exercise; state: SaveState; draft: Draft }) {
  const t = useT();
  const { lang } = useLang();
  const { titleVi, setTitleVi, titleEn, setTitleEn, problem, setProblem } = draft;
  return (
    <form className="form pr-addform" onSubmit={draft.onAdd} noValidate data-testid="scenario-form">
      <h4>{t('priorities.scenarios.add')}</h4>
      <div className="field-row">
        <div className="field">
          <label htmlFor="pr-sc-vi">{t('priorities.create.titleVi')}</label>
          <input id="pr-sc-vi" value={titleVi} onChange={(e) => { setTitleVi(e.target.value); setProblem(null); }} aria-invalid={problem === 'title'} data-testid="scenario-title-vi" />
          {problem === 'title' && <p className="field__error">{t('priorities.create.needTitle')}</p>}
        </div>
        <div className="field">
          <label htmlFor="pr-sc-en">{t('priorities.create.titleEn')}</label>
          <input id="pr-sc-en" value={titleEn} onChange={(e) => setTitleEn(e.target.value)} lang="en" />
        </div>
      </div>
      <MethodAndSource draft={draft} />
      {draft.source === 'direct' && <DirectWeights exercise={exercise} draft={draft} />}
      {state.kind === 'failed' && <p className="form__error" role="alert">{errorMessage(state.error, lang, t)}</p>}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={state.kind === 'saving'} data-testid="scenario-submit">
          {state.kind === 'saving' ? t('priorities.saving') : t('priorities.scenarios.submit')}
        </button>
      </div>
    </form>
  );
}

function MethodAndSource({ draft: { method, setMethod, source, setSource } }: { draft: Draft }) {
  const t = useT();
  return (
    <div className="field-row">
      <div className="field">
        <label htmlFor="pr-sc-method">{t('priorities.scenarios.method')}</label>
        <select id="pr-sc-method" value={method} onChange={(e) => setMethod(e.target.value as Method)} data-testid="scenario-method">
          <option value="weighted-sum">{t('priorities.method.weighted-sum')}</option>
          <option value="topsis">{t('priorities.method.topsis')}</option>
        </select>
      </div>
      <fieldset className="field pr-radios">
        <legend>{t('priorities.scenarios.weights')}</legend>
        <label className="choice">
          <input type="radio" name="pr-sc-source" checked={source === 'direct'} onChange={() => setSource('direct')} data-testid="scenario-direct" />
          {t('priorities.scenarios.direct')}
        </label>
        <label className="choice">
          <input type="radio" name="pr-sc-source" checked={source === 'ahp'} onChange={() => setSource('ahp')} />
          {t('priorities.scenarios.ahp')}
        </label>
      </fieldset>
    </div>
  );
}

/** One number per criterion, with the share of the total it makes. */
function DirectWeights({ exercise, draft: { weights, setWeight, parsed, sum, problem } }: { exercise: Exercise; draft: Draft }) {
  const t = useT();
  const pick = usePick();
  const { lang } = useLang();
  return (
    <fieldset className="pr-direct">
      <legend>{t('priorities.scenarios.directHint')}</legend>
      <div className="pr-direct__grid">
        {exercise.criteria.map((c, i) => (
          <div className="field" key={c.key}>
            <label htmlFor={`pr-w-${c.key}`}>{pick(c.title)}</label>
            <input
              id={`pr-w-${c.key}`}
              inputMode="decimal"
              value={weights[c.key] ?? ''}
              aria-invalid={problem === 'weights' && (parsed[i] === null || (parsed[i] as number) < 0)}
              onChange={(e) => setWeight(c.key, e.target.value)}
              data-testid={`scenario-weight-${c.key}`}
            />
            <span className="muted pr-hint">{parsed[i] !== null && sum > 0 ? `${percentText((parsed[i] as number) / sum, lang)}` : '—'}</span>
          </div>
        ))}
      </div>
      {problem === 'weights' && <p className="field__error">{t('priorities.scenarios.badWeights', { example: formatValue(2.5, lang) })}</p>}
    </fieldset>
  );
}
