// Small pieces every plan page shares: the progress bar with the schedule's mark, the status label
// (a word and a shape, never colour alone), the overdue marker, and the agencies' names.
import { useCallback } from 'react';
import { formatDate } from '../../shared/format';
import { useLang, usePick, useT, type Translate } from '../../shared/i18n/i18n';
import type { MessageKey } from '../../shared/i18n/vi';
import type { Node, PlanView, Rag } from './api';
import { percentText } from './numbers';

const SHAPE: Record<Rag, string> = { done: '✓', green: '●', amber: '▲', red: '■', 'not-started': '○' };

export const statusText = (t: Translate, status: Rag) => t(`plans.status.${status}` as MessageKey);

export function StatusLabel({ status, testId }: { status: Rag; testId?: string }) {
  const t = useT();
  return (
    <span className={`pl-rag pl-rag--${status}`} data-testid={testId} data-status={status}>
      <span aria-hidden="true">{SHAPE[status]}</span> {statusText(t, status)}
    </span>
  );
}

export function ProgressBar({ node, testId }: { node: Node; testId?: string }) {
  const t = useT();
  const { lang } = useLang();
  const clamp = (x: number) => Math.max(0, Math.min(100, x));
  return (
    <div className="pl-progress">
      <div className="pl-progress__track" aria-hidden="true">
        <div className={`pl-progress__fill pl-progress__fill--${node.status}`} style={{ width: `${clamp(node.progress)}%` }} />
        <div className="pl-progress__expected" style={{ left: `${clamp(node.expected)}%` }} />
      </div>
      <span className="pl-progress__text">
        <strong data-testid={testId}>{percentText(node.progress, lang)}</strong>{' '}
        <span className="muted">{t('plans.expectedShort', { value: percentText(node.expected, lang) })}</span>
      </span>
    </div>
  );
}

export function isOverdue(action: { dueOn: string; progress: number }, today: string) {
  return action.dueOn < today && action.progress < 100;
}

export function DueDate({ dueOn, overdue }: { dueOn: string; overdue: boolean }) {
  const t = useT();
  return (
    <span className={overdue ? 'pl-due pl-due--over' : 'pl-due'}>
      {t('plans.due', { date: formatDate(dueOn) })}
      {overdue && <span className="pl-overdue" data-testid="overdue">{t('plans.overdue')}</span>}
    </span>
  );
}

export function useAgencyName(plan: PlanView | null) {
  const pick = usePick();
  return useCallback((id: string) => pick(plan?.agencies.find((a) => a.id === id)?.name) || '—', [plan, pick]);
}
