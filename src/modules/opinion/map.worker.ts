// Runs inside the opinion-map worker thread: a large conversation's update is seconds of CPU, which in the
// main thread would hold up every request.
import { parentPort } from 'node:worker_threads';
import { computeMap, type MapRequest } from './map.compute';

parentPort!.on('message', ({ id, ...request }: MapRequest & { id: number }) => {
  try {
    parentPort!.postMessage({ id, answer: computeMap(request) });
  } catch (err) {
    parentPort!.postMessage({ id, error: String(err instanceof Error ? (err.stack ?? err.message) : err) });
  }
});
