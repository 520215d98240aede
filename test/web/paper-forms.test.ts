// The staff app's reading of typed paper forms (web/src/features/consultations/paper/forms.ts): what a clerk types for a
// ranking, score or budget form becomes the body the server takes, and a form the server would
// refuse is flagged before it is sent.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkBallot } from '../../src/core/consultations/ballot-rules';
import type { BallotSpec } from '../../src/core/consultations/spec';
import { isDone, paperFormOf, parseForm, rulesOf, sameReading, typedOf } from '../../web/src/features/consultations/paper/forms';

const options = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `p${i + 1}`, title: { vi: `Phương án ${i + 1}`, en: `Option ${i + 1}` } }));

describe('typing paper forms', () => {
  it('reads "3 1 5" (or "315") as a ranking in that order', () => {
    const opts = options(5);
    const rules = rulesOf({ type: 'ranking' }, 5);
    for (const text of ['3 1 5', '315', ' 3,1;5 ']) expect(paperFormOf(parseForm(text, rules), opts, rules)).toEqual({ ranking: ['p3', 'p1', 'p5'] });
    expect(parseForm('3 1 3', rules)).toMatchObject({ problem: { key: 'paper.problem.repeated', vars: { n: 3 } } });
    expect(parseForm('6', rules)).toMatchObject({ problem: { key: 'paper.problem.unknown' } });
    expect(parseForm('h', rules)).toEqual({ kind: 'spoilt' });
  });

  it('reads one score per option, "-" for a blank, and flags a score off the scale', () => {
    const opts = options(4);
    const rules = rulesOf({ type: 'score', scale: 5 }, 4);
    expect(paperFormOf(parseForm('4305', rules), opts, rules)).toEqual({ scores: { p1: 4, p2: 3, p3: 0, p4: 5 } });
    expect(paperFormOf(parseForm('4 - 0 5', rules), opts, rules)).toEqual({ scores: { p1: 4, p3: 0, p4: 5 } });
    expect(parseForm('43', rules)).toMatchObject({ pending: true, problem: { key: 'paper.problem.needValues' } });
    expect(parseForm('4 3 6 1', rules)).toMatchObject({ pending: false, problem: { key: 'paper.problem.scoreRange', vars: { n: 3, min: 0, max: 5 } } });
    expect(parseForm('43015', rules)).toMatchObject({ problem: { key: 'paper.problem.tooManyValues' } });
    // scores above 9 need spaces
    const ten = rulesOf({ type: 'score', scale: 10 }, 4);
    expect(paperFormOf(parseForm('10 7 0 9', ten), opts, ten)).toEqual({ scores: { p1: 10, p2: 7, p3: 0, p4: 9 } });
  });

  it('reads budget points, 0 and "-" alike, and flags a total over the points', () => {
    const opts = options(3);
    const rules = rulesOf({ type: 'budget', points: 100 }, 3);
    expect(paperFormOf(parseForm('60 0 40', rules), opts, rules)).toEqual({ scores: { p1: 60, p3: 40 } });
    expect(paperFormOf(parseForm('60 - 40', rules), opts, rules)).toEqual({ scores: { p1: 60, p3: 40 } });
    expect(parseForm('60 30 40', rules)).toMatchObject({ problem: { key: 'paper.problem.points', vars: { total: 130, points: 100 } } });
  });

  it('accepts exactly the typed forms the server accepts, and types a reading back the same', () => {
    const specs: BallotSpec[] = [{ type: 'ranking', min: 2, max: 4 }, { type: 'score', scale: 5 }, { type: 'budget', points: 20 }, { type: 'approval', min: 1, max: 3 }];
    const opts = options(5);
    const keys = new Set(opts.map((o) => o.key));
    fc.assert(
      fc.property(fc.constantFrom(...specs), fc.array(fc.oneof(fc.integer({ min: -1, max: 12 }).map(String), fc.constant('-')), { maxLength: 7 }), (spec, tokens) => {
        const rules = rulesOf(spec, 5);
        const form = parseForm(tokens.join(' '), rules);
        const body = paperFormOf(form, opts, rules);
        if (form.kind === 'empty' || form.kind === 'spoilt') return;
        expect(body === null).toBe(!isDone(form));
        if (body && !('spoilt' in body)) {
          const check = checkBallot(spec, keys, body);
          expect(check.ok).toBe(true);
          if (check.ok) {
            const reading = { choice: check.choice as never };
            expect(sameReading(reading, reading, opts, rules)).toBe(true);
            expect(paperFormOf(parseForm(typedOf(reading, opts, rules), rules), opts, rules)).toEqual(body);
          }
        }
      }),
    );
  });
});
