// A unit's review of its own functions: the unit's activities, its comments and proposals (add one), and —
// for the unit's official — the sign-off. Above it every unit's review status; coordinators (the focal unit,
// facilitators) also read which units have not yet signed off.
import { useState } from 'react';
import { api, errorMessage } from '../../shared/api/client';
import { useApi } from '../../shared/api/useApi';
import { formatDate, formatNumber } from '../../shared/format';
import { useLang, usePick, useT } from '../../shared/i18n/i18n';
import { ErrorNote, Loading } from '../../shared/layout/Status';
import { localized, paths, type Activities, type DevolutionSpace, type Notes, type Reviews } from './api';
import { NoteForm } from './NoteForm';

type Props = { spaceId: string; space: DevolutionSpace; activities: Activities['activities']; onChange: () => void; version: number };
type Label = { key: string; vi: string; en: string };
export const labelIn = (list: Label[], key: string, pick: (l: Label) => string) => { const l = list.find((x) => x.key === key); return l ? pick(l) : key; };

export function ReviewPanel({ spaceId, space, activities, onChange, version }: Props) {
  const t = useT();
  const pick = usePick();
  const reviews = useApi<Reviews>(paths.reviews(spaceId), version);
  const mine = space.permissions.signOff[0] ?? space.permissions.editUnits[0] ?? null;
  const [unit, setUnit] = useState<string | null>(mine);
  if (reviews.status === 'error') return <ErrorNote error={reviews.error} onRetry={reviews.retry} />;
  if (reviews.status !== 'done') return <Loading />;
  const nameOf = (key: string) => pick(localized(space.units.find((u) => u.key === key)?.name ?? { vi: key, en: null }));
  return (
    <section className="panel" aria-labelledby="devolution-review-heading" data-testid="devolution-review">
      <h2 id="devolution-review-heading">{t('devolution.review.title')}</h2>
      <ul className="rows" data-testid="devolution-review-status">
        {reviews.data.reviews.map((r) => (
          <li key={r.unit} data-testid={`devolution-status-${r.unit}`}>
            {nameOf(r.unit)}: <strong>{t(`devolution.status.${r.status}`)}</strong>
            {r.signedOffAt && ` (${formatDate(r.signedOffAt)})`}
          </li>
        ))}
      </ul>
      {space.permissions.coordinate && (
        <p data-testid="devolution-not-yet">
          {reviews.data.notYetReviewed.length === 0 ? t('devolution.review.allDone') : t('devolution.review.notYet', { units: reviews.data.notYetReviewed.map(nameOf).join('; ') })}
        </p>
      )}
      {space.permissions.editUnits.length > 1 && (
        <div className="field">
          <label htmlFor="devolution-unit">{t('devolution.review.unit')}</label>
          <select id="devolution-unit" value={unit ?? ''} onChange={(e) => setUnit(e.target.value)}>
            {space.permissions.editUnits.map((k) => <option key={k} value={k}>{nameOf(k)}</option>)}
          </select>
        </div>
      )}
      {unit && <UnitReview spaceId={spaceId} space={space} unit={unit} unitName={nameOf(unit)} activities={activities.filter((a) => a.unit === unit)} status={reviews.data.reviews.find((r) => r.unit === unit)?.status} onChange={onChange} version={version} />}
    </section>
  );
}

type UnitProps = { spaceId: string; space: DevolutionSpace; unit: string; unitName: string; activities: Activities['activities']; status?: string; onChange: () => void; version: number };

function UnitReview({ spaceId, space, unit, unitName, activities, status, onChange, version }: UnitProps) {
  const t = useT();
  const pick = usePick();
  const { lang } = useLang();
  const notes = useApi<Notes>(paths.notes(spaceId, unit), version);
  const [problem, setProblem] = useState<string | null>(null);
  const level = (key: string) => labelIn(space.levels, key, pick);
  async function signOff() {
    setProblem(null);
    try {
      await api(paths.signOff(spaceId, unit), { method: 'POST' });
      onChange();
    } catch (e) {
      setProblem(errorMessage(e, lang, t));
    }
  }
  return (
    <div data-testid={`devolution-unit-${unit}`}>
      <h3>{t('devolution.review.activities', { unit: unitName })}</h3>
      <div className="table-scroll">
        <table>
          <thead><tr>
            <th scope="col">{t('devolution.col.activity')}</th>
            <th scope="col">{t('devolution.col.level')}</th>
            <th scope="col" className="num">{t('devolution.col.workload')}</th>
            <th scope="col" className="num">{t('devolution.col.staff')}</th>
          </tr></thead>
          <tbody>
            {activities.map((a) => (
              <tr key={a.code} data-testid={`devolution-activity-${a.code}`}>
                <th scope="row">{a.code} {a.name}</th>
                <td>{level(a.level)}</td>
                <td className="num">{formatNumber(a.workload, lang)}</td>
                <td className="num">{formatNumber(a.staff, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('devolution.review.notes')}</h3>
      {notes.status === 'done' && (notes.data.notes.length === 0 ? <p className="muted">{t('devolution.review.noNotes')}</p> : (
        <ul className="rows" data-testid="devolution-notes">
          {notes.data.notes.map((n) => (
            <li key={n.id}>
              <strong>{t(`devolution.note.${n.kind}`)}</strong>
              {n.activityCode && ` · ${n.activityCode}`}{n.proposedLevel && ` → ${level(n.proposedLevel)}`}: {n.text}
            </li>
          ))}
        </ul>
      ))}
      <NoteForm spaceId={spaceId} space={space} unit={unit} activities={activities} onAdded={onChange} />
      {space.permissions.signOff.includes(unit) && (
        <div className="form__actions">
          {status === 'signed-off'
            ? <p data-testid="devolution-signed">{t('devolution.review.signed')}</p>
            : <button type="button" className="button button--primary" onClick={signOff}>{t('devolution.review.signOff')}</button>}
        </div>
      )}
      {problem && <p className="form__error" role="alert">{problem}</p>}
    </div>
  );
}
