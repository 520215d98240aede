// Participation over time: votes cast (a changed vote again on its day) and new participants per day (Viet
// Nam's day), as bars and as a table.
import { useMemo } from 'react';
import type { BarData } from '../../shared/charts/bars';
import { LazyChart } from '../../shared/charts/LazyChart';
import { formatDate, formatNumber } from '../../shared/format';
import { useLang, useT } from '../../shared/i18n/i18n';
import type { Kept } from '../forums/screens/useKept';
import type { Participation } from './api';

const loadBars = () => import('../../shared/charts/bars').then((m) => m.drawBars);

export function ParticipationPanel({ answer }: { answer: Kept<Participation> }) {
  const t = useT();
  const { lang } = useLang();
  const days = answer.data?.days ?? [];
  const key = days.map((d) => `${d.day}:${d.votes}:${d.participants}`).join(' ');
  const chart = useMemo<BarData>(
    () => ({ categories: days.map((d) => formatDate(d.day)), series: [{ name: t('opinion.col.votes'), values: days.map((d) => d.votes) }], format: (v) => formatNumber(v, lang) }),
    // drawn again only when a figure changes, not at every poll
    [key, lang, t],
  );
  return (
    <section className="panel" aria-labelledby="op-participation" data-testid="participation">
      <h2 id="op-participation">{t('opinion.participation.title')}</h2>
      {answer.data && days.length === 0 && <p className="muted">{t('opinion.participation.empty')}</p>}
      {days.length > 0 && <p className="muted">{t('opinion.participation.note')}</p>}
      {days.length > 0 && <LazyChart load={loadBars} data={chart} label={t('opinion.participation.label')} testId="participation-chart" />}
      {days.length > 0 && (
        <div className="table-scroll" role="region" aria-labelledby="op-participation" tabIndex={0}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('opinion.col.day')}</th>
                <th scope="col" className="num">{t('opinion.col.votes')}</th>
                <th scope="col" className="num">{t('opinion.col.participants')}</th>
              </tr>
            </thead>
            <tbody>
              {days.map((d) => (
                <tr key={d.day}>
                  <td>{formatDate(d.day)}</td>
                  <td className="num">{formatNumber(d.votes, lang)}</td>
                  <td className="num">{formatNumber(d.participants, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
