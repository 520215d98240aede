// Schedule-aware status of an action (red / amber / green), from actual against expected progress.
//
// Thresholds (README "Action plans"):
//   done         progress is 100;
//   not-started  today is before the start date and nothing is reported yet (progress 0);
//   red          the due date has passed and the action is not done, or progress is more than
//                25 points behind what the schedule expects;
//   amber        more than 10 points behind;
//   green        otherwise (on or ahead of schedule, or at most 10 points behind).
// The order from best to worst is done, green = not-started, amber, red; more progress on the
// same day never moves an action down that order.
import { dayNumber, type IsoDate } from './dates';
import { expectedProgress } from './progress';

export type Rag = 'done' | 'not-started' | 'green' | 'amber' | 'red';

export const AMBER_GAP = 10;
export const RED_GAP = 25;

export type Scheduled = { startsOn: IsoDate; dueOn: IsoDate; progress: number };

export function actionStatus(action: Scheduled, today: IsoDate): Rag {
  if (action.progress >= 100) return 'done';
  if (dayNumber(today) > dayNumber(action.dueOn)) return 'red';
  if (dayNumber(today) < dayNumber(action.startsOn) && action.progress <= 0) return 'not-started';
  const behind = expectedProgress(action.startsOn, action.dueOn, today) - action.progress;
  if (behind > RED_GAP) return 'red';
  if (behind > AMBER_GAP) return 'amber';
  return 'green';
}

/** Lower is better; for ordering and for the monotonicity property. */
export const statusRank: Record<Rag, number> = { done: 0, green: 1, 'not-started': 1, amber: 2, red: 3 };

export const isOnTrack = (status: Rag) => statusRank[status] <= 1;
