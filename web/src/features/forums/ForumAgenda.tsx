// A forum's agenda: its sessions in order, each with its items (time, title, speakers, theme). A
// facilitator adds and removes sessions and items here.
import { errorMessage } from '../../shared/api/client';
import { formatDate, formatTime } from '../../shared/format';
import { useLang, usePick, useT } from '../../shared/i18n/i18n';
import { localized, paths, type ForumView } from './api';
import { ItemForm } from './ItemForm';
import { SessionForm } from './SessionForm';
import { useSend } from './useSend';

export function ForumAgenda({ forum, onChange }: { forum: ForumView; onChange: () => void }) {
  const t = useT();
  const pick = usePick();
  const { lang } = useLang();
  const { send, error } = useSend(onChange);
  const manage = forum.permissions.manage;
  const themeOf = (key: string | null) => forum.themes.find((theme) => theme.key === key);
  const remove = (path: string) => void send(path, 'DELETE');
  return (
    <section className="panel" aria-labelledby="agenda-heading" data-testid="forum-agenda">
      <h2 id="agenda-heading">{t('forums.agenda')}</h2>
      {forum.sessions.length === 0 && <p className="muted">{t('forums.agendaEmpty')}</p>}
      {error != null && <p className="form__error" role="alert">{errorMessage(error, lang, t)}</p>}
      {forum.sessions.map((s) => (
        <div key={s.id} className="fo-session" data-testid="forum-session">
          <h3>
            {pick(localized(s.title))} <span className="muted">{formatDate(s.startsAt)} {formatTime(s.startsAt)}–{formatTime(s.endsAt)}</span>
            {manage && <RemoveButton label={t('forums.session.remove')} onClick={() => remove(paths.session(forum.id, s.id))} />}
          </h3>
          <ol className="fo-items">
            {s.items.map((item) => {
              const theme = themeOf(item.theme);
              return (
                <li key={item.id} data-testid="forum-item">
                  <span className="fo-items__time">{formatTime(item.startsAt)}</span>
                  <span>
                    {pick(localized(item.title))}
                    {item.speakers.length > 0 && <span className="muted"> — {item.speakers.join('; ')}</span>}
                    {theme && <span className="fo-theme">{pick(localized(theme))}</span>}
                  </span>
                  {manage && <RemoveButton label={t('forums.item.remove')} onClick={() => remove(paths.item(forum.id, item.id))} />}
                </li>
              );
            })}
          </ol>
          {manage && <ItemForm forum={forum} session={s} onChange={onChange} />}
        </div>
      ))}
      {manage && <SessionForm forum={forum} onChange={onChange} />}
    </section>
  );
}

export function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className="fo-remove" onClick={onClick} aria-label={label} title={label}>
      ×
    </button>
  );
}
