// Draws from a Dirichlet distribution with the project's seeded generator, so that a published
// rank acceptability can be re-computed by anyone. A Dirichlet draw is independent Gamma(α_c)
// draws divided by their sum; Gamma by Marsaglia & Tsang (2000), normals by Box–Muller.
import type { Random } from '../random';

export function sampleDirichlet(random: Random, alpha: readonly number[]): number[] {
  const draws = alpha.map((a) => (a > 0 ? sampleGamma(random, a) : 0));
  const total = draws.reduce((s, x) => s + x, 0);
  return draws.map((x) => x / total);
}

export function sampleGamma(random: Random, shape: number): number {
  // below 1 the squeeze does not apply; Gamma(a) = Gamma(a + 1) · U^(1/a)
  if (shape < 1) return sampleGamma(random, shape + 1) * uniformOpen(random) ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = sampleNormal(random);
    const v = (1 + c * x) ** 3;
    if (v <= 0) continue;
    const u = uniformOpen(random);
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

function sampleNormal(random: Random): number {
  return Math.sqrt(-2 * Math.log(uniformOpen(random))) * Math.cos(2 * Math.PI * random.next());
}

// (0, 1]: the logarithms above must not meet 0
function uniformOpen(random: Random): number {
  return 1 - random.next();
}
