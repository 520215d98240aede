// The evidence hub: what other modules and the command line may use — evidence per priority area
// (priorities), editions read and imported (the `indicators` and `import` commands), the mapping of
// figures to areas in force, and the demo's carried editions.
import type { Db } from '../../db/connection';

export { currentAreaMapping } from './area-mapping.service';
export { EVIDENCE_METHOD, priorityEvidence } from './profile.service';
export { editionScores, type EditionScores } from './indicator.service';
export { sha256Of, storeImport, type EditionOutcome, type ImportReport } from './import.service';
export { presentEditionForCli, presentImport } from './indicator.presenter';

/** Stores the demo's PCI and PAPI editions; their data file is large, so it loads only when asked for. */
export const loadDemoEvidence = async (db: Db, now: Date) => (await import('./demo.evidence')).loadDemoEvidence(db, now);
/** Stores the GSO tables the demo carries (demo-data/gso/), which the default mapping's direct measures read. */
export const loadDemoStatistics = async (db: Db, now: Date) => (await import('./demo.statistics')).loadDemoStatistics(db, now);

// Official statistics (issue 16): GSO tables imported from PX-Web exports, read per dataset and year.
export { storeStatistics, type StatisticsReport } from './statistic.import';
export { datasetScores, listDatasets, type DatasetScores } from './statistic.service';
export { presentDatasetForCli, presentIndexImportForCli, presentStatisticsImport } from './statistic.presenter';
