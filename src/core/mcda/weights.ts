// Criteria weights as people give them directly: any non-negative numbers (points, percentages,
// shares), normalised to sum to 1; or swing weights, where the criterion whose swing from worst to
// best matters most gets 100 and the others are rated against it (von Winterfeldt & Edwards 1986).
import { InputError } from '../errors';

export function directWeights(names: readonly string[], values: readonly number[]): number[] {
  values.forEach((value, c) => {
    if (!Number.isFinite(value) || value < 0) throw new InputError(`the weight of "${names[c]}" must be a number of at least 0, not ${value}.`, {}, `trọng số của "${names[c]}" phải là một số không nhỏ hơn 0, không phải ${value}.`);
  });
  const total = values.reduce((s, x) => s + x, 0);
  if (!(total > 0)) throw new InputError('every weight is 0; give at least one criterion a positive weight.', {}, 'mọi trọng số đều bằng 0; hãy cho ít nhất một tiêu chí trọng số dương.');
  return values.map((x) => x / total);
}

export function swingWeights(names: readonly string[], points: readonly number[]): number[] {
  points.forEach((value, c) => {
    if (!Number.isFinite(value) || value < 0 || value > 100) throw new InputError(`the swing of "${names[c]}" must be from 0 to 100 points, not ${value}.`, {}, `mức chênh (swing) của "${names[c]}" phải từ 0 đến 100 điểm, không phải ${value}.`);
  });
  const top = Math.max(...points);
  // the 100-point swing is the yardstick the others were judged against; without it the points mean nothing
  if (top !== 100) throw new InputError(
      `swing weights rate the most important swing at 100 points and the others against it, but the highest here is ${top}.`,
      {},
      `trọng số theo mức chênh cho mức chênh quan trọng nhất 100 điểm và so các mức khác với nó, nhưng mức cao nhất ở đây là ${top}.`,
    );
  return directWeights(names, points);
}
