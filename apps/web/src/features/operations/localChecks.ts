import { healthyLeader, type Check } from '@keel/shared';
import type { Operation } from './operation.js';
import { memberNamed, type OperationCluster } from './operationText.js';

/**
 * Checks the page can make from the state it shows, for operations without a server pre-check (the
 * switchover has its own endpoint). They only mirror what the server refuses; it decides.
 */
export function localChecks(op: Operation, cluster: OperationCluster): Check[] {
  const alive = healthyLeader(cluster);
  const reachable = (name: string): Check => {
    const m = memberNamed(cluster, name);
    return {
      name: `${name} answers`,
      ok: m?.reachable === true,
      detail:
        m === undefined
          ? `no member "${name}"`
          : m.reachable
            ? `${name} is ${m.state}`
            : `${name} is unreachable`,
    };
  };
  switch (op.kind) {
    case 'switchover':
      return [];
    case 'failover': {
      const checks = [reachable(op.candidate)];
      if (alive && op.candidate === alive.name) {
        checks.push({
          name: 'Candidate is not the leader',
          ok: false,
          detail: `${alive.name} already leads`,
        });
      } else if (alive) {
        checks.push({
          name: op.force ? 'Forced past a healthy leader' : 'No healthy leader',
          ok: op.force,
          detail: op.force
            ? `${alive.name} leads and answers: it will be demoted without a hand-over`
            : `${alive.name} leads and answers: use a switchover`,
        });
      } else {
        checks.push({
          name: 'No healthy leader',
          ok: true,
          detail: cluster.leader
            ? `${cluster.leader} does not answer as leader`
            : 'no member holds the leader key',
        });
      }
      return checks;
    }
    case 'restart':
      if (op.member !== undefined) return [reachable(op.member)];
      return [
        {
          name: 'Healthy leader',
          ok: alive !== undefined,
          detail: alive ? `${alive.name} leads` : 'a rolling restart needs a healthy leader',
        },
      ];
    case 'reinitialize':
      return [
        reachable(op.member),
        {
          name: 'Member is a replica',
          ok: op.member !== cluster.leader,
          detail:
            op.member === cluster.leader ? `${op.member} is the leader` : `${op.member} is not the leader`,
        },
        {
          name: 'Healthy leader to copy from',
          ok: alive !== undefined,
          detail: alive ? `${alive.name} leads` : 'no healthy leader',
        },
      ];
    case 'reload':
      return op.member === undefined ? [] : [reachable(op.member)];
    case 'pause':
      return [
        {
          name: 'Not paused yet',
          ok: !cluster.paused,
          detail: cluster.paused ? 'already paused' : 'Patroni is in charge',
        },
      ];
    case 'resume':
      return [
        {
          name: 'Paused',
          ok: cluster.paused,
          detail: cluster.paused ? 'maintenance mode is on' : 'not paused',
        },
      ];
  }
}
