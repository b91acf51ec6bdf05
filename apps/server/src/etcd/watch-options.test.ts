import { describe, expect, it } from 'vitest';
import { etcd3Options } from './watch.js';

// A cluster with verification turned off on the open lab once left its etcd watch "starting" for
// good: gRPC spoke TLS to etcd's plain port.
describe('etcd3Options', () => {
  const tls = { ca: '-----BEGIN CERTIFICATE-----', verify: false };

  it('opens a plain channel to an http:// etcd whatever the TLS settings', () => {
    expect(etcd3Options(['http://10.0.0.1:2379'], { tls }).credentials).toBeUndefined();
  });

  it("uses the cluster's CA for an https:// etcd", () => {
    const options = etcd3Options(['https://10.0.0.1:2379'], { tls });
    expect(options.credentials?.rootCertificate?.toString()).toBe(tls.ca);
  });

  it('passes the etcd user either way', () => {
    const login = { username: 'keel', password: 'p' };
    expect(etcd3Options(['http://10.0.0.1:2379'], { login }).auth).toEqual(login);
  });
});
