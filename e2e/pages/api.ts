import { expect, type APIRequestContext } from '@playwright/test';
import { keelClient, type KeelClient } from '@keel/api-client';
import { baseURL } from '../playwright.config.js';
import { contextFetch } from './contextFetch.js';

/** What every typed call answers: the body as `data` (a 2xx) or `error` (any other), and the response. */
interface Answer<Data, Failure> {
  data?: Data;
  error?: Failure;
  response: Response;
}

/**
 * Keel's REST API as a spec calls it: the typed client generated from the OpenAPI document (`client`), sent
 * through the browser context, so it acts in the page's session; changes carry the session's CSRF token.
 */
export class KeelApi {
  readonly client: KeelClient;

  constructor(request: APIRequestContext, csrfToken?: string) {
    this.client = keelClient(baseURL, undefined, {
      fetch: contextFetch(request),
      ...(csrfToken !== undefined && { headers: { 'X-CSRF-Token': csrfToken } }),
    });
  }

  /** The body of a call Keel must answer with `status` (a 2xx); otherwise the test fails with what it said. */
  async ok<Data, Failure>(call: Promise<Answer<Data, Failure>>, status: number): Promise<Data> {
    const answer = await call;
    expect(answer.response.status, JSON.stringify(answer.error ?? answer.data)).toBe(status);
    return answer.data as Data;
  }

  /** The error body of a call Keel must refuse with `status`; otherwise the test fails with what it said. */
  async refused<Data, Failure>(call: Promise<Answer<Data, Failure>>, status: number): Promise<Failure> {
    const answer = await call;
    expect(answer.response.status, JSON.stringify(answer.data ?? answer.error)).toBe(status);
    return answer.error as Failure;
  }
}
