// Matching on small regions worked out by hand: every expected score is the harmonic mean
// k / (1/g1 + … + 1/gk) computed in the comments, every expected set by listing the alternatives.
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors';
import { allExchanges, explainExchange, matchExchanges, matchExchangesWithin, type MatchInput } from './index';

const region = (benefit: MatchInput['benefit'], maxCycle: 2 | 3 = 3, localities = ['A', 'B', 'C', 'D']): MatchInput => ({ localities, benefit, maxCycle });

describe('matchExchanges on hand-worked regions', () => {
  it('scores a pair by the harmonic mean of both gains', () => {
    // A gains 3 from B, B gains 1.5 from A: 2 / (1/3 + 1/1.5) = 2 / (1/3 + 2/3) = 2
    const result = matchExchanges(region({ A: { B: 3 }, B: { A: 1.5 } }, 2, ['B', 'A']));
    expect(result).toEqual({ exchanges: [{ members: ['A', 'B'], gains: { A: 3, B: 1.5 }, score: 2 }], total: 2 });
  });

  it('takes a 3-cycle over two pairs when the cycle is worth more', () => {
    // Cycle A→B→C→A, each gains 4: 3 / (3/4) = 4.
    // Pair A–B: A gains 2, B gains 4 → 2 / (1/2 + 1/4) = 8/3; pair C–D: 1 and 1 → 1. Together 11/3 ≈ 3.667 < 4.
    // D gains only from C and gives only to C, so no cycle holds D; every other pair or cycle has a side gaining 0.
    const input = region({ A: { B: 2, C: 4 }, B: { A: 4 }, C: { B: 4, D: 1 }, D: { C: 1 } });
    const result = matchExchanges(input);
    expect(result.exchanges).toEqual([{ members: ['A', 'B', 'C'], gains: { A: 4, B: 4, C: 4 }, score: 4 }]);
    expect(result.total).toBe(4);
    // pairs only, the best is A–B with C–D: 8/3 + 1
    const pairs = matchExchanges({ ...input, maxCycle: 2 });
    expect(pairs.exchanges.map((e) => e.members)).toEqual([['A', 'B'], ['C', 'D']]);
    expect(pairs.total).toBeCloseTo(8 / 3 + 1, 12);
  });

  it('takes a pair over an overlapping 3-cycle worth less', () => {
    // Pair A–B: A gains 6, B gains 3 → 2 / (1/6 + 1/3) = 4.
    // Cycle A→B→C→A: B gains 3 (from A), C gains 2 (from B), A gains 2 (from C) → 3 / (1/3 + 1/2 + 1/2) = 2.25.
    // Both hold A and B, so only one can be suggested; C is left without a partner.
    const result = matchExchanges(region({ A: { B: 6, C: 2 }, B: { A: 3 }, C: { B: 2 } }, 3, ['C', 'B', 'A']));
    expect(result.exchanges).toEqual([{ members: ['A', 'B'], gains: { A: 6, B: 3 }, score: 4 }]);
    expect(result.total).toBe(4);
  });

  it('lists a cycle from its smallest name in the direction of giving', () => {
    // C gives to B, B to A, A to C: the cycle A→C→B→A. Gains: C 2 (from A), B 2 (from C), A 2 (from B) → 2.
    const result = matchExchanges(region({ C: { A: 2 }, B: { C: 2 }, A: { B: 2 } }, 3, ['A', 'B', 'C']));
    expect(result.exchanges).toEqual([{ members: ['A', 'C', 'B'], gains: { A: 2, C: 2, B: 2 }, score: 2 }]);
  });

  it('breaks ties the same way whatever the order the localities are listed in', () => {
    // A–B, C–D, A–C and B–D each give both sides 1 (score 1): A–B with C–D and A–C with B–D both total 2.
    const benefit = { A: { B: 1, C: 1 }, B: { A: 1, D: 1 }, C: { D: 1, A: 1 }, D: { C: 1, B: 1 } };
    const orders = [['A', 'B', 'C', 'D'], ['D', 'C', 'B', 'A'], ['B', 'D', 'A', 'C'], ['C', 'A', 'D', 'B']];
    for (const maxCycle of [2, 3] as const) {
      const results = orders.map((localities) => matchExchanges({ localities, benefit, maxCycle }));
      expect(results[0].total).toBe(2);
      expect(results[0].exchanges.flatMap((e) => e.members).sort()).toEqual(['A', 'B', 'C', 'D']);
      for (const r of results) expect(r).toEqual(results[0]);
    }
  });

  it('suggests nothing for an empty region, nor where no exchange gives every side something', () => {
    expect(matchExchanges({ localities: [], benefit: {}, maxCycle: 3 })).toEqual({ exchanges: [], total: 0 });
    // A gains from B and B from C, but nobody gains from A: every pair and cycle has a side gaining 0
    expect(matchExchanges(region({ A: { B: 5 }, B: { C: 2 }, C: {} }))).toEqual({ exchanges: [], total: 0 });
  });

  it('enumerates every pair and both 3-cycles of each triple, scores 0 included', () => {
    // 4 localities: 6 pairs and 4 triples × 2 directions = 8 cycles
    const all = allExchanges(region({ A: { B: 2, C: 4 }, B: { A: 4 }, C: { B: 4, D: 1 }, D: { C: 1 } }));
    expect(all).toHaveLength(14);
    expect(all.slice(0, 3).map((e) => [e.members.join(''), e.score])).toEqual([['ABC', 4], ['AB', 8 / 3], ['CD', 1]]);
    expect(all.slice(3).every((e) => e.score === 0)).toBe(true);
    expect(allExchanges({ ...region({}), maxCycle: 2 })).toHaveLength(6);
  });
});

describe('a search with a node limit', () => {
  it('says whether it finished, and an upper bound no answer beats', () => {
    const input = region({ A: { B: 2, C: 4 }, B: { A: 4 }, C: { B: 4, D: 1 }, D: { C: 1 } });
    const full = matchExchangesWithin(input, { maxNodes: Infinity });
    expect(full).toMatchObject({ exact: true, total: 4, upperBound: 4 });
    const cut = matchExchangesWithin(input, { maxNodes: 1 });
    expect(cut.exact).toBe(false);
    // it starts from the pairs-only optimum 11/3, and the bound covers the cycle worth 4
    expect(cut.total).toBeCloseTo(11 / 3, 12);
    expect(cut.upperBound).toBeGreaterThanOrEqual(4);
  });
});

describe('bad input', () => {
  const refused = (input: unknown, en: string, vi: string) => {
    let caught: unknown;
    try {
      matchExchanges(input as MatchInput);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as InputError).message).toBe(en);
    expect((caught as InputError).vi).toBe(vi);
  };

  it('names the field and what is wrong, in English and Vietnamese', () => {
    refused(region({ A: { Z: 1 } }), 'field "benefit.A.Z": "A" gains from "Z", which is not one of the localities listed.', 'trường "benefit.A.Z": "A" được lợi từ "Z", nhưng "Z" không có trong danh sách địa phương.');
    refused(region({ A: { B: -1 } }), 'field "benefit.A.B": what "A" gains from "B" must be a number of at least 0, not -1.', 'trường "benefit.A.B": lợi ích "A" nhận từ "B" phải là một số không âm, không phải -1.');
    refused(region({ A: { B: Infinity } }), 'field "benefit.A.B": what "A" gains from "B" must be a number of at least 0, not Infinity.', 'trường "benefit.A.B": lợi ích "A" nhận từ "B" phải là một số không âm, không phải Infinity.');
    refused(region({ A: { A: 2 } }), 'field "benefit.A.A": "A" cannot gain from itself (2); a locality exchanges only with others.', 'trường "benefit.A.A": "A" không thể được lợi từ chính mình (2); địa phương chỉ trao đổi với địa phương khác.');
    refused({ ...region({}), maxCycle: 4 }, 'field "maxCycle": "maxCycle" must be 2 (pairs) or 3 (pairs and 3-cycles), not 4.', 'trường "maxCycle": "maxCycle" phải là 2 (cặp) hoặc 3 (cặp và vòng ba), không phải 4.');
    refused(region({}, 3, ['A', 'B', 'A']), 'field "localities[2]": the locality "A" is listed twice.', 'trường "localities[2]": địa phương "A" được liệt kê hai lần.');
    refused(region({ Z: {} }), 'field "benefit.Z": "Z" is not one of the localities listed.', 'trường "benefit.Z": "Z" không có trong danh sách địa phương.');
  });
});

describe('explainExchange', () => {
  const pair = { members: ['An Giang', 'Cần Thơ'], gains: { 'An Giang': 3, 'Cần Thơ': 1.5 }, score: 2 };

  it('says who gains what from whom and the formula, with Vietnamese numbers', () => {
    expect(explainExchange(pair, 'vi')).toBe('Cần Thơ được lợi 1,5 từ An Giang; An Giang được lợi 3 từ Cần Thơ. Điểm (trung bình điều hòa): 2 / (1/3 + 1/1,5) = 2.');
    expect(explainExchange(pair, 'en')).toBe('Cần Thơ gains 1.5 from An Giang; An Giang gains 3 from Cần Thơ. Score (harmonic mean): 2 / (1/3 + 1/1.5) = 2.');
  });

  it('names what each side offers when told', () => {
    const what = (giver: string) => (giver === 'Cần Thơ' ? 'trained workers' : 'rice land');
    expect(explainExchange(pair, 'en', what)).toBe(
      'An Giang offers rice land that Cần Thơ needs (benefit 1.5); Cần Thơ offers trained workers that An Giang needs (benefit 3). Score (harmonic mean): 2 / (1/3 + 1/1.5) = 2.',
    );
  });
});
