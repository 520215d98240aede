// The controls of each kind of ballot, with what the participant had entered when the form comes back.
import type { ReactNode } from 'react';
import { scoreRange } from '../../../core/consultations/spec';
import type { Lang } from '../../../http/pages';
import type { BallotView } from './vote.page';
import type { VoteText } from './vote.text';

type Fields = { help: string; controls: ReactNode };
type Option = BallotView['options'][number];

export function ballotFields(lang: Lang, t: VoteText, v: BallotView): Fields | null {
  const { spec, options } = v;
  const entered = (name: string) => {
    const value = v.entered?.[name];
    return typeof value === 'string' ? value : undefined;
  };
  const labelled = (o: Option, control: ReactNode) => (
    <label key={o.key}>
      {control}
      <span>{o.title[lang]}</span>
    </label>
  );
  const select = (name: string, values: number[]) => (
    <select name={name} defaultValue={entered(name)}>
      <option value="">{t.noRank}</option>
      {values.map((x) => <option key={x}>{x}</option>)}
    </select>
  );
  switch (spec.type) {
    case 'approval': {
      const min = spec.min ?? 1;
      const chosen = new Set([v.entered?.approve ?? []].flat());
      const help = spec.max !== undefined ? t.chooseBetween(min, spec.max) : t.chooseAtLeast(min);
      return { help, controls: options.map((o) => labelled(o, <input type="checkbox" name="approve" value={o.key} defaultChecked={chosen.has(o.key)} />)) };
    }
    case 'ranking': {
      const ranks = options.map((_, i) => i + 1);
      return { help: t.rankHelp, controls: options.map((o) => labelled(o, select(`rank.${o.key}`, ranks))) };
    }
    case 'score': {
      const { min, max } = scoreRange(spec);
      const values = Array.from({ length: max - min + 1 }, (_, i) => min + i);
      return { help: t.scoreHelp(min, max), controls: options.map((o) => labelled(o, select(`score.${o.key}`, values))) };
    }
    case 'budget': {
      const points = spec.points ?? 100;
      const input = (key: string) => <input type="number" inputMode="numeric" min="0" max={points} name={`points.${key}`} defaultValue={entered(`points.${key}`) ?? ''} />;
      return { help: t.budgetHelp(points), controls: options.map((o) => labelled(o, input(o.key))) };
    }
    case 'pairwise':
      return { help: t.pairsHelp, controls: <Pairs lang={lang} t={t} v={v} entered={entered} /> };
    default:
      return null;
  }
}

/** A ballot's form: its fields under their help, and the submit button. */
export function BallotForm({ action, fields, submit }: { action: string; fields: Fields; submit: string }) {
  return (
    <form method="post" action={action}>
      <fieldset>
        <legend className="help">{fields.help}</legend>
        {fields.controls}
      </fieldset>
      <button type="submit">{submit}</button>
    </form>
  );
}

function Pairs({ lang, t, v, entered }: { lang: Lang; t: VoteText; v: BallotView; entered: (name: string) => string | undefined }) {
  const title = new Map(v.options.map((o) => [o.key, o.title[lang]]));
  return (v.pairs ?? []).map(([a, b], i) => {
    const name = `pick.${i}`;
    const radio = (value: string, text: string) => (
      <label>
        <input type="radio" name={name} value={value} defaultChecked={(entered(name) ?? '') === value} />
        <span>{text}</span>
      </label>
    );
    return (
      <fieldset key={name}>
        <input type="hidden" name={`pair.${i}`} value={`${a}|${b}`} />
        {radio(a, title.get(a) ?? a)}
        {radio(b, title.get(b) ?? b)}
        {radio('', t.skip)}
      </fieldset>
    );
  });
}
