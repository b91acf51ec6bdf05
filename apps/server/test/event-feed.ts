import WebSocket from 'ws';
import type { KeelEvent } from '@keel/shared';

const rawText = (data: WebSocket.RawData): string =>
  Array.isArray(data)
    ? Buffer.concat(data).toString('utf8')
    : Buffer.isBuffer(data)
      ? data.toString('utf8')
      : Buffer.from(new Uint8Array(data)).toString('utf8');

/** A WebSocket client of /api/v1/events that keeps every event and can wait for one. */
export class EventFeed {
  readonly events: { event: KeelEvent; receivedAt: number }[] = [];
  private waiters: (() => void)[] = [];

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data: WebSocket.RawData) => {
      this.events.push({ event: JSON.parse(rawText(data)) as KeelEvent, receivedAt: Date.now() });
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  static async open(url: string, headers: Record<string, string> = {}): Promise<EventFeed> {
    const socket = new WebSocket(url, { headers });
    // Listen before the socket opens: the server's snapshot can arrive in the same packet as the handshake.
    const feed = new EventFeed(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return feed;
  }

  /** The first event (already received or still to come) that matches. */
  async waitFor<E extends KeelEvent>(
    match: (event: KeelEvent) => event is E,
    timeoutMs: number,
    since = 0,
  ): Promise<{ event: E; receivedAt: number }> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.events.find((e) => e.receivedAt >= since && match(e.event));
      if (found) return found as { event: E; receivedAt: number };
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(`no matching event within ${timeoutMs} ms (got ${this.events.length} events)`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  close(): void {
    this.socket.close();
  }
}
