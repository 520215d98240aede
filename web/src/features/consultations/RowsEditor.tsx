// An editable list of named rows (options, clusters, groups): a Vietnamese and an English name per
// row, optionally a weight, with rows added and removed. A new row takes the focus, so typing a
// long list never needs the mouse.
import { useEffect, useRef } from 'react';
import { newRow, type Row } from './spec';
import { useT } from '../../shared/i18n/i18n';

interface Props {
  idPrefix: string;
  testId: string;
  legend: string;
  hint: string;
  rows: Row[];
  onChange: (rows: Row[]) => void;
  itemLabel: (n: number) => string;
  addLabel: string;
  withWeight?: boolean;
  /** id of the control the last check complained about */
  invalid: string | null;
}

export function RowsEditor({ idPrefix, testId, legend, hint, rows, onChange, itemLabel, addLabel, withWeight, invalid }: Props) {
  const t = useT();
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  }, [rows]);

  const edit = (id: number, field: 'vi' | 'en' | 'weight', value: string) => onChange(rows.map((r) => (r.id === id ? { ...r, [field]: value } : r)));
  const add = () => {
    const row = newRow();
    focusNext.current = `${idPrefix}-${row.id}-vi`;
    onChange([...rows, row]);
  };
  const input = (row: Row, field: 'vi' | 'en' | 'weight', label: string, n: number) => {
    const id = `${idPrefix}-${row.id}-${field}`;
    return (
      <div className={`field rows__${field}`}>
        <label htmlFor={id}>
          <span className="visually-hidden">{itemLabel(n)}: </span>
          {label}
        </label>
        <input
          id={id}
          data-testid={`${testId}-${field}`}
          lang={field === 'en' ? 'en' : undefined}
          inputMode={field === 'weight' ? 'decimal' : undefined}
          value={row[field]}
          onChange={(e) => edit(row.id, field, e.target.value)}
          aria-invalid={invalid === id || undefined}
          aria-describedby={invalid === id ? 'create-error' : undefined}
        />
      </div>
    );
  };

  return (
    <fieldset className="rows" data-testid={testId}>
      <legend>{legend}</legend>
      <p className="muted rows__hint">{hint}</p>
      <ol className="rows__list">
        {rows.map((row, i) => (
          <li key={row.id} className={`rows__item${withWeight ? ' rows__item--weighted' : ''}`}>
            <div className="rows__head">
              <span className="rows__name" aria-hidden="true">{itemLabel(i + 1)}</span>
              <button type="button" className="button button--quiet-dark" aria-label={t('create.removeItem', { item: itemLabel(i + 1) })} onClick={() => onChange(rows.filter((r) => r.id !== row.id))}>
                {t('create.remove')}
              </button>
            </div>
            {input(row, 'vi', t('create.textVi'), i + 1)}
            {input(row, 'en', t('create.textEn'), i + 1)}
            {withWeight && input(row, 'weight', t('create.weight'), i + 1)}
          </li>
        ))}
      </ol>
      <button type="button" className="button button--secondary" data-testid={`${testId}-add`} onClick={add}>
        + {addLabel}
      </button>
    </fieldset>
  );
}
