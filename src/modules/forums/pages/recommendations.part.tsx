// The public page's recommendations: the accepted ones, each with its owner agency, review date and its
// follow-up read from the plan action it became (status, progress, latest report), linking to the
// space's public dashboard /d/{slug} when that shows the plan.
import { formatDate } from '../../../core/format';
import type { Lang } from '../../../http/pages';
import type { FollowUp } from '../../plans';
import { standing } from '../recommendation.words';

export type PageRecommendation = { id: string; text: string; owner: string; reviewOn: string | null; status: 'proposed' | 'accepted' | 'declined'; followUp: FollowUp | null };

const words = {
  vi: { heading: 'Khuyến nghị và theo dõi thực hiện', none: 'Chưa có khuyến nghị nào được chấp nhận.', owner: 'Cơ quan chủ trì', review: 'Xem xét lại', plan: 'Kế hoạch', dashboard: 'Bảng theo dõi công khai' },
  en: { heading: 'Recommendations and follow-up', none: 'No recommendation has been accepted yet.', owner: 'Owner', review: 'Review', plan: 'Plan', dashboard: 'Public dashboard' },
};

export function Recommendations({ lang, items }: { lang: Lang; items: PageRecommendation[] }) {
  const w = words[lang];
  return (
    <>
      <h2>{w.heading}</h2>
      {items.length === 0 && <p>{w.none}</p>}
      <ol>
        {items.map((r) => (
          <li key={r.id}>
            {r.text}
            <br />
            <small>{[`${w.owner}: ${r.owner}`, r.reviewOn && `${w.review}: ${formatDate(r.reviewOn)}`].filter(Boolean).join(' · ')}</small>
            <br />
            <strong>{standing(lang, r, r.followUp)}</strong>
            {r.followUp && <FollowUpLine lang={lang} f={r.followUp} />}
          </li>
        ))}
      </ol>
    </>
  );
}

function FollowUpLine({ lang, f }: { lang: Lang; f: FollowUp }) {
  const w = words[lang];
  return (
    <small>
      {` · ${w.plan}: ${f.planTitle[lang]}`}
      {f.dashboardSlug && (
        <>
          {' · '}
          <a href={`/d/${encodeURIComponent(f.dashboardSlug)}${lang === 'en' ? '?lang=en' : ''}`}>{w.dashboard}</a>
        </>
      )}
    </small>
  );
}
