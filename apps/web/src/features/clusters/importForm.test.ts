import { describe, expect, it } from 'vitest';
import { emptyImportForm, toImportRequest, validateImportForm, type ImportFormValues } from './importForm.js';

const form = (values: Partial<ImportFormValues>): ImportFormValues => ({ ...emptyImportForm, ...values });

describe('validateImportForm', () => {
  it('asks for what is missing for the chosen source only', () => {
    expect(Object.keys(validateImportForm(form({})))).toEqual(['name', 'patroniUrl']);
    expect(Object.keys(validateImportForm(form({ name: 'a', source: 'etcd' })))).toEqual([
      'etcdEndpoints',
      'etcdScope',
    ]);
  });

  it('checks the formats the API checks, saying each in words for its field', () => {
    expect(
      validateImportForm(
        form({ name: 'not a valid name!', patroniUrl: 'nonsense', haproxyReadWrite: '10.0.0.10' }),
      ),
    ).toEqual({
      name: 'Use letters, digits, dot, dash and underscore only, starting with a letter or digit.',
      patroniUrl: 'Write a URL starting with http:// or https://, e.g. http://10.0.0.11:8008.',
      haproxyReadWrite: 'Write it as host:port, e.g. 10.0.0.10:5000.',
    });
    expect(validateImportForm(form({ name: 'orders-prod.1', patroniUrl: 'http://10.0.0.11:8008' }))).toEqual(
      {},
    );
  });

  it('says nothing about etcd when the Patroni URL is the source', () => {
    const errors = validateImportForm(form({ name: 'a', etcdEndpoints: 'ftp://x' }));
    expect(Object.keys(errors)).toEqual(['patroniUrl']);
  });

  it('takes a stored login instead of one typed here', () => {
    const id = '9ca91ac6-805b-46c8-9e29-a7f0d6b5fac8';
    const values = form({
      name: 'a',
      patroniUrl: 'http://x:8008',
      dbCredentialId: id,
      dbUsername: 'ignored',
    });
    expect(validateImportForm(values)).toEqual({});
    expect(toImportRequest(values)).toEqual({
      name: 'a',
      patroniUrl: 'http://x:8008',
      databaseCredentialId: id,
    });
  });

  it('wants a database login whole or not at all', () => {
    expect(validateImportForm(form({ name: 'a', patroniUrl: 'x', dbUsername: 'keel' }))).toHaveProperty(
      'dbPassword',
    );
    expect(validateImportForm(form({ name: 'a', patroniUrl: 'x', dbPassword: 'secret' }))).toHaveProperty(
      'dbUsername',
    );
  });
});

describe('toImportRequest', () => {
  it('sends a Patroni import with only the fields given', () => {
    expect(toImportRequest(form({ name: ' lab ', patroniUrl: ' http://10.0.0.11:8008 ' }))).toEqual({
      name: 'lab',
      patroniUrl: 'http://10.0.0.11:8008',
    });
  });

  it('sends an etcd import with its endpoints split, HAProxy and the login', () => {
    const request = toImportRequest(
      form({
        name: 'lab',
        source: 'etcd',
        patroniUrl: 'http://ignored:8008',
        etcdEndpoints: 'http://a:2379, http://b:2379\nhttp://c:2379',
        etcdScope: 'keel-lab',
        haproxyReadWrite: '10.0.0.10:5000',
        dbUsername: 'keel',
        dbPassword: ' pass word ',
      }),
    );
    expect(request).toEqual({
      name: 'lab',
      etcd: { endpoints: ['http://a:2379', 'http://b:2379', 'http://c:2379'], scope: 'keel-lab' },
      haproxy: { readWrite: '10.0.0.10:5000' },
      database: { username: 'keel', password: ' pass word ' },
    });
  });
});
