// Offers and needs per locality and sector: a list filtered by locality and sector, each offer or need with
// its kind, size, time frame and evidence; those the caller may change (their locality's, or all for a
// coordinator — the server's `editable`) carry edit and remove buttons, and the form adds one; below, the
// same list as an Excel sheet to download, edit and import (IntentsExcel).
import { useState } from 'react';
import { useApi } from '../../shared/api/useApi';
import { usePick, useT } from '../../shared/i18n/i18n';
import { ErrorNote, Loading } from '../../shared/layout/Status';
import { paths, type Intent } from './api';
import { IntentForm } from './IntentForm';
import { IntentList } from './IntentList';
import { IntentsExcel } from './IntentsExcel';
import type { RegionView } from './RegionShell';

export function IntentsPage({ region }: { region: RegionView }) {
  const t = useT();
  const pick = usePick();
  const [version, setVersion] = useState(0);
  const [editing, setEditing] = useState<Intent | null>(null);
  const [locality, setLocality] = useState('');
  const [sector, setSector] = useState('');
  const result = useApi<{ intents: Intent[] }>(paths.intents(region.spaceId), version);
  const reload = () => setVersion((v) => v + 1);
  const shown = result.status === 'done' ? result.data.intents.filter((i) => (!locality || i.locality.id === locality) && (!sector || i.sector === sector)) : [];
  return (
    <>
      {region.permissions.editFor.length > 0 && (
        <IntentForm key={editing?.id ?? 'new'} region={region} editing={editing} onDone={() => { setEditing(null); reload(); }} onCancel={() => setEditing(null)} />
      )}
      <section className="panel" aria-labelledby="lk-intents">
        <h2 id="lk-intents">{t('linkage.intents.title')}</h2>
        <div className="field-row">
          <div className="field">
            <label htmlFor="lk-filter-locality">{t('linkage.intents.filterLocality')}</label>
            <select id="lk-filter-locality" value={locality} onChange={(e) => setLocality(e.target.value)}>
              <option value="">{t('linkage.intents.all')}</option>
              {region.localities.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor="lk-filter-sector">{t('linkage.intents.filterSector')}</label>
            <select id="lk-filter-sector" value={sector} onChange={(e) => setSector(e.target.value)}>
              <option value="">{t('linkage.intents.all')}</option>
              {region.sectors.map((s) => <option key={s.key} value={s.key}>{pick(s)}</option>)}
            </select>
          </div>
        </div>
        {result.status === 'loading' && <Loading />}
        {result.status === 'error' && <ErrorNote error={result.error} onRetry={result.retry} />}
        {result.status === 'done' && <IntentList region={region} intents={shown} onEdit={setEditing} onRemoved={reload} />}
      </section>
      <IntentsExcel region={region} onImported={reload} />
    </>
  );
}
