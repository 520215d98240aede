// What a person typed in a search box, as the words a search looks for: folded (fold.ts), split at
// anything that is not a letter or a digit, so that no character with a meaning in a query language
// (quotes, &, |, !, :, *, parentheses) ever survives into one; and bounded, so that a pasted page
// costs no more than a short query.
import { foldWithPositions, vnFold } from './fold';

export const MAX_SEARCH_WORDS = 8;
export const MAX_WORD_LENGTH = 40;

/** The folded words of `input`, at most MAX_SEARCH_WORDS, each cut to MAX_WORD_LENGTH; [] if none. */
export function searchWords(input: string): string[] {
  return vnFold(input.slice(0, 1000))
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, MAX_SEARCH_WORDS)
    .map((w) => [...w].slice(0, MAX_WORD_LENGTH).join(''));
}

export type Highlight = { start: number; end: number };

/**
 * Where the searched words appear in `text` (NFC positions, start inclusive, end exclusive), ignoring
 * case and diacritics, at the start of a word as the search matches them; overlapping finds merged.
 */
export function highlights(text: string, input: string): Highlight[] {
  const words = searchWords(input);
  if (!words.length) return [];
  const { folded, from } = foldWithPositions(text);
  const found: Highlight[] = [];
  for (const word of words) {
    for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
      if (at > 0 && /[\p{L}\p{N}]/u.test(folded[at - 1])) continue;
      found.push({ start: from[at], end: from[at + word.length] });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Highlight[] = [];
  for (const h of found) {
    const last = merged.at(-1);
    if (last && h.start <= last.end) last.end = Math.max(last.end, h.end);
    else merged.push({ ...h });
  }
  return merged;
}
