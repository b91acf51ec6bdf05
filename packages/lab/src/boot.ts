// Bringing one host to its wanted state: network, namespaces and overlays, sshd, its
// configuration and services. Used by `up` (all hosts) and `restart NODE` (one host).
import type { LabCredentials } from './credentials.js';
import { thawHost } from './faults.js';
import { hostInitPid, isFrozen, startHost } from './hosts.js';
import { progress } from './log.js';
import { ensureHostNetwork, heal, isPartitioned } from './network.js';
import { prepareHostSsh, waitForSsh } from './ssh.js';
import { startServices, writeHostConfig } from './services.js';
import type { LabState } from './state.js';
import type { HostSpec } from './topology.js';

export async function bootHost(
  host: HostSpec,
  state: LabState,
  credentials: LabCredentials,
  { etcdOnly = false } = {},
): Promise<void> {
  await ensureHostNetwork(host);
  if (isPartitioned(host.name)) {
    progress(`${host.name}: healing its partition`);
    await heal(host.name);
  }
  const running = hostInitPid(host.name);
  if (running && isFrozen(running)) {
    progress(`${host.name}: thawing`);
    thawHost(host.name);
  }
  if (!running) {
    await startHost(host);
    progress(`${host.name}: booted (${host.address})`);
  }
  await prepareHostSsh(host);
  await writeHostConfig(host, state, credentials, { etcdOnly });
  const started = await startServices(host);
  progress(`${host.name}: ${started}`);
  await waitForSsh(host);
}
