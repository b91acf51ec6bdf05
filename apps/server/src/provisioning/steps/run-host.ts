import type { PlannedHost, ProvisioningPlan } from '../plan.js';
import type { HostShell } from '../../ssh/host-shell.js';
import type { HostFacts } from './facts.js';
import type { HostLayout } from './layout.js';
import type { HostRole } from './packages.js';
import type { HostFile } from './render.js';
import type { PatroniRuntime, ServiceManager } from './services.js';

/** One host as the run knows it after gathering facts. */
export interface Host {
  planned: PlannedHost;
  roles: HostRole[];
  shell: HostShell;
  facts: HostFacts;
  layout: HostLayout;
  patroni: PatroniRuntime;
  services: ServiceManager;
  /** Files this run changed (their services restart when already running). */
  changedFiles: Set<HostFile['service']>;
}

export const unchanged = (what: string) => ({ detail: `unchanged: ${what}` });
export const changed = (what: string[]) => ({ detail: `changed: ${what.join('; ')}` });

/** Every host of the plan once, with the roles it has (the load balancer may be a database host). */
export function hostsOf(plan: ProvisioningPlan): { planned: PlannedHost; roles: HostRole[] }[] {
  const list = plan.databaseHosts.map((h) => ({ planned: h, roles: ['database'] as HostRole[] }));
  const lb = list.find((h) => h.planned.name === plan.loadBalancer.name);
  if (lb) lb.roles.push('load-balancer');
  else list.push({ planned: plan.loadBalancer, roles: ['load-balancer'] });
  return list;
}
