// For a region's coordinators: binds an official of the space (a member with the role 'official') to the
// member locality they speak for, or unbinds them. The server keeps one locality per official; an official
// edits that locality's offers, needs, commitments and reports only.
import { useState, type FormEvent } from 'react';
import { api, errorMessage } from '../../shared/api/client';
import type { Member } from '../../shared/api/types';
import { useLang, useT } from '../../shared/i18n/i18n';
import { paths } from './api';
import { Select } from './IntentForm';
import type { RegionView } from './RegionShell';

export function OfficialsForm({ region, members }: { region: RegionView; members: Member[] }) {
  const t = useT();
  const { lang } = useLang();
  const officials = members.filter((m) => m.role === 'official');
  const boundTo = (userId: string) => region.officials.find((o) => o.userId === userId)?.localityId ?? '';
  const [userId, setUserId] = useState(officials[0]?.userId ?? '');
  const [locality, setLocality] = useState(() => boundTo(officials[0]?.userId ?? ''));
  const [problem, setProblem] = useState<string | null>(null);
  if (officials.length === 0) return <p className="muted">{t('linkage.officials.none')}</p>;
  const choose = (id: string) => {
    setUserId(id);
    setLocality(boundTo(id));
  };
  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    try {
      await api(paths.official(region.spaceId, userId), { method: 'PUT', body: { localityId: locality || null } });
      region.reload();
    } catch (e) {
      setProblem(errorMessage(e, lang, t));
    }
  }
  return (
    <form className="form" onSubmit={submit} noValidate data-testid="officials-form">
      <div className="field-row">
        <Select id="lk-o-user" label={t('linkage.officials.official')} value={userId} onChange={choose} options={officials.map((m) => [m.userId, `${m.displayName} (${m.email})`])} />
        <Select id="lk-o-locality" label={t('linkage.officials.locality')} value={locality} onChange={setLocality} options={[['', t('linkage.officials.unbound')], ...region.localities.map((l): [string, string] => [l.id, l.name])]} />
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--secondary">{t('linkage.officials.save')}</button>
      </div>
      {problem && <p className="form__error" role="alert">{problem}</p>}
    </form>
  );
}
