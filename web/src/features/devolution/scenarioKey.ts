// A scenario's short code (the server takes a-z, 0-9 and hyphens, at most 60) from its Vietnamese name:
// diacritics dropped, đ → d, every other run of characters a single hyphen.
export function scenarioKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
}
