// Adds a connection point: a province of the map in force on the forum's first day (the 63 before
// 1 July 2025, the 34 from then on — the list comes from the server for that day) or an organisation;
// whether it is the main hall, and how many people are expected there.
import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../shared/api/client';
import type { Schema } from '../../shared/api/schema';
import { useApi } from '../../shared/api/useApi';
import { useLang, useT } from '../../shared/i18n/i18n';
import { paths, type ForumView } from './api';
import { useSend } from './useSend';

export function PointForm({ forum, onChange }: { forum: ForumView; onChange: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const { send, error, busy } = useSend(onChange);
  const units = useApi<Schema<'LocalityUnits'>>(paths.localities(forum.startsOn));
  const [kind, setKind] = useState<'locality' | 'organisation'>('locality');
  const [place, setPlace] = useState('');
  const [mainHall, setMainHall] = useState(false);
  const [expected, setExpected] = useState('');
  const taken = new Set(forum.points.map((p) => p.localityId));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const where = kind === 'locality' ? { localityId: place } : { organisation: place.trim() };
    if (await send(paths.points(forum.id), 'POST', { kind, ...where, mainHall, expected: expected === '' ? null : Number(expected) })) setPlace('');
  };
  return (
    <form className="form fo-add" onSubmit={submit} data-testid="point-form">
      <h3>{t('forums.point.add')}</h3>
      <div className="fo-add__row">
        <label className="field">
          <span>{t('forums.point.kind')}</span>
          <select value={kind} onChange={(e) => { setKind(e.target.value as typeof kind); setPlace(''); }} data-testid="point-kind">
            <option value="locality">{t('forums.point.locality')}</option>
            <option value="organisation">{t('forums.point.organisation')}</option>
          </select>
        </label>
        <label className="field">
          <span>{kind === 'locality' ? t('forums.point.province', { set: units.status === 'done' ? units.data.set : '' }) : t('forums.point.organisationName')}</span>
          {kind === 'locality' ? (
            <select value={place} onChange={(e) => setPlace(e.target.value)} required data-testid="point-province">
              <option value="">—</option>
              {units.status === 'done' && units.data.localities.filter((u) => !taken.has(u.id)).map((u) => <option key={u.id} value={u.id}>{lang === 'en' ? u.nameEn : u.name}</option>)}
            </select>
          ) : (
            <input value={place} onChange={(e) => setPlace(e.target.value)} required data-testid="point-organisation" />
          )}
        </label>
        <label className="field fo-add__number">
          <span>{t('forums.attendance.expected')}</span>
          <input type="number" min={0} value={expected} onChange={(e) => setExpected(e.target.value)} data-testid="point-expected" />
        </label>
        <label className="fo-add__check">
          <input type="checkbox" checked={mainHall} onChange={(e) => setMainHall(e.target.checked)} /> {t('forums.point.mainHall')}
        </label>
        <button type="submit" className="button" disabled={busy} data-testid="point-add">{t('forums.add')}</button>
      </div>
      {error != null && <p className="form__error" role="alert">{errorMessage(error, lang, t)}</p>}
    </form>
  );
}
