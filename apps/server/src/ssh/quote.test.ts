import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { allOf, command, quoteArg } from './quote.js';

const dir = mkdtempSync(join(tmpdir(), 'keel-quote-'));
const marker = join(dir, 'owned');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What a real POSIX shell receives as arguments for the command line. */
const argvSeenBySh = (line: string): string[] =>
  JSON.parse(
    execFileSync('/bin/sh', ['-c', `${line}`], { encoding: 'utf8', env: { PATH: process.env.PATH } }),
  ) as string[];

const printArgs = `process.stdout.write(JSON.stringify(process.argv.slice(1)))`;

describe('commands from arguments', () => {
  const hostile = [
    `pg1; touch ${marker}`,
    `$(touch ${marker})`,
    `\`touch ${marker}\``,
    `x' ; touch ${marker}; echo '`,
    `a"b$HOME\\n`,
    `line\ntouch ${marker}`,
    `&& touch ${marker} ||`,
    `> ${marker}`,
    '*',
    '',
    `-rf`,
    `ünïcödé ☃`,
  ];

  it('hands every hostile word to the program as one argument, unchanged, running nothing', () => {
    const c = command(process.execPath, '-e', printArgs, ...hostile);
    expect(argvSeenBySh(c.line)).toEqual(hostile);
    expect(existsSync(marker)).toBe(false);
  });

  it('keeps each command of a sequence whole, and stops at the first failure', () => {
    const c = allOf(command('true'), command(process.execPath, '-e', printArgs, `; touch ${marker}`));
    expect(argvSeenBySh(c.line)).toEqual([`; touch ${marker}`]);
    expect(() =>
      execFileSync('/bin/sh', ['-c', allOf(command('false'), command('touch', marker)).line]),
    ).toThrow();
    expect(existsSync(marker)).toBe(false);
  });

  it('leaves plain words readable and quotes the rest', () => {
    expect(command('systemctl', 'restart', 'patroni@main.service').line).toBe(
      'systemctl restart patroni@main.service',
    );
    expect(quoteArg("it's")).toBe(`'it'\\''s'`);
    expect(quoteArg('')).toBe(`''`);
    expect(command('chmod', (0o640).toString(8), '/etc/x').line).toBe('chmod 640 /etc/x');
  });

  it('refuses what no shell argument can carry', () => {
    expect(() => quoteArg('a\0b')).toThrow(/NUL/);
    expect(() => command('')).toThrow(/program/);
  });
});
