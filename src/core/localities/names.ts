// Matching the ways people and published tables write a province's name: with or without diacritics,
// "Tỉnh"/"Thành phố"/"TP.", spaces or hyphens, and the few abbreviations that appear in the PCI and PAPI
// workbooks ("Tp.HCM", "TT.Huế", "BRVT", "Bắc Cạn").

/** A comparison key: no diacritics (đ → d), lower case, no "tỉnh"/"thành phố"/"tp"/"city"/"province", no spaces. */
export function nameKey(name: string): string {
  const folded = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  const bare = folded
    .replace(/^(tinh|thanh pho|tp|t p)\s+/, '')
    .replace(/\s+(province|city)$/, '')
    .replace(/^(province|city) of\s+/, '');
  const key = bare.replace(/ /g, '');
  return ALIASES.get(key) ?? key;
}

// Other written forms, each mapped to the key of the unit's current name.
const ALIAS_LIST: ReadonlyArray<readonly [alias: string, name: string]> = [
  ['hcm', 'Hồ Chí Minh'],
  ['tphcm', 'Hồ Chí Minh'],
  ['hcmc', 'Hồ Chí Minh'],
  ['saigon', 'Hồ Chí Minh'],
  ['brvt', 'Bà Rịa - Vũng Tàu'],
  // Thừa Thiên Huế became Thành phố Huế on 1 January 2025 (Resolution 1314/NQ-UBTVQH15), same code 46.
  ['thuathienhue', 'Huế'],
  ['tthue', 'Huế'],
  ['baccan', 'Bắc Kạn'],
];

const ALIASES = new Map<string, string>(ALIAS_LIST.map(([alias, name]) => [alias, baseKey(name)]));

function baseKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}
