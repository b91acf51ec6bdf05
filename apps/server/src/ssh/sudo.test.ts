import { describe, expect, it } from 'vitest';
import { allOf, command } from './quote.js';
import { asRoot, sudoRefusal } from './sudo.js';

describe('running as root', () => {
  const install = allOf(command('apt-get', 'update'), command('apt-get', 'install', '-y', 'etcd-server'));

  it('runs as it is for root, through sudo -n for passwordless sudo', () => {
    expect(asRoot(install, { as: 'root' })).toEqual({ command: install, stdinPrefix: '' });
    const { command: c, stdinPrefix } = asRoot(install, { as: 'sudo' });
    expect(c.argv).toEqual(['sudo', '-n', '--', 'sh', '-c', install.line]);
    expect(stdinPrefix).toBe('');
  });

  it('gives the sudo password on stdin, never on the command line', () => {
    const password = "s3cret 'pw' $(x)";
    const { command: c, stdinPrefix } = asRoot(install, { as: 'sudo-password', password });
    expect(c.line).not.toContain('s3cret');
    expect(c.argv.slice(0, 6)).toEqual(['sudo', '-k', '-S', '-p', '', '--']);
    expect(stdinPrefix).toBe(`${password}\n`);
  });

  it('says what to fix for each refusal', () => {
    const say = (code: number, stderr: string, hasPassword = false) =>
      sudoRefusal('deploy', 'pg1 (10.0.0.11:22)', code, stderr, hasPassword);
    expect(say(127, 'sh: 1: sudo: not found')).toMatch(/sudo is not installed there: install sudo/);
    expect(say(1, 'deploy is not in the sudoers file.  This incident will be reported.')).toMatch(
      /may not use sudo: add deploy to sudoers/,
    );
    expect(say(1, 'sudo: a password is required')).toMatch(
      /needs a password for sudo: store it with the SSH credential, or allow deploy passwordless sudo/,
    );
    expect(say(1, 'sudo: 1 incorrect password attempt', true)).toMatch(/refused the sudo password stored/);
  });
});
