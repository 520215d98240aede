// The tile-grid map (layouts in ./tiles.ts): a square per province coloured by its score, each one a link
// to the province's profile whose accessible name carries the name, the score and the rank, so the map
// reads as a list of provinces to a screen reader and works from the keyboard.
import { Link } from 'wouter';
import { useT } from '../../shared/i18n/i18n';
import { links, type UnitSet } from './api';
import { NO_DATA, colourOf, inkOn, type Scale } from './colours';
import type { Numbers } from './numbers';
import { tilesOf } from './tiles';

export interface MapValue {
  code: string;
  name: string;
  value: number | null;
  rank: number | null;
}

const SIZE = 40;
const GAP = 3;

export function TileMap({ unit, values, scale, numbers, label }: { unit: UnitSet; values: Map<string, MapValue>; scale: Scale | null; numbers: Numbers; label: string }) {
  const t = useT();
  const tiles = tilesOf(unit);
  const cols = Math.max(...tiles.map((tile) => tile[2])) + 1;
  const rows = Math.max(...tiles.map((tile) => tile[3])) + 1;
  return (
    <svg
      className={`ev-tiles ev-tiles--${unit}`}
      viewBox={`0 0 ${cols * SIZE} ${rows * SIZE}`}
      role="group"
      aria-label={label}
      data-testid="tile-map"
      data-unit={unit}
    >
      {tiles.map(([code, short, col, row]) => {
        const v = values.get(code);
        const value = v?.value ?? null;
        const fill = value !== null && scale ? colourOf(scale, value) : NO_DATA;
        const name = v?.name ?? code;
        const text =
          value === null
            ? t('evidence.map.tileNoData', { name })
            : t('evidence.map.tileLabel', { name, value: numbers.score(value), rank: v?.rank ?? '—' });
        const to = links.profile(code, unit);
        return (
          <Link key={code} to={to} aria-label={text} data-testid="tile" data-code={code} className="ev-tile">
            <title>{text}</title>
            <rect
              x={col * SIZE + GAP / 2}
              y={row * SIZE + GAP / 2}
              width={SIZE - GAP}
              height={SIZE - GAP}
              rx={4}
              fill={fill}
              stroke={value === null ? '#9aa7b3' : 'none'}
              strokeDasharray={value === null ? '3 2' : undefined}
            />
            <text x={col * SIZE + SIZE / 2} y={row * SIZE + SIZE / 2} dy="0.35em" textAnchor="middle" fill={value === null ? '#4c5b6a' : inkOn(fill)} aria-hidden="true">
              {short}
            </text>
          </Link>
        );
      })}
    </svg>
  );
}

export function MapLegend({ scale, numbers, caption }: { scale: Scale | null; numbers: Numbers; caption: string }) {
  const t = useT();
  return (
    <div className="ev-legend" data-testid="map-legend">
      <p className="ev-legend__caption">{caption}</p>
      {scale && (
        <ul className="ev-legend__classes">
          {scale.lows.map((low, i) => (
            <li key={low}>
              <span className="ev-legend__swatch" style={{ background: scale.colours[i] }} aria-hidden="true" />
              {t('evidence.map.class', { from: numbers.score(low), to: numbers.score(i + 1 < scale.lows.length ? scale.lows[i + 1] : scale.max) })}
            </li>
          ))}
          <li className="muted">
            <span className="ev-legend__swatch ev-legend__swatch--none" aria-hidden="true" />
            {t('evidence.map.noData')}
          </li>
        </ul>
      )}
    </div>
  );
}
