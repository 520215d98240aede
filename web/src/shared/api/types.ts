// Shapes of the JSON the staff app reads from /api. Kept by hand to match the server's presenters;
// only the fields the screens use are relied on.
import type { Localized } from '../i18n/i18n';

export type Role = 'administrator' | 'facilitator' | 'official' | 'delegate' | 'observer';
export type SpaceKind = 'priority-setting' | 'cluster-conference' | 'forum' | 'linkage' | 'monitoring';
export type PhaseStatus = 'upcoming' | 'active' | 'done';

export interface Organisation {
  id: string;
  name: Localized;
}

export interface Me {
  user: { id: string; email: string; displayName: string; organisation: Organisation | null };
  roles: { role: Role; spaceId: string | null }[];
  csrfToken: string;
}

export interface Phase {
  id: string;
  key: string;
  title: Localized;
  startsOn: string | null;
  endsOn: string | null;
  status: PhaseStatus;
}

export interface SpaceSummary {
  id: string;
  slug: string;
  kind: SpaceKind;
  title: Localized;
  summary: Localized;
  locality: { code: string; name: string } | null;
  visibility: 'public' | 'private';
  illustrative: boolean;
  currentPhase: Phase | null;
  myRole: string | null;
}

export interface SpaceDetail extends SpaceSummary {
  description: Localized;
  phases: Phase[];
}

export interface SpacePermissions {
  update: boolean;
  readMembers: boolean;
  manageMembers: boolean;
  readAudit: boolean;
}

export interface Member {
  userId: string;
  displayName: string;
  email: string;
  organisation: Organisation | null;
  role: string;
}

export interface DemoAccount {
  email: string;
  role: string;
  note: Localized;
}
