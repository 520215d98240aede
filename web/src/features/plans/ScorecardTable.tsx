// Agency scorecards as tables: every lead agency in one period, and one agency over the periods.
import { formatNumber } from '../../shared/format';
import { useLang, usePick, useT } from '../../shared/i18n/i18n';
import type { Scorecard } from './api';
import { percentText, shareText } from './numbers';
import { periodText } from './periods';

function Figures({ c }: { c: Scorecard }) {
  const t = useT();
  const { lang } = useLang();
  const n = (x: number) => formatNumber(x, lang, 0);
  return (
    <>
      <td className="pl-num" data-testid="card-ontime">
        {c.reportsDue ? t('plans.card.ofShare', { part: n(c.reportsOnTime), whole: n(c.reportsDue), share: shareText(c.onTimeRate, lang) }) : '—'}
      </td>
      <td className="pl-num" data-testid="card-ontrack">
        {c.actions ? t('plans.card.of', { part: n(c.actionsOnTrack), whole: n(c.actions) }) : '—'}
      </td>
      <td className="pl-num" data-testid="card-kpi">{c.kpiAttainment === null ? '—' : percentText(c.kpiAttainment, lang)}</td>
      <td className={c.overdue ? 'pl-num pl-late' : 'pl-num'} data-testid="card-overdue">{n(c.overdue)}</td>
    </>
  );
}

function Head({ first }: { first: string }) {
  const t = useT();
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        <th scope="col" className="pl-num">{t('plans.card.onTime')}</th>
        <th scope="col" className="pl-num">{t('plans.card.onTrack')}</th>
        <th scope="col" className="pl-num">{t('plans.card.kpi')}</th>
        <th scope="col" className="pl-num">{t('plans.card.overdue')}</th>
      </tr>
    </thead>
  );
}

export function PeriodTable({ cards }: { cards: Scorecard[] }) {
  const t = useT();
  const pick = usePick();
  return (
    <div className="table-scroll">
      <table className="table pl-table" data-testid="scorecard-table">
        <Head first={t('plans.card.agency')} />
        <tbody>
          {cards.map((c) => (
            <tr key={c.agencyId} data-testid="scorecard-row" data-agency={c.agencyId}>
              <th scope="row">{pick(c.agencyName)}</th>
              <Figures c={c} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function AgencyTable({ cards }: { cards: Scorecard[] }) {
  const t = useT();
  return (
    <div className="table-scroll">
      <table className="table pl-table" data-testid="agency-history">
        <Head first={t('plans.card.period')} />
        <tbody>
          {[...cards].reverse().map((c) => (
            <tr key={c.period}>
              <th scope="row">{periodText(c.period)}</th>
              <Figures c={c} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
