// The open live polls on a connection point's page: each with the consultations' ballot controls
// (approval, ranking or score) and a submit button, or "you have voted" once the participant has.
import type { BallotSpec } from '../../../core/consultations/spec';
import type { Lang } from '../../../http/pages';
import type { Localized } from '../../../i18n/messages';
import { BallotForm, ballotFields, voteText } from '../../consultations';

export type PagePoll = {
  id: string;
  title: Localized;
  spec: BallotSpec;
  options: { key: string; title: Localized }[];
  voted: boolean;
  /** What was entered when this poll's ballot came back refused. */
  entered?: Record<string, string | string[]>;
};

export function Polls({ lang, polls, action, words }: { lang: Lang; polls: PagePoll[]; action: (pollId: string) => string; words: { title: string; voted: string } }) {
  if (!polls.length) return null;
  return (
    <section>
      <h2>{words.title}</h2>
      {polls.map((p) => (
        <div className="q" key={p.id} data-poll={p.id}>
          <h3>{p.title[lang]}</h3>
          {p.voted ? <p className="ok">{words.voted}</p> : <PollForm lang={lang} poll={p} action={action(p.id)} />}
        </div>
      ))}
    </section>
  );
}

function PollForm({ lang, poll, action }: { lang: Lang; poll: PagePoll; action: string }) {
  const t = voteText[lang];
  const fields = ballotFields(lang, t, { title: poll.title, spec: poll.spec, options: poll.options, illustrative: false, action, entered: poll.entered });
  if (!fields) return null;
  return <BallotForm action={action} fields={fields} submit={t.submit} />;
}
