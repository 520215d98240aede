// On the page of a space of kind 'linkage': the way into the region's pages (localities, offers and needs,
// suggestions, agreements, network).
import { Link } from 'wouter';
import { useT } from '../../shared/i18n/i18n';
import { paths } from './api';

export function LinkageSection({ spaceId }: { spaceId: string }) {
  const t = useT();
  return (
    <section className="panel" aria-labelledby="linkage-heading" data-testid="linkage-section">
      <h2 id="linkage-heading">{t('linkage.section.title')}</h2>
      <p className="muted">{t('linkage.section.intro')}</p>
      <p>
        <Link to={paths.page(spaceId)} className="button button--primary" data-testid="linkage-open">
          {t('linkage.section.open')}
        </Link>
      </p>
    </section>
  );
}
