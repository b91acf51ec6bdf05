// The fault commands of the CLI: check the host, act, say what happened.
import { bootHost } from './boot.js';
import { readCredentials } from './credentials.js';
import { crashHost, freezeHost, healHost, partitionHost, thawHost } from './faults.js';
import { hostState } from './hosts.js';
import { progress } from './log.js';
import { readState } from './state.js';
import { hostSpec, type HostName } from './topology.js';

export type FaultCommand = 'crash' | 'restart' | 'freeze' | 'thaw' | 'partition' | 'heal';

export async function runFault(command: FaultCommand, name: HostName): Promise<void> {
  const state = readState();
  const credentials = readCredentials();
  if (!state || !credentials) throw new Error('the lab is not up: run `pnpm lab up` first');
  const before = hostState(name);
  switch (command) {
    case 'crash':
      await crashHost(name);
      progress(
        `${name}: crashed (every process killed with SIGKILL); bring it back with \`pnpm lab restart ${name}\``,
      );
      return;
    case 'restart':
      if (before === 'running') progress(`${name}: already running; starting any stopped service`);
      await bootHost(hostSpec(name), state, credentials);
      progress(`${name}: running`);
      return;
    case 'freeze':
      await freezeHost(name);
      progress(`${name}: frozen (SIGSTOP to every process); \`pnpm lab thaw ${name}\` resumes it`);
      return;
    case 'thaw':
      if (before !== 'frozen') progress(`${name}: was ${before}`);
      thawHost(name);
      progress(`${name}: thawed`);
      return;
    case 'partition':
      await partitionHost(name);
      progress(`${name}: cut off the network; \`pnpm lab heal ${name}\` restores it`);
      return;
    case 'heal':
      await healHost(name);
      progress(`${name}: network restored`);
      return;
  }
}
