// A suggestion accepted as an agreement: the form comes filled in — the members as parties, the sectors of
// the offers that met the needs, a title in both languages naming the parties, a period from today to the
// end of the year after next — and the coordinator changes what they like before recording it.
import { useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { api, errorMessage } from '../../shared/api/client';
import { useLang, useT } from '../../shared/i18n/i18n';
import { translate } from '../../shared/i18n/translate';
import { paths, today, type Agreement, type Exchange, type Intent } from './api';
import { DateField } from './IntentForm';
import { useSectorName } from './labels';
import type { RegionView } from './RegionShell';

type Props = { region: RegionView; exchange: Exchange; intents: Intent[]; onCancel: () => void };

function prefill(e: Exchange, intents: Intent[]) {
  const names = e.members.map((m) => m.name).join(' – ');
  const offers = new Set(e.flows.flatMap((f) => f.meetings.map((m) => m.offerId)));
  const sectors = [...new Set(intents.filter((i) => offers.has(i.id)).map((i) => i.sector))];
  const start = today();
  return { vi: translate('vi', 'linkage.accept.defaultTitle', { names }), en: translate('en', 'linkage.accept.defaultTitle', { names }), sectors, startsOn: start, endsOn: `${Number(start.slice(0, 4)) + 2}-12-31` };
}

export function AcceptForm({ region, exchange, intents, onCancel }: Props) {
  const t = useT();
  const { lang } = useLang();
  const sectorName = useSectorName(region);
  const [, navigate] = useLocation();
  const [f, setF] = useState(() => prefill(exchange, intents));
  const [problem, setProblem] = useState<string | null>(null);
  const toggle = (key: string) => setF({ ...f, sectors: f.sectors.includes(key) ? f.sectors.filter((s) => s !== key) : [...f.sectors, key] });
  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    const body = { title: { vi: f.vi.trim(), en: f.en.trim() || null }, parties: exchange.members.map((m) => m.id), sectors: f.sectors, startsOn: f.startsOn, endsOn: f.endsOn, reviewOn: null };
    try {
      const made = await api<Agreement>(paths.agreements(region.spaceId), { method: 'POST', body });
      navigate(paths.agreementPage(region.spaceId, made.id));
    } catch (e) {
      setProblem(errorMessage(e, lang, t));
    }
  }
  return (
    <form className="form lk-accept" onSubmit={submit} noValidate data-testid="accept-form">
      <p>{t('linkage.accept.parties', { names: exchange.members.map((m) => m.name).join(', ') })}</p>
      <div className="field">
        <label htmlFor="lk-a-vi">{t('linkage.accept.titleVi')}</label>
        <input id="lk-a-vi" value={f.vi} onChange={(e) => setF({ ...f, vi: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor="lk-a-en">{t('linkage.accept.titleEn')}</label>
        <input id="lk-a-en" value={f.en} onChange={(e) => setF({ ...f, en: e.target.value })} />
      </div>
      <fieldset className="lk-sectors">
        <legend>{t('linkage.accept.sectors')}</legend>
        {region.sectors.map((s) => (
          <label key={s.key} className="choice">
            <input type="checkbox" checked={f.sectors.includes(s.key)} onChange={() => toggle(s.key)} />
            {sectorName(s.key)}
          </label>
        ))}
      </fieldset>
      <div className="field-row">
        <DateField id="lk-a-from" label={t('linkage.accept.startsOn')} value={f.startsOn} onChange={(v) => setF({ ...f, startsOn: v })} />
        <DateField id="lk-a-to" label={t('linkage.accept.endsOn')} value={f.endsOn} onChange={(v) => setF({ ...f, endsOn: v })} />
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary">{t('linkage.accept.submit')}</button>
        <button type="button" className="button button--secondary" onClick={onCancel}>{t('common.cancel')}</button>
      </div>
      {problem && <p className="form__error" role="alert">{problem}</p>}
    </form>
  );
}
