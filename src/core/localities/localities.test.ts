// The carried unit tables against the published merger table, the merger relation's shape as the
// Resolution states it, and resolving names on dates.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors';
import { fixture } from '../../../test/helpers/fixtures';
import {
  LOCALITIES_34,
  LOCALITIES_63,
  REGIONS,
  findByName,
  fullNameOn,
  isUnchanged,
  locality,
  predecessorsOf,
  resolveLocality,
  sourceRegionsOf,
  successorOf,
} from './index';

const VN = fixture('vn');
const csvRows = (file: string) =>
  readFileSync(path.join(VN, file), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/).slice(1).map((l) => l.split(','));
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase();

describe('the two configurations', () => {
  it('has 63 and 34 units with distinct GSO codes and NFC names', () => {
    expect(LOCALITIES_63).toHaveLength(63);
    expect(LOCALITIES_34).toHaveLength(34);
    expect(new Set(LOCALITIES_63.map((u) => u.code)).size).toBe(63);
    expect(new Set(LOCALITIES_34.map((u) => u.code)).size).toBe(34);
    for (const u of [...LOCALITIES_63, ...LOCALITIES_34]) {
      expect(u.name).toBe(u.name.normalize('NFC'));
      expect(u.fullName).toBe(u.fullName.normalize('NFC'));
      expect(u.fullName.endsWith(u.name)).toBe(true);
      expect(u.nameAscii).toMatch(/^[A-Za-z -]+$/);
    }
  });

  it('agrees with the published successor table, row by row', () => {
    const rows = csvRows('admin_dvhcvn_20250701/provinces_63_with_2025_successor.csv');
    expect(rows).toHaveLength(63);
    for (const [oldCode, oldName, , oldAscii, newCode, newName] of rows) {
      const unit = locality(63, oldCode)!;
      expect(fold(unit.name)).toBe(fold(oldName));
      expect(unit.nameAscii).toBe(oldAscii);
      expect(successorOf(unit).code).toBe(newCode);
      expect(fold(successorOf(unit).name)).toBe(fold(newName));
    }
  });

  it('keeps the diacritics of names people check first', () => {
    expect(locality(63, '92')!.fullName).toBe('Thành phố Cần Thơ');
    expect(locality(63, '66')!.name).toBe('Đắk Lắk');
    expect(locality(63, '77')!.name).toBe('Bà Rịa - Vũng Tàu');
    expect(locality(63, '17')!.name).toBe('Hòa Bình');
    expect(locality(34, '38')!.name).toBe('Thanh Hóa');
  });
});

describe('the merger relation (Resolution 202/2025/QH15)', () => {
  it('maps each of the 63 to exactly one of the 34, and each of the 34 back to its predecessors', () => {
    const counted = new Map<string, number>();
    for (const u of LOCALITIES_63) {
      const s = successorOf(u);
      expect(s.set).toBe(34);
      expect(predecessorsOf(s).filter((p) => p.id === u.id)).toHaveLength(1);
      counted.set(u.code, (counted.get(u.code) ?? 0) + 1);
    }
    expect([...counted.values()].every((n) => n === 1)).toBe(true);
    expect(LOCALITIES_34.reduce((n, u) => n + predecessorsOf(u).length, 0)).toBe(63);
  });

  it('leaves 11 unchanged and forms 23 from 52', () => {
    const unchanged = LOCALITIES_34.filter(isUnchanged);
    const merged = LOCALITIES_34.filter((u) => !isUnchanged(u));
    expect(unchanged.map((u) => u.code)).toEqual(['01', '04', '11', '12', '14', '20', '22', '38', '40', '42', '46']);
    expect(merged).toHaveLength(23);
    expect(merged.reduce((n, u) => n + predecessorsOf(u).length, 0)).toBe(52);
  });

  it('forms Cần Thơ from Cần Thơ, Hậu Giang and Sóc Trăng', () => {
    expect(predecessorsOf(locality(34, '92')!).map((p) => p.name)).toEqual(['Cần Thơ', 'Hậu Giang', 'Sóc Trăng']);
  });
});

describe('regions', () => {
  const count = (units: typeof LOCALITIES_63) => REGIONS.map((r) => units.filter((u) => u.region === r.key).length);

  it('puts the 63 in the six GSO regions, 14/11/14/5/6/13', () => {
    expect(count(LOCALITIES_63)).toEqual([14, 11, 14, 5, 6, 13]);
    expect(REGIONS.map((r) => r.vi)).toEqual([
      'Trung du và miền núi phía Bắc',
      'Đồng bằng sông Hồng',
      'Bắc Trung Bộ và duyên hải miền Trung',
      'Tây Nguyên',
      'Đông Nam Bộ',
      'Đồng bằng sông Cửu Long',
    ]);
  });

  it('gives each of the 34 the region of the predecessor whose name it kept', () => {
    expect(count(LOCALITIES_34)).toEqual([9, 6, 8, 3, 3, 5]);
    for (const u of LOCALITIES_34) {
      const namesake = predecessorsOf(u).find((p) => p.name === u.name)!;
      expect(u.region).toBe(namesake.region);
    }
    expect(sourceRegionsOf(locality(34, '80')!)).toEqual(['southeast', 'mekong-delta']);
    expect(sourceRegionsOf(locality(63, '93')!)).toEqual(['mekong-delta']);
    expect(LOCALITIES_34.filter((u) => sourceRegionsOf(u).length > 1).map((u) => u.code)).toEqual(['24', '25', '51', '52', '66', '68', '80']);
  });
});

describe('resolving a name on a date', () => {
  it('tells Cần Thơ in 2024 from Cần Thơ in 2026', () => {
    const before = resolveLocality('Cần Thơ', '2024-06-01')!;
    const after = resolveLocality('Cần Thơ', '2026-01-01')!;
    expect(before.unit.id).toBe('vn63:92');
    expect(after.unit.id).toBe('vn34:92');
    expect(before.unit.id).not.toBe(after.unit.id);
    expect(resolveLocality('Cần Thơ', '2025-06-30')!.unit.id).toBe('vn63:92');
    expect(resolveLocality('Cần Thơ', '2025-07-01')!.unit.id).toBe('vn34:92');
  });

  it('reads a former province after 1 July 2025 as the territory inside its successor', () => {
    expect(resolveLocality('Hau Giang', '2024-01-01')).toMatchObject({ unit: { id: 'vn63:93' }, matchedBy: 'name' });
    const r = resolveLocality('Hau Giang', '2025-07-01')!;
    expect(r.unit.id).toBe('vn34:92');
    expect(r.matchedBy).toBe('predecessor');
    expect(r.predecessor!.id).toBe('vn63:93');
    expect(resolveLocality('tỉnh Bình Dương', '2026-01-01')!.unit.name).toBe('Hồ Chí Minh');
  });

  it('ignores case, diacritics, the "Tỉnh"/"Thành phố"/"TP" prefix and the workbooks\' abbreviations', () => {
    const code = (name: string) => resolveLocality(name, '2020-01-01')?.unit.code;
    for (const name of ['Thành phố Hồ Chí Minh', 'TP. Hồ Chí Minh', 'Tp.HCM', 'HCMC', 'ho chi minh city', 'TP HO CHI MINH']) expect(code(name)).toBe('79');
    for (const name of ['Thừa Thiên Huế', 'Thua Thien-Hue', 'TT.Huế', 'TT- Huế', 'Tỉnh Thừa Thiên Huế']) expect(code(name)).toBe('46');
    expect(code('Đăk Lăk')).toBe('66');
    expect(code('DAK NONG')).toBe('67');
    expect(code('Bắc Cạn')).toBe('06');
    expect(code('BRVT')).toBe('77');
    expect(code('Hanoi')).toBe('01');
    expect(code('tinh hoa binh')).toBe('17');
    expect(code('Hoà Bình')).toBe('17');
    expect(code('Atlantis')).toBeUndefined();
  });

  it('finds every unit by each of its own names, so no two units share a written form', () => {
    for (const u of [...LOCALITIES_63, ...LOCALITIES_34]) {
      for (const name of [u.name, u.fullName, u.nameAscii, u.nameEn, u.name.toUpperCase()]) expect(findByName(u.set, name)).toBe(u);
    }
  });

  it('knows no unit before the 63-unit map began, and refuses a malformed date', () => {
    expect(resolveLocality('Hà Nội', '2008-07-31')).toBeNull();
    expect(resolveLocality('Hà Nội', '2008-08-01')!.unit.id).toBe('vn63:01');
    expect(() => resolveLocality('Hà Nội', '1/7/2025')).toThrow(InputError);
  });

  it('resolves every PAPI codebook name to the province at that position in GSO order', () => {
    const rows = csvRows('papi_hnks-gh_ml-mcdm/codebook_provinces.csv');
    expect(rows.map(([, name]) => findByName(63, name)?.code)).toEqual(LOCALITIES_63.map((u) => u.code));
  });
});

describe('styles on a date', () => {
  it('calls Huế a province before 2025 and Đồng Nai a city from 30 April 2026', () => {
    expect(fullNameOn(locality(63, '46')!, '2024-06-01').fullName).toBe('Tỉnh Thừa Thiên Huế');
    expect(fullNameOn(locality(63, '46')!, '2025-03-01').fullName).toBe('Thành phố Huế');
    expect(fullNameOn(locality(34, '75')!, '2025-07-01')).toEqual({ fullName: 'Tỉnh Đồng Nai', kind: 'province' });
    expect(fullNameOn(locality(34, '75')!, '2026-04-30')).toEqual({ fullName: 'Thành phố Đồng Nai', kind: 'city' });
  });
});
