import { command, type ShellCommand } from './quote.js';

/**
 * How commands that need root run for a login: as root itself, through passwordless sudo, or through
 * sudo with the password from the store. The password goes on stdin (`-S`), never on a command line;
 * `-k` makes sudo ask for it every time, so it is never left on stdin for the command to read.
 */
export type Privilege = { as: 'root' } | { as: 'sudo' } | { as: 'sudo-password'; password: string };

/** What to run for `c` as root, and what goes on its stdin before the command's own input. */
export function asRoot(
  c: ShellCommand,
  privilege: Privilege,
): { command: ShellCommand; stdinPrefix: string } {
  if (privilege.as === 'root') return { command: c, stdinPrefix: '' };
  // Through `sh -c` so a compound command (a && b) runs as root as a whole, and a missing program says
  // so the same way (exit 127) with or without sudo.
  const sudo =
    privilege.as === 'sudo'
      ? command('sudo', '-n', '--', 'sh', '-c', c.line)
      : command('sudo', '-k', '-S', '-p', '', '--', 'sh', '-c', c.line);
  return { command: sudo, stdinPrefix: privilege.as === 'sudo-password' ? `${privilege.password}\n` : '' };
}

/** The probe that tells which privilege a login has: `id -u`, then `sudo -n true`. */
export const whoAmI = command('id', '-u');
export const sudoWithoutPassword = command('sudo', '-n', 'true');
export const sudoWithPassword = command('sudo', '-k', '-S', '-p', '', 'true');

/**
 * Why a login cannot become root, from what sudo said, worded as what to fix. `hasPassword`: the store
 * holds a sudo password for this login (so it was tried).
 */
export function sudoRefusal(
  user: string,
  host: string,
  exitCode: number | null,
  stderr: string,
  hasPassword: boolean,
): string {
  const said = stderr.trim();
  if (exitCode === 127 || /sudo: (command )?not found/.test(said))
    return `${user} on ${host} is not root and sudo is not installed there: install sudo and allow ${user} to use it, or log in as root`;
  if (/not in the sudoers file|not allowed to run sudo|may not run sudo/.test(said))
    return `${user} on ${host} may not use sudo: add ${user} to sudoers (the sudo or wheel group) or log in as root`;
  if (/incorrect password|Sorry, try again/.test(said))
    return `sudo on ${host} refused the sudo password stored for ${user}: store the right one with the SSH credential`;
  if (/password is required|a terminal is required/.test(said))
    return hasPassword
      ? `sudo on ${host} still asks ${user} for a password after the stored one was given (${said}): check sudoers for ${user}`
      : `${user} on ${host} needs a password for sudo: store it with the SSH credential, or allow ${user} passwordless sudo (NOPASSWD)`;
  return `${user} on ${host} cannot become root with sudo (exit ${exitCode ?? 'none'}: ${said || 'no message'}): allow ${user} to use sudo, or log in as root`;
}
