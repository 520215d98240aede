// Options proposed by participants of a pairwise ("wiki survey") consultation: the text as kept
// (NFC, trimmed, inner whitespace collapsed), its length limits, the folded form two titles are
// compared by (case, diacritics, đ/d, punctuation and spacing ignored), and the key an approved
// proposal takes among the consultation's option keys.

export const PROPOSAL_MIN_LENGTH = 3;
export const PROPOSAL_MAX_LENGTH = 200;
export const PROPOSALS_PER_PARTICIPANT = 3;

export type ProposalTextCheck = { ok: true; text: string } | { ok: false; code: 'proposal.too_short' | 'proposal.too_long'; params: { min: number; max: number; given: number } };

/** The text as stored: Unicode NFC, no leading or trailing space, every run of whitespace one space. */
export const cleanProposalText = (raw: string) => raw.normalize('NFC').replace(/\s+/gu, ' ').trim();

/** Length in characters (code points) of the cleaned text, so "Đường" counts 5 whether typed composed or decomposed. */
export function checkProposalText(raw: string): ProposalTextCheck {
  const text = cleanProposalText(raw);
  const given = [...text].length;
  const params = { min: PROPOSAL_MIN_LENGTH, max: PROPOSAL_MAX_LENGTH, given };
  // Punctuation alone ("???") says nothing: it counts as too short.
  if (given < PROPOSAL_MIN_LENGTH || foldTitle(text) === '') return { ok: false, code: 'proposal.too_short', params };
  if (given > PROPOSAL_MAX_LENGTH) return { ok: false, code: 'proposal.too_long', params };
  return { ok: true, text };
}

/** "Đường giao thông nông thôn!" and "duong  GIAO thong nong thon" fold to the same string. */
export function foldTitle(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The first of `existing` that folds to the same string as `text`, or undefined. */
export function findDuplicate<T>(text: string, existing: readonly T[], titlesOf: (item: T) => readonly string[]): T | undefined {
  const folded = foldTitle(text);
  return existing.find((item) => titlesOf(item).some((title) => foldTitle(title) === folded));
}

/** "de-xuat-1", "de-xuat-2"…: the first such key no option of the consultation already has. */
export function proposalOptionKey(existingKeys: ReadonlySet<string>): string {
  for (let n = 1; ; n++) if (!existingKeys.has(`de-xuat-${n}`)) return `de-xuat-${n}`;
}
