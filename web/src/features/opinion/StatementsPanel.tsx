// The statements put to vote with their running counts of latest votes: agree, disagree, pass.
import { formatNumber } from '../../shared/format';
import { useLang, useT } from '../../shared/i18n/i18n';
import type { Statement } from './api';

export function StatementsPanel({ statements }: { statements: Statement[] }) {
  const t = useT();
  const { lang } = useLang();
  const n = (x: number) => formatNumber(x, lang);
  return (
    <section className="panel" aria-labelledby="op-statements" data-testid="statements-panel">
      <h2 id="op-statements">{t('opinion.statements.title')}</h2>
      <div className="table-scroll" role="region" aria-labelledby="op-statements" tabIndex={0}>
        <table className="table op-table">
          <thead>
            <tr>
              <th scope="col">{t('opinion.col.statement')}</th>
              <th scope="col" className="num">{t('opinion.col.agree')}</th>
              <th scope="col" className="num">{t('opinion.col.disagree')}</th>
              <th scope="col" className="num">{t('opinion.col.pass')}</th>
            </tr>
          </thead>
          <tbody>
            {statements.map((s) => (
              <tr key={s.tid} data-testid="approved-statement">
                <td>{s.text}{s.isMeta && <span className="muted"> ({t('opinion.queue.meta')})</span>}</td>
                <td className="num">{n(s.agree)}</td>
                <td className="num">{n(s.disagree)}</td>
                <td className="num">{n(s.pass)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
