// The contributions (tham luận) on a forum's public page: title, speaker and organisation, the session,
// a short abstract and a link to the paper (served by /f/{slug}/contributions/{id}); sample ones labelled.
import { formatNumber } from '../../../core/format';
import type { Lang } from '../../../http/pages';
import type { Contribution } from '../contribution.service';
import type { ForumText } from '../forum.table';
import { text } from './forum.parts';

export type PageContribution = {
  id: string;
  sessionId: string | null;
  speaker: string;
  organisation: string | null;
  title: string;
  abstract: string | null;
  illustrative: boolean;
  file: { kind: string; size: number } | null;
};

const words = {
  vi: { heading: 'Tham luận', sample: 'minh họa', download: 'Tải tệp', note: 'Các tham luận đánh dấu "minh họa" là dữ liệu mẫu, không phải tham luận thật.' },
  en: { heading: 'Contributions', sample: 'illustrative', download: 'Download', note: 'Contributions marked "illustrative" are sample data, not real contributions.' },
} satisfies Record<Lang, unknown>;

/** Abstracts are cut here on the page, to keep it light; the paper has the rest. */
const ABSTRACT_CHARS = 400;
const short = (s: string) => (s.length <= ABSTRACT_CHARS ? s : `${s.slice(0, ABSTRACT_CHARS).replace(/\s+\S*$/, '')}…`);
const kb = (bytes: number, lang: Lang) => `${formatNumber(Math.max(1, Math.round(bytes / 1024)), lang)} KB`;

export function pageContribution(c: Contribution): PageContribution {
  const kind = c.fileType === 'application/pdf' ? 'PDF' : 'DOCX';
  return { ...c, file: c.fileName && c.fileSize !== null ? { kind, size: c.fileSize } : null };
}

type Props = { lang: Lang; forum: { slug: string; sessions: { id: string; title: ForumText }[]; contributions?: PageContribution[] } };

export function Contributions({ lang, forum }: Props) {
  const w = words[lang];
  const list = forum.contributions ?? [];
  if (!list.length) return null;
  const session = new Map(forum.sessions.map((s) => [s.id, text(lang, s.title)]));
  const suffix = lang === 'en' ? '?lang=en' : '';
  return (
    <>
      <h2>{`${w.heading} (${list.length})`}</h2>
      {list.some((c) => c.illustrative) && <p className="badge">{w.note}</p>}
      <ol>
        {list.map((c) => (
          <li key={c.id}>
            <strong>{c.title}</strong>
            {c.illustrative && <small>{` (${w.sample})`}</small>}
            <br />
            {[c.speaker, c.organisation, c.sessionId && session.get(c.sessionId)].filter(Boolean).join(' · ')}
            {c.abstract && (
              <>
                <br />
                <small>{short(c.abstract)}</small>
              </>
            )}
            {c.file && (
              <>
                <br />
                <a href={`/f/${forum.slug}/contributions/${c.id}${suffix}`}>{`${w.download} ${c.file.kind} (${kb(c.file.size, lang)})`}</a>
              </>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
