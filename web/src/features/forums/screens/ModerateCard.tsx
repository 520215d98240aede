// One question on the moderator's page: its text, who asked (or "anonymous"), the agenda item and point,
// its upvotes, and what can be done with it now — approve or reject while it waits, answer once
// approved, merge into another question either way. A refusal stays on the card, in the current language.
import { errorMessage } from '../../../shared/api/client';
import { useLang, useT } from '../../../shared/i18n/i18n';
import { useSend } from '../useSend';
import { questionPaths, type Question } from './api';
import { AnswerForm } from './AnswerForm';
import { MergeForm } from './MergeForm';

type Props = { forumId: string; q: Question; about: (string | undefined)[]; targets: Question[]; onChange: () => void };

export function ModerateCard({ forumId, q, about, targets, onChange }: Props) {
  const t = useT();
  const { lang } = useLang();
  const { send, error, busy } = useSend(onChange);
  const textId = `mq-text-${q.id}`;
  const decide = (decision: 'approved' | 'rejected') => void send(questionPaths.moderation(forumId, q.id), 'POST', { decision });
  return (
    <article className="mq-card" aria-labelledby={textId} data-testid="moderate-question">
      <p className="mq-card__text" id={textId}>{q.text}</p>
      <p className="mq-card__meta muted">
        <span>{q.author ?? t('screens.anonymous')}</span>
        {about.filter(Boolean).map((text) => <span key={text}>{text}</span>)}
        <span>{t('screens.upvotes', { count: q.upvotes })}</span>
      </p>
      {q.answer && (
        <p className="mq-card__answer">
          <strong>{q.answer.by ?? t('screens.answeredBy')}:</strong> {q.answer.text}
        </p>
      )}
      {q.status === 'waiting' && (
        <p className="mq-card__actions">
          <button type="button" className="button button--primary" disabled={busy} onClick={() => decide('approved')}>{t('screens.moderate.approve')}</button>
          <button type="button" className="button button--secondary" disabled={busy} onClick={() => decide('rejected')}>{t('screens.moderate.reject')}</button>
        </p>
      )}
      {q.status === 'approved' && q.answer === null && <AnswerForm onSave={(body) => send(questionPaths.answer(forumId, q.id), 'POST', body)} busy={busy} />}
      {q.answer === null && targets.length > 0 && <MergeForm targets={targets} onMerge={(into) => send(questionPaths.merge(forumId, q.id), 'POST', { into })} busy={busy} />}
      {error != null && <p className="form__error" role="alert">{errorMessage(error, lang, t)}</p>}
    </article>
  );
}
