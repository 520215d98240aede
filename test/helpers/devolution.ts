// A decentralisation space to test against: a private space of kind 'devolution' with four units — the
// Department of Home Affairs (focal), the Department of Construction, Ninh Kiều district, An Khánh ward —
// a facilitator, the Home Affairs official (coordinates through the focal unit), the Construction official,
// the Ninh Kiều official, an observer and an outsider; and a small inventory (names after Cần Thơ's bodies).
import { sql } from 'drizzle-orm';
import { adminHeaders, spaceBody, type Session } from './app';
import { rowsOf } from './forums';
import type { AppFixture } from './http';

export type DevoRole = 'fac' | 'focal' | 'sxd' | 'nk' | 'obs' | 'out';
export const devoRoles: DevoRole[] = ['fac', 'focal', 'sxd', 'nk', 'obs', 'out'];
export type DevoWorld = { s: Record<DevoRole, Session>; spaceId: string; userIds: Record<DevoRole, string> };

export const UNITS = [
  { key: 'so-noi-vu', name: { vi: 'Sở Nội vụ', en: 'Department of Home Affairs' }, kind: 'department', focal: true },
  { key: 'so-xay-dung', name: { vi: 'Sở Xây dựng', en: 'Department of Construction' }, kind: 'department', focal: false },
  { key: 'ninh-kieu', name: { vi: 'UBND quận Ninh Kiều', en: 'Ninh Kiều district' }, kind: 'district', focal: false },
  { key: 'an-khanh', name: { vi: 'UBND phường An Khánh', en: 'An Khánh ward' }, kind: 'commune', focal: false },
];

export const activity = (code: string, extra: object = {}) => ({
  code,
  sector: 'construction',
  unit: 'so-xay-dung',
  functionCode: 'XD-01',
  functionName: 'Cấp giấy phép xây dựng',
  name: 'Cấp giấy phép xây dựng nhà ở riêng lẻ',
  kind: 'deliver',
  legalDocument: 'Luật Xây dựng 50/2014/QH13',
  legalArticle: 'Điều 103',
  level: 'province',
  workload: 1200,
  staff: 4,
  budget: 800,
  ...extra,
});

export const INVENTORY = [
  activity('XD-01.1'),
  activity('XD-01.2', { kind: 'monitor', name: 'Kiểm tra trật tự xây dựng', workload: 300, staff: 2, budget: 500 }),
  activity('NK-01.1', { unit: 'ninh-kieu', sector: 'urban-order', functionCode: 'NK-01', functionName: 'Quản lý trật tự đô thị', name: 'Xử lý vi phạm trật tự đô thị', level: 'district', workload: 2500, staff: 6, budget: 900 }),
  activity('NV-01.1', { unit: 'so-noi-vu', sector: 'home-affairs', functionCode: 'NV-01', functionName: 'Tổ chức bộ máy', name: 'Thẩm định đề án vị trí việc làm', kind: 'regulate', legalDocument: 'Nghị định 62/2020/NĐ-CP', legalArticle: 'Điều 7', workload: 150, staff: 3, budget: 300 }),
];

export async function makeDevoWorld(t: AppFixture, tag: string): Promise<DevoWorld> {
  const space = (await t.app.inject({ method: 'POST', url: '/api/spaces', headers: adminHeaders, payload: { ...spaceBody(`phan-cap-${tag}`), kind: 'devolution' } })).json();
  const s = {
    fac: await t.user(`fac@${tag}.test`, { [space.id]: 'facilitator' }),
    focal: await t.user(`focal@${tag}.test`, { [space.id]: 'official' }),
    sxd: await t.user(`sxd@${tag}.test`, { [space.id]: 'official' }),
    nk: await t.user(`nk@${tag}.test`, { [space.id]: 'official' }),
    obs: await t.user(`obs@${tag}.test`, { [space.id]: 'observer' }),
    out: await t.user(`out@${tag}.test`),
  };
  const rows = await rowsOf<{ id: string; email: string }>(t, sql`select id, email from users where email like ${`%@${tag}.test`}`);
  const userIds = Object.fromEntries(rows.map((r) => [r.email.split('@')[0], r.id])) as Record<DevoRole, string>;
  const send = async (method: 'PUT' | 'POST', url: string, payload: object) => {
    const res = await t.app.inject({ method, url: `/api/spaces/${space.id}/devolution${url}`, headers: s.fac.headers, payload });
    if (res.statusCode >= 300) throw new Error(`set-up failed: ${url} ${res.body}`);
  };
  await send('PUT', '/units', { units: UNITS });
  await send('PUT', `/officials/${userIds.focal}`, { unit: 'so-noi-vu' });
  await send('PUT', `/officials/${userIds.sxd}`, { unit: 'so-xay-dung' });
  await send('PUT', `/officials/${userIds.nk}`, { unit: 'ninh-kieu' });
  for (const a of INVENTORY) await send('POST', '/activities', a);
  return { s, spaceId: space.id, userIds };
}

/** Every devolution table's rows and the audit trail's length: what "nothing stored" compares. */
export async function devoTables(t: AppFixture): Promise<string> {
  const out: unknown[] = [];
  for (const table of ['devolution_units', 'devolution_officials', 'devolution_activities', 'devolution_scenarios', 'devolution_reviews', 'devolution_notes']) {
    out.push(await rowsOf(t, sql.raw(`select * from ${table} order by 1, 2`)));
  }
  out.push(await rowsOf(t, sql`select count(*)::int as n from audit_log`));
  return JSON.stringify(out);
}
