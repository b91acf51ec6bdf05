import { bestCandidate, formatBytes, type ClusterDetail, type Job } from '@keel/shared';
import { useState } from 'react';
import { localToIsoUtc, toLocalInput } from '../../../lib/localTime.js';
import { useNow } from '../../../lib/useNow.js';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.js';
import { ErrorBanner } from '../../../ui/ErrorBanner.js';
import { CheckboxField, SelectField, TextField } from '../../../ui/Field.js';
import { describeOperation } from '../describeOperation.js';
import { localChecks } from '../localChecks.js';
import { useStartOperation, useSwitchoverPrecheck } from '../hooks.js';
import { canSchedule, type Operation, type OperationOptions } from '../operation.js';
import { scheduleError, suggestedTime } from '../schedule.js';
import { PrecheckList } from './PrecheckList.js';
import { ScheduleField } from './ScheduleField.js';
import './OperationDialog.css';

interface OperationDialogProps {
  cluster: ClusterDetail;
  operation: Operation;
  onClose: () => void;
  onStarted: (job: Job) => void;
}

/** The candidate the dialog starts with: the one asked for, else the one the server would pick. */
function firstCandidate(cluster: ClusterDetail, operation: Operation): string {
  if (operation.kind === 'switchover') return operation.candidate ?? bestCandidate(cluster)?.name ?? '';
  if (operation.kind === 'failover') return operation.candidate;
  return '';
}

/**
 * Confirms one operation: says exactly what will happen, shows the pre-checks before anything is sent, takes
 * the few choices the operation has (candidate, time, options), and starts it. Mounted only while open.
 */
export function OperationDialog({ cluster, operation, onClose, onStarted }: OperationDialogProps) {
  const now = useNow();
  const [candidate, setCandidate] = useState(() => firstCandidate(cluster, operation));
  const [scheduled, setScheduled] = useState(false);
  const [when, setWhen] = useState(() => toLocalInput(suggestedTime(new Date())));
  const [pendingOnly, setPendingOnly] = useState(false);
  const [switchoverFirst, setSwitchoverFirst] = useState(false);
  const [typed, setTyped] = useState('');
  const start = useStartOperation(cluster.id);

  const effective: Operation =
    operation.kind === 'failover'
      ? { ...operation, candidate }
      : operation.kind === 'switchover'
        ? { kind: 'switchover', candidate }
        : operation;
  const isSwitchover = effective.kind === 'switchover';
  const precheck = useSwitchoverPrecheck(cluster.id, candidate || undefined, isSwitchover);
  const checks = isSwitchover ? precheck.data?.checks : localChecks(effective, cluster);

  const scheduleProblem = scheduled ? scheduleError(when, now) : undefined;
  const options: OperationOptions = {
    ...(candidate !== '' && { candidate }),
    ...(scheduled && { scheduledAt: localToIsoUtc(when) ?? undefined }),
    pendingOnly,
    switchoverFirst,
    confirm: typed,
  };
  const text = describeOperation(effective, cluster, options);
  const typedOk = text.typeToConfirm === undefined || typed === text.typeToConfirm;
  const checksOk = checks !== undefined && checks.every((c) => c.ok);
  const blocked = !checksOk || !typedOk || scheduleProblem !== undefined;

  // A switchover hands the role to another member: the leader itself is no candidate.
  const candidates = [...cluster.members]
    .filter((m) => operation.kind !== 'switchover' || m.name !== cluster.leader)
    .sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }));
  const critical = cluster.health.reasons.filter((r) => r.level === 'critical');
  const chooseCandidate =
    (operation.kind === 'switchover' && operation.candidate === undefined) ||
    (operation.kind === 'failover' && operation.candidate === '');

  return (
    <ConfirmDialog
      open
      title={text.title}
      confirmLabel={text.confirmLabel}
      tone={text.tone}
      size="lg"
      busy={start.isPending}
      confirmDisabled={blocked}
      onCancel={onClose}
      onConfirm={() =>
        start.mutate({ operation: effective, options }, { onSuccess: (job) => onStarted(job) })
      }
      footer={start.isError && <ErrorBanner title="The operation was not started" error={start.error} />}
    >
      <ol className="operation__effects" data-testid="operation-effects">
        {text.effects.map((effect) => (
          <li key={effect}>{effect}</li>
        ))}
      </ol>
      {chooseCandidate && (
        <SelectField
          label="Candidate"
          value={candidate}
          onChange={(event) => setCandidate(event.target.value)}
          hint="The member that becomes leader."
          data-testid="candidate-select"
        >
          {candidate === '' && <option value="">Choose a member</option>}
          {candidates.map((m) => (
            <option key={m.name} value={m.name}>
              {m.name} — {m.name === cluster.leader ? 'leader, ' : ''}
              {m.reachable ? m.state : 'unreachable'}
              {m.name !== cluster.leader && m.reachable && m.lagBytes !== null
                ? `, lag ${formatBytes(m.lagBytes)}`
                : ''}
            </option>
          ))}
        </SelectField>
      )}
      {critical.length > 0 && (
        <div className="operation__critical" role="note" data-testid="operation-critical">
          <p className="operation__critical-title">{cluster.name} is critical now:</p>
          <ul>
            {critical.map((r) => (
              <li key={`${r.code}:${r.message}`}>{r.message}</li>
            ))}
          </ul>
        </div>
      )}
      {(checks === undefined || checks.length > 0) && (
        <PrecheckList
          checks={checks}
          source={isSwitchover ? 'from Keel, refreshed every 5 s' : 'from the state on this page'}
          loading={precheck.isPending}
          error={isSwitchover ? precheck.error : undefined}
          onRetry={() => void precheck.refetch()}
        />
      )}
      {(canSchedule(operation) || operation.kind === 'restart' || text.typeToConfirm !== undefined) && (
        <div className="operation__options">
          {operation.kind === 'restart' && (
            <CheckboxField
              label="Only members with a pending restart"
              hint="Others are skipped, e.g. after a configuration change that needs a restart."
              checked={pendingOnly}
              onChange={(event) => setPendingOnly(event.target.checked)}
            />
          )}
          {operation.kind === 'restart' && operation.member === undefined && (
            <CheckboxField
              label="Switch over before restarting the leader"
              hint="The leader is restarted last, as a replica: writes pause only for the switchover."
              checked={switchoverFirst}
              onChange={(event) => setSwitchoverFirst(event.target.checked)}
            />
          )}
          {canSchedule(operation) && (
            <ScheduleField
              enabled={scheduled}
              value={when}
              error={scheduleProblem}
              onEnabledChange={setScheduled}
              onValueChange={setWhen}
            />
          )}
          {text.typeToConfirm !== undefined && (
            <TextField
              label={`Type ${text.typeToConfirm} to confirm`}
              value={typed}
              autoComplete="off"
              mono
              onChange={(event) => setTyped(event.target.value)}
              error={typed !== '' && !typedOk ? `That is not ${text.typeToConfirm}.` : undefined}
              data-testid="type-to-confirm"
            />
          )}
        </div>
      )}
    </ConfirmDialog>
  );
}
