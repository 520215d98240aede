// One activity of the inventory on a form: add a new one, or change or remove one the caller may edit (a
// coordinator any; a unit's official only their unit's, and the unit list offers only what they may pick).
import { useState } from 'react';
import { usePick, useT } from '../../shared/i18n/i18n';
import { localized, type Activity, type DevolutionSpace } from './api';
import { useActivityForm, type Draft, type Field } from './useActivityForm';

type Props = { spaceId: string; space: DevolutionSpace; editing: Activity | null; onDone: (message: string) => void; onCancel: () => void };
type Option = { key: string; label: string };

export function ActivityForm({ spaceId, space, editing, onDone, onCancel }: Props) {
  const t = useT();
  const pick = usePick();
  const form = useActivityForm({ spaceId, space, editing, onDone });
  const [confirming, setConfirming] = useState(false);
  const units = space.units.filter((u) => space.permissions.editUnits.includes(u.key)).map((u) => ({ key: u.key, label: pick(localized(u.name)) }));
  const labels = (list: { key: string; vi: string; en: string }[]) => list.map((l) => ({ key: l.key, label: pick(l) }));
  const id = editing ? `dv-act-${editing.code}` : 'dv-act-new';
  const p = { draft: form.draft, set: form.set, id };
  return (
    <form className="form" onSubmit={form.submit} noValidate data-testid="devolution-activity-form" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{editing ? t('devolution.form.editTitle', { code: editing.code }) : t('devolution.form.addTitle')}</h4>
      <div className="field-row">
        <Text {...p} field="code" />
        <Choice {...p} field="sector" options={labels(space.sectors)} />
        <Choice {...p} field="unit" options={units} />
      </div>
      <div className="field-row">
        <Text {...p} field="functionCode" />
        <Text {...p} field="functionName" />
      </div>
      <div className="field-row">
        <Text {...p} field="name" />
        <Choice {...p} field="kind" options={labels(space.kinds)} />
      </div>
      <div className="field-row">
        <Text {...p} field="legalDocument" />
        <Text {...p} field="legalArticle" />
        <Choice {...p} field="level" options={labels(space.levels)} />
      </div>
      <div className="field-row">
        <Text {...p} field="workload" numeric />
        <Text {...p} field="staff" numeric />
        <Text {...p} field="budget" numeric />
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={form.busy}>{t('devolution.form.save')}</button>
        <button type="button" className="button button--secondary" onClick={onCancel}>{t('devolution.form.cancel')}</button>
        {editing && !confirming && <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>{t('devolution.form.remove')}</button>}
      </div>
      {editing && confirming && (
        <p className="form__actions" role="group" aria-label={t('devolution.form.confirmRemove', { code: editing.code })}>
          <span>{t('devolution.form.confirmRemove', { code: editing.code })}</span>
          <button type="button" className="button button--primary" onClick={form.remove} disabled={form.busy}>{t('devolution.form.confirmYes')}</button>
          <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>{t('devolution.form.cancel')}</button>
        </p>
      )}
      {form.problem && <p className="form__error" role="alert" data-testid="devolution-activity-error">{form.problem}</p>}
    </form>
  );
}

type FieldProps = { draft: Draft; set: (field: Field, value: string) => void; id: string; field: Field };

function Text({ draft, set, id, field, numeric = false }: FieldProps & { numeric?: boolean }) {
  const t = useT();
  return (
    <div className="field">
      <label htmlFor={`${id}-${field}`}>{t(`devolution.form.${field}`)}</label>
      <input id={`${id}-${field}`} value={draft[field]} inputMode={numeric ? 'decimal' : undefined} onChange={(e) => set(field, e.target.value)} />
    </div>
  );
}

function Choice({ draft, set, id, field, options }: FieldProps & { options: Option[] }) {
  const t = useT();
  return (
    <div className="field">
      <label htmlFor={`${id}-${field}`}>{t(`devolution.form.${field}`)}</label>
      <select id={`${id}-${field}`} value={draft[field]} onChange={(e) => set(field, e.target.value)}>
        {!options.some((o) => o.key === draft[field]) && <option value={draft[field]}>{draft[field]}</option>}
        {options.map((o) => <option key={o.key} value={o.key}>{o.label}</option>)}
      </select>
    </div>
  );
}
