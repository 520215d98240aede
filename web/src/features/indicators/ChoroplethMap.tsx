// The boundary map of an edition, when the server has boundaries configured (DOITHOAI_BOUNDARIES); without
// them it draws nothing and the tile map stands alone. The credit the server sends with the geometry is
// shown under the map, as the licence of the 63-province boundaries (CC BY-SA) requires.
import { useEffect, useMemo, useState } from 'react';
import { api, ApiError } from '../../shared/api/client';
import { usePick, useT } from '../../shared/i18n/i18n';
import { paths, type Boundaries, type UnitSet } from './api';
import { Chart, loadChoropleth } from './Chart';
import type { ChoroplethData } from './charts/choropleth';
import type { Numbers } from './numbers';
import type { MapValue } from './TileMap';
import type { Scale } from './colours';

// Kept for the visit: about 300 kB each, and they do not change. A 404 (none configured) is kept as null.
const asked = new Map<UnitSet, Promise<Boundaries | null>>();

function boundariesOf(unit: UnitSet): Promise<Boundaries | null> {
  let answer = asked.get(unit);
  if (!answer) {
    answer = api<Boundaries>(paths.boundaries(unit)).catch((error: unknown) => {
      if (error instanceof ApiError && error.status === 404) return null;
      asked.delete(unit);
      throw error;
    });
    asked.set(unit, answer);
  }
  return answer;
}

type State = { unit: UnitSet; status: 'loading' } | { unit: UnitSet; status: 'none' } | { unit: UnitSet; status: 'failed' } | { unit: UnitSet; status: 'ready'; data: Boundaries };

export function ChoroplethMap({ unit, values, scale, numbers, label }: { unit: UnitSet; values: Map<string, MapValue>; scale: Scale | null; numbers: Numbers; label: string }) {
  const t = useT();
  const pick = usePick();
  const [state, setState] = useState<State>({ unit, status: 'loading' });

  useEffect(() => {
    let live = true;
    setState({ unit, status: 'loading' });
    boundariesOf(unit).then(
      (data) => live && setState(data ? { unit, status: 'ready', data } : { unit, status: 'none' }),
      () => live && setState({ unit, status: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [unit]);

  const geo = state.status === 'ready' && state.unit === unit ? state.data : null;
  const data = useMemo((): ChoroplethData | null => {
    if (!geo || !scale) return null;
    return {
      mapName: `vn${geo.unit}`,
      geoJson: geo,
      codeProperty: geo.codeProperty,
      values: [...values.values()].map(({ code, name, value }) => ({ code, name, value })),
      scale,
      format: numbers.score,
      noData: t('evidence.map.noData'),
    };
  }, [geo, values, scale, numbers, t]);

  if (state.status === 'failed') return <p className="muted">{t('evidence.map.boundariesFailed')}</p>;
  if (!geo || !data) return null;
  return (
    <div className="ev-choropleth" data-testid="choropleth">
      <Chart load={loadChoropleth} data={data} label={label} testId="choropleth-chart" />
      <p className="ev-attribution" data-testid="map-attribution">
        {pick(geo.attribution)}
      </p>
    </div>
  );
}
