// The place on a screen for the current poll's results per point and overall. Polls are being built
// beside the screens (poll.* in the forums module); until their results can be read here, the slot
// says that no poll is open.
import { useT } from '../../../shared/i18n/i18n';

export function PollSlot() {
  const t = useT();
  return (
    <section className="fs__panel fs__poll" aria-labelledby="fs-poll" data-testid="screen-poll">
      <h2 id="fs-poll">{t('screens.poll')}</h2>
      <p className="fs__empty">{t('screens.pollNone')}</p>
    </section>
  );
}
