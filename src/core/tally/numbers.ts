// Vote totals are sums of weights that may be fractions (stakeholder shares); rounding them to a
// millionth of a voter makes totals that are equal in exact arithmetic compare equal in floating
// point, so ties are seen as ties whatever order the ballots were added in.
export function snap(x: number): number {
  const y = Math.round(x * 1e6) / 1e6;
  return y === 0 ? 0 : y;
}

export function snapAll(values: Float64Array): Float64Array {
  for (let k = 0; k < values.length; k++) values[k] = snap(values[k]);
  return values;
}
