// Consultations: what other modules may use — the table their rows refer to, a consultation and its
// options, results, and the demo's way in (create, invite, open, write ballots).
export { consultations } from './consultation.table';
export type { ConsultationSpec } from './consultation.schema';
export { changeStatus, createConsultation, createInvitations, findConsultation, listConsultations, optionKeysInSpace } from './consultation.service';
export { writeBallotsWithin } from './ballot.writer';
export { consultationResults } from './results.service';
// The ballot form's controls and its reading, for other server-rendered pages (a forum point's polls).
export { BallotForm, ballotFields } from './pages/ballot-fields';
export { ballotFromForm, type FormBody } from './pages/form-ballot';
export { voteText } from './pages/vote.text';
