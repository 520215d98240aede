// A region to test against: a private space of kind 'linkage' whose members are Cần Thơ, An Giang,
// Kiên Giang and Cà Mau as they were before 1 July 2025 and An Giang as it is since; a coordinator (the
// space's facilitator), Cần Thơ's official, An Giang's (pre-2025) official, the new An Giang's official,
// an observer and an outsider.
import { sql } from 'drizzle-orm';
import { adminHeaders, spaceBody, type Session } from './app';
import { rowsOf } from './forums';
import type { AppFixture } from './http';

export type LinkageRole = 'coord' | 'ct' | 'ag' | 'agNew' | 'obs' | 'out';

export const CT = 'vn63:92';
export const AG = 'vn63:89';
export const KG = 'vn63:91';
export const CM = 'vn63:96';
export const AG_NEW = 'vn34:91';

export type LinkageWorld = { s: Record<LinkageRole, Session>; spaceId: string; userIds: Record<LinkageRole, string> };

export async function makeLinkageWorld(t: AppFixture, tag: string): Promise<LinkageWorld> {
  const space = (await t.app.inject({ method: 'POST', url: '/api/spaces', headers: adminHeaders, payload: { ...spaceBody(`lien-ket-${tag}`), kind: 'linkage' } })).json();
  const s = {
    coord: await t.user(`coord@${tag}.test`, { [space.id]: 'facilitator' }),
    ct: await t.user(`ct@${tag}.test`, { [space.id]: 'official' }),
    ag: await t.user(`ag@${tag}.test`, { [space.id]: 'official' }),
    agNew: await t.user(`agnew@${tag}.test`, { [space.id]: 'official' }),
    obs: await t.user(`obs@${tag}.test`, { [space.id]: 'observer' }),
    out: await t.user(`out@${tag}.test`),
  };
  const rows = await rowsOf<{ id: string; email: string }>(t, sql`select id, email from users where email like ${`%@${tag}.test`}`);
  const byName = Object.fromEntries(rows.map((r) => [r.email.split('@')[0], r.id]));
  const userIds = { coord: byName.coord, ct: byName.ct, ag: byName.ag, agNew: byName.agnew, obs: byName.obs, out: byName.out } as Record<LinkageRole, string>;
  const put = async (url: string, payload: object) => {
    const res = await t.app.inject({ method: 'PUT', url, headers: s.coord.headers, payload });
    if (res.statusCode >= 300) throw new Error(`set-up failed: ${url} ${res.body}`);
  };
  await put(`/api/spaces/${space.id}/linkage/region`, { localities: [CT, AG, KG, CM, AG_NEW] });
  await put(`/api/spaces/${space.id}/linkage/officials/${userIds.ct}`, { localityId: CT });
  await put(`/api/spaces/${space.id}/linkage/officials/${userIds.ag}`, { localityId: AG });
  await put(`/api/spaces/${space.id}/linkage/officials/${userIds.agNew}`, { localityId: AG_NEW });
  return { s, spaceId: space.id, userIds };
}

/** Every linkage table's rows and the audit trail's length: what "nothing stored" compares. */
export async function linkageTables(t: AppFixture): Promise<string> {
  const out: unknown[] = [];
  for (const table of ['linkage_regions', 'linkage_officials', 'linkage_intents', 'linkage_agreements', 'linkage_commitments', 'linkage_reports', 'linkage_projects']) {
    out.push(await rowsOf(t, sql.raw(`select * from ${table} order by 1, 2`)));
  }
  out.push(await rowsOf(t, sql`select count(*)::int as n from audit_log`));
  return JSON.stringify(out);
}
