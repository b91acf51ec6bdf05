/**
 * "One changing job at a time", per lock key (see target.ts). Taken synchronously, before any await, so
 * two requests at once cannot both get through; a key is held from the request's checks until the job ends.
 */
export class BusyLock {
  /** Key → the job holding it, or null while its request is still being checked. */
  private readonly held = new Map<string, string | null>();

  /** Takes every key, or none: answers the first key already held (and by which job), else undefined. */
  take(keys: readonly string[]): { key: string; jobId: string | null } | undefined {
    for (const key of keys) {
      if (this.held.has(key)) return { key, jobId: this.held.get(key) ?? null };
    }
    for (const key of keys) this.held.set(key, null);
    return undefined;
  }

  /** Names the job that now holds keys taken for its request. */
  assign(keys: readonly string[], jobId: string): void {
    for (const key of keys) this.held.set(key, jobId);
  }

  release(keys: readonly string[]): void {
    for (const key of keys) this.held.delete(key);
  }
}
