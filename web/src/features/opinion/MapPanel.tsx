// The last good map, re-read every few seconds while the page is open (the server recomputes in the background):
// when it was computed, the points and groups' hulls (each group labelled on the chart and named in the key
// above it with its colour), each group's size and representative statements,
// consensus and group-informed consensus, and what the map means; before the first map, how many more votes
// it needs. A button asks at once.
import { useMemo } from 'react';
import { LazyChart } from '../../shared/charts/LazyChart';
import { PEERS } from '../../shared/charts/theme';
import { formatDateTime } from '../../shared/format';
import { useT } from '../../shared/i18n/i18n';
import { ErrorNote, Loading } from '../../shared/layout/Status';
import type { Kept } from '../forums/screens/useKept';
import type { MapAnswer, StoredMap } from './api';
import type { MapData } from './charts/map';
import { mapPoints } from './mapPoints';
import { ConsensusList, GicTable, GroupList } from './MapLists';

const loadMap = () => import('./charts/map').then((m) => m.drawOpinionMap);

export function MapPanel({ answer, onRefresh }: { answer: Kept<MapAnswer>; onRefresh: () => void }) {
  const t = useT();
  const { data, error } = answer;
  return (
    <section className="panel" aria-labelledby="op-map" data-testid="map-panel">
      <div className="panel__head">
        <h2 id="op-map">{t('opinion.map.title')}</h2>
        <button type="button" className="button" onClick={onRefresh} data-testid="map-refresh">
          {t('opinion.map.refresh')}
        </button>
      </div>
      <p className="muted">{t('opinion.map.auto')}</p>
      {error != null && <ErrorNote error={error} />}
      {!data && !error && <Loading />}
      {data?.status === 'waiting' && (
        <p className="note" data-testid="map-waiting">
          {t('opinion.map.waiting', { votes: data.votesNeeded ?? 0, people: data.participantsNeeded ?? 0 })}
        </p>
      )}
      {data?.status === 'ready' && data.map && <ReadyMap answer={data} map={data.map} />}
    </section>
  );
}

/** The groups as the chart labels them, each with its colour: the same names in text, for anyone who cannot tell the colours. */
function MapKey({ chart }: { chart: MapData }) {
  const t = useT();
  return (
    <span className="op-key" data-testid="map-key">
      {t('opinion.map.key')}{' '}
      {chart.points.groups.map((g, i) => (
        <span key={g.id} className="op-key__item" data-testid="map-label">
          <span className="op-key__swatch" style={{ background: PEERS[i % PEERS.length] }} aria-hidden="true" />
          {chart.mapLabel(g.name, g.size)}
        </span>
      ))}
    </span>
  );
}

function ReadyMap({ answer, map }: { answer: MapAnswer; map: StoredMap }) {
  const t = useT();
  const texts = useMemo(() => new Map(answer.statements.map((s) => [s.tid, s.text])), [answer.statements]);
  const text = (tid: number) => texts.get(tid) ?? `#${tid}`;
  // a new object only when another map arrives, so the chart is not drawn again at every poll
  const chart = useMemo<MapData>(
    () => ({
      points: mapPoints(map),
      groupLabel: (name, size) => t('opinion.map.group', { name, size }),
      mapLabel: (name, size) => t('opinion.groups.size', { name, size }),
      othersLabel: t('opinion.map.others'),
    }),
    [answer.computedAt, t],
  );
  return (
    <>
      <p data-testid="map-computed" data-computed-at={answer.computedAt ?? ''}>
        {t('opinion.map.computed', { at: answer.computedAt ? formatDateTime(answer.computedAt) : '' })}{' '}
        {t('opinion.map.figures', { participants: map.participants, clustered: map.clustered, groups: map.groups.length })}
      </p>
      <LazyChart load={loadMap} data={chart} label={t('opinion.map.label')} testId="opinion-map" className="chart op-chart" caption={<MapKey chart={chart} />} />
      <p className="op-explain">{t('opinion.map.explain')}</p>
      <GroupList map={map} text={text} />
      <ConsensusList map={map} text={text} />
      <GicTable map={map} text={text} />
    </>
  );
}
