import { expect, type Locator, type Page } from '@playwright/test';

/** The confirmation of an operation: what will happen, the pre-checks, options, and the confirm button. */
export class OperationDialog {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('confirm-dialog');
  }

  /** `data-ok` says whether every check passes; each item carries its own `data-ok`. */
  get prechecks(): Locator {
    return this.root.getByTestId('precheck-list');
  }

  get candidate(): Locator {
    return this.root.getByTestId('candidate-select');
  }

  get confirmButton(): Locator {
    return this.root.getByTestId('confirm-button');
  }

  async confirm(): Promise<void> {
    await expect(this.confirmButton).toBeEnabled();
    await this.confirmButton.click();
    await expect(this.root).toHaveCount(0);
  }

  async cancel(): Promise<void> {
    await this.root.getByRole('button', { name: 'Cancel' }).click();
    await expect(this.root).toHaveCount(0);
  }
}

/** A job as it runs: `data-status` on the panel, `job-step-<n>` (from 1) for each step. */
export class JobPanel {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('job-panel');
  }

  step(n: number): Locator {
    return this.root.getByTestId(`job-step-${n}`);
  }

  get log(): Locator {
    return this.root.getByTestId('job-log');
  }

  get result(): Locator {
    return this.root.getByTestId('job-result');
  }
}
