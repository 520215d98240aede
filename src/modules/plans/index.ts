// Action plans: what other modules may use — the demo writes a plan, its objectives, actions and reports.
export { findAction } from './plan.load';
export { actionAsBody, createPlan, saveObjective, writeAction } from './plan.service';
export { writeReport } from './report.service';
