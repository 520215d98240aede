// Spaces: one participatory process for one locality, with phases. Other modules' records belong to a
// space (their tables refer to `spaces`); they find it, check the caller against its policy, and take
// its id from request paths with `spaceParams`.
export { spaces } from './space.table';
export { findSpace, findSpaceBySlug, findSpaceIdBySlug, createSpace, type Space } from './space.service';
export { spacePolicy } from './space.policy';
export { spaceParams } from './space.schema';
