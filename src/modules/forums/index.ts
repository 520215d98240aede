// Forums: what other modules may use — the demo creates a forum with its agenda and points; the next
// parts (questions, polls, recommendations) refer to the tables.
export { forums, forumItems, forumPoints, forumSessions } from './forum.table';
export { createForum, publishForum } from './forum.service';
export { saveItem, saveSession } from './agenda.service';
export { addPoint } from './point.service';
