// Action plans and accountability, pure: no I/O, no clock (the caller passes `today`).
export * from './dates';
export * from './progress';
export * from './status';
export * from './periods';
export * from './kpi';
export * from './tree';
export * from './accountability';
export * from './evidence-type';
