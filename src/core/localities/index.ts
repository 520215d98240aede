// Province-level units, their regions and the 2025 merger: the public face of src/core/localities.
export type { Locality, RegionKey, UnitKind, UnitSet } from './types';
export { REGIONS, region, regionOf, sourceRegionsOf, type Region } from './regions';
export { nameKey } from './names';
export { findByName, resolveLocality, type Resolution } from './resolve';
export {
  LOCALITIES_34,
  LOCALITIES_63,
  SET_34_FROM,
  SET_63_FROM,
  SET_63_TO,
  isUnchanged,
  locality,
  localityById,
  localitiesOf,
  predecessorsOf,
  setInForce,
  successorOf,
} from './units';
export { fullNameOn } from './styles';
