// An amount typed by a person (the one-off investment of a move, million đồng): Vietnamese writes 1.200,5 (or 1200,5),
// English 1,200.5; a plain 1200.5 is read in both. Empty is 0. Anything else — a sign, letters, two decimal
// marks — is null, and the form says so.
export function parseAmount(text: string, lang: 'vi' | 'en'): number | null {
  const raw = text.trim().replace(/\s/g, '');
  if (raw === '') return 0;
  const [thousands, decimal] = lang === 'vi' ? ['.', ','] : [',', '.'];
  const grouped = lang === 'vi' ? /^\d{1,3}(\.\d{3})+(,\d+)?$/ : /^\d{1,3}(,\d{3})+(\.\d+)?$/;
  const simple = lang === 'vi' ? /^\d+(,\d+)?$/ : /^\d+(\.\d+)?$/;
  if (grouped.test(raw)) return Number(raw.split(thousands).join('').replace(decimal, '.'));
  if (simple.test(raw)) return Number(raw.replace(',', '.'));
  return null;
}

/** The amount as the form shows it again when a move is edited: no grouping, the language's decimal mark. */
export function amountText(value: number, lang: 'vi' | 'en'): string {
  return lang === 'vi' ? String(value).replace('.', ',') : String(value);
}
