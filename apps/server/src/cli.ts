#!/usr/bin/env node
// `keel <command>`: the installed program's one entry (bin/keel in the prefix, ExecStart in keel.service).
const commands: Record<string, { about: string; run: (args: string[]) => Promise<void> }> = {
  serve: {
    about: 'run the server (configuration from the environment: /etc/keel/keel.env when installed)',
    run: async () => {
      await import('./server.js');
    },
  },
  backup: {
    about: 'write a consistent copy of the database while Keel runs: keel backup [FILE]',
    run: async (args) => (await import('./cli/backup.js')).backupCommand(args),
  },
  'rotate-key': {
    about: 're-encrypt every stored secret under a new key (stop the server first)',
    run: async () => (await import('./cli/rotate-key.js')).rotateKeyCommand(),
  },
};

// Native addons (better-sqlite3) are built for Keel's own Node.js (package.json `engines`,
// scripts/node-runtime); under another major they fail deep inside with an unhelpful error.
const nodeMajor = 24;
if (Number(process.versions.node.split('.')[0]) !== nodeMajor) {
  console.error(
    `keel: needs Node.js ${nodeMajor}, this is ${process.version} (${process.execPath}); ` +
      'run it with /opt/keel/node/bin/node, or bin/keel in the install',
  );
  process.exit(1);
}

const [name = 'serve', ...args] = process.argv.slice(2);
const command = commands[name];
if (!command) {
  const known = Object.entries(commands).map(([n, c]) => `  ${n.padEnd(11)} ${c.about}`);
  console.error([`usage: keel <command>`, ...known].join('\n'));
  process.exitCode = name === 'help' || name === '--help' ? 0 : 2;
} else {
  command.run(args).catch((error: unknown) => {
    console.error(`keel ${name}: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
