// Figures in the commands' human-readable output, written as Vietnamese writes them (1.234,5; −0,25),
// through the one formatting module. Machines read `--json`, which keeps plain JSON numbers.
import { formatNumber } from '../core/format';

/** Up to four decimals, trailing zeros dropped: 0,0392 · 1.234 · 12,5. */
export function cliNumber(value: number, decimals = 4): string {
  return formatNumber(value, 'vi', { digits: decimals });
}

/** Exactly `decimals` decimals, for columns of scores read side by side: 63,20. */
export function cliFixed(value: number, decimals: number): string {
  return formatNumber(value, 'vi', { digits: decimals, fixed: true });
}
