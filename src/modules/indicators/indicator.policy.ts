// Who may do what with the evidence hub: published figures are for everyone signed in to read; what is
// stored as published is the administrators' to change.
import { isAdministrator, type Actor } from '../../http/actor';

export const indicatorPolicy = {
  read: (_actor: Actor) => true,
  import: isAdministrator,
  /** The mapping of index figures to priority areas is platform-wide: administrators only. */
  editMapping: isAdministrator,
};
