// The shapes of a priority exercise as /work/notes/priorities-api.md fixes them.
export type Text = { vi: string; en: string };
export type Alternative = { key: string; title: Text };
export const criterionKinds = ['evidence-gap', 'stakeholder-support', 'custom'] as const;
export type CriterionKind = (typeof criterionKinds)[number];
export type Direction = 'benefit' | 'cost';
export type Criterion = {
  key: string;
  title: Text;
  kind: CriterionKind;
  direction: Direction;
  /** stakeholder-support only: one consultation group's results; null = overall (weighted). */
  group?: string | null;
  /** custom only: one finite number per alternative key. */
  values?: Record<string, number>;
};
export type ScenarioMethod = 'topsis' | 'weighted-sum';
export type Scenario = { key: string; title: Text; method: ScenarioMethod; weights: 'ahp' | Record<string, number> };
