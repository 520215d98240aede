// The public results page of a published consultation: plain HTML for anyone, on any phone, with
// every figure traceable — the method in words, the ballot count, the files to check it against.
import type { Localized } from '../../../i18n/messages';
import { ballotText, methodText, scoreHeading } from '../exports/method.text';
import { rankedOptions, illustrativeText, type Part, type ResultsReport } from '../exports/results-report';
import { esc, page } from './html';

type Lang = 'vi' | 'en';

const words = {
  vi: { ballots: 'phiếu', method: 'Phương pháp', asked: 'Câu hỏi', rank: 'Hạng', option: 'Phương án', files: 'Dữ liệu để kiểm tra', csv: 'Phiếu ẩn danh (CSV)', zip: 'Dữ liệu mở (ZIP)', verify: 'Mỗi người bỏ phiếu có thể tìm mã biên nhận của mình trong tệp phiếu; lệnh doithoai verify kiểm tra cả chuỗi biên nhận.', other: 'English', byCluster: 'Theo cụm', byGroup: 'Theo nhóm' },
  en: { ballots: 'ballots', method: 'Method', asked: 'Question', rank: 'Rank', option: 'Option', files: 'Data to check it against', csv: 'Anonymised ballots (CSV)', zip: 'Open data (ZIP)', verify: 'Every voter can find their receipt in the ballots file; the doithoai verify command checks the whole receipt chain.', other: 'Tiếng Việt', byCluster: 'By cluster', byGroup: 'By group' },
};

const number = (lang: Lang, x: number | undefined) => (x === undefined ? '—' : x.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 }));

function table(lang: Lang, report: ResultsReport, part: { result: Part['result'] }, heading: Localized) {
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
  const parts = (title: string, list: Part[]) =>
    list.length ? `<h2>${esc(title)}</h2>${list.map((p) => `<h3>${esc(p.title[lang])} — ${esc(number(lang, p.result.voters))} ${w.ballots}</h3>${table(lang, report, p, heading)}`).join('')}` : '';
  const body = [
    `<h1>${esc(c.title[lang])}</h1>`,
    c.illustrative ? `<p class="badge">${esc(illustrativeText[lang])}</p>` : '',
    `<p><strong>${esc(number(lang, report.results.voters))}</strong> ${w.ballots}. ${esc(w.asked)}: ${esc(ballotText(c.ballot)[lang])}</p>`,
    `<p>${w.method}: <strong>${esc(method.name[lang])}</strong>. ${esc(method.how[lang])}</p>`,
    table(lang, report, { result: report.results }, heading),
    parts(w.byCluster, report.byCluster),
    parts(w.byGroup, report.byGroup),
    `<h2>${w.files}</h2><p><a href="${base}/ballots.csv">${w.csv}</a> · <a href="${base}/open-data.zip">${w.zip}</a></p><p class="help">${esc(w.verify)}</p>`,
  ].join('');
  return page(lang, c.title[lang], body, `?lang=${lang === 'vi' ? 'en' : 'vi'}`, w.other);
}
