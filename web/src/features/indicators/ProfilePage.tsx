// /evidence/provinces/:code: one province on every index it has — where it stands against its region and
// the country (radar and rank table), how it moved over the years (trend lines), and what that says for
// each priority area (need scores). ?unit=34 reads the province as it is since 1 July 2025.
import { useMemo } from 'react';
import { useApi } from '../../shared/api/useApi';
import { Link, useLocation, useSearchParams } from 'wouter';
import { ErrorNote, Loading } from '../../shared/layout/Status';
import { usePick, useT } from '../../shared/i18n/i18n';
import { links, paths, unitOf, type Edition, type Profile, type ProfileIndex, type UnitSet } from './api';
import { EvidenceNav } from './EvidenceNav';
import { useNumbers } from './numbers';
import { PriorityPanel } from './PriorityPanel';
import { ProfileRankTable } from './ProfileRankTable';
import { RadarPanel } from './RadarPanel';
import { StatisticsPanel } from './StatisticsPanel';
import { TrendPanel } from './TrendPanel';
import { useUnits } from './useUnits';

export function ProfilePage({ code }: { code: string }) {
  const t = useT();
  const [query] = useSearchParams();
  const unit = unitOf(query.get('unit'));
  const profile = useApi<Profile>(paths.profile(code, unit));
  const back = (
    <nav className="crumbs" aria-label={t('app.breadcrumb')}>
      <Link to={links.ranking()}>← {t('evidence.title')}</Link>
    </nav>
  );
  if (profile.status === 'loading') return <>{back}<Loading /></>;
  if (profile.status === 'error') return <>{back}<ErrorNote error={profile.error} onRetry={profile.retry} /></>;
  return (
    <>
      {back}
      <ProfileView profile={profile.data} query={query} />
    </>
  );
}

function ProfileView({ profile, query }: { profile: Profile; query: URLSearchParams }) {
  const t = useT();
  const [, navigate] = useLocation();
  const { locality, unit } = profile;

  const set = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(query);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null) next.delete(k);
      else next.set(k, v);
    }
    const s = next.toString();
    navigate(`${links.profile(locality.code)}${s ? `?${s}` : ''}`, { replace: true });
  };

  const indices = profile.indices.filter((i) => i.years.length > 0);
  const index: ProfileIndex | undefined = indices.find((i) => i.index === query.get('index')?.toUpperCase()) ?? indices[0];
  const years = index ? [...index.years].sort((a, b) => b.year - a.year) : [];
  const year = years.find((y) => String(y.year) === query.get('year')) ?? years[0];

  return (
    <>
      <ProfileHead profile={profile} index={index} />
      <EvidenceNav current="profile" />

      {!index || !year ? (
        <p className="empty">{t('evidence.profile.noFigures')}</p>
      ) : (
        <>
          <IndexYearPicker indices={indices} index={index} years={years} year={year.year} onChange={set} />
          <YearSections key={`${index.index}${year.year}`} profile={profile} index={index} year={year.year} sub={query.get('sub')} onSub={(sub) => set({ sub })} />
        </>
      )}
      <StatisticsPanel code={locality.code} unit={unit} name={locality.name} />
      <PriorityPanel code={locality.code} unit={unit} name={locality.name} />
    </>
  );
}

/** The province's name, region and set of provinces, and the way to the same place in the other set. */
function ProfileHead({ profile, index }: { profile: Profile; index: ProfileIndex | undefined }) {
  const t = useT();
  const pick = usePick();
  const { locality, unit } = profile;
  const other: UnitSet = unit === 63 ? 34 : 63;
  const otherUnits = useUnits(other);
  const ownUnits = useUnits(unit);
  const self = ownUnits?.get(locality.code);
  return (
    <header className="page-head">
      <p className="page-head__tags">
        <span className="tag">{pick(locality.region)}</span>
        <span className="tag">{t(unit === 63 ? 'evidence.unit.63' : 'evidence.unit.34')}</span>
      </p>
      <h1 data-testid="profile-title">{t('evidence.profile.title', { name: locality.name })}</h1>
      <p className="lead">{t('evidence.profile.lead', { fullName: locality.fullName, region: pick(locality.region) })}</p>
      {unit === 34 && self?.predecessors && self.predecessors.length > 1 && (
        <p className="note">{t('evidence.profile.merged', { names: self.predecessors.map((p) => p.name).join(', ') })}</p>
      )}
      {unit === 63 && self?.successor && otherUnits?.get(self.successor.code) && (
        <p className="muted">
          {t('evidence.profile.successor', { name: self.successor.name })}{' '}
          <Link to={links.profile(self.successor.code, 34)} data-testid="profile-other-unit">
            {t('evidence.profile.see34', { name: self.successor.name })}
          </Link>
        </p>
      )}
      {unit === 34 && otherUnits?.get(locality.code) && (
        <p className="muted">
          <Link to={links.profile(locality.code, 63)} data-testid="profile-other-unit">
            {t('evidence.profile.see63', { name: otherUnits.get(locality.code)!.name })}
          </Link>
        </p>
      )}
      <p>
        <Link to={links.compare([locality.code], index?.index, unit)}>{t('evidence.profile.compare')}</Link>
      </p>
    </header>
  );
}

type PickerProps = { indices: ProfileIndex[]; index: ProfileIndex; years: ProfileIndex['years']; year: number; onChange: (changes: Record<string, string | null>) => void };

function IndexYearPicker({ indices, index, years, year, onChange: set }: PickerProps) {
  const t = useT();
  const pick = usePick();
  return (
    <section className="panel ev-controls" aria-label={t('evidence.pick.label')}>
      <div className="ev-picker">
        <div className="field">
          <label htmlFor="ev-profile-index">{t('evidence.pick.index')}</label>
          <select id="ev-profile-index" data-testid="profile-index" value={index.index} onChange={(e) => set({ index: e.target.value, year: null, sub: null })}>
            {indices.map((i) => (
              <option key={i.index} value={i.index}>
                {i.index} — {pick(i)}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--narrow">
          <label htmlFor="ev-profile-year">{t('evidence.pick.year')}</label>
          <select id="ev-profile-year" data-testid="profile-year" value={year} onChange={(e) => set({ year: e.target.value })}>
            {years.map((y) => (
              <option key={y.year} value={y.year}>
                {y.year}
              </option>
            ))}
          </select>
        </div>
      </div>
      {index.missingYears.length > 0 && <p className="note">{t('evidence.profile.missingYears', { index: index.index, years: index.missingYears.join(', ') })}</p>}
    </section>
  );
}

function YearSections({ profile, index, year, sub, onSub }: { profile: Profile; index: ProfileIndex; year: number; sub: string | null; onSub: (sub: string) => void }) {
  const t = useT();
  const numbers = useNumbers();
  const { locality, unit } = profile;
  const edition = useApi<Edition>(paths.edition(index.index, year, unit));
  const units = useUnits(unit);
  const standing = index.years.find((y) => y.year === year)!;
  const rows = edition.status === 'done' ? edition.data.rows : null;
  // Only the province's own region counts for regional ranks; without the unit list they wait.
  const regionRows = useMemo(
    () => (rows && units ? rows.filter((r) => units.get(r.locality.code)?.region.key === locality.region.key) : null),
    [rows, units, locality.region.key],
  );

  return (
    <>
      {edition.status === 'error' && <ErrorNote error={edition.error} onRetry={edition.retry} />}
      <div className="ev-standing" data-testid="profile-standing">
        <Figure label={t('evidence.profile.score', { index: index.index, year })} value={numbers.score(standing.score)} />
        <Figure label={t('evidence.profile.nationalRank')} value={standing.national ? `${standing.national.rank}/${standing.national.of}` : '—'} />
        <Figure label={t('evidence.profile.regionalRank')} value={standing.regional ? `${standing.regional.rank}/${standing.regional.of}` : '—'} />
        <Figure label={t('evidence.profile.percentile')} value={standing.national ? numbers.one(standing.national.percentile) : '—'} />
      </div>
      <div className="ev-columns">
        <RadarPanel name={locality.name} region={locality.region} index={index.index} year={year} standing={standing} rows={rows} />
        <section className="panel ev-weakest" aria-labelledby="ev-weakest-heading">
          <h2 id="ev-weakest-heading">{t('evidence.profile.weakestTitle')}</h2>
          <ol className="ev-weakest__list" data-testid="weakest">
            {standing.weakest.map((key) => {
              const d = standing.dimensions.find((x) => x.key === key);
              return d ? <WeakItem key={key} label={d} value={numbers.score(d.value)} percentile={numbers.one(d.nationalPercentile)} /> : null;
            })}
          </ol>
          <p className="muted">{t('evidence.profile.weakestHow')}</p>
        </section>
      </div>
      <ProfileRankTable profile={profile} index={index.index} standing={standing} rows={rows} regionRows={regionRows} numbers={numbers} />
      <TrendPanel profile={profile} index={index} sub={sub} onSub={onSub} />
    </>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div className="ev-figure">
      <span className="ev-figure__label">{label}</span>
      <span className="ev-figure__value">{value}</span>
    </div>
  );
}

function WeakItem({ label, value, percentile }: { label: { vi: string; en: string }; value: string; percentile: string }) {
  const t = useT();
  const pick = usePick();
  return (
    <li>
      <strong>{pick(label)}</strong>
      <span className="muted"> — {t('evidence.profile.weakItem', { value, percentile })}</span>
    </li>
  );
}
