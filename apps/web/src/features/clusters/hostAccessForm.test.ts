import { describe, expect, it } from 'vitest';
import { hostAccessFormFrom, hostAccessPatch, hostAccessPortProblem } from './hostAccessForm.js';

const access = {
  credentialId: '00000000-0000-4000-8000-000000000001',
  credentialName: 'ops key',
  username: 'root',
  port: 22,
  trustOnFirstUse: false,
};

describe('host access form', () => {
  it('sends nothing when nothing changed, null to remove, the whole access when one field changed', () => {
    expect(hostAccessPatch(access, hostAccessFormFrom(access))).toBeUndefined();
    expect(hostAccessPatch(null, hostAccessFormFrom(null))).toBeUndefined();
    expect(hostAccessPatch(access, { ...hostAccessFormFrom(access), credentialId: '' })).toBeNull();
    expect(hostAccessPatch(access, { ...hostAccessFormFrom(access), port: '2222' })).toEqual({
      credentialId: access.credentialId,
      port: 2222,
      trustOnFirstUse: false,
    });
  });

  it('explains a bad port', () => {
    expect(hostAccessPortProblem({ credentialId: 'x', port: '70000', trustOnFirstUse: false })).toMatch(
      /1 to 65535/,
    );
    expect(
      hostAccessPortProblem({ credentialId: '', port: 'nonsense', trustOnFirstUse: false }),
    ).toBeUndefined();
  });
});
