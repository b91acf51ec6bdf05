import { JobFailure } from './types.js';

/** setTimeout as a promise that a cancelled job's signal cuts short. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new JobFailure('cancelled'));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new JobFailure('cancelled'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
