// The network view: localities as nodes on the tile grid of Vietnam, agreements as edges weighted by the
// commitments of the two sides that moved from paper to practice; read as the 63 provinces before
// 1 July 2025 or the 34 since (an agreement whose parties became one province is listed as internal).
// The same figures stand in the table under the graph.
import { useMemo, useState } from 'react';
import { LazyChart } from '../../shared/charts/LazyChart';
import { useApi } from '../../shared/api/useApi';
import { useT } from '../../shared/i18n/i18n';
import { ErrorNote, Loading } from '../../shared/layout/Status';
import { paths, type Agreement } from './api';
import type { NetworkData } from './charts/network';
import { buildNetwork, type Network, type Reading } from './network';
import type { RegionView } from './RegionShell';

const loadNetwork = () => import('./charts/network').then((m) => m.drawNetwork);

export function NetworkPage({ region }: { region: RegionView }) {
  const t = useT();
  const [reading, setReading] = useState<Reading>(34);
  const result = useApi<{ agreements: Agreement[] }>(paths.agreements(region.spaceId));
  const agreements = result.status === 'done' ? result.data.agreements : null;
  const network = useMemo(() => (agreements ? buildNetwork(region.localities, agreements, reading) : null), [agreements, region.localities, reading]);
  const data = useMemo<NetworkData | null>(
    () => network && { network, edgeLabel: (moved, all) => t('linkage.network.edge', { moved, all }), nodeLabel: (name, moved, all) => t('linkage.network.node', { name, moved, all }) },
    [network, t],
  );
  return (
    <section className="panel" aria-labelledby="lk-network">
      <h2 id="lk-network">{t('linkage.network.title')}</h2>
      <p className="muted">{t('linkage.network.intro')}</p>
      <fieldset className="lk-toggle">
        <legend>{t('linkage.network.reading')}</legend>
        {([34, 63] as const).map((r) => (
          <label key={r} className="choice">
            <input type="radio" name="lk-reading" checked={reading === r} onChange={() => setReading(r)} />
            {t(r === 34 ? 'linkage.network.reading34' : 'linkage.network.reading63')}
          </label>
        ))}
      </fieldset>
      {result.status === 'loading' && <Loading />}
      {result.status === 'error' && <ErrorNote error={result.error} onRetry={result.retry} />}
      {data && <LazyChart load={loadNetwork} data={data} label={t('linkage.network.label', { n: data.network.edges.length })} testId="network-chart" className="chart lk-chart" />}
      {network && <NetworkTable network={network} />}
    </section>
  );
}

function NetworkTable({ network }: { network: Network }) {
  const t = useT();
  const name = (id: string) => network.nodes.find((n) => n.id === id)?.name ?? id;
  const internal = network.nodes.filter((n) => n.internal > 0);
  if (network.edges.length === 0 && internal.length === 0) return <p className="muted">{t('linkage.network.empty')}</p>;
  return (
    <>
      <div className="table-scroll" role="region" aria-label={t('linkage.network.title')} tabIndex={0}>
        <table className="table lk-numbers" data-testid="network-table">
          <thead>
            <tr>
              <th scope="col">{t('linkage.network.pair')}</th>
              <th scope="col">{t('linkage.network.agreements')}</th>
              <th scope="col">{t('linkage.network.commitments')}</th>
              <th scope="col">{t('linkage.practice.moved')}</th>
            </tr>
          </thead>
          <tbody>
            {network.edges.map((e) => (
              <tr key={`${e.a}|${e.b}`} data-pair={`${e.a}|${e.b}`}>
                <th scope="row">{`${name(e.a)} – ${name(e.b)}`}</th>
                <td>{e.agreements}</td>
                <td>{e.commitments}</td>
                <td data-testid="edge-moved">{e.moved}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {internal.length > 0 && <p className="note" data-testid="network-internal">{t('linkage.network.internal', { names: internal.map((n) => n.name).join(', ') })}</p>}
    </>
  );
}
