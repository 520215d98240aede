// A forum's agenda: its sessions in order, each with its items (time, title, speakers, theme).
import { formatDate, formatTime } from '../../shared/format';
import { usePick, useT } from '../../shared/i18n/i18n';
import { localized, type ForumView } from './api';

export function ForumAgenda({ sessions, themes }: Pick<ForumView, 'sessions' | 'themes'>) {
  const t = useT();
  const pick = usePick();
  const themeOf = (key: string | null) => themes.find((theme) => theme.key === key);
  return (
    <section className="panel" aria-labelledby="agenda-heading" data-testid="forum-agenda">
      <h2 id="agenda-heading">{t('forums.agenda')}</h2>
      {sessions.length === 0 && <p className="muted">{t('forums.agendaEmpty')}</p>}
      {sessions.map((s) => (
        <div key={s.id} className="fo-session">
          <h3>
            {pick(localized(s.title))} <span className="muted">{formatDate(s.startsAt)} {formatTime(s.startsAt)}–{formatTime(s.endsAt)}</span>
          </h3>
          <ol className="fo-items">
            {s.items.map((item) => {
              const theme = themeOf(item.theme);
              return (
                <li key={item.id}>
                  <span className="fo-items__time">{formatTime(item.startsAt)}</span>
                  <span>
                    {pick(localized(item.title))}
                    {item.speakers.length > 0 && <span className="muted"> — {item.speakers.join('; ')}</span>}
                    {theme && <span className="fo-theme">{pick(localized(theme))}</span>}
                  </span>
                </li>
              );
            })}
          </ol>
        </div>
      ))}
    </section>
  );
}
