// Loads the two demo spaces, once: everything goes in one transaction, and a second run finds the
// first space already there and does nothing.
import type { Db } from '../../db/connection';
import type { Actor } from '../../http/actor';
import { createOrganisation, createUser, grantRole } from '../accounts';
import { createSpace, findSpaceIdBySlug } from '../spaces';
import { demoAccounts, DEMO_PASSWORD } from './demo.accounts';
import { acvnSpace, canThoSpace } from './demo.spaces';
import { loadDemoEvidence, loadDemoStatistics } from '../indicators';
import { runDemoConsultation } from './demo.ballots';
import { loadDemoPriorities } from './demo.priorities';
import { loadDemoPlans } from './demo.plans';
import { loadDemoForum } from './demo.forum';
import { loadDemoLinkage } from './demo.linkage';
import { loadDemoDevolution } from './demo.devolution';
import { loadDemoOpinion } from './demo.opinion';
import { clusterConferenceBallots, priorityRankingBallots, recommendations, stakeholderGroups } from './demo.consultations';
import { acvn as acvnFacts, canThoBodies } from './demo.facts';
import { PRIORITY_AREAS } from '../../core/priority-areas';

const loader: Actor = { userId: null, label: 'demo loader', platformRole: 'administrator', spaceRoles: new Map(), via: 'admin-token' };

export async function isDemoLoaded(db: Db): Promise<boolean> {
  return (await findSpaceIdBySlug(db, canThoSpace.slug)) !== null;
}

/** Returns true when it loaded the demo, false when it was already there. */
export async function loadDemo(db: Db, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    if (await isDemoLoaded(tx)) return false;
    const orgIds = new Map<string, string>();
    for (const body of [...canThoBodies, { slug: 'acvn', ...acvnFacts.name, kind: 'association' as const }]) {
      const org = await createOrganisation(tx, loader, { slug: body.slug, name: { vi: body.vi, en: body.en }, kind: body.kind }, now);
      orgIds.set(body.slug, org.id);
    }
    const spaceIds = {
      cantho: (await createSpace(tx, loader, canThoSpace, now)).id,
      acvn: (await createSpace(tx, loader, acvnSpace, now)).id,
    };
    const pilotOfficials: { userId: string; unit: string }[] = [];
    for (const account of demoAccounts) {
      const organisationId = account.organisation ? orgIds.get(account.organisation) : null;
      const user = await createUser(tx, loader, { email: account.email, displayName: account.displayName, password: DEMO_PASSWORD, organisationId }, now);
      if (account.platformRole) await grantRole(tx, loader, { userId: user.id, spaceId: null, role: account.platformRole }, now);
      for (const [space, role] of Object.entries(account.spaces) as [keyof typeof account.spaces, NonNullable<(typeof account.spaces)['cantho']>][]) {
        // the decentralisation space is made further down, with its officials bound to their units
        if (space !== 'phancap') await grantRole(tx, loader, { userId: user.id, spaceId: spaceIds[space], role }, now);
      }
      if (account.devolutionUnit) pilotOfficials.push({ userId: user.id, unit: account.devolutionUnit });
    }
    // Published PCI 2012–2022, PAPI 2011–2024 and PGI 2022–2024 (in part) figures, carried in the project (demo.evidence*.data.ts).
    await loadDemoEvidence(tx, now);
    // GSO statistics to 2015/2016 (demo-data/gso/): the direct measures of the priority areas' need.
    await loadDemoStatistics(tx, now);
    await runDemoConsultation(
      tx,
      loader,
      {
        spaceId: spaceIds.acvn,
        title: { vi: 'Phiếu chọn khuyến nghị ưu tiên tại các hội nghị cụm 2017', en: 'Priority recommendations picked at the 2017 cluster conferences' },
        options: recommendations.map(({ key, vi, en }) => ({ key, title: { vi, en } })),
        ballot: { type: 'approval', min: 2, max: 3 },
        groups: [],
        clusters: acvnFacts.clusters.map(({ key, vi, en }) => ({ key, title: { vi, en } })),
        access: 'invite',
        illustrative: true,
      },
      clusterConferenceBallots(),
      now,
    );
    await runDemoConsultation(
      tx,
      loader,
      {
        spaceId: spaceIds.cantho,
        title: { vi: 'Tham vấn xếp thứ tự tám lĩnh vực ưu tiên của Cần Thơ', en: "Ranking Cần Thơ's eight priority areas" },
        options: PRIORITY_AREAS.map(({ key, vi, en }) => ({ key, title: { vi, en } })),
        ballot: { type: 'ranking' },
        groups: stakeholderGroups.map(({ key, title, weight }) => ({ key, title, weight })),
        clusters: [],
        access: 'invite',
        illustrative: true,
      },
      priorityRankingBallots(),
      now,
    );
    // The priority exercise on the evidence and the consultation above, with three officials' AHP answers.
    await loadDemoPriorities(tx, loader, spaceIds.cantho, now);
    // The 2025–2026 action plan from those priorities, with monthly progress reports (demo.plans.ts).
    await loadDemoPlans(tx, loader, spaceIds.cantho, now);
    // The 2021 Local Development Dialogue with its 59 connection points (demo.forum.ts).
    await loadDemoForum(tx, loader, spaceIds.cantho, now);
    // Its illustrative conversation on digital transformation and green growth, with its map (demo.opinion.ts).
    await loadDemoOpinion(tx, loader, spaceIds.cantho, now);
    // The Mekong Delta region: the 2016–2020 agreement read onto the 2025 provinces (demo.linkage.ts).
    await loadDemoLinkage(tx, loader, now);
    // Cần Thơ's 2022 decentralisation pilot and the 2025 two-tier reform (demo.devolution.ts).
    await loadDemoDevolution(tx, loader, now, pilotOfficials);
    return true;
  });
}
