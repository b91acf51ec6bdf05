import type { APIRequestContext } from '@playwright/test';

/** Answers that carry no body by definition: a Response refuses to be built with one. */
const NO_BODY = new Set([101, 204, 205, 304]);

/**
 * A fetch for the typed client that sends through Playwright's request context: `page.request` shares
 * the browser context's cookies, so what a spec does through the API happens in the page's own session
 * (a sign-in signs the page in), and the calls show in the test's trace.
 */
export function contextFetch(request: APIRequestContext): (input: Request) => Promise<Response> {
  return async (input) => {
    const headers: Record<string, string> = {};
    input.headers.forEach((value, name) => (headers[name] = value));
    const body = input.body === null ? undefined : Buffer.from(await input.arrayBuffer());
    const answer = await request.fetch(input.url, {
      method: input.method,
      headers,
      ...(body !== undefined && { data: body }),
    });
    return new Response(NO_BODY.has(answer.status()) ? null : new Uint8Array(await answer.body()), {
      status: answer.status(),
      statusText: answer.statusText(),
      headers: answer.headersArray().map(({ name, value }): [string, string] => [name, value]),
    });
  };
}
