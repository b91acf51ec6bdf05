import { expect, type Locator, type Page } from '@playwright/test';
import { adminPassword } from '../playwright.config.js';
import { KeelApi } from './api.js';

/** The e2e server's first admin, created from KEEL_ADMIN_PASSWORD at its first start. */
export const admin = { username: 'admin', password: adminPassword };

/**
 * Signs the page's browser context in through the API (as the e2e admin unless told otherwise): the page and `page.request` share the session
 * cookie, so the dashboard is signed in too. Returns the API for a spec's own setup.
 */
export async function signIn(
  page: Page,
  user: { username: string; password: string } = admin,
): Promise<KeelApi> {
  const anonymous = new KeelApi(page.request);
  const { csrfToken } = await anonymous.ok(
    anonymous.client.POST('/api/v1/auth/login', {
      body: { username: user.username, password: user.password },
    }),
    200,
  );
  // Only a Bearer caller gets none; a session that has none could change nothing.
  expect(csrfToken, 'a signed-in session has a CSRF token').not.toBeNull();
  return new KeelApi(page.request, csrfToken ?? undefined);
}

/** The sign-in page: `/login`. */
export class LoginPage {
  constructor(readonly page: Page) {}

  get panel(): Locator {
    return this.page.getByTestId('login');
  }

  get error(): Locator {
    return this.panel.getByTestId('error-banner');
  }

  async signIn(username: string, password: string): Promise<void> {
    await expect(this.panel).toBeVisible();
    await this.panel.getByRole('textbox', { name: 'Username' }).fill(username);
    await this.panel.getByLabel('Password', { exact: true }).fill(password);
    await this.panel.getByRole('button', { name: 'Sign in' }).click();
  }
}
