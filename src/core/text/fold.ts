// Vietnamese text folded for search, the twin of the database's vn_fold (migration 0015_vn_fold): lower
// case, diacritics removed, đ/Đ as d. Used to build search queries and to find where the words a
// person searched for sit in the text shown back to them. The two agree on Vietnamese and on Latin
// letters with diacritics (test/storage/search.storage.test.ts checks every Vietnamese letter); they
// differ on ligatures such as œ or ß, which unaccent spells out and this leaves whole.

/** One character (a code point of NFC text) folded: a letter without its marks, lower case. */
function foldChar(char: string): string {
  if (char === 'đ' || char === 'Đ') return 'd';
  return char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** `text` folded: NFC in, "Đường Quy hoạch" → "duong quy hoach". */
export function vnFold(text: string): string {
  let folded = '';
  for (const char of text.normalize('NFC')) folded += foldChar(char);
  return folded;
}

/**
 * The folded text with, for each of its UTF-16 units, where the character it came from starts in
 * `text` (NFC), plus one entry for the end: positions found in the folded text map back to `text`.
 */
export function foldWithPositions(text: string): { folded: string; from: number[] } {
  const nfc = text.normalize('NFC');
  let folded = '';
  const from: number[] = [];
  let at = 0;
  for (const char of nfc) {
    const f = foldChar(char);
    folded += f;
    for (let i = 0; i < f.length; i++) from.push(at);
    at += char.length;
  }
  from.push(at);
  return { folded, from };
}
