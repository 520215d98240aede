// The roles a person holds, platform-wide or in one space (policies in each module say what each may do).
export const roles = ['administrator', 'facilitator', 'official', 'delegate', 'observer'] as const;
export type Role = (typeof roles)[number];
