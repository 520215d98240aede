// Who may see, change and answer a priority exercise: the space's facilitators run it, its officials
// answer the AHP questionnaire, observers read; administrators do everything.
import { isAdministrator, roleIn, type Actor } from '../../http/actor';

const role = (actor: Actor, spaceId: string) => roleIn(actor, spaceId) ?? '';

export const priorityPolicy = {
  read: (actor: Actor, spaceId: string) => isAdministrator(actor) || ['facilitator', 'official', 'observer'].includes(role(actor, spaceId)),
  edit: (actor: Actor, spaceId: string) => isAdministrator(actor) || role(actor, spaceId) === 'facilitator',
  answer: (actor: Actor, spaceId: string) => isAdministrator(actor) || ['facilitator', 'official'].includes(role(actor, spaceId)),
};

export function priorityPermissions(actor: Actor, spaceId: string) {
  return { edit: priorityPolicy.edit(actor, spaceId), answer: priorityPolicy.answer(actor, spaceId) && actor.userId !== null };
}
