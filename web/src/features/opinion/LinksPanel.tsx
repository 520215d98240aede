// Where a conversation is shared from: the public voting page (works without JavaScript, on a phone), the
// public report, the Word report and the open data in Pol.is's format (so others can check the map with
// their own tools).
import { useT } from '../../shared/i18n/i18n';
import { paths } from './api';

export function LinksPanel({ id }: { id: string }) {
  const t = useT();
  return (
    <section className="panel" aria-labelledby="op-links" data-testid="conversation-links">
      <h2 id="op-links">{t('opinion.links.title')}</h2>
      <ul className="op-links">
        <li><a href={paths.publicPage(id)} data-testid="link-public">{t('opinion.links.public')}</a></li>
        <li><a href={paths.publicReport(id)} data-testid="link-report">{t('opinion.links.report')}</a></li>
        <li><a href={paths.word(id)} download data-testid="link-word">{t('opinion.links.word')}</a></li>
        <li>
          {t('opinion.links.export')}{' '}
          {paths.exports(id).map((e, i) => (
            <span key={e.file}>
              {i > 0 && ', '}
              <a href={e.href} download>{e.file}</a>
            </span>
          ))}
        </li>
      </ul>
    </section>
  );
}
