// English strings of the spaces list and a space's page, merged into
// shared/i18n/en.ts. Typed against spaces.vi.ts: a missing or extra key is a compile error.
import type { spacesVi } from './spaces.vi';

export const spacesEn: Record<keyof typeof spacesVi, string> = {
  'spaces.title': 'Spaces',
  'spaces.intro': 'The priority-setting exercises, conferences and forums you take part in.',
  'spaces.empty': 'You are not part of any space yet.',

  'space.kind': 'Kind',
  'space.locality': 'Locality',
  'space.noLocality': 'Not tied to one locality',
  'space.currentPhase': 'Current phase',
  'space.noPhase': 'No phase yet',
  'space.myRole': 'My role',
  'space.noRole': 'No role assigned',
  'space.visibility': 'Visibility',
  'space.illustrativeHint': 'Figures and names in this space are for demonstration, not official data.',
  'space.facts': 'Key facts',
  'space.description': 'Description',
  'space.phases': 'Phases',
  'space.noPhases': 'No phases have been scheduled yet.',
  'space.members': 'Members',
  'space.membersCount': '{n, plural, one {# member} other {# members}}',
  'space.noMembers': 'No members yet.',

  'visibility.public': 'Public',
  'visibility.private': 'Private',

  'members.name': 'Name',
  'members.organisation': 'Organisation',
  'members.role': 'Role',
  'members.noOrganisation': '—',
  'phase.dates.range': '{from} – {to}',
  'phase.dates.from': 'From {from}',
  'phase.dates.to': 'Until {to}',
  'phase.dates.none': 'Not scheduled',

  'role.administrator': 'Administrator',
  'role.facilitator': 'Facilitator',
  'role.official': 'Official / department representative',
  'role.delegate': 'Delegate',
  'role.observer': 'Observer',
};
