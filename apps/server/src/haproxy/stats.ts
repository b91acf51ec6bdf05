import type { HaproxyBackendState } from '@keel/shared';
import { basicAuth, type HttpLogin } from './basic-auth.js';
import { fetchFailure } from '../failure.js';

const timeoutMs = 1_500;

/**
 * Parses HAProxy's CSV statistics (`show stat`, or the stats page with `;csv`). Only servers are kept;
 * the FRONTEND/BACKEND summary rows say nothing about routing to a member.
 */
export function parseHaproxyCsv(csv: string): HaproxyBackendState[] {
  const lines = csv.split('\n').filter((l) => l.trim() !== '');
  const header = lines.shift()?.replace(/^#\s*/, '').split(',') ?? [];
  const col = (name: string): number => header.indexOf(name);
  const [px, sv, st] = [col('pxname'), col('svname'), col('status')];
  if (px < 0 || sv < 0 || st < 0)
    throw new Error('not HAProxy CSV statistics (no pxname/svname/status columns)');

  return lines
    .map((line) => line.split(','))
    .filter((f) => f[sv] !== 'FRONTEND' && f[sv] !== 'BACKEND')
    .map((f) => {
      const status = f[st] ?? '';
      return { proxy: f[px] ?? '', server: f[sv] ?? '', status, up: routes(status) };
    });
}

/**
 * Whether HAProxy sends new connections to a server in this status. "UP 1/2" is going down but still
 * routing; "DOWN 1/2" is coming up but not yet routing; "no check" (health checks off) routes
 * everything, which is exactly how writes reach the wrong server; MAINT, DRAIN and NOLB take none.
 */
function routes(status: string): boolean {
  return status.startsWith('UP') || status === 'no check';
}

/** The CSV address of a stats page: HAProxy serves CSV when the URI ends with `;csv`. */
export function csvUrl(statsUrl: string): string {
  const url = new URL(statsUrl);
  if (!url.pathname.endsWith(';csv')) url.pathname = `${url.pathname.replace(/\/?$/, '/')};csv`;
  return url.toString();
}

/** Reads the backend states from HAProxy itself (never guessed from Patroni), with its login if it has one. */
export async function readHaproxyStats(
  statsUrl: string,
  login: HttpLogin | null = null,
): Promise<HaproxyBackendState[]> {
  let res: Response;
  try {
    res = await fetch(csvUrl(statsUrl), {
      signal: AbortSignal.timeout(timeoutMs),
      // A new connection each time: on a kept-alive one, a reloaded HAProxy's old process (old
      // configuration, draining) keeps answering, and a stats listener that went away goes unnoticed.
      headers: { connection: 'close', ...(login ? { authorization: basicAuth(login) } : {}) },
    });
  } catch (error) {
    throw new Error(`HAProxy stats at ${statsUrl} unreachable: ${fetchFailure(error, timeoutMs)}`, {
      cause: error,
    });
  }
  if (!res.ok) throw new Error(`HAProxy stats at ${statsUrl} answered ${res.status}`);
  return parseHaproxyCsv(await res.text());
}
