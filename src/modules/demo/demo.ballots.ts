// Runs the demo consultations the way a real one runs: created, invitations made, opened, the
// generated ballots cast through the same checks and receipt chain as the API, closed, published.
import type { Db } from '../../db/connection';
import type { Actor } from '../../http/actor';
import type { StoredChoice } from '../../core/consultations/spec';
import { sha256 } from '../accounts';
import { changeStatus, createConsultation, createInvitations, writeBallotsWithin, type ConsultationSpec } from '../consultations';

type DemoBallot = { group?: string; cluster?: string; choice: StoredChoice };

export async function runDemoConsultation(tx: Db, actor: Actor, spec: ConsultationSpec, ballots: DemoBallot[], now: Date) {
  const consultation = await createConsultation(tx, actor, spec, now);
  const byInvitee = new Map<string, DemoBallot[]>();
  for (const b of ballots) {
    const key = `${b.group ?? ''}|${b.cluster ?? ''}`;
    byInvitee.set(key, [...(byInvitee.get(key) ?? []), b]);
  }
  await changeStatus(tx, actor, consultation.id, 'open', now);
  for (const [key, list] of byInvitee) {
    const [group, cluster] = key.split('|');
    const tokens = await createInvitations(tx, actor, consultation, { count: list.length, group: group || undefined, cluster: cluster || undefined }, now);
    await writeBallotsWithin(tx, consultation.id, list.map((b, i) => ({ tokenHash: sha256(tokens[i]), choice: b.choice })));
  }
  await changeStatus(tx, actor, consultation.id, 'close', now);
  await changeStatus(tx, actor, consultation.id, 'publish', now);
  return consultation;
}
