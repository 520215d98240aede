// KPI attainment: how far a value has moved from the baseline toward the target, in percent.
//   increase: (value − baseline) / (target − baseline) × 100
//   decrease: (baseline − value) / (baseline − target) × 100
// clamped to [0, 100]: falling back below the baseline counts 0, overshooting the target counts 100.
// A KPI whose target equals its baseline is attained (100) when the value is at or past the target in
// its direction, else 0. A target on the wrong side of the baseline is refused where KPIs are written.
export type Direction = 'increase' | 'decrease';

export type KpiSpec = { baseline: number; target: number; direction: Direction };

export function kpiAttainment(kpi: KpiSpec, value: number): number {
  const sign = kpi.direction === 'increase' ? 1 : -1;
  const span = sign * (kpi.target - kpi.baseline);
  const moved = sign * (value - kpi.baseline);
  if (span <= 0) return moved >= span ? 100 : 0;
  return Math.min(100, Math.max(0, (moved / span) * 100));
}

/** Whether the target lies in the KPI's direction from the baseline (or equals it). */
export const targetFitsDirection = (kpi: KpiSpec) => (kpi.direction === 'increase' ? kpi.target >= kpi.baseline : kpi.target <= kpi.baseline);
