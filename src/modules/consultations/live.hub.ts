// Live results of a consultation: the shared hub (http/live-hub.ts) with the ballot count and status
// as its change marker and "results" events.
import { LiveHub } from '../../http/live-hub';

export type Marker = { ballots: number; status: string };
export type { Access, Viewer } from '../../http/live-hub';

type Limits = { tickMs: number; wakeGapMs: number; streamsPerAddress: number };
type Ports = { marker: (id: string) => Promise<Marker | undefined>; snapshot: (id: string, marker: Marker) => Promise<string>; warn: (err: unknown) => void };

export class LiveHubs extends LiveHub<Marker & { version: string }> {
  constructor(ports: Ports, limits: Limits) {
    const versioned = async (id: string) => {
      const m = await ports.marker(id);
      return m && { ...m, version: String(m.ballots) };
    };
    super({ ...ports, marker: versioned }, { ...limits, event: 'results' });
  }
}
