import { rebuildMember, requireLabStatus } from '@keel/lab';
import { expect } from '@playwright/test';
import { labSsh } from '../../apps/server/test/lab.js';

/**
 * Faults made on the lab from outside Keel, as a person at a shell would: through Patroni's own REST API
 * and over SSH. They set up what a spec then watches the dashboard report.
 */

async function patroniUrl(member?: string): Promise<string> {
  const status = await requireLabStatus();
  const host = status.hosts.find((h) => h.patroniUrl && (member === undefined || h.name === member));
  if (!host?.patroniUrl) throw new Error(`no lab Patroni ${member ?? ''}`);
  return host.patroniUrl;
}

/** Maintenance mode set directly on Patroni (not through Keel). */
export async function setPatroniPause(pause: boolean): Promise<void> {
  const res = await fetch(`${await patroniUrl()}/config`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ pause }),
  });
  expect(res.status, await res.text()).toBe(200);
}

/** Promotes a replica's PostgreSQL by hand, behind Patroni's back: it then says "primary" beside the leader. */
export async function promoteByHand(member: string): Promise<void> {
  await labSsh(
    member,
    "su postgres -s /bin/sh -c '/usr/lib/postgresql/15/bin/pg_ctl promote -D /var/lib/postgresql/15/keel-lab'",
  );
}

/** The member's role on its own Patroni REST API. */
export async function patroniRole(member: string): Promise<string | undefined> {
  const res = await fetch(`${await patroniUrl(member)}/patroni`);
  return ((await res.json()) as { role?: string }).role;
}

/** Rebuilds a member from the leader (after a split brain its own timeline must go), and waits for it. */
export async function reinitialize(member: string): Promise<void> {
  await rebuildMember(await patroniUrl(member));
}
