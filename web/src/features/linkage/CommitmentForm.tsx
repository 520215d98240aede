// Adds a commitment under the agreement: who (a party the caller acts for), which of its sectors, what, from
// and by when, and who pays which share of the cost (each party and the central budget, in %).
import { useT } from '../../shared/i18n/i18n';
import type { Agreement, Locality } from './api';
import { DateField, Select } from './IntentForm';
import { useSectorName } from './labels';
import type { RegionView } from './RegionShell';
import { useCommitmentForm } from './useCommitmentForm';

type Props = { region: RegionView; agreement: Agreement; parties: Locality[]; onAdded: () => void };

export function CommitmentForm({ region, agreement, parties, onAdded }: Props) {
  const t = useT();
  const sector = useSectorName(region);
  const { f, setF, problem, submit, shareName } = useCommitmentForm(region.spaceId, agreement, parties, onAdded);
  const shareKeys = [...agreement.parties.map((p) => p.id), 'central'];
  return (
    <section className="panel" aria-labelledby="lk-commitment-form">
      <h2 id="lk-commitment-form">{t('linkage.commitmentForm.title')}</h2>
      <form className="form" onSubmit={submit} noValidate data-testid="commitment-form">
        <div className="field-row">
          <Select id="lk-c-party" label={t('linkage.commitmentForm.party')} value={f.party} onChange={(v) => setF({ ...f, party: v })} options={parties.map((p) => [p.id, p.name])} />
          <Select id="lk-c-sector" label={t('linkage.commitmentForm.sector')} value={f.sector} onChange={(v) => setF({ ...f, sector: v })} options={agreement.sectors.map((s) => [s, sector(s)])} />
        </div>
        <div className="field">
          <label htmlFor="lk-c-vi">{t('linkage.commitmentForm.whatVi')}</label>
          <input id="lk-c-vi" value={f.vi} maxLength={2000} onChange={(e) => setF({ ...f, vi: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="lk-c-en">{t('linkage.commitmentForm.whatEn')}</label>
          <input id="lk-c-en" value={f.en} maxLength={2000} onChange={(e) => setF({ ...f, en: e.target.value })} />
        </div>
        <div className="field-row">
          <DateField id="lk-c-from" label={t('linkage.commitmentForm.startsOn')} value={f.startsOn} onChange={(v) => setF({ ...f, startsOn: v })} />
          <DateField id="lk-c-due" label={t('linkage.commitmentForm.dueOn')} value={f.dueOn} onChange={(v) => setF({ ...f, dueOn: v })} />
        </div>
        <fieldset className="lk-shares">
          <legend>{t('linkage.commitmentForm.shares')}</legend>
          <div className="field-row">
            {shareKeys.map((key) => (
              <div className="field field--narrow" key={key}>
                <label htmlFor={`lk-c-share-${key}`}>{t('linkage.commitmentForm.share', { name: shareName(key) })}</label>
                <input id={`lk-c-share-${key}`} inputMode="decimal" value={f.shares[key] ?? ''} onChange={(e) => setF({ ...f, shares: { ...f.shares, [key]: e.target.value } })} />
              </div>
            ))}
          </div>
        </fieldset>
        <div className="form__actions">
          <button type="submit" className="button button--primary">{t('linkage.commitmentForm.submit')}</button>
        </div>
        {problem && <p className="form__error" role="alert" data-testid="commitment-error">{problem}</p>}
      </form>
    </section>
  );
}
