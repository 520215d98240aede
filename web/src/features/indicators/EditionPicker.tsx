// Which edition a screen shows: the index, its year (only years imported), and whether provinces are the
// 63 as published or the 34 re-aggregated from them.
import { usePick, useT } from '../../shared/i18n/i18n';
import type { Editions, IndexKey, UnitSet } from './api';

export interface EditionChoice {
  index: IndexKey;
  year: number;
  unit: UnitSet;
}

/** The indices that have editions, each with its years, newest first. */
export function yearsByIndex(editions: Editions): Map<IndexKey, number[]> {
  const years = new Map<IndexKey, number[]>();
  for (const e of editions.editions) years.set(e.index, [...(years.get(e.index) ?? []), e.year]);
  for (const list of years.values()) list.sort((a, b) => b - a);
  return years;
}

/** A choice asked for in the address, made valid: a known index and year, else the latest of the first index. */
export function settle(editions: Editions, wanted: { index?: string | null; year?: string | null; unit: UnitSet }): EditionChoice | null {
  const years = yearsByIndex(editions);
  const index = (editions.indices.map((i) => i.key).find((k) => k === wanted.index?.toUpperCase() && years.has(k)) ??
    editions.indices.map((i) => i.key).find((k) => years.has(k))) as IndexKey | undefined;
  if (!index) return null;
  const list = years.get(index)!;
  const year = list.find((y) => String(y) === wanted.year) ?? list[0];
  return { index, year, unit: wanted.unit };
}

export function EditionPicker({ editions, value, onChange, withYear = true }: { editions: Editions; value: EditionChoice; onChange: (next: EditionChoice) => void; withYear?: boolean }) {
  const t = useT();
  const pick = usePick();
  const years = yearsByIndex(editions);
  const indices = editions.indices.filter((i) => years.has(i.key));
  return (
    <div className="ev-picker">
      <div className="field">
        <label htmlFor="ev-index">{t('evidence.pick.index')}</label>
        <select
          id="ev-index"
          data-testid="evidence-index"
          value={value.index}
          onChange={(e) => {
            const index = e.target.value as IndexKey;
            const list = years.get(index) ?? [];
            onChange({ ...value, index, year: list.includes(value.year) ? value.year : list[0] });
          }}
        >
          {indices.map((i) => (
            <option key={i.key} value={i.key}>
              {i.key} — {pick(i)}
            </option>
          ))}
        </select>
      </div>
      {withYear && (
        <div className="field field--narrow">
          <label htmlFor="ev-year">{t('evidence.pick.year')}</label>
          <select id="ev-year" data-testid="evidence-year" value={value.year} onChange={(e) => onChange({ ...value, year: Number(e.target.value) })}>
            {(years.get(value.index) ?? []).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
      )}
      <UnitSwitch unit={value.unit} onChange={(unit) => onChange({ ...value, unit })} />
    </div>
  );
}

export function UnitSwitch({ unit, onChange }: { unit: UnitSet; onChange: (unit: UnitSet) => void }) {
  const t = useT();
  return (
    <fieldset className="ev-units">
      <legend>{t('evidence.pick.unit')}</legend>
      {([63, 34] as const).map((u) => (
        <label key={u} className="ev-units__choice">
          <input type="radio" name="ev-unit" value={u} checked={unit === u} data-testid={`evidence-unit-${u}`} onChange={() => onChange(u)} />
          <span>{t(u === 63 ? 'evidence.unit.63' : 'evidence.unit.34')}</span>
        </label>
      ))}
    </fieldset>
  );
}
