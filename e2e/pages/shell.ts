import { expect, type Page } from '@playwright/test';

/** The dashboard's frame: sidebar navigation, top bar, page title. */
export class Shell {
  constructor(readonly page: Page) {}

  async open(path = '/'): Promise<void> {
    await this.page.goto(path);
    await expect(this.page.getByTestId('app-shell')).toBeVisible();
  }

  get title() {
    return this.page.getByTestId('page-title');
  }

  get serverStatus() {
    return this.page.getByTestId('server-status');
  }

  async navigate(linkName: string): Promise<void> {
    await this.page.getByTestId('sidebar').getByRole('link', { name: linkName }).click();
  }
}
