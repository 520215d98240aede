// What the paper screens keep in this browser: the typing of an entry not yet saved (a reload or a
// closed tab must not cost a clerk fifty forms), and the batches opened here. Storage can be
// blocked; then both are simply not kept.

const prefix = 'doithoai.paper';

function read<T>(key: string): T | null {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Not kept; the screen still works.
  }
}

// Per person: a second clerk at the same computer must start from a blank entry, not the first one's.
const draftKey = (consultationId: string, batchKey: string, who: string) => `${prefix}.draft.${consultationId}.${batchKey}.${who}`;

export function loadDraft(consultationId: string, batchKey: string, who: string, forms: number): string[] | null {
  const texts = read<unknown>(draftKey(consultationId, batchKey, who));
  if (!Array.isArray(texts) || texts.length !== forms || !texts.every((t) => typeof t === 'string')) return null;
  return texts.some((t) => t !== '') ? (texts as string[]) : null;
}

export function saveDraft(consultationId: string, batchKey: string, who: string, texts: string[] | null): void {
  write(draftKey(consultationId, batchKey, who), texts && texts.some((t) => t !== '') ? texts : null);
}

/** dd/mm/yyyy hh:mm in the browser's time zone: when an entry was typed, for the people in the room. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** A batch key from what was typed: "Đông Bắc 01" → "dong-bac-01" (the server takes lowercase ASCII). */
export function toBatchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
