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

  it('leaves formats to the server', () => {
    expect(validateImportForm(form({ name: 'not a valid name!', patroniUrl: 'nonsense' }))).toEqual({});
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
