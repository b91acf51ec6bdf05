import type { HttpLogin } from '../haproxy/basic-auth.js';

/**
 * A stats URL as given (`http://user:pass@lb:7000/`) split into the address Keel stores and shows and
 * the login it seals. Answers the URL unchanged, with no login, when it carries none.
 */
export function splitStatsUrl(statsUrl: string): { url: string; login: HttpLogin | null } {
  const parsed = new URL(statsUrl);
  if (!parsed.username && !parsed.password) return { url: statsUrl, login: null };
  const login = {
    username: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
  };
  parsed.username = '';
  parsed.password = '';
  return { url: parsed.toString(), login };
}
