// The audit trail: every change records who, what, before and after, in the change's own transaction.
// It has no routes of its own (spaces serve a space's trail), so no manifest.
export { listAudit, recordAudit, type AuditEntry } from './audit.service';
