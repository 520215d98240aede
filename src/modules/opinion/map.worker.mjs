// Entry of the opinion-map worker thread. The project's sources are TypeScript run through tsx, and a
// worker does not inherit the main thread's loader, so it registers tsx itself before loading them.
import { register } from 'tsx/esm/api';

register();
await import('./map.worker.ts');
