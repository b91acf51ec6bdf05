import type { KeelEvent } from '@keel/shared';

const cache = new WeakMap<KeelEvent, string>();

/** Each event is turned into JSON once, however many clients receive it. */
export function serializeEvent(event: KeelEvent): string {
  let text = cache.get(event);
  if (text === undefined) {
    text = JSON.stringify(event);
    cache.set(event, text);
  }
  return text;
}
