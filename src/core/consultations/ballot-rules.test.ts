import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkBallot } from './ballot-rules';
import type { BallotSpec } from './spec';

const options = new Set(['a', 'b', 'c', 'd', 'e']);

describe('checkBallot', () => {
  const approval: BallotSpec = { type: 'approval', min: 2, max: 3 };

  it('accepts 2–3 distinct known options and names the first problem otherwise', () => {
    expect(checkBallot(approval, options, { approve: ['a', 'c'] })).toEqual({ ok: true, choice: { approve: ['a', 'c'] } });
    expect(checkBallot(approval, options, { approve: ['a'] })).toMatchObject({ ok: false, problem: { code: 'ballot.too_few_choices', params: { min: 2, given: 1 } } });
    expect(checkBallot(approval, options, { approve: ['a', 'b', 'c', 'd'] })).toMatchObject({ problem: { code: 'ballot.too_many_choices', params: { max: 3, given: 4 } } });
    expect(checkBallot(approval, options, { approve: ['a', 'z'] })).toMatchObject({ problem: { code: 'ballot.unknown_option', params: { option: 'z' } } });
    expect(checkBallot(approval, options, { approve: ['a', 'a'] })).toMatchObject({ problem: { code: 'ballot.repeated_option' } });
    expect(checkBallot(approval, options, { ranking: [['a'], ['b']] })).toMatchObject({ problem: { code: 'ballot.wrong_field' } });
  });

  it('reads rankings with ties, and pairwise ballots as answered and skipped pairs', () => {
    expect(checkBallot({ type: 'ranking' }, options, { ranking: ['b', ['a', 'c']] })).toEqual({ ok: true, choice: { ranking: [['b'], ['a', 'c']] } });
    expect(checkBallot({ type: 'pairwise' }, options, { pairs: [['a', 'b']], skipped: [['c', 'd']] })).toEqual({ ok: true, choice: { pairs: [['a', 'b']], skipped: [['c', 'd']] } });
    expect(checkBallot({ type: 'pairwise' }, options, { pairs: [['a', 'b'], ['b', 'a']] })).toMatchObject({ problem: { code: 'ballot.repeated_option' } });
    expect(checkBallot({ type: 'pairwise' }, options, { pairs: [['a', 'a']] })).toMatchObject({ problem: { code: 'ballot.repeated_option' } });
    expect(checkBallot({ type: 'pairwise' }, options, { pairs: [['a', 'b', 'c']] })).toMatchObject({ problem: { code: 'ballot.malformed' } });
    expect(checkBallot({ type: 'pairwise' }, options, { ranking: [['a'], ['b']] })).toMatchObject({ problem: { code: 'ballot.wrong_field' } });
  });

  it('keeps scores within the scale and points within the budget', () => {
    expect(checkBallot({ type: 'score', scale: 5 }, options, { scores: { a: 5, b: 0 } }).ok).toBe(true);
    expect(checkBallot({ type: 'score', scale: 5 }, options, { scores: { a: 6 } })).toMatchObject({ problem: { code: 'ballot.score_out_of_range', params: { min: 0, max: 5 } } });
    expect(checkBallot({ type: 'score', scale: 5 }, options, { scores: { a: 2.5 } })).toMatchObject({ problem: { code: 'ballot.score_out_of_range' } });
    expect(checkBallot({ type: 'budget', points: 10 }, options, { scores: { a: 6, b: 4 } }).ok).toBe(true);
    expect(checkBallot({ type: 'budget', points: 10 }, options, { scores: { a: 6, b: 5 } })).toMatchObject({ problem: { code: 'ballot.points_exceeded', params: { total: 11, points: 10 } } });
  });

  it('never throws, whatever arrives, and accepts only approvals a hand-written rule accepts', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (approve, ranking, scores) => {
        const input = { approve, ranking, scores } as Record<string, unknown>;
        for (const k of Object.keys(input)) if (input[k] === undefined) delete input[k];
        const result = checkBallot(approval, options, input);
        const valid =
          ranking === undefined && scores === undefined && Array.isArray(approve) && approve.length >= 2 && approve.length <= 3 &&
          new Set(approve).size === approve.length && approve.every((k) => typeof k === 'string' && options.has(k));
        expect(result.ok).toBe(valid);
      }),
    );
  });
});
