// A forum's connection points (điểm cầu): the main hall first, then the provinces and organisations,
// each with expected, registered and checked-in people. A facilitator prints a point's QR cards here:
// the codes exist only on that sheet.
import { useState, type ReactNode } from 'react';
import { apiFile, errorMessage } from '../../shared/api/client';
import { saveFile } from '../../shared/download';
import { formatNumber } from '../../shared/format';
import { useLang, usePick, useT } from '../../shared/i18n/i18n';
import { paths, type ForumPoint, type ForumView } from './api';
import { RemoveButton } from './ForumAgenda';
import { PointForm } from './PointForm';
import { PointScreenLinks } from './screens/ScreenLinks';
import { useSend } from './useSend';

export function ForumPoints({ forum, onChange }: { forum: ForumView; onChange: () => void }) {
  const t = useT();
  const pick = usePick();
  const { lang } = useLang();
  const [failure, setError] = useState<unknown>(null);
  const { send, error: refused } = useSend(onChange);
  const error = failure ?? refused;
  const manage = forum.permissions.manage;
  const points = [...forum.points].sort((a, b) => Number(b.mainHall) - Number(a.mainHall) || pick(a.name).localeCompare(pick(b.name), lang));

  const printCards = async (point: ForumPoint, cards: number) => {
    setError(null);
    try {
      const { blob, filename } = await apiFile(paths.cards(forum.id, point.id), { method: 'POST', body: { count: cards } });
      saveFile(blob, filename ?? 'the-dang-ky.pdf');
      onChange();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section className="panel" aria-labelledby="points-heading" data-testid="forum-points">
      <h2 id="points-heading">{t('forums.points', { count: points.length })}</h2>
      {error != null && <p className="form__error" role="alert">{errorMessage(error, lang, t)}</p>}
      {points.length === 0 ? (
        <p className="muted">{t('forums.pointsEmpty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="fo-points">
            <thead>
              <tr>
                <th scope="col">{t('forums.point.name')}</th>
                <th scope="col" className="num">{t('forums.attendance.expected')}</th>
                <th scope="col" className="num">{t('forums.attendance.registered')}</th>
                <th scope="col" className="num">{t('forums.attendance.checkedIn')}</th>
                {manage && <th scope="col">{t('forums.point.cards')}</th>}
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <PointRow key={p.id} point={p} links={<PointScreenLinks forumId={forum.id} pointId={p.id} moderate={manage || forum.permissions.moderates.includes(p.id)} />} onPrint={manage ? (n) => printCards(p, n) : null} onRemove={manage ? () => void send(paths.point(forum.id, p.id), 'DELETE') : null} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {manage && <PointForm forum={forum} onChange={onChange} />}
    </section>
  );
}

type RowProps = { point: ForumPoint; links: ReactNode; onPrint: ((count: number) => Promise<void>) | null; onRemove: (() => void) | null };

function PointRow({ point, links, onPrint, onRemove }: RowProps) {
  const t = useT();
  const pick = usePick();
  const { lang } = useLang();
  const count = (n: number | null) => (n === null ? '—' : formatNumber(n, lang));
  return (
    <tr data-testid="forum-point">
      <th scope="row">
        {pick(point.name)}
        {point.mainHall && <span className="fo-hall">{t('forums.point.mainHall')}</span>}
        {links}
      </th>
      <td className="num">{count(point.expected)}</td>
      <td className="num">{count(point.registered)}</td>
      <td className="num" data-testid="point-checked-in">{count(point.checkedIn)}</td>
      {onPrint && (
        <td>
          <CardsButton onPrint={onPrint} />
          {onRemove && <RemoveButton label={t('forums.point.remove')} onClick={onRemove} />}
        </td>
      )}
    </tr>
  );
}

function CardsButton({ onPrint }: { onPrint: (count: number) => Promise<void> }) {
  const t = useT();
  const [cards, setCards] = useState(10);
  const [busy, setBusy] = useState(false);
  return (
    <span className="fo-cards">
      <input type="number" min={1} max={500} value={cards} onChange={(e) => setCards(Number(e.target.value))} aria-label={t('forums.point.cardCount')} />
      <button
        type="button"
        className="button"
        disabled={busy || !(cards >= 1 && cards <= 500)}
        onClick={async () => {
          setBusy(true);
          await onPrint(cards);
          setBusy(false);
        }}
      >
        {t('forums.point.print')}
      </button>
    </span>
  );
}
