import { describeFailover, describeSwitchover } from './describeHandover.js';
import { describePause, describeReload, describeResume } from './describeMaintenance.js';
import { describeReinitialize, describeRestart } from './describeRestarts.js';
import type { Operation, OperationOptions } from './operation.js';
import type { OperationCluster, OperationText } from './operationText.js';

/** Exactly what an operation will do to this cluster, for its confirmation dialog. */
export function describeOperation(
  op: Operation,
  cluster: OperationCluster,
  options: OperationOptions,
): OperationText {
  switch (op.kind) {
    case 'switchover':
      return describeSwitchover(op, cluster, options);
    case 'failover':
      return describeFailover(op, cluster);
    case 'restart':
      return describeRestart(op, cluster, options);
    case 'reinitialize':
      return describeReinitialize(op, cluster);
    case 'reload':
      return describeReload(op, cluster);
    case 'pause':
      return describePause(cluster);
    case 'resume':
      return describeResume(cluster);
  }
}
