import { isAccessLost, type KeelEvent } from '@keel/shared';

export const EVENTS_PATH = '/api/v1/events';

export type LiveFeedState = 'connecting' | 'live' | 'reconnecting';

export interface LiveFeedStatus {
  state: LiveFeedState;
  /** When the next attempt starts, while reconnecting. */
  retryAt: number | null;
  /** Failed attempts since the feed was last live. */
  failures: number;
}

/** The part of the browser's WebSocket the feed uses; tests pass a fake. */
export interface FeedSocket {
  onmessage: ((event: MessageEvent) => void) | null;
  onclose: ((event: CloseEvent) => void) | null;
  onerror: ((event: Event) => void) | null;
  close(): void;
}

export interface LiveFeedOptions {
  url: string;
  onEvent: (event: KeelEvent) => void;
  /** The server closed the feed because this tab's session or token lost access (4001-4005). */
  onAccessLost?: (code: number) => void;
  createSocket?: (url: string) => FeedSocket;
  /** Milliseconds to wait before reconnect attempt `failures` (1, 2, ...). */
  retryDelay?: (failures: number) => number;
  now?: () => number;
}

/** ws: or wss: to the same host as the page, so the dev proxy and a TLS front both just work. */
export function eventsUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${EVENTS_PATH}`;
}

const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 30_000;

/** 1 s, 2 s, 4 s ... up to 30 s, each ±20 % so many tabs don't return to a restarted server in step. */
export function reconnectDelay(failures: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, failures - 1));
  return Math.round(base * (0.8 + random() * 0.4));
}

function parseEvent(data: unknown): KeelEvent | null {
  if (typeof data !== 'string') return null;
  try {
    const value = JSON.parse(data) as unknown;
    if (typeof value === 'object' && value !== null && typeof (value as KeelEvent).type === 'string') {
      return value as KeelEvent;
    }
  } catch {
    // Not JSON: ignored like any message this client does not understand.
  }
  return null;
}

/**
 * One WebSocket to the server's live feed. Reconnects with backoff for as long as it runs; the server opens
 * every connection with a fresh snapshot, so nothing needs replaying. Counts as live from that snapshot on.
 */
export class LiveFeed {
  private socket: FeedSocket | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private running = false;
  private status: LiveFeedStatus = { state: 'connecting', retryAt: null, failures: 0 };
  private readonly listeners = new Set<() => void>();
  private readonly createSocket: (url: string) => FeedSocket;
  private readonly retryDelay: (failures: number) => number;
  private readonly now: () => number;

  constructor(private readonly options: LiveFeedOptions) {
    this.createSocket = options.createSocket ?? ((url) => new WebSocket(url));
    this.retryDelay = options.retryDelay ?? reconnectDelay;
    this.now = options.now ?? Date.now;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    // On the next tick: React's strict mode starts, stops and starts again at once in development, and a
    // socket closed while still connecting makes the browser log a warning for nothing.
    this.retryTimer = setTimeout(() => this.connect(), 0);
  }

  stop(): void {
    this.running = false;
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.drop();
  }

  /** Skip the wait: the browser came back online, or the operator asked. */
  retryNow(): void {
    if (!this.running || this.status.state !== 'reconnecting' || this.socket !== undefined) return;
    clearTimeout(this.retryTimer);
    this.connect();
  }

  getStatus = (): LiveFeedStatus => this.status;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private connect(): void {
    this.retryTimer = undefined;
    let socket: FeedSocket;
    try {
      socket = this.createSocket(this.options.url);
    } catch {
      this.scheduleRetry();
      return;
    }
    this.socket = socket;
    socket.onmessage = (message) => {
      const event = parseEvent(message.data);
      if (event === null) return;
      if (event.type === 'snapshot') this.setStatus({ state: 'live', retryAt: null, failures: 0 });
      try {
        this.options.onEvent(event);
      } catch (error) {
        // One event the cache could not take must not cost the connection.
        console.error('live feed: could not apply an event', error);
      }
    };
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      this.socket = undefined;
      // Signed out elsewhere, disabled, expired: asking again with the same cookie is pointless.
      if (isAccessLost(event.code)) {
        this.stop();
        this.setStatus({ state: 'connecting', retryAt: null, failures: 0 });
        this.options.onAccessLost?.(event.code);
        return;
      }
      if (this.running) this.scheduleRetry();
    };
    // An error is always followed by a close, which does the work.
    socket.onerror = () => undefined;
  }

  private scheduleRetry(): void {
    const failures = this.status.failures + 1;
    const delay = this.retryDelay(failures);
    this.setStatus({ state: 'reconnecting', retryAt: this.now() + delay, failures });
    this.retryTimer = setTimeout(() => this.connect(), delay);
  }

  private drop(): void {
    const socket = this.socket;
    this.socket = undefined;
    if (socket === undefined) return;
    socket.onmessage = null;
    socket.onclose = null;
    socket.onerror = null;
    socket.close();
  }

  private setStatus(status: LiveFeedStatus): void {
    this.status = status;
    this.listeners.forEach((notify) => notify());
  }
}
