// The files a consultation offers: anonymised ballots, results for Excel and Word (by the method
// chosen on the page) and the open-data package. Plain links: the session cookie goes with them.
import { downloadPaths } from './api';
import { methodName } from './labels';
import { useT } from '../../shared/i18n/i18n';
import type { MessageKey } from '../../shared/i18n/vi';

const files: { kind: 'csv' | 'xlsx' | 'docx' | 'zip'; label: MessageKey }[] = [
  { kind: 'csv', label: 'downloads.csv' },
  { kind: 'xlsx', label: 'downloads.xlsx' },
  { kind: 'docx', label: 'downloads.docx' },
  { kind: 'zip', label: 'downloads.zip' },
];

export function DownloadsPanel({ id, method }: { id: string; method: string | null }) {
  const t = useT();
  const paths = downloadPaths(id, method);
  return (
    <section className="panel" aria-labelledby="downloads-heading" data-testid="downloads">
      <h2 id="downloads-heading">{t('downloads.title')}</h2>
      <ul className="downloads">
        {files.map(({ kind, label }) => (
          <li key={kind}>
            <a className="button button--secondary button--block" href={paths[kind]} download data-testid={`download-${kind}`}>
              {t(label)}
            </a>
          </li>
        ))}
      </ul>
      {method && <p className="muted rows__hint">{t('downloads.methodNote', { method: methodName(t, method) })}</p>}
    </section>
  );
}
