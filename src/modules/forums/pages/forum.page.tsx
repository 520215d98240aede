// The public page of a forum, /f/{slug}, and a connection point's own page for a phone,
// /f/{slug}/p/{pointId}: plain HTML, no JavaScript; Vietnamese first, ?lang=en for English.
import { ballotStyle, Layout, renderPage, UserLink, type Lang } from '../../../http/pages';
import { Agenda, dates, Points, text, type PageForum, type PagePoint } from './forum.parts';
import { pageStyle, words } from './forum.words';

export type ForumPageData = PageForum & {
  slug: string;
  kind: keyof (typeof words)['vi']['kinds'];
  streamUrl: string | null;
  organisers: string[];
  illustrative: boolean;
  points: PagePoint[];
};

const other = (lang: Lang) => ({ href: `?lang=${lang === 'vi' ? 'en' : 'vi'}`, label: words[lang].other });

function Facts({ lang, forum }: { lang: Lang; forum: ForumPageData }) {
  const w = words[lang];
  return (
    <ul>
      <li>{`${w.dates}: ${dates(forum)} · ${w.kinds[forum.kind]}`}</li>
      {forum.organisers.length > 0 && <li>{`${w.organisers}: ${forum.organisers.join('; ')}`}</li>}
      {forum.streamUrl && (
        <li>
          <UserLink href={forum.streamUrl}>{w.stream}</UserLink>
        </li>
      )}
    </ul>
  );
}

export function forumPage(lang: Lang, forum: ForumPageData): string {
  const w = words[lang];
  const title = text(lang, forum.title);
  return renderPage(
    <Layout lang={lang} title={title} style={ballotStyle + pageStyle} other={other(lang)}>
      <h1>{title}</h1>
      {forum.illustrative && <p className="badge">{w.illustrative}</p>}
      <Facts lang={lang} forum={forum} />
      {forum.themes.length > 0 && (
        <>
          <h2>{w.themes}</h2>
          <ol>{forum.themes.map((t) => <li key={t.key}>{text(lang, t)}</li>)}</ol>
        </>
      )}
      <h2>{w.agenda}</h2>
      <Agenda lang={lang} forum={forum} />
      <h2>{`${w.points} (${forum.points.length})`}</h2>
      <Points lang={lang} points={forum.points} slug={forum.slug} />
    </Layout>,
  );
}

export function pointPage(lang: Lang, forum: ForumPageData, point: PagePoint): string {
  const w = words[lang];
  const title = text(lang, forum.title);
  return renderPage(
    <Layout lang={lang} title={`${point.name[lang]} — ${title}`} style={ballotStyle + pageStyle} other={other(lang)}>
      <p>
        <a href={`/f/${forum.slug}${lang === 'en' ? '?lang=en' : ''}`}>{`← ${w.back}`}</a>
      </p>
      <h1>{`${w.point}: ${point.name[lang]}`}</h1>
      <p>{`${title} · ${dates(forum)}`}</p>
      {forum.illustrative && <p className="badge">{w.illustrative}</p>}
      <p className="receipt">{`${w.checkedIn}: ${point.checkedIn}${point.expected === null ? '' : ` / ${point.expected}`}`}</p>
      {point.attendees.length > 0 && <p>{`${w.attendees}: ${point.attendees.join('; ')}`}</p>}
      <h2>{w.agenda}</h2>
      <Agenda lang={lang} forum={forum} />
    </Layout>,
  );
}
