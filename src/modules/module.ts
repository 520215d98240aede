// A module is one capability (accounts, spaces, consultations…). It plugs in with one manifest;
// server.ts only walks the list in src/modules/index.ts. Its tables are its *.table.ts files,
// which drizzle-kit collects into the committed migrations.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyBaseLogger, FastifyInstance, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config';
import type { Db } from '../db/connection';
import type { Listen } from '../db/listener';
import type { TwoStep } from '../db/two-step';

export type App = FastifyInstance<RawServerDefault, IncomingMessage, ServerResponse, FastifyBaseLogger, ZodTypeProvider>;

/** The ports a module's routes get: the database (its two-round-trip path for ballots, its notifications), configuration, and the clock. */
export type Deps = { db: Db; twoStep: TwoStep; listen: Listen; config: Config; now: () => Date };

export type ModuleManifest = {
  id: string;
  /** What the module is for, one line (shown in the OpenAPI tags). */
  description: string;
  routes?: (app: App, deps: Deps) => void | Promise<void>;
};

export const defineModule = (manifest: ModuleManifest): ModuleManifest => manifest;
