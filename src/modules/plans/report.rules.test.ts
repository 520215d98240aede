// Which progress reports an action takes: its own reporting periods, inside its dates, never ahead of today.
import { describe, expect, it } from 'vitest';
import type { Action, Plan } from './plan.load';
import { reportProblem } from './report.service';

const plan = { reportingPeriod: 'monthly' } as Plan;
const action = { startsOn: '2026-01-01', dueOn: '2027-06-30', kpis: [{ key: 'km' }] } as unknown as Action;
const body = (period: string, kpiValues: Record<string, number> = {}) => ({ period, percent: 10, statusNote: '', narrative: '', kpiValues });
const TODAY = '2026-11-22';

describe('reportProblem', () => {
  it('takes the current month and any month before it inside the action’s dates', () => {
    expect(reportProblem(plan, action, body('2026-11'), TODAY)).toBeNull();
    expect(reportProblem(plan, action, body('2026-01', { km: 1 }), TODAY)).toBeNull();
  });

  it('refuses a month not begun, one outside the dates, a quarter in a monthly plan, and an unknown KPI', () => {
    expect(reportProblem(plan, action, body('2026-12'), TODAY)?.code).toBe('plan.period_future');
    expect(reportProblem(plan, action, body('2025-12'), TODAY)?.code).toBe('plan.period_outside');
    expect(reportProblem(plan, action, body('2026-Q3'), TODAY)?.code).toBe('plan.wrong_period');
    expect(reportProblem(plan, action, body('2026-10', { khac: 1 }), TODAY)?.code).toBe('plan.unknown_kpi');
  });
});
