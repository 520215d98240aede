// Who is present, on a screen: the hall's screen rolls the check-ins of every point up to one total
// and lists the points with most people checked in; a point's screen shows its own figures.
import { formatNumber } from '../../../shared/format';
import { useLang, usePick, useT } from '../../../shared/i18n/i18n';
import type { ForumPoint, ForumView } from '../api';

/** Points listed by name on the hall screen; the rest are counted in one line. */
const LISTED = 8;

export function ScreenAttendance({ forum, point }: { forum: ForumView; point: ForumPoint | null }) {
  const t = useT();
  const pick = usePick();
  const { lang } = useLang();
  const n = (value: number) => formatNumber(value, lang);
  if (point) {
    return (
      <section className="fs__panel" aria-labelledby="fs-present">
        <h2 id="fs-present">{t('screens.present')}</h2>
        <p className="fs__big" data-testid="screen-checked-in">{n(point.checkedIn)}</p>
        {point.expected !== null && <p className="fs__meta">{t('screens.expected', { count: n(point.expected) })}</p>}
      </section>
    );
  }
  const present = forum.points.filter((p) => p.checkedIn > 0).sort((a, b) => b.checkedIn - a.checkedIn || pick(a.name).localeCompare(pick(b.name), lang));
  return (
    <section className="fs__panel" aria-labelledby="fs-present">
      <h2 id="fs-present">{t('screens.present')}</h2>
      <p className="fs__big" data-testid="screen-checked-in">{n(forum.attendance.checkedIn)}</p>
      <p className="fs__meta">{t('screens.pointsPresent', { count: present.length, total: forum.points.length })}</p>
      {present.length > 0 && (
        <ul className="fs__points" aria-label={t('screens.perPoint')}>
          {present.slice(0, LISTED).map((p) => (
            <li key={p.id}>
              <span>{pick(p.name)}</span>
              <span className="fs__count">{n(p.checkedIn)}</span>
            </li>
          ))}
          {present.length > LISTED && <li className="fs__meta">{t('screens.morePoints', { count: present.length - LISTED })}</li>}
        </ul>
      )}
    </section>
  );
}
