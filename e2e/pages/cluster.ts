import { expect, type Locator, type Page } from '@playwright/test';

/** One cluster's live dashboard: `/clusters/:id`. */
export class ClusterPage {
  constructor(readonly page: Page) {}

  async open(id: string): Promise<void> {
    await this.page.goto(`/clusters/${id}`);
    await expect(this.topology).toBeVisible();
    await expect(this.page.getByTestId('live-feed')).toHaveAttribute('data-state', 'live');
  }

  /** Holds the leader's name, and nothing while there is none. */
  get leader(): Locator {
    return this.page.getByTestId('cluster-leader');
  }

  async leaderName(): Promise<string> {
    return ((await this.leader.textContent()) ?? '').trim();
  }

  get health(): Locator {
    return this.page.getByTestId('cluster-health');
  }

  get topology(): Locator {
    return this.page.getByTestId('topology');
  }

  /** The member's row in the members table; `data-role` is the role the page shows. */
  memberRow(name: string): Locator {
    return this.page.getByTestId(`member-row-${name}`);
  }

  topologyMember(name: string): Locator {
    return this.page.getByTestId(`topology-member-${name}`);
  }

  /** Marks the document, so a test can tell later that the page was never reloaded. */
  async markDocument(): Promise<void> {
    await this.page.evaluate(() => {
      (window as unknown as { keelE2eMark?: boolean }).keelE2eMark = true;
    });
  }

  async documentIsMarked(): Promise<boolean> {
    return this.page.evaluate(() => (window as unknown as { keelE2eMark?: boolean }).keelE2eMark === true);
  }

  /** A button of the operations bar: switchover, failover, restart, reload, pause, resume, config. */
  action(name: string): Locator {
    return this.page.getByTestId(`action-${name}`);
  }

  get actionsBar(): Locator {
    return this.page.getByTestId('cluster-actions');
  }

  /** The "…" menu of a member's row. */
  memberMenu(name: string): Locator {
    return this.page.getByTestId(`member-actions-${name}`);
  }

  async remove(): Promise<void> {
    await this.page.getByRole('button', { name: 'Remove from Keel' }).click();
    const dialog = this.page.getByRole('dialog');
    const name = ((await this.page.getByTestId('cluster-name').textContent()) ?? '').trim();
    await dialog.getByTestId('type-to-confirm').fill(name);
    await dialog.getByRole('button', { name: 'Remove from Keel' }).click();
  }
}
