// An exchange as the searches see it: members as numbers (indices into the sorted names), its score,
// and each member's share of it.
/** An exchange over locality numbers (indices into the sorted names). */
export interface Candidate {
  members: number[];
  score: number;
  share: number;
}

export function compareNumbers(a: number[], b: number[]): number {
  for (let k = 0; k < Math.min(a.length, b.length); k++) if (a[k] !== b[k]) return a[k] - b[k];
  return a.length - b.length;
}

export function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
