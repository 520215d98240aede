// The phases of a space as a vertical timeline: done phases ticked, the active one highlighted
// and marked aria-current so assistive technology says which step the space is at.
import type { Phase } from '../../shared/api/types';
import { formatDate } from '../../shared/format';
import { usePick, useT, type Translate } from '../../shared/i18n/i18n';
import { PhaseStatusTag } from '../../shared/layout/Badges';

function phaseDates(t: Translate, phase: Phase): string {
  const from = formatDate(phase.startsOn);
  const to = formatDate(phase.endsOn);
  if (from && to) return t('phase.dates.range', { from, to });
  if (from) return t('phase.dates.from', { from });
  if (to) return t('phase.dates.to', { to });
  return t('phase.dates.none');
}

export function PhaseTimeline({ phases }: { phases: Phase[] }) {
  const t = useT();
  const pick = usePick();
  if (phases.length === 0) return <p className="muted">{t('space.noPhases')}</p>;
  return (
    <ol className="timeline" data-testid="phase-list">
      {phases.map((phase) => (
        <li
          key={phase.id}
          className={`timeline__item timeline__item--${phase.status}`}
          aria-current={phase.status === 'active' ? 'step' : undefined}
        >
          <span className="timeline__marker" aria-hidden="true" />
          <div className="timeline__body">
            <h3 className="timeline__title">{pick(phase.title)}</h3>
            <p className="timeline__meta">
              <span className="timeline__dates">{phaseDates(t, phase)}</span>
              <PhaseStatusTag status={phase.status} />
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
