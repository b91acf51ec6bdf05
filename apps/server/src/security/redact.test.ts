import { describe, expect, it } from 'vitest';
import { redact } from './redact.js';

describe('redact', () => {
  it('removes secrets at any depth and keeps the rest', () => {
    expect(
      redact({
        name: 'lab',
        database: { username: 'postgres', password: 'hunter2' },
        privateKey: '-----BEGIN',
        list: [{ passphrase: 'x', keep: 1 }],
      }),
    ).toEqual({
      name: 'lab',
      database: { username: 'postgres', password: '[redacted]' },
      privateKey: '[redacted]',
      list: [{ passphrase: '[redacted]', keep: 1 }],
    });
  });
});
