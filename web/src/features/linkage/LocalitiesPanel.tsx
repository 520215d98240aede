// The region's member localities, each read onto the province it is part of since 1 July 2025 ("thuộc
// An Giang"), with the officials bound to it. Officials are named where the caller may read the space's
// members (coordinators), who also bind officials here (OfficialsForm); others see that an official is bound.
import type { ReactNode } from 'react';
import type { Member } from '../../shared/api/types';
import { useApi } from '../../shared/api/useApi';
import { useT } from '../../shared/i18n/i18n';
import { paths } from './api';
import { OfficialsForm } from './OfficialsForm';
import type { RegionView } from './RegionShell';

type NameOf = (userId: string) => string | undefined;

export function LocalitiesPanel({ region }: { region: RegionView }) {
  return region.permissions.coordinate ? <NamedLocalities region={region} /> : <LocalitiesTable region={region} nameOf={() => undefined} />;
}

function NamedLocalities({ region }: { region: RegionView }) {
  const members = useApi<{ members: Member[] }>(paths.members(region.spaceId));
  const nameOf: NameOf = (userId) => (members.status === 'done' ? members.data.members.find((m) => m.userId === userId)?.displayName : undefined);
  return (
    <LocalitiesTable region={region} nameOf={nameOf}>
      {members.status === 'done' && <OfficialsForm region={region} members={members.data.members} />}
    </LocalitiesTable>
  );
}

function LocalitiesTable({ region, nameOf, children }: { region: RegionView; nameOf: NameOf; children?: ReactNode }) {
  const t = useT();
  const officials = (id: string) => region.officials.filter((o) => o.localityId === id);
  return (
    <section className="panel" aria-labelledby="lk-localities">
      <h2 id="lk-localities">{t('linkage.localities.title')}</h2>
      <div className="table-scroll" role="region" aria-labelledby="lk-localities" tabIndex={0}>
        <table className="table" data-testid="linkage-localities">
          <thead>
            <tr>
              <th scope="col">{t('linkage.localities.member')}</th>
              <th scope="col">{t('linkage.localities.now')}</th>
              <th scope="col">{t('linkage.localities.officials')}</th>
            </tr>
          </thead>
          <tbody>
            {region.localities.map((l) => (
              <tr key={l.id}>
                <th scope="row">{l.name}</th>
                <td>{l.successor.id === l.id ? t('linkage.localities.inForce') : t('linkage.localities.partOf', { name: l.successor.name })}</td>
                <td>{officials(l.id).map((o) => nameOf(o.userId) ?? t('linkage.localities.official')).join(', ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {children}
    </section>
  );
}
