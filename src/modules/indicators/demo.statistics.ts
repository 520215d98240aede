// The GSO tables the demo carries (demo-data/gso/, unchanged PX-Web exports; source in its README): read by the
// same PX-Web reader and stored as `doithoai import` stores them — same names, same SHA-256 — so the default
// mapping's direct measures (poverty rate, beds and doctors per 10,000, under-five mortality, literacy, trained
// workers, treated solid waste, income) feed the Cần Thơ exercise's evidence gap. Loading twice changes nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Db } from '../../db/connection';
import type { Actor } from '../../http/actor';
import { readOfficialBytes } from '../../importers/import-file';
import { sha256Of } from './import.service';
import { storeStatistics } from './statistic.import';

const FOLDER = fileURLToPath(new URL('./demo-data/gso/', import.meta.url));
const loader: Actor = { userId: null, label: 'demo loader', platformRole: 'administrator', spaceRoles: new Map(), via: 'admin-token' };

/** The carried files' names, in a fixed order. */
export const DEMO_GSO_FILES: readonly string[] = readdirSync(FOLDER).filter((f) => f.endsWith('.csv')).sort();

export async function loadDemoStatistics(db: Db, now: Date): Promise<{ datasets: number; changed: number }> {
  let datasets = 0;
  let changed = 0;
  for (const name of DEMO_GSO_FILES) {
    const bytes = readFileSync(FOLDER + name);
    const read = await readOfficialBytes(bytes, name);
    if (read.kind !== 'statistics') throw new Error(`${name} is not a GSO PX-Web export`);
    const report = await storeStatistics(db, loader, read.table, sha256Of(bytes), now);
    datasets += report.datasets.length;
    changed += report.datasets.filter((d) => d.outcome !== 'unchanged').length;
  }
  return { datasets, changed };
}
