// Registration codes as people read them off a card: twelve characters of Crockford's base-32 in
// three groups ("7K2M-9QXD-4HRT"), 60 random bits. Typed codes are read forgivingly: case, spaces
// and hyphens do not matter, and O, I, L are taken for 0, 1, 1 as that alphabet intends.

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 12;

/** The code made of the first twelve of `bytes` (random, from the caller). */
export function formatCode(bytes: Uint8Array): string {
  if (bytes.length < CODE_LENGTH) throw new Error(`a code needs ${CODE_LENGTH} random bytes`);
  let text = '';
  for (let i = 0; i < CODE_LENGTH; i++) text += ALPHABET[bytes[i] & 31];
  return `${text.slice(0, 4)}-${text.slice(4, 8)}-${text.slice(8)}`;
}

/** A typed or scanned code in the one form that is hashed and compared; null when it cannot be a code. */
export function normaliseCode(typed: string): string | null {
  const text = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (text.length !== CODE_LENGTH || [...text].some((c) => !ALPHABET.includes(c))) return null;
  return text;
}
