// Every capability of the app, in the order its routes register. A new module is a folder plus one line here.
import { accountsModule } from './accounts';
import { consultationsModule } from './consultations';
import { demoModule } from './demo';
import { indicatorsModule } from './indicators';
import type { ModuleManifest } from './module';
import { plansModule } from './plans';
import { prioritiesModule } from './priorities';
import { spacesModule } from './spaces';

export const modules: ModuleManifest[] = [accountsModule, spacesModule, consultationsModule, indicatorsModule, prioritiesModule, plansModule, demoModule];
