// The public page of a forum, /f/{slug} (a connection point's own page is point.page.tsx): plain HTML,
// no JavaScript; Vietnamese first, ?lang=en for English.
import { ballotStyle, Layout, renderPage, UserLink, type Lang } from '../../../http/pages';
import { Contributions, type PageContribution } from './contributions.part';
import { Agenda, dates, Points, text, type PageForum, type PagePoint } from './forum.parts';
import { pageStyle, words } from './forum.words';
import { Recommendations, type PageRecommendation } from './recommendations.part';
import type { AnsweredQuestion } from '../question.service';
import { AnsweredQuestions } from './questions.part';

export type ForumPageData = PageForum & {
  slug: string;
  kind: keyof (typeof words)['vi']['kinds'];
  streamUrl: string | null;
  organisers: string[];
  illustrative: boolean;
  points: PagePoint[];
  contributions?: PageContribution[];
  recommendations?: PageRecommendation[];
  answered?: AnsweredQuestion[];
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
      <Contributions lang={lang} forum={forum} />
      <h2>{`${w.points} (${forum.points.length})`}</h2>
      <Points lang={lang} points={forum.points} slug={forum.slug} />
      {forum.answered && <AnsweredQuestions lang={lang} questions={forum.answered} points={forum.points} />}
      {forum.recommendations && <Recommendations lang={lang} items={forum.recommendations} />}
    </Layout>,
  );
}
