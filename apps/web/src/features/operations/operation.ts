/** An operation the page can ask for, with the member it is about. */
export type Operation =
  | { kind: 'switchover'; candidate?: string }
  | { kind: 'failover'; candidate: string; force: boolean }
  | { kind: 'restart'; member?: string }
  | { kind: 'reinitialize'; member: string }
  | { kind: 'reload'; member?: string }
  | { kind: 'pause' }
  | { kind: 'resume' };

export type OperationKind = Operation['kind'];

/** One kind of operation, narrowed: what its own describer or check takes. */
export type OperationOf<K extends OperationKind> = Extract<Operation, { kind: K }>;

/** Choices made in the dialog, beyond the operation itself. */
export interface OperationOptions {
  candidate?: string;
  /** ISO UTC time, for switchover and restart. */
  scheduledAt?: string;
  pendingOnly?: boolean;
  switchoverFirst?: boolean;
  /** What the operator typed to confirm a forced failover (the cluster's name). */
  confirm?: string;
}

export type { Check } from '@keel/shared';

/** The body of the operation's request, with only what applies to it. */
export function requestBody(operation: Operation, options: OperationOptions): Record<string, unknown> {
  const when = options.scheduledAt !== undefined ? { scheduledAt: options.scheduledAt } : {};
  switch (operation.kind) {
    case 'switchover': {
      const candidate = options.candidate ?? operation.candidate;
      return { ...(candidate !== undefined && candidate !== '' && { candidate }), ...when };
    }
    case 'failover':
      return operation.force
        ? { candidate: operation.candidate, force: true, confirm: options.confirm ?? '' }
        : { candidate: operation.candidate };
    case 'restart':
      return {
        ...(operation.member !== undefined && { member: operation.member }),
        ...(options.pendingOnly === true && { pendingOnly: true }),
        ...(operation.member === undefined && options.switchoverFirst === true && { switchoverFirst: true }),
        ...when,
      };
    case 'reinitialize':
      return { member: operation.member };
    case 'reload':
      return operation.member !== undefined ? { member: operation.member } : {};
    case 'pause':
    case 'resume':
      return {};
  }
}

/** Whether the dialog offers a time to run it at: the server schedules switchovers and restarts. */
export const canSchedule = (operation: Operation): boolean =>
  operation.kind === 'switchover' || operation.kind === 'restart';
