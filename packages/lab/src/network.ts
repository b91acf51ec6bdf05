// The lab's network: one bridge on the machine, one network namespace per host joined to
// it by a veth pair. No default route in the hosts: they reach only each other and the
// machine's bridge address.
import { existsSync, readFileSync } from 'node:fs';
import { bridgeConflict } from './bridge-conflict.js';
import { run } from './exec.js';
import { BRIDGE, HOSTS, netnsName, vethName, type HostSpec, type HostName } from './topology.js';

function linkExists(name: string): boolean {
  return existsSync(`/sys/class/net/${name}`);
}

function linkIsUp(name: string): boolean {
  try {
    // IFF_UP is bit 0 of the interface flags.
    return (Number.parseInt(readFileSync(`/sys/class/net/${name}/flags`, 'utf8'), 16) & 1) === 1;
  } catch {
    return false;
  }
}

const ip = (...args: string[]) => run('ip', args);

export async function ensureBridge(): Promise<void> {
  const conflict = bridgeConflict(BRIDGE, (await ip('-o', '-4', 'addr', 'show')).stdout);
  if (conflict) throw new Error(conflict);
  if (!linkExists(BRIDGE.name)) await ip('link', 'add', BRIDGE.name, 'type', 'bridge');
  const { stdout } = await ip('-o', '-4', 'addr', 'show', 'dev', BRIDGE.name);
  if (!stdout.includes(`${BRIDGE.address}/${BRIDGE.prefix}`)) {
    await ip('addr', 'add', `${BRIDGE.address}/${BRIDGE.prefix}`, 'dev', BRIDGE.name);
  }
  if (!linkIsUp(BRIDGE.name)) await ip('link', 'set', BRIDGE.name, 'up');
}

/** Creates the host's namespace and veth if missing. Does not heal a partition. */
export async function ensureHostNetwork(host: HostSpec): Promise<void> {
  const netns = netnsName(host.name);
  const veth = vethName(host.name);
  if (!existsSync(`/run/netns/${netns}`)) await ip('netns', 'add', netns);
  if (!linkExists(veth)) {
    await ip('link', 'add', veth, 'type', 'veth', 'peer', 'name', 'eth0', 'netns', netns);
    await ip('link', 'set', veth, 'master', BRIDGE.name);
    await ip('link', 'set', veth, 'up');
  }
  const { stdout } = await ip('-n', netns, '-o', '-4', 'addr', 'show', 'dev', 'eth0');
  if (!stdout.includes(`${host.address}/${BRIDGE.prefix}`)) {
    await ip('-n', netns, 'addr', 'add', `${host.address}/${BRIDGE.prefix}`, 'dev', 'eth0');
  }
  await ip('-n', netns, 'link', 'set', 'lo', 'up');
  await ip('-n', netns, 'link', 'set', 'eth0', 'up');
}

/**
 * A partition takes the bridge side of the host's veth down: the host loses every peer
 * at once (other hosts, HAProxy, the machine) while its processes keep running.
 */
export async function partition(name: HostName): Promise<void> {
  await ip('link', 'set', vethName(name), 'down');
}

export async function heal(name: HostName): Promise<void> {
  await ip('link', 'set', vethName(name), 'up');
}

export function isPartitioned(name: HostName): boolean {
  return linkExists(vethName(name)) && !linkIsUp(vethName(name));
}

export function hostNetworkExists(name: HostName): boolean {
  return existsSync(`/run/netns/${netnsName(name)}`) && linkExists(vethName(name));
}

/** Removes every link and namespace of the lab; processes must be gone first. */
export async function removeNetwork(): Promise<void> {
  for (const host of HOSTS) {
    if (linkExists(vethName(host.name)))
      await run('ip', ['link', 'del', vethName(host.name)], { allowFailure: true });
    if (existsSync(`/run/netns/${netnsName(host.name)}`)) {
      await run('ip', ['netns', 'del', netnsName(host.name)], { allowFailure: true });
    }
  }
  if (linkExists(BRIDGE.name)) await run('ip', ['link', 'del', BRIDGE.name], { allowFailure: true });
}
