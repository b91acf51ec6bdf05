/**
 * What runs on a host is built here and only here: a program and its arguments, each quoted for a POSIX
 * shell by `quoteArg`. Nothing given by an operator or found on a host (a host name, a user, a parameter)
 * is ever pasted into a command line, so a value like `x; touch /tmp/owned` stays one argument.
 */
export interface ShellCommand {
  /** The words as given, unquoted: for messages and tests. */
  readonly argv: readonly string[];
  /** The command line a shell runs: every word quoted. */
  readonly line: string;
}

/** Words a shell reads as they are: no quoting needed (keeps logged commands readable). */
const plainWord = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** One argument for a POSIX shell: single-quoted unless it is plain; a `'` inside becomes `'\''`. */
export function quoteArg(value: string): string {
  if (value.includes('\0')) throw new Error('A command argument cannot contain a NUL byte');
  if (value !== '' && plainWord.test(value)) return value;
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/** `program arg…`, each word quoted. Numbers are written in decimal. */
export function command(program: string, ...args: readonly (string | number)[]): ShellCommand {
  if (program === '') throw new Error('A command needs a program');
  const argv = [program, ...args.map(String)];
  return { argv, line: argv.map(quoteArg).join(' ') };
}

/** Runs the commands one after another while each succeeds (`a && b`), as one command line. */
export function allOf(...commands: readonly ShellCommand[]): ShellCommand {
  if (commands.length === 0) throw new Error('allOf needs at least one command');
  return {
    argv: commands.flatMap((c, i) => (i === 0 ? c.argv : ['&&', ...c.argv])),
    line: commands.map((c) => c.line).join(' && '),
  };
}

/** `command` with its standard output thrown away (uploads pipe file contents through `tee`). */
export function quietly(c: ShellCommand): ShellCommand {
  return { argv: [...c.argv, '>', '/dev/null'], line: `${c.line} > /dev/null` };
}
