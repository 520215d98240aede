// Small labels reused on cards and detail pages: the kind of space, a phase's status, and the
// marker that a space holds illustrative (not official) data.
import type { PhaseStatus } from '../api/types';
import { labelOf, useT } from '../i18n/i18n';

export function KindTag({ kind }: { kind: string }) {
  const t = useT();
  return <span className="tag">{labelOf(t, 'kind', kind)}</span>;
}

export function PhaseStatusTag({ status }: { status: PhaseStatus }) {
  const t = useT();
  return <span className={`phase-status phase-status--${status}`}>{labelOf(t, 'phase.status', status)}</span>;
}

export function IllustrativeBadge({ testId }: { testId?: string }) {
  const t = useT();
  return (
    <span className="badge-illustrative" data-testid={testId}>
      {t('space.illustrative')}
    </span>
  );
}
