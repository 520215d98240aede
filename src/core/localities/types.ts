// Province-level administrative units of Vietnam as the platform knows them: two configurations, the 63
// units in force until 30 June 2025 and the 34 in force from 1 July 2025 (Resolution 202/2025/QH15).
export type RegionKey =
  | 'northern-midlands-mountains'
  | 'red-river-delta'
  | 'north-central-central-coast'
  | 'central-highlands'
  | 'southeast'
  | 'mekong-delta';

/** Which configuration a unit belongs to. */
export type UnitSet = 63 | 34;

/** Tỉnh or thành phố trực thuộc trung ương. */
export type UnitKind = 'province' | 'city';

export interface Locality {
  /** `vn63:92` or `vn34:92`: GSO codes are reused by the 34, so a code alone does not name a territory. */
  id: string;
  set: UnitSet;
  /** Two-digit GSO code. */
  code: string;
  name: string;
  /** The full name on 30 June 2025 for the 63, on 1 July 2025 for the 34; see fullNameOn for other days. */
  fullName: string;
  nameAscii: string;
  nameEn: string;
  kind: UnitKind;
  region: RegionKey;
  /** First and last day (YYYY-MM-DD, Vietnamese calendar) on which the unit exists; null = still in force. */
  validFrom: string;
  validTo: string | null;
}

// Rows as generated from the published tables (see provinces63.data.ts and provinces34.data.ts).
export type Province63Row = readonly [
  code: string,
  name: string,
  fullName: string,
  nameAscii: string,
  nameEn: string,
  region: RegionKey,
  successorCode: string,
];
export type Province34Row = readonly [
  code: string,
  name: string,
  fullName: string,
  nameAscii: string,
  nameEn: string,
  region: RegionKey,
];
