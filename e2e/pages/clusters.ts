import { expect, type Locator, type Page } from '@playwright/test';

/** The inventory: `/clusters`. */
export class ClustersPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/clusters');
    await expect(this.page.getByTestId('page-title')).toHaveText('Clusters');
  }

  get table(): Locator {
    return this.page.getByTestId('clusters-table');
  }

  get empty(): Locator {
    return this.page.getByTestId('clusters-empty');
  }

  row(name: string): Locator {
    return this.page.getByTestId(`cluster-row-${name}`);
  }

  get importButton(): Locator {
    return this.page.getByTestId('import-cluster');
  }
}

export interface ImportFields {
  name: string;
  patroniUrl?: string;
  etcd?: { endpoints: string; scope: string };
  haproxy?: { readWrite?: string; readOnly?: string; statsUrl?: string };
  database?: { username: string; password: string; database?: string };
}

/** The import form: `/clusters/import`. */
export class ImportClusterPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/clusters/import');
    await expect(this.form).toBeVisible();
  }

  get form(): Locator {
    return this.page.getByTestId('import-form');
  }

  get error(): Locator {
    return this.form.getByTestId('error-banner');
  }

  /** A text input by its accessible name (the source switch's radio buttons share words with the fields). */
  field(label: string): Locator {
    return this.form.getByRole('textbox', { name: label, exact: true });
  }

  get password(): Locator {
    return this.form.getByLabel('Password', { exact: true });
  }

  async fill(fields: ImportFields): Promise<void> {
    await this.field('Name').fill(fields.name);
    if (fields.etcd) {
      await this.form.getByText('etcd endpoints + scope').click();
      await this.field('etcd endpoints').fill(fields.etcd.endpoints);
      await this.field('Scope').fill(fields.etcd.scope);
    } else {
      await this.field('Patroni REST URL').fill(fields.patroniUrl ?? '');
    }
    if (fields.haproxy?.readWrite) await this.field('Read-write').fill(fields.haproxy.readWrite);
    if (fields.haproxy?.readOnly) await this.field('Read-only').fill(fields.haproxy.readOnly);
    if (fields.haproxy?.statsUrl) await this.field('Stats URL').fill(fields.haproxy.statsUrl);
    if (fields.database) {
      await this.field('User').fill(fields.database.username);
      await this.password.fill(fields.database.password);
      if (fields.database.database) await this.field('Database').fill(fields.database.database);
    }
  }

  async submit(): Promise<void> {
    await this.form.getByRole('button', { name: 'Import cluster' }).click();
  }
}
