// The values of every criterion for every alternative. The facilitator's own criteria are cells to
// type into — in the page's number format, arrows and Enter moving up and down a column; computed
// cells are buttons that open the figures behind them (index, year, value, percentile; or the ballots).
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { api, errorMessage } from '../../shared/api/client';
import { useLang, usePick, useT } from '../../shared/i18n/i18n';
import { paths, type Criterion, type Exercise, type Matrix } from './api';
import { CellFigures } from './CellFigures';
import { formatValue, parseNumber } from './numbers';

type Draft = Record<string, Record<string, string>>;
// One empty list for every grid without new criteria, so the memos below keep their values.
const NONE: Criterion[] = [];

type Props = { exercise: Exercise; matrix: Matrix; pending?: Criterion[]; onSaved: (next: Exercise) => void };
type Selected = { alternative: number; criterion: number } | null;

// The custom criteria's cells as typed, whether they differ from the figures saved, and saving them.
function useValuesDraft({ exercise, matrix, pending = NONE, onSaved }: Props) {
  const { lang } = useLang();
  // The facilitator's own criteria, saved or just added (pending: no figures yet, its cells start empty).
  const custom = useMemo(() => [...exercise.criteria.filter((c) => c.kind === 'custom'), ...pending], [exercise.criteria, pending]);
  const initial = useMemo(() => draftOf(custom, matrix, lang), [custom, matrix, lang]);
  const [draft, setDraft] = useState<Draft>(initial);
  // Fresh figures from the server, or the other language's number format: the cells follow.
  useEffect(() => setDraft(initial), [initial]);
  const [state, setState] = useState<{ kind: 'idle' | 'saving' | 'saved' | 'invalid' } | { kind: 'failed'; error: unknown }>({ kind: 'idle' });

  const invalid = (c: string, a: string) => parseNumber(draft[c]?.[a] ?? '', lang) === null;
  const changed = pending.length > 0 || custom.some((c) => matrix.alternatives.some((a) => (draft[c.key]?.[a.key] ?? '') !== (initial[c.key]?.[a.key] ?? '')));

  const set = (c: string, a: string, text: string) => {
    setDraft((d) => ({ ...d, [c]: { ...d[c], [a]: text } }));
    setState({ kind: 'idle' });
  };

  const onSave = async () => {
    if (custom.some((c) => matrix.alternatives.some((a) => invalid(c.key, a.key)))) return setState({ kind: 'invalid' });
    setState({ kind: 'saving' });
    const valuesOf = (c: Criterion) => Object.fromEntries(matrix.alternatives.map((a) => [a.key, parseNumber(draft[c.key][a.key], lang) as number]));
    const criteria: Criterion[] = [...exercise.criteria, ...pending].map((c) => (c.kind !== 'custom' ? c : { ...c, values: valuesOf(c) }));
    try {
      const next = await api<Exercise>(paths.criteria(exercise.id), { method: 'PUT', body: { criteria } });
      setState({ kind: 'saved' });
      onSaved(next);
    } catch (error) {
      setState({ kind: 'failed', error });
    }
  };
  return { custom, draft, state, invalid, changed, set, onSave };
}

type Values = ReturnType<typeof useValuesDraft>;

// Up, down and Enter move within the column, as in a spreadsheet; Tab moves along the row.
function moveInColumn(event: KeyboardEvent<HTMLInputElement>, row: number, col: number) {
  const step = event.key === 'ArrowDown' || (event.key === 'Enter' && !event.shiftKey) ? 1 : event.key === 'ArrowUp' || (event.key === 'Enter' && event.shiftKey) ? -1 : 0;
  if (!step) return;
  event.preventDefault();
  document.getElementById(`pr-cell-${row + step}-${col}`)?.focus();
}

export function ValuesGrid(props: Props) {
  const { exercise, matrix, pending = NONE } = props;
  const t = useT();
  const edit = exercise.permissions.edit;
  const columns = useMemo(() => [...matrix.criteria, ...pending], [matrix.criteria, pending]);
  const values = useValuesDraft(props);
  const [selected, setSelected] = useState<Selected>(null);

  const source = selected && matrix.sources[selected.criterion];
  return (
    <>
      <div className="table-scroll">
        <table className="table pr-grid pr-sticky" data-testid="values-grid">
          <caption className="visually-hidden">{t('priorities.values.title')}</caption>
          <ValuesHead columns={columns} />
          <tbody>
            {matrix.alternatives.map((a, row) => (
              <tr key={a.key} data-key={a.key}>
                <ValuesRow exercise={exercise} matrix={matrix} columns={columns} row={row} values={values} selected={selected} onSelect={setSelected} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div id="pr-figures" aria-live="polite">
        {selected && source && (
          <CellFigures
            source={source}
            alternative={matrix.alternatives[selected.alternative]}
            criterion={matrix.criteria[selected.criterion]}
            value={matrix.values[selected.alternative]?.[selected.criterion] ?? null}
            onClose={() => setSelected(null)}
          />
        )}
      </div>
      {edit && values.custom.length > 0 && <SaveValues values={values} />}
    </>
  );
}

function ValuesHead({ columns }: { columns: Criterion[] }) {
  const t = useT();
  const pick = usePick();
  return (
    <thead>
      <tr>
        <th scope="col">{t('priorities.values.alternative')}</th>
        {columns.map((c) => (
          <th scope="col" key={c.key} className="pr-num" data-key={c.key}>
            {pick(c.title)}
            <span className="pr-th-note">{c.direction === 'cost' ? t('priorities.direction.short.cost') : t('priorities.direction.short.benefit')}</span>
          </th>
        ))}
      </tr>
    </thead>
  );
}

interface RowProps {
  exercise: Exercise;
  matrix: Matrix;
  columns: Criterion[];
  row: number;
  values: Values;
  selected: Selected;
  onSelect: (next: Selected) => void;
}

/** One alternative's cells: a box to type in for the facilitator's own criteria, a button opening the figures for the others. */
function ValuesRow({ exercise, matrix, columns, row, values, selected, onSelect }: RowProps) {
  const t = useT();
  const pick = usePick();
  const { lang } = useLang();
  const a = matrix.alternatives[row];
  const { draft, state, invalid, set } = values;
  return (
    <>
      <th scope="row">{pick(a.title)}</th>
      {columns.map((c, col) => {
        const value = col < matrix.criteria.length ? (matrix.values[row]?.[col] ?? null) : null;
        if (c.kind === 'custom' && exercise.permissions.edit) {
          const label = t('priorities.values.cell', { criterion: pick(c.title), alternative: pick(a.title) });
          return (
            <td key={c.key} className="pr-num">
              <input
                id={`pr-cell-${row}-${col}`}
                className="pr-cell"
                inputMode="decimal"
                aria-label={label}
                aria-invalid={state.kind === 'invalid' && invalid(c.key, a.key)}
                value={draft[c.key]?.[a.key] ?? ''}
                onChange={(e) => set(c.key, a.key, e.target.value)}
                onKeyDown={(e) => moveInColumn(e, row, col)}
                data-testid={`cell-${c.key}-${a.key}`}
              />
            </td>
          );
        }
        if (c.kind === 'custom') return <td key={c.key} className="pr-num" data-testid={`cell-${c.key}-${a.key}`}>{formatValue(value, lang)}</td>;
        const open = selected?.alternative === row && selected.criterion === col;
        return (
          <td key={c.key} className="pr-num">
            <button
              type="button"
              className="pr-cellbutton"
              aria-expanded={open}
              aria-controls="pr-figures"
              aria-label={t('priorities.values.figuresFor', { criterion: pick(c.title), alternative: pick(a.title), value: formatValue(value, lang, 1) })}
              onClick={() => onSelect(open ? null : { alternative: row, criterion: col })}
              data-testid={`cell-${c.key}-${a.key}`}
            >
              {formatValue(value, lang, 1)}
            </button>
          </td>
        );
      })}
    </>
  );
}

function SaveValues({ values: { state, changed, onSave } }: { values: Values }) {
  const t = useT();
  const { lang } = useLang();
  return (
    <div className="pr-actions">
      <button type="button" className="button button--primary" onClick={onSave} disabled={state.kind === 'saving' || !changed} data-testid="values-save">
        {state.kind === 'saving' ? t('priorities.saving') : t('priorities.values.save')}
      </button>
      {state.kind === 'saved' && <span className="pr-ok" role="status" data-testid="values-saved">{t('priorities.values.saved')}</span>}
      {state.kind === 'invalid' && <span className="form__error" role="alert">{t('priorities.values.invalid')}</span>}
      {state.kind === 'failed' && <span className="form__error" role="alert">{errorMessage(state.error, lang, t)}</span>}
    </div>
  );
}

function draftOf(custom: Criterion[], matrix: Matrix, lang: 'vi' | 'en'): Draft {
  const draft: Draft = {};
  for (const c of custom) {
    const col = matrix.criteria.findIndex((m) => m.key === c.key);
    draft[c.key] = Object.fromEntries(
      matrix.alternatives.map((a, row) => {
        const value = c.values?.[a.key] ?? matrix.values[row]?.[col] ?? null;
        return [a.key, value === null ? '' : formatValue(value, lang, 6).replace('−', '-')];
      }),
    );
  }
  return draft;
}
