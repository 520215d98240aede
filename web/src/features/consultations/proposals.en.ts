// English strings of the moderation of proposed options, spread into shared/i18n/en.ts. Typed
// against proposals.vi.ts, so a missing or extra key is a compile error.
import type { proposalsVi } from './proposals.vi';

export const proposalsEn: Record<keyof typeof proposalsVi, string> = {
  'proposals.title': 'Options proposed by participants',
  'proposals.intro': 'Participants may propose new options. An approved proposal joins the options and is served in pairs soon (it has never been compared); a rejected one never appears.',
  'proposals.empty': 'No proposals are waiting for moderation.',
  'proposals.pending': 'Waiting for moderation: {n}',
  'proposals.decided': '{approved} approved · {rejected} rejected',
  'proposals.received': 'Received {at}',
  'proposals.titleVi': 'Option title (Vietnamese)',
  'proposals.titleEn': 'Option title (English, may be left empty)',
  'proposals.approve': 'Approve',
  'proposals.reject': 'Reject',
  'proposals.busy': 'Saving…',
  'proposals.approved': 'Approved "{title}"; the option now appears in the pairs.',
  'proposals.rejected': 'Rejected "{title}".',
};
