// English strings. Typed against vi.ts: a missing or extra key is a compile error, so the two
// dictionaries cannot drift apart.
import type { MessageKey } from './vi';

export const en: Record<MessageKey, string> = {
  'app.name': 'Đối Thoại',
  'app.skip': 'Skip to main content',
  'app.breadcrumb': 'Breadcrumb',

  'header.langSwitch': 'Tiếng Việt',
  'header.langSwitchTitle': 'Switch the interface to Vietnamese',
  'header.signedInAs': 'Signed in as',
  'header.logout': 'Sign out',
  'header.logoutFailed': 'Could not sign out. Please try again.',

  'login.title': 'Sign in',
  'login.intro': 'For officials, delegates and partners who have been given an account.',
  'login.email': 'Email',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.submitting': 'Signing in…',
  'login.missing': 'Please enter your email and password.',

  'demo.title': 'Demo accounts',
  'demo.intro': 'Illustrative data. Pick an account to fill in the sign-in form.',
  'demo.use': 'Use this account',
  'demo.useFor': 'Use this account: {email}',

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
  'space.illustrative': 'Illustrative data',
  'space.illustrativeHint': 'Figures and names in this space are for demonstration, not official data.',
  'space.back': 'All spaces',
  'space.facts': 'Key facts',
  'space.description': 'Description',
  'space.phases': 'Phases',
  'space.noPhases': 'No phases have been scheduled yet.',
  'space.members': 'Members',
  'space.membersCount': '{n} members',
  'space.noMembers': 'No members yet.',

  'visibility.public': 'Public',
  'visibility.private': 'Private',

  'members.name': 'Name',
  'members.organisation': 'Organisation',
  'members.role': 'Role',
  'members.noOrganisation': '—',

  'phase.status.upcoming': 'Upcoming',
  'phase.status.active': 'In progress',
  'phase.status.done': 'Done',
  'phase.dates.range': '{from} – {to}',
  'phase.dates.from': 'From {from}',
  'phase.dates.to': 'Until {to}',
  'phase.dates.none': 'Not scheduled',

  'kind.priority-setting': 'Priority setting',
  'kind.cluster-conference': 'Cluster conference',
  'kind.forum': 'Dialogue forum',
  'kind.linkage': 'Regional linkage',
  'kind.monitoring': 'Implementation monitoring',

  'role.administrator': 'Administrator',
  'role.facilitator': 'Facilitator',
  'role.official': 'Official / department representative',
  'role.delegate': 'Delegate',
  'role.observer': 'Observer',

  'common.loading': 'Loading…',
  'common.retry': 'Try again',
  'error.network': 'Could not reach the server. Check your connection and try again.',
  'error.generic': 'Something went wrong. Please try again.',
  'error.notFoundTitle': 'Page not found',
  'error.notFound': 'This address does not lead to any page.',
  'error.goHome': 'Go to the home page',
};
