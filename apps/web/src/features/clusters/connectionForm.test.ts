import { describe, expect, it } from 'vitest';
import { connectionFormFrom, connectionPatch, validateConnectionForm } from './connectionForm.js';
import { clusterDetail } from './testData.js';

const lab = clusterDetail();
const form = (changes: Partial<ReturnType<typeof connectionFormFrom>>) => ({
  ...connectionFormFrom(lab),
  ...changes,
});

describe('connection settings form', () => {
  it('starts from what Keel holds and sends nothing when nothing changed', () => {
    expect(connectionFormFrom(lab).etcdEndpoints).toBe('http://pg1:2379');
    expect(connectionFormFrom(lab).patroniUrls).toEqual({
      pg1: 'http://pg1:8008',
      pg2: 'http://pg2:8008',
      pg3: 'http://pg3:8008',
    });
    expect(connectionPatch(lab, connectionFormFrom(lab))).toBeNull();
  });

  it('sends only what changed', () => {
    const values = form({
      etcdEndpoints: 'http://a:2379, http://b:2379',
      patroniUrls: { pg1: 'http://pg1:8008', pg2: ' http://10.0.0.12:8008 ', pg3: 'http://pg3:8008' },
    });
    expect(connectionPatch(lab, values)).toEqual({
      etcdEndpoints: ['http://a:2379', 'http://b:2379'],
      patroniUrls: { pg2: 'http://10.0.0.12:8008' },
    });
  });

  it('sends HAProxy whole, leaving out cleared fields', () => {
    expect(connectionPatch(lab, form({ haproxyReadOnly: '' }))).toEqual({
      haproxy: { readWrite: 'lb:5000', statsUrl: 'http://lb:7000/' },
    });
  });

  it('switches the login to a stored one, a new one, or none', () => {
    const id = '9ca91ac6-805b-46c8-9e29-a7f0d6b5fac8';
    expect(connectionPatch(lab, form({ login: id }))).toEqual({ databaseCredentialId: id });
    expect(connectionPatch(lab, form({ login: 'none' }))).toEqual({ database: null });
    expect(connectionPatch(lab, form({ login: 'new', dbUsername: 'keel', dbPassword: ' p w ' }))).toEqual({
      database: { username: 'keel', password: ' p w ' },
    });
  });

  it('says which field is wrong and why, in words', () => {
    const errors = validateConnectionForm(
      form({
        etcdEndpoints: 'http://a:2379 ftp://b',
        patroniUrls: { pg1: '', pg2: 'pg2:8008', pg3: 'http://pg3:8008' },
        haproxyReadWrite: 'lb',
        haproxyReadOnly: 'lb:99999',
        login: 'new',
      }),
    );
    expect(errors).toEqual({
      etcdEndpoints: '“ftp://b” is not an http(s) URL, e.g. http://10.0.0.11:2379.',
      patroniUrls: {
        pg1: 'Enter this member’s Patroni REST URL.',
        pg2: 'Write a URL starting with http:// or https://, e.g. http://10.0.0.11:8008.',
      },
      haproxyReadWrite: 'Write it as host:port, e.g. 10.0.0.10:5000.',
      haproxyReadOnly: 'The port must be between 1 and 65535.',
      dbUsername: 'Enter the user to log in as.',
      dbPassword: 'Enter the password for this user.',
    });
  });
});
