// English strings. Typed against vi.ts: a missing or extra key is a compile error, so the two
// dictionaries cannot drift apart.
import type { MessageKey } from './vi';
import { paperEn } from '../../features/consultations/paper/paper.en';
import { createEn } from '../../features/consultations/create.en';
import { evidenceEn } from '../../features/indicators/evidence.en';
import { prioritiesEn } from '../../features/priorities/priorities.en';
import { plansEn } from '../../features/plans/plans.en';
import { forumsEn } from '../../features/forums/forums.en';
import { linkageEn } from '../../features/linkage/linkage.en';
import { devolutionEn } from '../../features/devolution/devolution.en';
import { inventoryEn } from '../../features/devolution/inventory.en';
import { opinionEn } from '../../features/opinion/opinion.en';
import { proposalsEn } from '../../features/consultations/proposals.en';
import { accountsEn } from '../../features/accounts/accounts.en';
import { spacesEn } from '../../features/spaces/spaces.en';
import { consultationsEn } from '../../features/consultations/consultations.en';

export const en: Record<MessageKey, string> = {
  ...consultationsEn,
  ...spacesEn,
  ...accountsEn,
  ...paperEn,
  ...proposalsEn,
  ...createEn,
  ...evidenceEn,
  ...prioritiesEn,
  ...plansEn,
  ...forumsEn,
  ...linkageEn,
  ...devolutionEn,
  ...inventoryEn,
  ...opinionEn,
  'app.name': 'Đối Thoại',
  'app.skip': 'Skip to main content',
  'app.breadcrumb': 'Breadcrumb',

  'header.langSwitch': 'Tiếng Việt',
  'header.langSwitchTitle': 'Switch the interface to Vietnamese',
  'header.signedInAs': 'Signed in as',
  'header.logout': 'Sign out',
  'header.logoutFailed': 'Could not sign out. Please try again.',

  'space.illustrative': 'Illustrative data',
  'space.back': 'All spaces',

  'phase.status.upcoming': 'Upcoming',
  'phase.status.active': 'In progress',
  'phase.status.done': 'Done',

  'kind.priority-setting': 'Priority setting',
  'kind.cluster-conference': 'Cluster conference',
  'kind.forum': 'Dialogue forum',
  'kind.linkage': 'Regional linkage',
  'kind.monitoring': 'Implementation monitoring',
  'kind.devolution': 'Decentralisation planning',

  'chart.failed': 'The chart could not be loaded; the table still has every figure.',

  'common.cancel': 'Cancel',
  'common.loading': 'Loading…',
  'common.retry': 'Try again',

  'import.sheet': 'Sheet',
  'import.row': 'Row',
  'import.column': 'Column',
  'import.problem': 'Problem',

  'error.network': 'Could not reach the server. Check your connection and try again.',
  'error.generic': 'Something went wrong. Please try again.',
  'error.notFoundTitle': 'Page not found',
  'error.notFound': 'This address does not lead to any page.',
  'error.goHome': 'Go to the home page',
};
