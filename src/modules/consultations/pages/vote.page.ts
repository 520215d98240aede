// The ballot page of an invitation and the receipt that follows it.
import { shortReceipt } from '../../../core/consultations/receipt';
import { scoreRange, type BallotSpec } from '../../../core/consultations/spec';
import type { Localized } from '../../../i18n/messages';
import { esc, page } from './html';
import { proposalSection, type ProposalForm } from './proposal.page';
import type { VoteText } from './vote.text';

export type BallotView = {
  title: Localized;
  spec: BallotSpec;
  options: { key: string; title: Localized }[];
  illustrative: boolean;
  action: string;
  /** Pairwise: the pairs served on this page, as option keys. */
  pairs?: [string, string][];
  /** What the participant had entered, kept when the ballot is sent back with an error. */
  entered?: Record<string, string | string[]>;
  error?: Localized;
  /** Pairwise, while open: the form to propose a new option. */
  proposal?: ProposalForm;
};

type Lang = 'vi' | 'en';

export function ballotPage(lang: Lang, t: VoteText, v: BallotView, switchHref: string): string {
  const title = v.title[lang];
  const error = v.error ? `<p class="error" role="alert">${esc(t.errorPrefix)} ${esc(v.error[lang])}</p>` : '';
  const badge = v.illustrative ? ` <span class="badge">${esc(t.illustrative)}</span>` : '';
  const fields = fieldsFor(lang, t, v);
  if (!fields) return page(lang, title, `<h1>${esc(title)}</h1><p>${esc(t.unsupported)}</p>`, switchHref, t.other);
  const form = `<form method="post" action="${esc(v.action)}"><fieldset><legend class="help">${esc(fields.help)}</legend>${fields.html}</fieldset><button type="submit">${esc(t.submit)}</button></form>`;
  const propose = v.proposal ? proposalSection(lang, v.proposal) : '';
  return page(lang, title, `<h1>${esc(title)}${badge}</h1>${error}${form}${propose}`, switchHref, t.other);
}

function fieldsFor(lang: Lang, t: VoteText, v: BallotView): { help: string; html: string } | null {
  const { spec, options } = v;
  const entered = (name: string) => v.entered?.[name];
  const chosen = new Set([entered('approve') ?? []].flat());
  const label = (control: string, o: { title: Localized }) => `<label>${control}<span>${esc(o.title[lang])}</span></label>`;
  const select = (name: string, values: (string | number)[], blank: string) =>
    `<select name="${esc(name)}"><option value="">${esc(blank)}</option>${values
      .map((x) => `<option${entered(name) === String(x) ? ' selected' : ''}>${esc(x)}</option>`)
      .join('')}</select>`;
  switch (spec.type) {
    case 'approval': {
      const min = spec.min ?? 1;
      const help = spec.max !== undefined ? t.chooseBetween(min, spec.max) : t.chooseAtLeast(min);
      const html = options.map((o) => label(`<input type="checkbox" name="approve" value="${esc(o.key)}"${chosen.has(o.key) ? ' checked' : ''}>`, o)).join('');
      return { help, html };
    }
    case 'ranking': {
      const ranks = options.map((_, i) => i + 1);
      return { help: t.rankHelp, html: options.map((o) => label(select(`rank.${o.key}`, ranks, t.noRank), o)).join('') };
    }
    case 'score': {
      const { min, max } = scoreRange(spec);
      const values = Array.from({ length: max - min + 1 }, (_, i) => min + i);
      return { help: t.scoreHelp(min, max), html: options.map((o) => label(select(`score.${o.key}`, values, t.noRank), o)).join('') };
    }
    case 'budget': {
      const points = spec.points ?? 100;
      const input = (key: string) => `<input type="number" inputmode="numeric" min="0" max="${points}" name="points.${esc(key)}" value="${esc(String(entered(`points.${key}`) ?? ''))}">`;
      return { help: t.budgetHelp(points), html: options.map((o) => label(input(o.key), o)).join('') };
    }
    case 'pairwise': {
      const title = new Map(options.map((o) => [o.key, o.title[lang]]));
      const html = (v.pairs ?? [])
        .map(([a, b], i) => {
          const name = `pick.${i}`;
          const radio = (value: string, text: string) =>
            `<label><input type="radio" name="${name}" value="${esc(value)}"${(entered(name) ?? '') === value ? ' checked' : ''}><span>${esc(text)}</span></label>`;
          return `<fieldset><input type="hidden" name="pair.${i}" value="${esc(`${a}|${b}`)}">${radio(a, title.get(a) ?? a)}${radio(b, title.get(b) ?? b)}${radio('', t.skip)}</fieldset>`;
        })
        .join('');
      return { help: t.pairsHelp, html };
    }
    default:
      return null;
  }
}

export function receiptPage(lang: Lang, t: VoteText, title: Localized, receipt: { receipt: string }): string {
  const body = `<h1>${esc(t.receiptTitle)}</h1><p>${esc(title[lang])}</p><p>${esc(t.receiptLabel)}:</p><p class="receipt" data-receipt>${esc(shortReceipt(receipt.receipt))}</p><p class="help">${esc(t.receiptHelp)}</p><p>${esc(t.receiptProves)}</p><p>${esc(t.receiptDoesNot)}</p><p><small>${esc(t.fullReceipt)}: ${esc(receipt.receipt)}</small></p>`;
  return page(lang, t.receiptTitle, body);
}

export function messagePage(lang: Lang, heading: string, help: string): string {
  return page(lang, heading, `<h1>${esc(heading)}</h1><p>${esc(help)}</p>`);
}
