// The open-data archive of a consultation: its anonymised ballots (the same bytes as ballots.csv),
// its results by the default method with every breakdown, its spec, and a README in both languages.
import { strToU8, zipSync } from 'fflate';
import { ballotsCsv } from './ballots.csv';
import { openDataReadme } from './open-data.readme';
import { nfc, type ResultsReport } from './results-report';

export function openDataZip(report: ResultsReport): Uint8Array {
  const c = report.consultation;
  const spec = {
    id: c.id,
    title: nfc(c.title),
    options: report.options.map((o) => ({ key: o.key, title: nfc(o.title) })),
    ballot: c.ballot,
    groups: c.groups.map((g) => ({ ...g, title: nfc(g.title) })),
    clusters: c.clusters.map((k) => ({ ...k, title: nfc(k.title) })),
    access: c.access,
    illustrative: c.illustrative,
    status: c.status,
    openedAt: c.openedAt,
    closedAt: c.closedAt,
    publishedAt: c.publishedAt,
    minGroupSize: c.minGroupSize,
    ballots: report.list.ballots.length,
    ballotsDigest: report.list.digest,
  };
  const json = (value: unknown) => strToU8(`${JSON.stringify(value, null, 2)}\n`);
  const mtime = report.exportedAt;
  return zipSync(
    {
      'ballots.csv': [strToU8(ballotsCsv(report.list)), { mtime }],
      'results.json': [json(report.results), { mtime }],
      'consultation.json': [json(spec), { mtime }],
      'README.txt': [strToU8(openDataReadme(report)), { mtime }],
    },
    { level: 6 },
  );
}
