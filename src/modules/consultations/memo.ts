// A bounded memo: values kept in an LRU (by entries), and concurrent misses of one key sharing one
// computation (single flight), so that a hall asking at once costs what one person asking costs.
import { LRUCache } from 'lru-cache';

export class Memo<V extends object> {
  private readonly kept: LRUCache<string, V>;
  private readonly flights = new Map<string, Promise<V>>();

  constructor(max: number) {
    this.kept = new LRUCache({ max });
  }

  /**
   * The value kept for `key`, or the one `compute` makes, kept when `keep` says so. `flight` names the
   * computation others may join (by default the key). The value is shared and frozen: callers must not change it.
   */
  async get(key: string, compute: () => Promise<V>, keep: (v: V) => boolean = () => true, flight = key): Promise<V> {
    const kept = this.kept.get(key);
    if (kept) return kept;
    let pending = this.flights.get(flight);
    if (!pending) {
      pending = compute()
        .then((value) => {
          deepFreeze(value);
          if (keep(value)) this.kept.set(key, value);
          return value;
        })
        .finally(() => this.flights.delete(flight));
      this.flights.set(flight, pending);
    }
    return pending;
  }
}

/** Frozen, so that a caller changing a shared answer fails at once instead of changing everyone's. */
function deepFreeze(value: unknown) {
  if (!value || typeof value !== 'object' || ArrayBuffer.isView(value) || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const inner of Object.values(value)) deepFreeze(inner);
}
