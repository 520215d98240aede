// Action plans: what other modules may use — the demo writes a plan, its objectives, actions and reports;
// forums add an action for a recommendation and read where it stands.
export { findAction, listPlans, planContents } from './plan.load';
export { actionAsBody, createPlan, saveObjective, writeAction } from './plan.service';
export { writeReport } from './report.service';
export { actionFollowUps, addActionInSpace, spaceAgencies, type FollowUp, type NewAction } from './followup.service';
