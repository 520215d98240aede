// Who may import: the platform-wide administrator role, as the server's indicator policy says. The
// screen only hides what the server would refuse anyway.
import type { Me } from '../../shared/api/types';

export const isAdministrator = (me: Me) => me.roles.some((r) => r.role === 'administrator' && r.spaceId === null);
