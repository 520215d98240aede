// Turns an accepted recommendation into an action of one of the space's plans: the facilitator picks the
// plan and its objective and gives the action a code; its title, lead agency and due date come from the
// recommendation (the server fills them in).
import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../shared/api/client';
import { useApi } from '../../shared/api/useApi';
import { usePick, useLang, useT } from '../../shared/i18n/i18n';
import { paths as planPaths, type PlanSummary, type PlanView } from '../plans/api';
import { paths, type ForumRecommendation, type ForumView } from './api';
import { useSend } from './useSend';

type Props = { forum: ForumView; r: ForumRecommendation; onChange: () => void };

export function IntoPlanForm(props: Props) {
  const t = useT();
  const [open, setOpen] = useState(false);
  if (!open) {
    return <button type="button" className="button" onClick={() => setOpen(true)} data-testid="recommendation-to-plan">{t('forums.recs.toPlan')}</button>;
  }
  return <PlanChoice {...props} onCancel={() => setOpen(false)} />;
}

function PlanChoice({ forum, r, onChange, onCancel }: Props & { onCancel: () => void }) {
  const t = useT();
  const pick = usePick();
  const { lang } = useLang();
  const { send, error, busy } = useSend(onChange);
  const [planId, setPlanId] = useState('');
  const [objectiveId, setObjectiveId] = useState('');
  const [code, setCode] = useState('');
  const plans = useApi<{ plans: PlanSummary[] }>(planPaths.list(forum.spaceId));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send(paths.recommendation(forum.id, r.id, 'action'), 'POST', { planId, objectiveId, code: code.trim() });
  };
  return (
    <form className="form fo-add fo-recform" onSubmit={submit} data-testid="recommendation-plan-form">
      <h3>{t('forums.recs.toPlan')}</h3>
      <p className="muted">{t('forums.recs.prefill')}</p>
      <div className="fo-add__row">
        <label className="field">
          <span>{t('forums.recs.plan')}</span>
          <select value={planId} onChange={(e) => { setPlanId(e.target.value); setObjectiveId(''); }} required data-testid="recommendation-plan">
            <option value="">{t('forums.recs.choose')}</option>
            {plans.status === 'done' && plans.data.plans.map((p) => <option key={p.id} value={p.id}>{pick(p.title)}</option>)}
          </select>
        </label>
        {planId ? <PlanObjectives key={planId} planId={planId} value={objectiveId} onChange={setObjectiveId} /> : <Objectives objectives={[]} value="" onChange={setObjectiveId} />}
        <label className="field">
          <span>{t('forums.recs.code')}</span>
          <input value={code} onChange={(e) => setCode(e.target.value)} required pattern="[A-Za-z0-9][A-Za-z0-9._\-]{0,31}" data-testid="recommendation-code" />
        </label>
        <button type="submit" className="button" disabled={busy} data-testid="recommendation-plan-confirm">{t('forums.recs.confirm')}</button>
        <button type="button" className="button button--secondary" onClick={onCancel}>{t('forums.recs.cancel')}</button>
      </div>
      {(error != null || plans.status === 'error') && <p className="form__error" role="alert">{errorMessage(error ?? (plans.status === 'error' ? plans.error : null), lang, t)}</p>}
    </form>
  );
}

type ObjectiveProps = { value: string; onChange: (id: string) => void };

/** The objectives of the chosen plan, read from the plans API. */
function PlanObjectives({ planId, ...props }: ObjectiveProps & { planId: string }) {
  const plan = useApi<PlanView>(planPaths.plan(planId));
  return <Objectives objectives={plan.status === 'done' ? plan.data.objectives : []} {...props} />;
}

function Objectives({ objectives, value, onChange }: ObjectiveProps & { objectives: PlanView['objectives'] }) {
  const t = useT();
  const pick = usePick();
  return (
    <label className="field">
      <span>{t('forums.recs.objective')}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} required data-testid="recommendation-objective">
        <option value="">{t('forums.recs.choose')}</option>
        {objectives.map((o) => <option key={o.id} value={o.id}>{o.code} — {pick(o.title)}</option>)}
      </select>
    </label>
  );
}
