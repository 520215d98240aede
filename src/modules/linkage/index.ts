// Regional linkage: what other modules may use (the demo seeds a region through these services).
export { linkageAgreements, linkageCommitments, linkageIntents, linkageOfficials, linkageProjects, linkageRegions, linkageReports } from './linkage.table';
export { addProject } from './project.service';
export { setOfficial, setRegion } from './region.service';
export { addIntent } from './intent.service';
export { addAgreement } from './agreement.service';
export { addCommitment, submitReport } from './commitment.service';
export type { LinkageCall } from './linkage.guard';
