// Pieces of the public forum pages: the agenda and the connection points' attendance.
import { formatDate, formatDateTime, formatNumber } from '../../../core/format';
import type { Lang } from '../../../http/pages';
import type { ForumText } from '../forum.table';
import { words } from './forum.words';

export type PageForum = {
  title: ForumText;
  startsOn: string;
  endsOn: string;
  themes: (ForumText & { key: string })[];
  sessions: { id: string; title: ForumText; startsAt: string; endsAt: string; items: { id: string; startsAt: string; title: ForumText; speakers: string[]; theme: string | null }[] }[];
};
export type PagePoint = { id: string; name: { vi: string; en: string }; mainHall: boolean; expected: number | null; checkedIn: number; attendees: string[] };

export const text = (lang: Lang, t: ForumText) => (lang === 'en' ? (t.en ?? t.vi) : t.vi);
/** "13/07/2021" or "13/07/2021 – 14/07/2021". */
export const dates = (f: { startsOn: string; endsOn: string }) => (f.startsOn === f.endsOn ? formatDate(f.startsOn) : `${formatDate(f.startsOn)} – ${formatDate(f.endsOn)}`);
const time = (at: string) => formatDateTime(at).slice(-5);
const count = (lang: Lang, n: number | null) => (n === null ? '—' : formatNumber(n, lang));

export function Agenda({ lang, forum }: { lang: Lang; forum: PageForum }) {
  const w = words[lang];
  if (!forum.sessions.length) return <p>{w.noAgenda}</p>;
  const theme = new Map(forum.themes.map((t) => [t.key, text(lang, t)]));
  return (
    <>
      {forum.sessions.map((s) => (
        <section key={s.id}>
          <h3>{`${time(s.startsAt)}–${time(s.endsAt)} · ${text(lang, s.title)}`}</h3>
          <table>
            <tbody>
              {s.items.map((i) => (
                <tr key={i.id}>
                  <td className="time">{time(i.startsAt)}</td>
                  <td>
                    {text(lang, i.title)}
                    {i.speakers.length > 0 && <small>{` — ${w.speakers}: ${i.speakers.join('; ')}`}</small>}
                    {i.theme && theme.has(i.theme) && <small>{` (${theme.get(i.theme)})`}</small>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </>
  );
}

export function Points({ lang, points, slug }: { lang: Lang; points: PagePoint[]; slug: string }) {
  const w = words[lang];
  const sum = (pick: (p: PagePoint) => number | null) => points.reduce((a, p) => a + (pick(p) ?? 0), 0);
  const suffix = lang === 'en' ? '?lang=en' : '';
  return (
    <div className="scroll">
      <table className="pts">
        <thead>
          <tr>
            <th>{w.point}</th>
            <th className="num">{w.expected}</th>
            <th className="num">{w.checkedIn}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.id} className={p.mainHall ? 'hall' : undefined}>
              <td>
                <a href={`/f/${slug}/p/${p.id}${suffix}`}>{p.name[lang]}</a>
                {p.mainHall && ` (${w.mainHall})`}
              </td>
              <td className="num">{count(lang, p.expected)}</td>
              <td className="num">{count(lang, p.checkedIn)}</td>
            </tr>
          ))}
          <tr className="hall">
            <td>{`${w.overall} (${points.length})`}</td>
            <td className="num">{count(lang, sum((p) => p.expected))}</td>
            <td className="num">{count(lang, sum((p) => p.checkedIn))}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
