// English strings of the create form's ballot part, spread into shared/i18n/en.ts (same keys as create.vi.ts).
export const createEn = {
  'create.typeHint.approval': 'Each participant ticks the options they support.',
  'create.typeHint.ranking': 'Each participant puts the options in order of priority: 1 is the highest.',
  'create.typeHint.score': 'Each participant scores every option, from 0 to the highest score.',
  'create.typeHint.pairwise': 'Each participant is shown two options at a time and picks the better one or skips the pair. Nothing more to set. This ballot is cast on screen only, not entered from paper.',
  'create.typeHint.budget': 'Each participant shares out points among the options; the total may not exceed the points available.',
  'create.scaleHint': 'For example 5: scores from 0 to 5. Empty means 5.',
  'create.pointsHint': 'For example 100. Empty means 100.',
} satisfies Record<string, string>;
