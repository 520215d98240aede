// A conversation's page for a participant's phone, /o/{id}: plain HTML forms without JavaScript. The
// topic, one statement at a time with Đồng ý / Không đồng ý / Bỏ qua, how far they are, and a form to add
// a statement of their own (held for moderation). A closed conversation says so and shows no forms.
import { formatNumber } from '../../../core/format';
import { formatMessage } from '../../../core/i18n';
import { ballotStyle, Layout, renderPage, type Lang } from '../../../http/pages';
import type { Localized } from '../../../i18n/messages';
import { conversationAction, conversationPath, reportPath } from './links';
import { inLang, opinionStyle, opinionWords, type OpinionWords, type OwnText } from './conversation.words';

export type PageConversation = {
  id: string;
  title: OwnText;
  topic: OwnText;
  status: 'open' | 'closed';
  statementMaxLength: number;
  statementsPerParticipant: number;
};

export type NextStatement = { tid: number; text: string; voted: number; remaining: number };

/** What the person typed and the refusal's sentence, when a form comes back. */
export type ConversationForm = { error?: Localized; text?: string };

export type ConversationPageData = { conversation: PageConversation; next: NextStatement | null; sent: boolean; form: ConversationForm };

type Ctx = { lang: Lang; w: OpinionWords; data: ConversationPageData };

export function conversationPage(lang: Lang, data: ConversationPageData): string {
  const { conversation: c } = data;
  const w = opinionWords[lang];
  const ctx: Ctx = { lang, w, data };
  const other = { href: conversationPath(c.id, lang === 'vi' ? 'en' : 'vi'), label: w.other };
  const open = c.status === 'open';
  return renderPage(
    <Layout lang={lang} title={inLang(lang, c.title)} style={ballotStyle + opinionStyle} other={other}>
      <h1>{inLang(lang, c.title)}</h1>
      <p>{inLang(lang, c.topic)}</p>
      {data.form.error && <p className="error" role="alert">{`${w.errorPrefix} ${data.form.error[lang]}`}</p>}
      {data.sent && <p className="ok" role="status">{w.sent}</p>}
      {open ? (
        <>
          <p className="help">{w.howTo}</p>
          <Statement ctx={ctx} />
          <AddStatement ctx={ctx} />
        </>
      ) : (
        <p className="badge">{w.closed}</p>
      )}
      <p>
        <a href={reportPath(c.id, lang)}>{w.report}</a>
      </p>
    </Layout>,
  );
}

function Statement({ ctx: { lang, w, data } }: { ctx: Ctx }) {
  const { next, conversation: c } = data;
  if (!next) {
    return (
      <section>
        <p className="ok">{w.done}</p>
        <p className="help">{w.doneHelp}</p>
      </section>
    );
  }
  const total = next.voted + next.remaining;
  return (
    <section aria-labelledby="statement">
      <h2 id="statement">{w.statement}</h2>
      <p className="st" data-tid={next.tid}>
        {next.text}
      </p>
      <form method="post" action={conversationAction(c.id, 'vote', lang)}>
        <input type="hidden" name="tid" value={next.tid} />
        <div className="votes">
          <button type="submit" name="value" value="1">{w.agree}</button>
          <button type="submit" name="value" value="-1" className="dis">{w.disagree}</button>
          <button type="submit" name="value" value="0" className="pass">{w.pass}</button>
        </div>
      </form>
      <p className="help">{formatMessage(lang, w.progress, { voted: formatNumber(next.voted, lang), total: formatNumber(total, lang) })}</p>
    </section>
  );
}

function AddStatement({ ctx: { lang, w, data } }: { ctx: Ctx }) {
  const { conversation: c } = data;
  return (
    <section aria-labelledby="add">
      <h2 id="add">{w.addTitle}</h2>
      <p className="help">{formatMessage(lang, w.addHelp, { limit: c.statementsPerParticipant })}</p>
      <form method="post" action={conversationAction(c.id, 'statements', lang)}>
        <label htmlFor="text">{w.text}</label>
        <textarea id="text" name="text" rows={3} required maxLength={c.statementMaxLength} aria-describedby="limit" defaultValue={data.form.text ?? ''} />
        <p className="help" id="limit">{formatMessage(lang, w.limit, { max: c.statementMaxLength })}</p>
        <button type="submit">{w.send}</button>
      </form>
    </section>
  );
}
