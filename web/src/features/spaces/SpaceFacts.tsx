// The facts a space shows both on its card and on its page: where it is, and which phase it is in.
import type { SpaceSummary } from '../../shared/api/types';
import { usePick, useT } from '../../shared/i18n/i18n';
import { PhaseStatusTag } from '../../shared/layout/Badges';

export function LocalityAndPhaseFacts({ space }: { space: SpaceSummary }) {
  const t = useT();
  const pick = usePick();
  return (
    <>
      <div>
        <dt>{t('space.locality')}</dt>
        <dd>{space.locality?.name ?? t('space.noLocality')}</dd>
      </div>
      <div>
        <dt>{t('space.currentPhase')}</dt>
        <dd>
          {space.currentPhase ? (
            <>
              {pick(space.currentPhase.title)} <PhaseStatusTag status={space.currentPhase.status} />
            </>
          ) : (
            t('space.noPhase')
          )}
        </dd>
      </div>
    </>
  );
}
