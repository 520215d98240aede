// Seeded pseudo-random numbers for core code that must be reproducible (bootstrap resampling,
// benchmark data): the same seed gives the same sequence on every machine and every run, which
// is what lets a published stability figure be checked by someone else.
// Generator: xoshiro128** (Blackman & Vigna 2018), its state filled by splitmix32 so that
// neighbouring seeds (1, 2, 3 …) still give unrelated streams.

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, bound). */
  int(bound: number): number;
}

export function createRandom(seed: number): Random {
  let s = seed >>> 0;
  const splitmix = (): number => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix(), b = splitmix(), c = splitmix(), d = splitmix();
  // an all-zero state would stay zero forever
  if ((a | b | c | d) === 0) a = 1;

  const nextUint32 = (): number => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a; d ^= b; b ^= c; a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result;
  };
  const next = (): number => nextUint32() / 4294967296;
  return { next, int: (bound) => Math.floor(next() * bound) };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
