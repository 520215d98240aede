// Names the staff app uses for the accounts, spaces and demo shapes: the server's own, from the
// generated openapi.ts (src/modules/accounts, spaces and demo schemas).
import type { Schema } from './schema';

export type Me = Schema<'Me'>;

export type Phase = Schema<'Phase'>;
export type PhaseStatus = Phase['status'];
export type SpaceSummary = Schema<'SpaceSummary'>;
export type SpaceDetail = Schema<'SpaceDetail'>;
export type SpacePermissions = Schema<'SpacePermissions'>;
export type Member = Schema<'Member'>;

export type DemoAccount = Schema<'DemoAccount'>;
