// One priority area on the mapping page: the figures linked to it, by their Vietnamese (or English) names,
// and — for administrators — a remove button on each and a select of every other figure, grouped by index
// (PAPI sub-dimensions under their dimension), to add one.
import { useState } from 'react';
import { usePick, useT } from '../../shared/i18n/i18n';
import type { IndexKey, Labelled, MappableFigure, MappingLink } from './api';

const INDEX_ORDER: Array<IndexKey | 'GSO'> = ['PCI', 'PAPI', 'PGI', 'GSO'];
const id = (l: MappingLink) => `${l.index}:${l.key}`;

interface Props {
  area: Labelled;
  links: MappingLink[];
  figures: MappableFigure[];
  /** Absent: read-only. */
  onChange?: (links: MappingLink[]) => void;
}

export function AreaLinkCard({ area, links, figures, onChange }: Props) {
  const t = useT();
  const pick = usePick();
  const [chosen, setChosen] = useState('');
  const figureOf = (l: MappingLink) => figures.find((f) => f.index === l.index && f.key === l.key);
  const taken = new Set(links.map(id));
  const headingId = `ev-map-${area.key}`;

  const add = () => {
    const figure = figures.find((f) => id(f) === chosen);
    if (!figure || !onChange) return;
    onChange([...links, { index: figure.index, key: figure.key }]);
    setChosen('');
  };

  return (
    <li className="ev-map-area" data-area={area.key} aria-labelledby={headingId}>
      <h3 id={headingId} className="ev-map-area__name">
        {pick(area)}
      </h3>
      {links.length === 0 ? (
        <p className="muted ev-map-area__empty">{t('evidence.mapping.noLinks')}</p>
      ) : (
        <ul className="ev-map-links" data-testid={`mapping-links-${area.key}`}>
          {links.map((l) => {
            const figure = figureOf(l);
            const name = figure ? pick(figure) : l.key;
            return (
              <li key={id(l)} className="ev-map-link" data-link={id(l)}>
                <span className="tag ev-map-link__index">{l.index}</span>
                <span className="ev-map-link__name">{name}</span>
                {onChange && (
                  <button
                    type="button"
                    className="ev-map-link__remove"
                    onClick={() => onChange(links.filter((x) => id(x) !== id(l)))}
                    aria-label={t('evidence.mapping.remove', { name, area: pick(area) })}
                  >
                    {t('evidence.mapping.removeShort')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {onChange && (
        <div className="ev-map-add">
          <label className="visually-hidden" htmlFor={`${headingId}-add`}>
            {t('evidence.mapping.addLabel', { area: pick(area) })}
          </label>
          <select id={`${headingId}-add`} value={chosen} onChange={(e) => setChosen(e.target.value)} data-testid={`mapping-add-${area.key}`}>
            <option value="">{t('evidence.mapping.pick')}</option>
            {INDEX_ORDER.map((index) => (
              <optgroup key={index} label={index}>
                {figures
                  .filter((f) => f.index === index)
                  .map((f) => (
                    <option key={id(f)} value={id(f)} disabled={taken.has(id(f))}>
                      {f.dimension ? `\u2003${pick(f)}` : pick(f)}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
          <button type="button" className="button button--secondary" onClick={add} disabled={!chosen} data-testid={`mapping-add-button-${area.key}`}>
            {t('evidence.mapping.add')}
          </button>
        </div>
      )}
    </li>
  );
}
