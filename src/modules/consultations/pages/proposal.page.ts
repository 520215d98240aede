// The "propose a new option" part of the pairwise ballot page, and the page after a proposal is sent.
import { PROPOSAL_MAX_LENGTH, PROPOSAL_MIN_LENGTH } from '../../../core/consultations/proposal';
import type { Localized } from '../../../i18n/messages';
import { esc, page } from './html';

type Lang = 'vi' | 'en';

export const proposalText = {
  vi: {
    heading: 'Đề xuất phương án mới',
    help: 'Thấy thiếu một phương án? Hãy đề xuất; ban tổ chức duyệt trước khi đưa vào các cặp so sánh.',
    label: `Phương án bạn đề xuất (${PROPOSAL_MIN_LENGTH}–${PROPOSAL_MAX_LENGTH} ký tự)`,
    submit: 'Gửi đề xuất',
    errorPrefix: 'Chưa gửi được đề xuất:',
    sentTitle: 'Đã nhận đề xuất của bạn',
    sentHelp: 'Đề xuất đang chờ ban tổ chức duyệt. Nếu được duyệt, phương án sẽ xuất hiện trong các cặp so sánh.',
    back: 'Quay lại phiếu',
  },
  en: {
    heading: 'Propose a new option',
    help: 'Is an option missing? Propose it; the organisers review it before it joins the pairs.',
    label: `Your proposed option (${PROPOSAL_MIN_LENGTH}–${PROPOSAL_MAX_LENGTH} characters)`,
    submit: 'Send proposal',
    errorPrefix: 'Your proposal was not sent:',
    sentTitle: 'Your proposal is received',
    sentHelp: 'It is waiting for the organisers to review it. Once approved, the option appears in the pairs.',
    back: 'Back to the ballot',
  },
};

export type ProposalForm = { action: string; text?: string; error?: Localized };

/** Where the form posts, on the pairwise ballot page of an invitation. */
export const proposalAction = (token: string, lang: Lang) => `/vote/${encodeURIComponent(token)}/proposals?lang=${lang}`;

export function proposalSection(lang: Lang, form: ProposalForm): string {
  const t = proposalText[lang];
  const error = form.error ? `<p class="error" role="alert">${esc(t.errorPrefix)} ${esc(form.error[lang])}</p>` : '';
  const field = `<textarea id="proposal-text" name="text" rows="2" maxlength="${PROPOSAL_MAX_LENGTH}" required style="width:100%;box-sizing:border-box;font:inherit;padding:.4rem"${form.error ? ' autofocus' : ''}>${esc(form.text ?? '')}</textarea>`;
  return `<section aria-labelledby="propose-heading"><h2 id="propose-heading">${esc(t.heading)}</h2><p class="help">${esc(t.help)}</p>${error}<form method="post" action="${esc(form.action)}"><label for="proposal-text">${esc(t.label)}</label>${field}<button type="submit">${esc(t.submit)}</button></form></section>`;
}

export function proposalSentPage(lang: Lang, consultationTitle: Localized, text: string, backHref: string): string {
  const t = proposalText[lang];
  const body = `<h1>${esc(t.sentTitle)}</h1><p>${esc(consultationTitle[lang])}</p><blockquote lang="vi">${esc(text)}</blockquote><p class="help" role="status">${esc(t.sentHelp)}</p><p><a href="${esc(backHref)}">${esc(t.back)}</a></p>`;
  return page(lang, t.sentTitle, body);
}
