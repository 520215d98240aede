// Every capability of the app, in the order its routes register. A new module is a folder plus one line here.
// Each module's manifest.ts wires its routes; its index.ts is what other modules may use.
import { accountsModule } from './accounts/manifest';
import { consultationsModule } from './consultations/manifest';
import { demoModule } from './demo/manifest';
import { devolutionModule } from './devolution/manifest';
import { forumsModule } from './forums/manifest';
import { indicatorsModule } from './indicators/manifest';
import { linkageModule } from './linkage/manifest';
import type { ModuleManifest } from './module';
import { opinionModule } from './opinion/manifest';
import { plansModule } from './plans/manifest';
import { prioritiesModule } from './priorities/manifest';
import { spacesModule } from './spaces/manifest';

export const modules: ModuleManifest[] = [accountsModule, spacesModule, consultationsModule, indicatorsModule, prioritiesModule, plansModule, forumsModule, linkageModule, devolutionModule, opinionModule, demoModule];
