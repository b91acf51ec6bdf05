import type { FastifyPluginAsync } from 'fastify';
import type { WebSocket } from 'ws';
import type { KeelEvent } from '@keel/shared';
import { serializeEvent } from '../events/serialize.js';

/** A client with more than this queued is behind: it stops getting events and gets a snapshot once drained. */
const behindBytes = 1_000_000;
const drainedBytes = 64_000;
const drainCheckMs = 100;
const pingMs = 30_000;

/**
 * The live feed: a snapshot on connect, then typed events. Sending never waits on a client: a slow one
 * is skipped while its buffer is full and resynchronised with a fresh snapshot, so it cannot slow others.
 */
const events: FastifyPluginAsync = async (app) => {
  app.get(
    '/events',
    {
      websocket: true,
      schema: {
        summary:
          'WebSocket feed: snapshot, then cluster events (see KeelEvent); closed with 4001-4005 (see FeedCloseCode) when access ends',
        tags: ['events'],
      },
    },
    (socket: WebSocket, request) => {
      let behind = false;
      let drainTimer: NodeJS.Timeout | undefined;

      const sendSnapshot = (): void => {
        const snapshot: KeelEvent = {
          type: 'snapshot',
          at: new Date().toISOString(),
          clusters: app.observers.states(),
        };
        socket.send(JSON.stringify(snapshot));
      };
      const waitForDrain = (): void => {
        drainTimer = setTimeout(() => {
          if (socket.readyState !== socket.OPEN) return;
          if (socket.bufferedAmount > drainedBytes) return waitForDrain();
          behind = false;
          sendSnapshot();
        }, drainCheckMs);
      };

      const unsubscribe = app.hub.subscribe((event) => {
        if (behind || socket.readyState !== socket.OPEN) return;
        if (socket.bufferedAmount > behindBytes) {
          behind = true;
          waitForDrain();
          return;
        }
        socket.send(serializeEvent(event));
      });
      const ping = setInterval(() => socket.ping(), pingMs);

      // Access is checked at the upgrade; the watch closes the feed (4001-4005) once it is lost.
      if (request.credential) app.security.feeds.add(socket, request.credential);
      socket.on('close', () => {
        app.security.feeds.remove(socket);
        unsubscribe();
        clearTimeout(drainTimer);
        clearInterval(ping);
      });
      socket.on('error', (error) => app.log.debug({ err: error }, 'websocket client error'));
      // Clients only listen; anything they send is ignored.
      sendSnapshot();
    },
  );
};

export default events;
