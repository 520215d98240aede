// The questions on a hall or point screen, as the stream ranks them (most upvotes, then the earlier):
// the open ones numbered in a list, and the answered ones moved aside with their answer, so the
// list keeps to what the hall still waits to hear.
import { usePick, useT } from '../../../shared/i18n/i18n';
import type { Question } from './api';

type Names = (pointId: string) => { vi: string; en: string } | undefined;

export function TopQuestions({ questions, pointName }: { questions: Question[]; pointName: Names | null }) {
  const t = useT();
  const open = questions.filter((q) => q.answer === null);
  return (
    <section className="fs__panel fs__top" aria-labelledby="fs-top">
      <h2 id="fs-top">{t('screens.top')}</h2>
      {open.length === 0 ? (
        <p className="fs__empty">{t('screens.none')}</p>
      ) : (
        <ol className="fs__questions" aria-labelledby="fs-top" data-testid="screen-questions">
          {open.map((q, i) => (
            <li key={q.id} className="fs__question" data-testid="screen-question">
              <span className="fs__rank" aria-label={t('screens.rank', { rank: i + 1 })}>{i + 1}</span>
              <QuestionBody q={q} pointName={pointName} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function AnsweredQuestions({ questions, pointName }: { questions: Question[]; pointName: Names | null }) {
  const t = useT();
  const answered = questions.filter((q) => q.answer !== null);
  if (answered.length === 0) return null;
  return (
    <section className="fs__panel fs__answered" aria-labelledby="fs-answered">
      <h2 id="fs-answered">{t('screens.answered')}</h2>
      <ul className="fs__questions" aria-labelledby="fs-answered" data-testid="screen-answered">
        {answered.map((q) => (
          <li key={q.id} className="fs__question fs__question--answered">
            <QuestionBody q={q} pointName={pointName} />
            <p className="fs__answer">
              <span className="fs__answer-by">{q.answer!.by ?? t('screens.answeredBy')}:</span> {q.answer!.text}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

function QuestionBody({ q, pointName }: { q: Question; pointName: Names | null }) {
  const t = useT();
  const pick = usePick();
  const place = pointName?.(q.pointId);
  return (
    <div className="fs__body-text">
      <p className="fs__text">{q.text}</p>
      <p className="fs__meta">
        <span>{q.author ?? t('screens.anonymous')}</span>
        {place && <span>{pick(place)}</span>}
        <span className="fs__votes" data-testid="screen-upvotes">{t('screens.upvotes', { count: q.upvotes })}</span>
      </p>
    </div>
  );
}
