// From paper to practice and the merger, computed by hand.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actsFor, nowInternal, successorIdOf } from './merger';
import { paperToPractice, practiceBy, progressOn, STAGES, stageOf } from './practice';

describe('stageOf', () => {
  it('puts a commitment at one stage from its progress and status', () => {
    expect(stageOf(100, 'done')).toBe('done');
    expect(stageOf(0, 'red')).toBe('on-paper');
    expect(stageOf(0, 'not-started')).toBe('on-paper');
    expect(stageOf(40, 'green')).toBe('on-track');
    expect(stageOf(40, 'amber')).toBe('started');
    expect(stageOf(5, 'red')).toBe('started');
  });
});

describe('paperToPractice', () => {
  it('counts the stages and the share that moved (by hand: 3 of 5 moved = 60 %)', () => {
    expect(paperToPractice(['on-paper', 'done', 'started', 'on-paper', 'on-track'])).toEqual({ total: 5, onPaper: 2, started: 1, onTrack: 1, done: 1, moved: 3, rate: 0.6 });
  });
  it('counts every commitment once, whatever the order, and the rate is the moved share (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...STAGES), { maxLength: 40 }), (stages) => {
        const p = paperToPractice(stages);
        expect(p.onPaper + p.started + p.onTrack + p.done).toBe(stages.length);
        expect(p.moved).toBe(stages.length - p.onPaper);
        expect(paperToPractice([...stages].reverse())).toEqual(p);
        if (stages.length) expect(p.rate! * stages.length).toBeCloseTo(p.moved, 9);
      }),
    );
  });
  it('never moves a commitment back to paper when more progress is reported (property)', () => {
    const rag = fc.constantFrom('done' as const, 'not-started' as const, 'green' as const, 'amber' as const, 'red' as const);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), rag, rag, (a, b, s1, s2) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        if (stageOf(lo, s1) !== 'on-paper') expect(stageOf(hi, s2)).not.toBe('on-paper');
      }),
    );
  });
  it('has no rate without commitments', () => {
    expect(paperToPractice([]).rate).toBeNull();
  });
  it('groups by province in the order first seen', () => {
    const by = practiceBy([
      { group: 'vn34:91', stage: 'done' },
      { group: 'vn34:92', stage: 'on-paper' },
      { group: 'vn34:91', stage: 'on-paper' },
      { group: 'vn34:91', stage: 'on-paper' },
    ]);
    expect([...by.keys()]).toEqual(['vn34:91', 'vn34:92']);
    expect(by.get('vn34:91')!.rate).toBeCloseTo(1 / 3, 12);
    expect(by.get('vn34:92')!.rate).toBe(0);
  });
});

describe('progressOn', () => {
  const reports = [
    { periodStart: '2017-01-01', percent: 20 },
    { periodStart: '2017-07-01', percent: 55 },
    { periodStart: '2017-04-01', percent: 30 },
  ];
  it('reads the latest report whose period had begun by the day', () => {
    expect(progressOn(reports, '2016-12-31')).toBe(0);
    expect(progressOn(reports, '2017-05-15')).toBe(30);
    expect(progressOn(reports, '2018-01-01')).toBe(55);
  });
});

// Resolution 202/2025/QH15: An Giang (89) and Kiên Giang (91) → An Giang (34-code 91); Cà Mau (96) and
// Bạc Liêu (95) → Cà Mau (96); Cần Thơ (92), Sóc Trăng (94), Hậu Giang (93) → Cần Thơ (92).
describe('the 2025 merger', () => {
  it('reads pre-2025 parties onto their successors', () => {
    expect(successorIdOf('vn63:91')).toBe('vn34:91');
    expect(successorIdOf('vn63:89')).toBe('vn34:91');
    expect(successorIdOf('vn63:95')).toBe('vn34:96');
    expect(successorIdOf('vn34:92')).toBe('vn34:92');
  });
  it('marks an agreement between provinces now merged as internal', () => {
    expect(nowInternal(['vn63:89', 'vn63:91'])).toBe(true);
    expect(nowInternal(['vn63:92', 'vn63:94', 'vn63:93'])).toBe(true);
    expect(nowInternal(['vn63:92', 'vn63:89'])).toBe(false);
    expect(nowInternal(['vn63:92'])).toBe(false);
  });
  it("lets a 2025 province's official act for the provinces it took over, not the other way round", () => {
    expect(actsFor('vn34:91', 'vn63:91')).toBe(true);
    expect(actsFor('vn34:91', 'vn63:89')).toBe(true);
    expect(actsFor('vn34:91', 'vn63:92')).toBe(false);
    expect(actsFor('vn63:91', 'vn34:91')).toBe(false);
    expect(actsFor('vn63:91', 'vn63:89')).toBe(false);
  });
});
