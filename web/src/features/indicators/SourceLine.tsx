// Where figures come from: the file an administrator imported, its SHA-256 (shortened on screen, whole
// in the tooltip) and the day it was imported — so any number can be traced back to a published file.
import { formatDate } from '../../shared/format';
import { useT } from '../../shared/i18n/i18n';
import type { Source } from './api';

export function SourceLine({ source, label }: { source: Source; label?: string }) {
  const t = useT();
  return (
    <p className="ev-source" data-testid="source-line">
      {label ?? t('evidence.source.label')}{' '}
      <span className="ev-source__file">{source.file}</span>
      {' · '}
      <abbr title={source.sha256}>SHA-256 {source.sha256.slice(0, 12)}…</abbr>
      {' · '}
      {t('evidence.source.imported', { date: formatDate(source.importedAt) })}
    </p>
  );
}
