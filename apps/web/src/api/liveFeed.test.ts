import type { KeelEvent } from '@keel/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { eventsUrl, LiveFeed, reconnectDelay, type FeedSocket } from './liveFeed.js';

class FakeSocket implements FeedSocket {
  onmessage: FeedSocket['onmessage'] = null;
  onclose: FeedSocket['onclose'] = null;
  onerror: FeedSocket['onerror'] = null;
  closed = false;
  close() {
    this.closed = true;
  }
  receive(data: unknown) {
    this.onmessage?.({ data: typeof data === 'string' ? data : JSON.stringify(data) } as MessageEvent);
  }
  fail(code = 1006) {
    this.onerror?.({} as Event);
    this.onclose?.({ code } as CloseEvent);
  }
}

const snapshot: KeelEvent = { type: 'snapshot', at: '2026-01-01T12:00:00.000Z', clusters: [] };

function feedWithFakes() {
  const sockets: FakeSocket[] = [];
  const events: KeelEvent[] = [];
  const accessLost: number[] = [];
  const feed = new LiveFeed({
    url: 'ws://keel/api/v1/events',
    onEvent: (event) => events.push(event),
    onAccessLost: (code) => accessLost.push(code),
    createSocket: () => {
      const socket = new FakeSocket();
      sockets.push(socket);
      return socket;
    },
    retryDelay: (failures) => failures * 1000,
    now: () => 0,
  });
  return { feed, sockets, events, accessLost };
}

function start(feed: LiveFeed) {
  feed.start();
  vi.advanceTimersByTime(0);
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('eventsUrl', () => {
  it('follows the page: ws for http, wss for https', () => {
    expect(eventsUrl({ protocol: 'http:', host: 'localhost:5173' })).toBe(
      'ws://localhost:5173/api/v1/events',
    );
    expect(eventsUrl({ protocol: 'https:', host: 'keel.example' })).toBe('wss://keel.example/api/v1/events');
  });
});

describe('reconnectDelay', () => {
  it('doubles from one second up to thirty, with jitter', () => {
    const middle = () => 0.5;
    expect([1, 2, 3, 6, 7, 20].map((n) => reconnectDelay(n, middle))).toEqual([
      1000, 2000, 4000, 30000, 30000, 30000,
    ]);
    expect(reconnectDelay(1, () => 0)).toBe(800);
    expect(reconnectDelay(1, () => 1)).toBe(1200);
  });
});

describe('LiveFeed', () => {
  it('is connecting until the snapshot arrives, then live, and hands events on', () => {
    const { feed, sockets, events } = feedWithFakes();
    start(feed);
    expect(feed.getStatus().state).toBe('connecting');
    sockets[0]?.receive(snapshot);
    expect(feed.getStatus()).toEqual({ state: 'live', retryAt: null, failures: 0 });
    sockets[0]?.receive({ type: 'cluster.removed', at: snapshot.at, clusterId: 'x' });
    sockets[0]?.receive('not json');
    expect(events.map((e) => e.type)).toEqual(['snapshot', 'cluster.removed']);
  });

  it('reconnects with growing delays and is live again after the new snapshot', () => {
    const { feed, sockets } = feedWithFakes();
    const changes = vi.fn();
    feed.subscribe(changes);
    start(feed);
    sockets[0]?.receive(snapshot);
    sockets[0]?.fail();
    expect(feed.getStatus()).toEqual({ state: 'reconnecting', retryAt: 1000, failures: 1 });

    vi.advanceTimersByTime(1000);
    expect(sockets).toHaveLength(2);
    sockets[1]?.fail();
    expect(feed.getStatus().failures).toBe(2);
    vi.advanceTimersByTime(1999);
    expect(sockets).toHaveLength(2);
    vi.advanceTimersByTime(1);
    sockets[2]?.receive(snapshot);
    expect(feed.getStatus().state).toBe('live');
    expect(changes).toHaveBeenCalledTimes(4);
  });

  it('can skip the wait when asked', () => {
    const { feed, sockets } = feedWithFakes();
    start(feed);
    sockets[0]?.fail();
    feed.retryNow();
    expect(sockets).toHaveLength(2);
    feed.retryNow();
    expect(sockets).toHaveLength(2);
  });

  it('keeps the connection when applying an event throws', () => {
    const sockets: FakeSocket[] = [];
    const feed = new LiveFeed({
      url: 'ws://keel/api/v1/events',
      onEvent: () => {
        throw new Error('boom');
      },
      createSocket: () => {
        const socket = new FakeSocket();
        sockets.push(socket);
        return socket;
      },
    });
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    start(feed);
    sockets[0]?.receive(snapshot);
    expect(feed.getStatus().state).toBe('live');
    expect(sockets[0]?.closed).toBe(false);
    quiet.mockRestore();
  });

  it('opens nothing when stopped at once, as strict mode does', () => {
    const { feed, sockets } = feedWithFakes();
    feed.start();
    feed.stop();
    vi.advanceTimersByTime(60_000);
    expect(sockets).toHaveLength(0);
  });

  it('closes quietly when stopped and does not reconnect', () => {
    const { feed, sockets } = feedWithFakes();
    start(feed);
    feed.stop();
    expect(sockets[0]?.closed).toBe(true);
    vi.advanceTimersByTime(60_000);
    expect(sockets).toHaveLength(1);
    // Started again (React's strict mode mounts twice): a fresh socket.
    start(feed);
    expect(sockets).toHaveLength(2);
  });
});

describe('a feed the server closed for lost access', () => {
  it('does not reconnect with the same credential, and says so', () => {
    const { feed, sockets, accessLost } = feedWithFakes();
    start(feed);
    sockets[0]!.receive(snapshot);
    sockets[0]!.fail(4001);
    vi.advanceTimersByTime(60_000);
    expect(sockets).toHaveLength(1);
    expect(accessLost).toEqual([4001]);
    // A plain drop still reconnects.
    start(feed);
    sockets[1]!.fail();
    vi.advanceTimersByTime(1_000);
    expect(sockets).toHaveLength(3);
  });
});
