// How the inventory is laid out on screen (pure): activities by sector, in the order of the space's sector list
// (a sector not on it last), and within a sector by function, functions and activities in inventory order.
type Row = { sector: string; functionCode: string };

export function bySector<A extends Row>(activities: readonly A[], sectors: readonly { key: string }[]): { sector: string; functions: A[][] }[] {
  const order = (key: string) => { const i = sectors.findIndex((s) => s.key === key); return i < 0 ? sectors.length : i; };
  const keys = [...new Set(activities.map((a) => a.sector))].sort((a, b) => order(a) - order(b));
  return keys.map((sector) => {
    const inSector = activities.filter((a) => a.sector === sector);
    const functions = [...new Set(inSector.map((a) => a.functionCode))].map((code) => inSector.filter((a) => a.functionCode === code));
    return { sector, functions };
  });
}
