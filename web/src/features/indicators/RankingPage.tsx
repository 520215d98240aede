// /evidence: one edition of an index — on the 63 as published or re-aggregated onto the 34 — as a tile
// map, a boundary map when the server has boundaries, and the ranked table, each exportable.
import { useMemo } from 'react';
import { useApi } from '../../shared/api/useApi';
import { useLocation, useSearchParams } from 'wouter';
import { ErrorNote, Loading } from '../../shared/layout/Status';
import { useLang, usePick, useT } from '../../shared/i18n/i18n';
import { links, paths, unitOf, type Edition, type Editions } from './api';
import { ChoroplethMap } from './ChoroplethMap';
import { EditionPicker, settle, type EditionChoice } from './EditionPicker';
import { EvidenceNav } from './EvidenceNav';
import { ExportButtons } from './ExportButtons';
import { useNumbers } from './numbers';
import { RankingTable, rankingTable } from './RankingTable';
import { SourceLine } from './SourceLine';
import { scaleOf } from './colours';
import { MapLegend, TileMap, type MapValue } from './TileMap';
import { tilesOf } from './tiles';
import { useUnits } from './useUnits';

export function RankingPage() {
  const t = useT();
  const [query] = useSearchParams();
  const [, navigate] = useLocation();
  const editions = useApi<Editions>(paths.editions);
  const head = (
    <>
      <header className="page-head">
        <h1>{t('evidence.title')}</h1>
        <p className="lead">{t('evidence.lead')}</p>
      </header>
      <EvidenceNav current="ranking" />
    </>
  );
  if (editions.status === 'loading') return <>{head}<Loading /></>;
  if (editions.status === 'error') return <>{head}<ErrorNote error={editions.error} onRetry={editions.retry} /></>;
  const choice = settle(editions.data, { index: query.get('index'), year: query.get('year'), unit: unitOf(query.get('unit')) });
  if (!choice) return <>{head}<p className="empty">{t('evidence.noEditions')}</p></>;
  const choose = (next: EditionChoice) => navigate(links.ranking(next.index, next.year, next.unit), { replace: true });
  return (
    <>
      {head}
      <section className="panel ev-controls" aria-label={t('evidence.pick.label')}>
        <EditionPicker editions={editions.data} value={choice} onChange={choose} />
      </section>
      <EditionView key={`${choice.index}${choice.year}${choice.unit}`} choice={choice} />
    </>
  );
}

function EditionView({ choice }: { choice: EditionChoice }) {
  const t = useT();
  const pick = usePick();
  const { lang } = useLang();
  const numbers = useNumbers();
  const edition = useApi<Edition>(paths.edition(choice.index, choice.year, choice.unit));
  const units = useUnits(choice.unit);
  const data = edition.status === 'done' ? edition.data : null;

  const values = useMemo(() => {
    const byCode = new Map<string, MapValue>();
    for (const [code] of tilesOf(choice.unit)) byCode.set(code, { code, name: units?.get(code)?.name ?? code, value: null, rank: null });
    for (const r of data?.rows ?? []) byCode.set(r.locality.code, { code: r.locality.code, name: r.locality.name, value: r.score, rank: r.rank });
    return byCode;
  }, [data, units, choice.unit]);
  const scale = useMemo(() => scaleOf((data?.rows ?? []).map((r) => r.score)), [data]);
  const table = useMemo(() => (data ? rankingTable(data, t, pick) : null), [data, t, pick]);

  if (edition.status === 'loading') return <Loading />;
  if (edition.status === 'error') return <ErrorNote error={edition.error} onRetry={edition.retry} />;
  const e = edition.data;
  const withoutRow = [...values.values()].filter((v) => v.value === null).map((v) => v.name);
  const what = t('evidence.edition', { index: e.index, year: e.year });
  const mapLabel = t('evidence.map.label', { what, n: e.unit });

  return (
    <>
      {e.unit === 34 && (
        <p className="method-line ev-method" data-testid="method-34">
          <strong>{t('evidence.ranking.methodTitle')}</strong> {/* The server states the method in English; Vietnamese readers get it in their own words. */}
          {lang === 'en' && e.method ? e.method : t('evidence.ranking.method34')}
        </p>
      )}
      <section className="panel" aria-labelledby="ev-map-heading">
        <h2 id="ev-map-heading">{t('evidence.map.title', { what })}</h2>
        <MapLegend scale={scale} numbers={numbers} caption={t('evidence.map.legend', { index: e.index })} />
        <div className="ev-maps">
          <figure className="ev-maps__tiles">
            <TileMap unit={e.unit} values={values} scale={scale} numbers={numbers} label={mapLabel} />
            <figcaption className="muted">{t('evidence.map.tilesCaption', { n: e.unit })}</figcaption>
          </figure>
          <ChoroplethMap unit={e.unit} values={values} scale={scale} numbers={numbers} label={mapLabel} />
        </div>
      </section>
      <section className="panel" aria-labelledby="ev-ranking-heading">
        <div className="panel__head">
          <h2 id="ev-ranking-heading">{t('evidence.ranking.title', { what, n: e.unit })}</h2>
          {table && <ExportButtons table={table} what={t('evidence.ranking.title', { what, n: e.unit })} testId="ranking-export" />}
        </div>
        {withoutRow.length > 0 && <p className="note">{t('evidence.ranking.withoutRow', { names: withoutRow.join(', ') })}</p>}
        <RankingTable edition={e} numbers={numbers} />
        <SourceLine source={e.source} />
      </section>
    </>
  );
}
