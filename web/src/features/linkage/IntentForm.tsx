// Adds an offer or a need (or changes the one chosen in the list): its locality among those the caller
// acts for, sector, kind, what it is in Vietnamese (English optional), size 1–5, time frame, and the index
// figure it rests on (PCI, PAPI or PGI: its headline score or a sub-index key such as labour-training).
import { INTENT_KINDS, type IntentKind } from '../../../../src/core/linkage/sectors';
import { useT } from '../../shared/i18n/i18n';
import type { Intent } from './api';
import { useKindName, useSectorName } from './labels';
import type { RegionView } from './RegionShell';
import { useIntentForm, type IntentFields } from './useIntentForm';

type Props = { region: RegionView; editing: Intent | null; onDone: () => void; onCancel: () => void };
type Form = ReturnType<typeof useIntentForm>;

export function IntentForm({ region, editing, onDone, onCancel }: Props) {
  const t = useT();
  const form = useIntentForm(region, editing, onDone);
  const { fields: f, set } = form;
  return (
    <section className="panel" aria-labelledby="lk-intent-form">
      <h2 id="lk-intent-form">{t(editing ? 'linkage.intentForm.editTitle' : 'linkage.intentForm.add')}</h2>
      <form className="form" onSubmit={form.submit} noValidate data-testid="intent-form">
        <WhatWhere region={region} form={form} />
        <div className="field">
          <label htmlFor="lk-i-vi">{t('linkage.intentForm.textVi')}</label>
          <input id="lk-i-vi" value={f.vi} maxLength={2000} onChange={(e) => set('vi', e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="lk-i-en">{t('linkage.intentForm.textEn')}</label>
          <input id="lk-i-en" value={f.en} maxLength={2000} onChange={(e) => set('en', e.target.value)} />
        </div>
        <div className="field-row">
          <DateField id="lk-i-from" label={t('linkage.intentForm.startsOn')} value={f.startsOn} onChange={(v) => set('startsOn', v)} />
          <DateField id="lk-i-to" label={t('linkage.intentForm.endsOn')} value={f.endsOn} onChange={(v) => set('endsOn', v)} />
        </div>
        <EvidenceFields form={form} />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={form.busy}>{t(editing ? 'linkage.intentForm.save' : 'linkage.intentForm.submit')}</button>
          {editing && <button type="button" className="button button--secondary" onClick={onCancel}>{t('common.cancel')}</button>}
        </div>
        {form.problem && <p className="form__error" role="alert" data-testid="intent-error">{form.problem}</p>}
      </form>
    </section>
  );
}

function WhatWhere({ region, form: { fields: f, set } }: { region: RegionView; form: Form }) {
  const t = useT();
  const sector = useSectorName(region);
  const kind = useKindName();
  const mine = region.localities.filter((l) => region.permissions.editFor.includes(l.id));
  return (
    <div className="field-row">
      <Select id="lk-i-dir" label={t('linkage.intentForm.direction')} value={f.direction} onChange={(v) => set('direction', v as IntentFields['direction'])} options={[['offer', t('linkage.direction.offer')], ['need', t('linkage.direction.need')]]} />
      <Select id="lk-i-loc" label={t('linkage.intentForm.locality')} value={f.localityId} onChange={(v) => set('localityId', v)} options={mine.map((l) => [l.id, l.name])} />
      <Select id="lk-i-sector" label={t('linkage.intentForm.sector')} value={f.sector} onChange={(v) => set('sector', v)} options={region.sectors.map((s) => [s.key, sector(s.key)])} />
      <Select id="lk-i-kind" label={t('linkage.intentForm.kind')} value={f.kind} onChange={(v) => set('kind', v as IntentKind)} options={INTENT_KINDS.map((k) => [k, kind(k)])} />
      <Select id="lk-i-size" label={t('linkage.intentForm.size')} value={f.size} onChange={(v) => set('size', v)} options={['1', '2', '3', '4', '5'].map((n) => [n, n])} />
    </div>
  );
}

function EvidenceFields({ form: { fields: f, set } }: { form: Form }) {
  const t = useT();
  return (
    <div className="field-row">
      <Select id="lk-i-index" label={t('linkage.intentForm.index')} value={f.index} onChange={(v) => set('index', v as IntentFields['index'])} options={[['', t('linkage.intentForm.noIndex')], ['PCI', 'PCI'], ['PAPI', 'PAPI'], ['PGI', 'PGI']]} />
      {f.index && (
        <>
          <div className="field">
            <label htmlFor="lk-i-indicator">{t('linkage.intentForm.indicator')}</label>
            <input id="lk-i-indicator" value={f.indicator} placeholder="score" onChange={(e) => set('indicator', e.target.value)} />
          </div>
          <div className="field field--narrow">
            <label htmlFor="lk-i-year">{t('linkage.intentForm.year')}</label>
            <input id="lk-i-year" inputMode="numeric" value={f.year} onChange={(e) => set('year', e.target.value.replace(/\D/g, '').slice(0, 4))} />
          </div>
        </>
      )}
    </div>
  );
}

export function Select({ id, label, value, onChange, options }: { id: string; label: string; value: string; onChange: (v: string) => void; options: [string, string][] }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map(([v, text]) => <option key={v} value={v}>{text}</option>)}
      </select>
    </div>
  );
}

export function DateField({ id, label, value, onChange }: { id: string; label: string; value: string; onChange: (v: string) => void }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="date" value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}
