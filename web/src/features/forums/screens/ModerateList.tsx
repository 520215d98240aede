// The moderator's questions in three groups: waiting (oldest first, so none is forgotten), approved
// and not yet answered (most upvoted first, as the screens show them), and answered.
import { usePick, useT } from '../../../shared/i18n/i18n';
import type { MessageKey } from '../../../shared/i18n/vi';
import { localized, type ForumView } from '../api';
import type { Question } from './api';
import { ModerateCard } from './ModerateCard';

type Props = { forum: ForumView; questions: Question[]; targets: Question[]; hall: boolean; onChange: () => void };

const byAge = (a: Question, b: Question) => a.createdAt.localeCompare(b.createdAt);

export function ModerateList({ forum, questions, targets, hall, onChange }: Props) {
  const pick = usePick();
  const items = new Map(forum.sessions.flatMap((s) => s.items).map((i) => [i.id, pick(localized(i.title))]));
  const points = new Map(forum.points.map((p) => [p.id, pick(p.name)]));
  const open = targets.filter((q) => q.status === 'approved' || q.status === 'waiting');
  const groups: [string, MessageKey, Question[]][] = [
    ['waiting', 'screens.moderate.waiting', questions.filter((q) => q.status === 'waiting').sort(byAge)],
    ['approved', 'screens.moderate.approved', questions.filter((q) => q.status === 'approved' && q.answer === null)],
    ['answered', 'screens.moderate.answered', questions.filter((q) => q.status === 'approved' && q.answer !== null)],
  ];
  return (
    <>
      {groups.map(([key, title, list]) => (
        <Group key={key} id={key} title={title} count={list.length}>
          {list.map((q) => (
            <ModerateCard
              key={q.id}
              forumId={forum.id}
              q={q}
              about={[items.get(q.itemId), hall ? points.get(q.pointId) : undefined]}
              targets={open.filter((other) => other.id !== q.id)}
              onChange={onChange}
            />
          ))}
        </Group>
      ))}
    </>
  );
}

function Group({ id, title, count, children }: { id: string; title: MessageKey; count: number; children: React.ReactNode }) {
  const t = useT();
  return (
    <section className="panel mq-group" aria-labelledby={`mq-${id}`} data-testid={`moderate-${id}`}>
      <h2 id={`mq-${id}`}>{t(title, { count })}</h2>
      {count === 0 ? <p className="muted">{t('screens.moderate.empty')}</p> : <div className="mq-list">{children}</div>}
    </section>
  );
}
