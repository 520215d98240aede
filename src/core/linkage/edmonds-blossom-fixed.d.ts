// Types for edmonds-blossom-fixed (J. van Rantwijk's maximum-weight matching, ported to JavaScript):
// edges as [u, v, weight] over vertices 0…n−1; the answer gives each vertex its mate, or −1.
declare module 'edmonds-blossom-fixed' {
  function blossom(edges: [number, number, number][], maxCardinality?: boolean): number[];
  export = blossom;
}
