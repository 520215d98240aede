// Decentralisation planning: what other modules may use (the demo seeds a space through these services).
export { devolutionActivities, devolutionNotes, devolutionOfficials, devolutionReviews, devolutionScenarios, devolutionUnits } from './devolution.table';
export { setOfficial, setUnits, loadUnits } from './unit.service';
export { replaceInventory } from './activity.service';
export { saveScenario } from './scenario.service';
export { addNote, signOff } from './review.service';
export type { DevolutionCall } from './devolution.guard';
