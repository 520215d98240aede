// Members of a space, for those allowed to see them. The table scrolls inside its own box so a
// phone never scrolls the whole page sideways.
import type { Member } from '../../shared/api/types';
import { useApi } from '../../shared/api/useApi';
import { labelOf, usePick, useT } from '../../shared/i18n/i18n';
import { ErrorNote, Loading } from '../../shared/layout/Status';

export function MembersSection({ spaceId }: { spaceId: string }) {
  const t = useT();
  const pick = usePick();
  const result = useApi<{ members: Member[] }>(`/api/spaces/${encodeURIComponent(spaceId)}/members`);

  return (
    <section className="panel" aria-labelledby="members-heading">
      <div className="panel__head">
        <h2 id="members-heading">{t('space.members')}</h2>
        {result.status === 'done' && (
          <span className="muted">{t('space.membersCount', { n: result.data.members.length })}</span>
        )}
      </div>
      {result.status === 'loading' && <Loading />}
      {result.status === 'error' && <ErrorNote error={result.error} onRetry={result.retry} />}
      {result.status === 'done' && (
        // tabIndex lets keyboard users scroll the table sideways; the region names what they scroll.
        <div className="table-scroll" role="region" aria-labelledby="members-heading" tabIndex={0}>
          <table className="table" data-testid="members-table">
            <thead>
              <tr>
                <th scope="col">{t('members.name')}</th>
                <th scope="col">{t('members.organisation')}</th>
                <th scope="col">{t('members.role')}</th>
              </tr>
            </thead>
            <tbody>
              {result.data.members.length === 0 && (
                <tr>
                  <td colSpan={3} className="muted">{t('space.noMembers')}</td>
                </tr>
              )}
              {result.data.members.map((member) => (
                <tr key={`${member.userId}:${member.role}`}>
                  <th scope="row">{member.displayName}</th>
                  <td>{member.organisation ? pick(member.organisation.name) : t('members.noOrganisation')}</td>
                  <td>{labelOf(t, 'role', member.role)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
