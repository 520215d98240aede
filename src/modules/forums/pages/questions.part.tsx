// The answered questions on a forum's public page: what was asked (by name, or "anonymous"), from which
// point, and the answer with who gave it, most upvoted first. Nothing of a question that was not both
// approved and answered reaches this page.
import { formatDate, formatNumber } from '../../../core/format';
import { formatMessage } from '../../../core/i18n';
import type { Lang } from '../../../http/pages';
import type { AnsweredQuestion } from '../question.service';
import type { PagePoint } from './forum.parts';


/** At most this many on the page, so that it stays light however many were answered. */
export const ANSWERED_ON_PAGE = 50;

const answeredWords = {
  vi: { title: 'Câu hỏi đã được trả lời', none: 'Chưa có câu hỏi nào được trả lời.', anonymous: 'Ẩn danh', upvotes: 'lượt ủng hộ', answer: 'Trả lời', more: 'Trang này hiện {n} câu hỏi được ủng hộ nhiều nhất.' },
  en: { title: 'Questions answered', none: 'No question has been answered yet.', anonymous: 'Anonymous', upvotes: 'upvotes', answer: 'Answer', more: 'This page shows the {n} most upvoted questions.' },
} satisfies Record<Lang, unknown>;

export function AnsweredQuestions({ lang, questions, points }: { lang: Lang; questions: AnsweredQuestion[]; points: PagePoint[] }) {
  const w = answeredWords[lang];
  const place = new Map(points.map((p) => [p.id, p.name[lang]]));
  return (
    <section id="questions">
      <h2>{w.title}</h2>
      {questions.length === 0 && <p>{w.none}</p>}
      {questions.map((q) => (
        <div key={q.id} className="answered">
          <p>{q.text}</p>
          <p>
            <small>{`${q.author ?? w.anonymous} · ${place.get(q.pointId) ?? ''} · ${formatNumber(q.upvotes, lang)} ${w.upvotes}`}</small>
          </p>
          <p>{`${w.answer} (${[q.answeredBy, formatDate(q.answeredAt)].filter(Boolean).join(', ')}): ${q.answer}`}</p>
        </div>
      ))}
      {questions.length === ANSWERED_ON_PAGE && <p className="help">{formatMessage(lang, w.more, { n: ANSWERED_ON_PAGE })}</p>}
    </section>
  );
}
