// The public results page of a published consultation: plain HTML for anyone, on any phone, with
// every figure traceable — the method in words, the ballot count, the files to check it against.
import { Fragment } from 'react';
import { formatNumber } from '../../../core/format';
import { Layout, renderPage, type Lang } from '../../../http/pages';
import type { Localized } from '../../../i18n/messages';
import { ballotText, methodText, scoreHeading } from '../exports/method.text';
import { rankedOptions, illustrativeText, isWithheld, withheldText, type Part, type ResultsReport } from '../exports/results-report';
import type { TallyResult } from '../../../core/tally/types';

const words = {
  vi: { ballots: 'phiếu', method: 'Phương pháp', asked: 'Câu hỏi', rank: 'Hạng', option: 'Phương án', files: 'Dữ liệu để kiểm tra', csv: 'Phiếu ẩn danh (CSV)', zip: 'Dữ liệu mở (ZIP)', verify: 'Mỗi người bỏ phiếu có thể tìm mã biên nhận của mình trong tệp phiếu. Lệnh doithoai verify tính lại mã kiểm tra của tệp; mã đó phải trùng với mã dưới đây.', digest: 'Mã kiểm tra của danh sách phiếu (SHA-256)', withheldWhy: 'Nhóm có ít phiếu không được công bố riêng, để không ai đoán được lựa chọn của từng người.', other: 'English', byCluster: 'Theo cụm', byGroup: 'Theo nhóm' },
  en: { ballots: 'ballots', method: 'Method', asked: 'Question', rank: 'Rank', option: 'Option', files: 'Data to check it against', csv: 'Anonymised ballots (CSV)', zip: 'Open data (ZIP)', verify: 'Every voter can find their receipt in the ballots file. The doithoai verify command recomputes the file’s digest, which must equal the one below.', digest: 'Digest of the ballots list (SHA-256)', withheldWhy: 'Groups with few ballots are not shown on their own, so that no one’s choice can be told.', other: 'Tiếng Việt', byCluster: 'By cluster', byGroup: 'By group' },
};

const number = (lang: Lang, x: number | undefined) => (x === undefined ? '—' : formatNumber(x, lang, { digits: 2 }));

type Words = (typeof words)['vi'];

function Table({ lang, report, result, heading }: { lang: Lang; report: ResultsReport; result: TallyResult; heading: Localized }) {
  const rows = rankedOptions(result, report.options);
  const top = Math.max(...rows.map((r) => Math.abs(r.score ?? 0)), 1e-9);
  const w = words[lang];
  return (
    <table>
      <thead>
        <tr>
          <th>{w.rank}</th>
          <th>{w.option}</th>
          <th className="num">{heading[lang]}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <td>{r.rank}</td>
            <td>
              {r.title[lang]}
              <div className="bar" style={{ width: `${Math.round((Math.abs(r.score ?? 0) / top) * 100)}%` }} />
            </td>
            <td className="num">{number(lang, r.score)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

type PartsProps = { lang: Lang; report: ResultsReport; heading: Localized; title: string; list: Part[] };

/** The results of each cluster or group; a group too small to show says why instead. */
function Parts({ lang, report, heading, title, list }: PartsProps) {
  if (!list.length) return null;
  const w: Words = words[lang];
  return (
    <>
      <h2>{title}</h2>
      {list.map(({ key, title, result }) =>
        isWithheld(result) ? (
          <h3 key={key}>{`${title[lang]} — ${withheldText(result)[lang]}`}</h3>
        ) : (
          <Fragment key={key}>
            <h3>{`${title[lang]} — ${number(lang, result.voters)} ${w.ballots}`}</h3>
            <Table lang={lang} report={report} result={result} heading={heading} />
          </Fragment>
        ),
      )}
      {list.some((p) => isWithheld(p.result)) && <p className="help">{w.withheldWhy}</p>}
    </>
  );
}

export function resultsPage(lang: Lang, report: ResultsReport, base: string): string {
  const w = words[lang];
  const c = report.consultation;
  const heading = scoreHeading(report);
  const method = methodText(report.results.method);
  const parts = { lang, report, heading };
  return renderPage(
    <Layout lang={lang} title={c.title[lang]} other={{ href: `?lang=${lang === 'vi' ? 'en' : 'vi'}`, label: w.other }}>
      <h1>{c.title[lang]}</h1>
      {c.illustrative && <p className="badge">{illustrativeText[lang]}</p>}
      <p>
        <strong>{number(lang, report.results.voters)}</strong>
        {` ${w.ballots}. ${w.asked}: ${ballotText(c.ballot)[lang]}`}
      </p>
      <p>
        {`${w.method}: `}
        <strong>{method.name[lang]}</strong>
        {`. ${method.how[lang]}`}
      </p>
      <Table {...parts} result={report.results} />
      <Parts {...parts} title={w.byCluster} list={report.byCluster} />
      <Parts {...parts} title={w.byGroup} list={report.byGroup} />
      <h2>{w.files}</h2>
      <p>
        <a href={`${base}/ballots.csv`}>{w.csv}</a>
        {' · '}
        <a href={`${base}/open-data.zip`}>{w.zip}</a>
      </p>
      <p className="help">{w.verify}</p>
      <p>{`${w.digest}:`}</p>
      <p className="receipt" data-digest="">
        {report.list.digest}
      </p>
    </Layout>,
  );
}
