import type { HaproxyBackendState } from '../clusters.js';

// Listeners are recognised by the names of Keel's HAProxy template (primary / replicas) or their usual
// synonyms (master, write, rw; read, ro), whichever the operator's own configuration uses.
export const isWriteProxy = (proxy: string): boolean => /primary|master|write|rw/i.test(proxy);
export const isReadProxy = (proxy: string): boolean => /replica|read|ro$/i.test(proxy);

type Backends = readonly Pick<HaproxyBackendState, 'proxy' | 'server' | 'up'>[];

/** The servers HAProxy sends writes to now: UP in a write listener, each named once. */
export const haproxyWriters = (backends: Backends): string[] => [
  ...new Set(backends.filter((b) => b.up && isWriteProxy(b.proxy)).map((b) => b.server)),
];

/** The servers HAProxy sends reads to now: UP in a read listener, each named once. */
export const haproxyReaders = (backends: Backends): string[] => [
  ...new Set(backends.filter((b) => b.up && isReadProxy(b.proxy)).map((b) => b.server)),
];

export const hasWriteListener = (backends: Backends): boolean => backends.some((b) => isWriteProxy(b.proxy));
export const hasReadListener = (backends: Backends): boolean => backends.some((b) => isReadProxy(b.proxy));
