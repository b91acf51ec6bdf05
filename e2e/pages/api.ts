import { expect, type APIRequestContext, type APIResponse } from '@playwright/test';

/** Keel's REST API as a signed-in browser calls it: changes carry the session's CSRF token. */
export class KeelApi {
  constructor(
    private readonly request: APIRequestContext,
    private readonly csrfToken: string,
  ) {}

  get(path: string): Promise<APIResponse> {
    return this.request.get(path);
  }

  post(path: string, data: unknown): Promise<APIResponse> {
    return this.request.post(path, { data, headers: { 'X-CSRF-Token': this.csrfToken } });
  }

  delete(path: string): Promise<APIResponse> {
    return this.request.delete(path, { headers: { 'X-CSRF-Token': this.csrfToken } });
  }

  async json<T>(response: Promise<APIResponse>, status: number): Promise<T> {
    const answer = await response;
    expect(answer.status(), await answer.text()).toBe(status);
    return (await answer.json()) as T;
  }
}
