import type { KeelEvent } from '@keel/shared';

export type Listener = (event: KeelEvent) => void;

/**
 * Fans events out to listeners (WebSocket clients, later jobs and audit). A failing listener never
 * breaks the change that caused the event, nor the other listeners.
 */
export class EventHub {
  private readonly listeners = new Set<Listener>();

  constructor(private readonly onListenerError: (error: unknown) => void = () => undefined) {}

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(events: KeelEvent[]): void {
    for (const event of events) {
      for (const listener of this.listeners) {
        try {
          listener(event);
        } catch (error) {
          this.onListenerError(error);
        }
      }
    }
  }

  get size(): number {
    return this.listeners.size;
  }
}
