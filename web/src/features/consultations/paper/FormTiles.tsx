// Every form of the batch as a small tile: its number, what was typed, and whether it is finished,
// spoilt or flagged (in words for screen readers, not colour alone). A tile takes the clerk back
// to that form.
import { useT } from '../../../shared/i18n/i18n';
import type { TypedForm } from './forms';

type TileState = 'ok' | 'spoilt' | 'problem' | 'empty';

function stateOf(form: TypedForm): TileState {
  if (form.kind === 'empty') return 'empty';
  if (form.kind === 'spoilt') return 'spoilt';
  return form.problem ? 'problem' : 'ok';
}

export function FormTiles({ parsed, at, onPick }: { parsed: TypedForm[]; at: number; onPick: (i: number) => void }) {
  const t = useT();
  return (
    <section className="pp-tiles" aria-labelledby="paper-tiles-heading">
      <h3 id="paper-tiles-heading">{t('paper.entry.forms')}</h3>
      <p className="muted rows__hint">{t('paper.entry.formsHint')}</p>
      <ol className="pp-tiles__list" data-testid="paper-tiles">
        {parsed.map((form, i) => {
          const state = stateOf(form);
          const typed = form.kind === 'choice' ? (form.values ? form.values.map((v) => (v === null ? '-' : v)) : form.numbers).join(' ') : '';
          const said = state === 'ok' ? typed : t(`paper.tile.${state}`);
          const shown = state === 'ok' ? typed : state === 'spoilt' ? 'h' : state === 'problem' ? '!' : '–';
          return (
            <li key={i}>
              <button
                type="button"
                className={`pp-tile pp-tile--${state}`}
                aria-current={i === at ? 'step' : undefined}
                aria-label={t('paper.entry.tile', { n: i + 1, state: said })}
                data-testid="paper-tile"
                data-state={state}
                onClick={() => onPick(i)}
              >
                <span className="pp-tile__n">{i + 1}</span>
                <span className="pp-tile__typed">{shown}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
