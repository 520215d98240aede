// /consultations/:id/projector: the live view for a conference hall — big type, high contrast, no
// header — fed by the server-sent results stream. Escape goes back to the consultation page.
import { consultationPath, type ConsultationDetail } from './api';
import { errorMessage } from '../../shared/api/client';
import { useApi } from '../../shared/api/useApi';
import { Link } from 'wouter';
import { useHallScreen } from '../../shared/layout/useHallScreen';
import { ProjectorBoard } from './ProjectorBoard';
import { measureName } from './labels';
import { measureOf, partsOf } from './results';
import { useLiveResults, type Connection } from './useLiveResults';
import { formatNumber } from '../../shared/format';
import { labelOf, useLang, usePick, useT } from '../../shared/i18n/i18n';
import type { MessageKey } from '../../shared/i18n/vi';
import './consultation.css';
import './projector.css';

const connectionText: Record<Connection, MessageKey> = {
  connecting: 'projector.waiting',
  live: 'projector.live',
  reconnecting: 'projector.reconnecting',
  failed: 'projector.failed',
};

export function ProjectorPage({ id }: { id: string }) {
  const t = useT();
  const pick = usePick();
  const { lang } = useLang();
  const loaded = useApi<ConsultationDetail>(consultationPath(id));
  const { connection, snapshot } = useLiveResults(id);
  const back = `/consultations/${encodeURIComponent(id)}`;
  useHallScreen(back);

  if (loaded.status !== 'done') {
    return (
      <div className="projector projector--message" data-testid="projector">
        <p role={loaded.status === 'error' ? 'alert' : 'status'}>{loaded.status === 'error' ? errorMessage(loaded.error, lang, t) : t('common.loading')}</p>
        <Link to={back}>{t('projector.exit')}</Link>
      </div>
    );
  }

  const detail = loaded.data;
  const results = snapshot?.results;
  const by = detail.clusters.length ? 'cluster' : detail.groups.length ? 'group' : 'overall';
  const measure = results ? measureOf(results) : null;
  const fullscreen = () => void document.documentElement.requestFullscreen?.().catch(() => {});

  return (
    <div className="projector" data-testid="projector">
      <header className="projector__head">
        <div className="projector__heading">
          <p className="projector__status">
            <span>{labelOf(t, 'consultation.status', snapshot?.status ?? detail.status)}</span>
            {detail.illustrative && <span className="projector__badge">{t('space.illustrative')}</span>}
          </p>
          <h1>{pick(detail.title)}</h1>
        </div>
        <p className="projector__count" aria-live="polite">
          <span className="projector__number" data-testid="projector-ballots">{formatNumber(snapshot?.ballots ?? detail.ballots, lang)}</span>
          <span className="projector__count-label">{t('projector.ballots')}</span>
        </p>
      </header>
      {results ? (
        <ProjectorBoard options={detail.options} results={results} parts={partsOf(results, by, detail)} />
      ) : (
        <p className="projector__waiting">{t(connectionText[connection])}</p>
      )}
      <footer className="projector__foot">
        <span className={`projector__live projector__live--${connection}`} role="status" data-testid="projector-connection">
          {t(connectionText[connection])}
        </span>
        {measure && <span className="projector__measure">{measureName(t, measure.code)}</span>}
        <span className="projector__tools">
          <button type="button" className="projector__tool" onClick={fullscreen}>{t('projector.fullscreen')}</button>
          <Link to={back} className="projector__tool">{t('projector.exit')}</Link>
        </span>
      </footer>
    </div>
  );
}
