import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  actionStatus,
  addDays,
  expectedProgress,
  kpiAttainment,
  nextPeriod,
  obligations,
  periodEnd,
  periodOf,
  periodsBetween,
  remindersFor,
  reportDeadline,
  rollUp,
  scorecard,
  statusRank,
  weightBasis,
  type ActionInput,
  type ReportInput,
} from '.';

const day = fc.integer({ min: 19_000, max: 21_000 }).map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
const percent = fc.double({ min: 0, max: 100, noNaN: true });
const child = fc.record({ progress: percent, weight: fc.option(fc.double({ min: 0.1, max: 1e6, noNaN: true }), { nil: null }), budget: fc.option(fc.double({ min: 0.1, max: 1e6, noNaN: true }), { nil: null }) });

describe('roll-up', () => {
  it('stays within the children\u2019s range and equals a single child', () => {
    fc.assert(
      fc.property(fc.array(child, { minLength: 1, maxLength: 8 }), (children) => {
        const p = rollUp(children);
        expect(p).toBeGreaterThanOrEqual(Math.min(...children.map((c) => c.progress)));
        expect(p).toBeLessThanOrEqual(Math.max(...children.map((c) => c.progress)));
        expect(rollUp([children[0]])).toBe(children[0].progress);
      }),
    );
  });

  it('never falls when one child makes progress (weights unchanged)', () => {
    fc.assert(
      fc.property(fc.array(child, { minLength: 1, maxLength: 8 }), fc.nat(7), percent, (children, i, gain) => {
        const k = i % children.length;
        const more = children.map((c, j) => (j === k ? { ...c, progress: Math.min(100, c.progress + gain) } : c));
        expect(rollUp(more)).toBeGreaterThanOrEqual(rollUp(children) - 1e-9);
      }),
    );
  });

  it('a finished child added on an equal footing never lowers the parent', () => {
    fc.assert(
      fc.property(fc.array(percent, { minLength: 1, maxLength: 8 }), (ps) => {
        const children = ps.map((progress) => ({ progress }));
        expect(rollUp([...children, { progress: 100 }])).toBeGreaterThanOrEqual(rollUp(children) - 1e-9);
      }),
    );
  });

  it('weighs by explicit weight, else by budget when every sibling has one, else equally', () => {
    expect(rollUp([{ progress: 100, weight: 3 }, { progress: 0, weight: 1 }])).toBe(75);
    expect(rollUp([{ progress: 100, budget: 900 }, { progress: 0, budget: 100 }])).toBe(90);
    expect(rollUp([{ progress: 100, budget: 900 }, { progress: 0 }])).toBe(50);
    expect(weightBasis([{ progress: 1, weight: 2, budget: 5 }, { progress: 1, budget: 5 }])).toBe('budget');
    expect(rollUp([])).toBe(0);
  });
});

describe('expected progress and status', () => {
  it('is 0 before the start, 100 from the due date, linear between', () => {
    expect(expectedProgress('2025-01-01', '2025-01-11', '2024-12-31')).toBe(0);
    expect(expectedProgress('2025-01-01', '2025-01-11', '2025-01-06')).toBe(50);
    expect(expectedProgress('2025-01-01', '2025-01-11', '2025-01-11')).toBe(100);
  });

  it('never falls as the date moves on', () => {
    fc.assert(
      fc.property(day, fc.nat(900), day, fc.nat(400), (start, length, today, later) => {
        const due = addDays(start, length);
        expect(expectedProgress(start, due, addDays(today, later))).toBeGreaterThanOrEqual(expectedProgress(start, due, today));
      }),
    );
  });

  it('more progress on the same day never worsens the status', () => {
    fc.assert(
      fc.property(day, fc.nat(900), day, percent, percent, (start, length, today, a, b) => {
        const due = addDays(start, length);
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const worse = actionStatus({ startsOn: start, dueOn: due, progress: lo }, today);
        const better = actionStatus({ startsOn: start, dueOn: due, progress: hi }, today);
        expect(statusRank[better]).toBeLessThanOrEqual(statusRank[worse]);
      }),
    );
  });

  it('uses the stated thresholds', () => {
    const a = { startsOn: '2025-01-01', dueOn: '2025-01-11' };
    const on = '2025-01-06'; // 50 % expected
    expect(actionStatus({ ...a, progress: 40 }, on)).toBe('green');
    expect(actionStatus({ ...a, progress: 39 }, on)).toBe('amber');
    expect(actionStatus({ ...a, progress: 25 }, on)).toBe('amber');
    expect(actionStatus({ ...a, progress: 24 }, on)).toBe('red');
    expect(actionStatus({ ...a, progress: 99 }, '2025-01-12')).toBe('red');
    expect(actionStatus({ ...a, progress: 100 }, '2025-01-12')).toBe('done');
    expect(actionStatus({ ...a, progress: 0 }, '2024-12-01')).toBe('not-started');
  });
});

describe('KPI attainment', () => {
  const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });
  it('is 0 at the baseline and 100 at the target in both directions, and within [0, 100]', () => {
    fc.assert(
      fc.property(finite, finite, finite, (x, y, v) => {
        fc.pre(x !== y);
        const inc = { baseline: Math.min(x, y), target: Math.max(x, y), direction: 'increase' as const };
        const dec = { baseline: Math.max(x, y), target: Math.min(x, y), direction: 'decrease' as const };
        for (const k of [inc, dec]) {
          expect(kpiAttainment(k, k.baseline)).toBe(0);
          expect(kpiAttainment(k, k.target)).toBe(100);
          const a = kpiAttainment(k, v);
          expect(a).toBeGreaterThanOrEqual(0);
          expect(a).toBeLessThanOrEqual(100);
        }
      }),
    );
  });

  it('counts a fall toward a lower target as progress', () => {
    expect(kpiAttainment({ baseline: 20, target: 10, direction: 'decrease' }, 15)).toBe(50);
    expect(kpiAttainment({ baseline: 20, target: 10, direction: 'decrease' }, 25)).toBe(0);
    expect(kpiAttainment({ baseline: 10, target: 20, direction: 'increase' }, 30)).toBe(100);
  });
});

describe('periods, reminders and scorecards', () => {
  it('names months and quarters and their deadlines', () => {
    expect(periodOf('quarterly', '2025-05-20')).toBe('2025-Q2');
    expect(periodEnd('quarterly', '2025-Q4')).toBe('2025-12-31');
    expect(nextPeriod('monthly', '2025-12')).toBe('2026-01');
    expect(periodEnd('monthly', '2024-02')).toBe('2024-02-29');
    expect(reportDeadline('monthly', '2025-01', 10)).toBe('2025-02-10');
    expect(periodsBetween('quarterly', '2025-02-01', '2025-08-01')).toEqual(['2025-Q1', '2025-Q2', '2025-Q3']);
  });

  const rule = { period: 'quarterly' as const, graceDays: 15 };
  const action: ActionInput = {
    id: 'a1', objectiveId: 'o1', leadAgencyId: 'org', coordinatorIds: [], startsOn: '2025-01-01', dueOn: '2025-12-31', budgetPlanned: null, weight: null,
    kpis: [{ key: 'k', baseline: 0, target: 10, direction: 'increase' }],
  };

  it('lists overdue and due reports and overdue actions', () => {
    const reports = [{ actionId: 'a1', period: '2025-Q1', percent: 20, submittedOn: '2025-04-10', kpiValues: { k: 2 } }];
    const r = remindersFor(rule, [action], reports, '2025-10-05');
    expect(r).toEqual([
      { actionId: 'a1', kind: 'report-overdue', period: '2025-Q2', deadline: '2025-07-15' },
      { actionId: 'a1', kind: 'report-due', period: '2025-Q3', deadline: '2025-10-15' },
    ]);
    expect(remindersFor(rule, [action], reports, '2026-01-20').map((x) => x.kind)).toEqual(['report-overdue', 'report-overdue', 'report-overdue', 'action-overdue']);
  });

  it('stops owing reports after a 100 % report and scores on-time reporting', () => {
    const reports: ReportInput[] = [
      { actionId: 'a1', period: '2025-Q1', percent: 30, submittedOn: '2025-04-20', kpiValues: { k: 5 } },
      { actionId: 'a1', period: '2025-Q2', percent: 100, submittedOn: '2025-07-01', kpiValues: {} },
    ];
    expect(obligations(rule, action, reports).map((o) => [o.period, o.onTime])).toEqual([['2025-Q1', false], ['2025-Q2', true]]);
    const q1 = scorecard(rule, 'org', '2025-Q1', [action], reports, '2026-01-01');
    expect(q1).toMatchObject({ reportsDue: 1, reportsOnTime: 0, onTimeRate: 0, actions: 1, kpiAttainment: 50, overdue: 0 });
    const q2 = scorecard(rule, 'org', '2025-Q2', [action], reports, '2026-01-01');
    expect(q2).toMatchObject({ reportsDue: 1, reportsOnTime: 1, actionsOnTrack: 1, kpiAttainment: 50 });
  });
});
