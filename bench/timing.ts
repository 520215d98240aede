// What the in-process benchmarks share: timing one piece of work, and printing a table row.

export function time<T>(work: () => T): { seconds: number; value: T } {
  const from = performance.now();
  const value = work();
  return { seconds: (performance.now() - from) / 1000, value };
}

export const secs = (s: number) => `${s.toFixed(3)} s`;

/** A printer of rows whose first cell is `first` wide and the others 14, right-aligned. */
export const rowPrinter =
  (first: number) =>
  (...cells: string[]) =>
    console.log(cells.map((c, k) => (k === 0 ? c.padEnd(first) : c.padStart(14))).join(''));
