// The foot of a screen: whether the live stream holds (the browser reconnects by itself), how many
// questions are approved in all (the screen shows the top of them), full screen and the way back.
import { Link } from 'wouter';
import { useT } from '../../../shared/i18n/i18n';
import type { MessageKey } from '../../../shared/i18n/vi';
import type { Connection } from './useLiveQuestions';

const connectionText: Record<Connection, MessageKey> = {
  connecting: 'screens.connecting',
  live: 'screens.live',
  reconnecting: 'screens.reconnecting',
  failed: 'screens.failed',
};

export function ConnectionNote({ connection, back, approved }: { connection: Connection; back: string; approved: number | null }) {
  const t = useT();
  const fullscreen = () => void document.documentElement.requestFullscreen?.().catch(() => {});
  return (
    <footer className="fs__foot">
      <span className={`fs__live fs__live--${connection}`} role="status" data-testid="screen-connection">{t(connectionText[connection])}</span>
      {approved !== null && <span>{t('screens.approvedCount', { count: approved })}</span>}
      <span className="fs__tools">
        <button type="button" className="fs__tool" onClick={fullscreen}>{t('screens.fullscreen')}</button>
        <Link to={back} className="fs__tool">{t('screens.exit')}</Link>
      </span>
    </footer>
  );
}
