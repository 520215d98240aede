// A case small enough to solve by hand, shared by the method and sensitivity tests.
// X, Y, Z at 10, 20, 30 on a benefit and 1, 2, 3 on a cost criterion. After vector normalisation
// both columns are (1, 2, 3)/√14, so with weights t and 1 − t the distances are multiples of
// 2/√14 and TOPSIS's closeness works out to X: 1 − t, Y: 1/2, Z: t. Min–max normalisation gives
// X (0, 1), Y (1/2, 1/2), Z (1, 0), so the weighted sum scores exactly the same.
import type { DecisionProblem } from './model';

export const mirrored = (t: number): DecisionProblem => ({
  alternatives: ['X', 'Y', 'Z'],
  criteria: ['size', 'cost'],
  weights: [t, 1 - t],
  directions: ['benefit', 'cost'],
  matrix: [[10, 1], [20, 2], [30, 3]],
});
