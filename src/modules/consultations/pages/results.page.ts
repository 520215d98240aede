// The public results page of a published consultation: plain HTML for anyone, on any phone, with
// every figure traceable — the method in words, the ballot count, the files to check it against.
import type { Localized } from '../../../i18n/messages';
import { ballotText, methodText, scoreHeading } from '../exports/method.text';
import { rankedOptions, illustrativeText, isWithheld, withheldText, type Part, type ResultsReport } from '../exports/results-report';
import type { TallyResult } from '../../../core/tally/types';
import { esc, page } from './html';

type Lang = 'vi' | 'en';

const words = {
  vi: { ballots: 'phiếu', method: 'Phương pháp', asked: 'Câu hỏi', rank: 'Hạng', option: 'Phương án', files: 'Dữ liệu để kiểm tra', csv: 'Phiếu ẩn danh (CSV)', zip: 'Dữ liệu mở (ZIP)', verify: 'Mỗi người bỏ phiếu có thể tìm mã biên nhận của mình trong tệp phiếu. Lệnh doithoai verify tính lại mã kiểm tra của tệp; mã đó phải trùng với mã dưới đây.', digest: 'Mã kiểm tra của danh sách phiếu (SHA-256)', withheldWhy: 'Nhóm có ít phiếu không được công bố riêng, để không ai đoán được lựa chọn của từng người.', other: 'English', byCluster: 'Theo cụm', byGroup: 'Theo nhóm' },
  en: { ballots: 'ballots', method: 'Method', asked: 'Question', rank: 'Rank', option: 'Option', files: 'Data to check it against', csv: 'Anonymised ballots (CSV)', zip: 'Open data (ZIP)', verify: 'Every voter can find their receipt in the ballots file. The doithoai verify command recomputes the file’s digest, which must equal the one below.', digest: 'Digest of the ballots list (SHA-256)', withheldWhy: 'Groups with few ballots are not shown on their own, so that no one’s choice can be told.', other: 'Tiếng Việt', byCluster: 'By cluster', byGroup: 'By group' },
};

const number = (lang: Lang, x: number | undefined) => (x === undefined ? '—' : x.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 }));

function table(lang: Lang, report: ResultsReport, part: { result: TallyResult }, heading: Localized) {
  const rows = rankedOptions(part.result, report.options);
  const top = Math.max(...rows.map((r) => Math.abs(r.score ?? 0)), 1e-9);
  const body = rows
    .map((r) => {
      const width = Math.round((Math.abs(r.score ?? 0) / top) * 100);
      return `<tr><td>${r.rank}</td><td>${esc(r.title[lang])}<div class="bar" style="width:${width}%"></div></td><td class="num">${esc(number(lang, r.score))}</td></tr>`;
    })
    .join('');
  const w = words[lang];
  return `<table><thead><tr><th>${w.rank}</th><th>${w.option}</th><th class="num">${esc(heading[lang])}</th></tr></thead><tbody>${body}</tbody></table>`;
}

export function resultsPage(lang: Lang, report: ResultsReport, base: string): string {
  const w = words[lang];
  const c = report.consultation;
  const heading = scoreHeading(report);
  const method = methodText(report.results.method);
  const part = ({ title, result }: Part) =>
    isWithheld(result)
      ? `<h3>${esc(title[lang])} — ${esc(withheldText(result)[lang])}</h3>`
      : `<h3>${esc(title[lang])} — ${esc(number(lang, result.voters))} ${w.ballots}</h3>${table(lang, report, { result }, heading)}`;
  const parts = (title: string, list: Part[]) => {
    if (!list.length) return '';
    const why = list.some((p) => isWithheld(p.result)) ? `<p class="help">${esc(w.withheldWhy)}</p>` : '';
    return `<h2>${esc(title)}</h2>${list.map(part).join('')}${why}`;
  };
  const body = [
    `<h1>${esc(c.title[lang])}</h1>`,
    c.illustrative ? `<p class="badge">${esc(illustrativeText[lang])}</p>` : '',
    `<p><strong>${esc(number(lang, report.results.voters))}</strong> ${w.ballots}. ${esc(w.asked)}: ${esc(ballotText(c.ballot)[lang])}</p>`,
    `<p>${w.method}: <strong>${esc(method.name[lang])}</strong>. ${esc(method.how[lang])}</p>`,
    table(lang, report, { result: report.results }, heading),
    parts(w.byCluster, report.byCluster),
    parts(w.byGroup, report.byGroup),
    `<h2>${w.files}</h2><p><a href="${base}/ballots.csv">${w.csv}</a> · <a href="${base}/open-data.zip">${w.zip}</a></p><p class="help">${esc(w.verify)}</p><p>${esc(w.digest)}:</p><p class="receipt" data-digest>${esc(report.list.digest)}</p>`,
  ].join('');
  return page(lang, c.title[lang], body, `?lang=${lang === 'vi' ? 'en' : 'vi'}`, w.other);
}
