import type { DrillReport } from '@keel/shared';
import { formatDateTime } from '../../../lib/formatTime.js';
import { Badge } from '../../../ui/Badge.js';
import { KeyValueList } from '../../../ui/KeyValueList.js';
import { Table } from '../../../ui/Table.js';
import { drillEventLabel, drillKindInfo, seconds } from '../drillKinds.js';
import { DrillTimelineChart } from './DrillTimelineChart.js';
import './DrillReportView.css';

/** A drill's report: the figures a change ticket needs, the timeline, the bound and the warnings. */
export function DrillReportView({ report }: { report: DrillReport }) {
  const lost = report.writes.lost;
  return (
    <div className="drill-report" data-testid="drill-report">
      <div className="drill-report__figures">
        <Figure
          label="Write downtime"
          value={seconds(report.writeDowntimeMs)}
          testId="drill-write-downtime"
        />
        <Figure label="Read downtime" value={seconds(report.readDowntimeMs)} />
        <Figure
          label="Acknowledged writes lost"
          value={`${lost} of ${report.writes.acknowledged}`}
          tone={lost === 0 ? 'ok' : 'critical'}
          testId="drill-lost"
        />
        <Figure
          label="Bound from the settings"
          value={seconds(report.bound.ms)}
          tone={report.bound.within === false ? 'warn' : undefined}
        />
      </div>
      <p className="drill-report__bound">
        {report.bound.within === null ? null : report.bound.within ? (
          <Badge tone="ok">within the bound</Badge>
        ) : (
          <Badge tone="warn">beyond the bound</Badge>
        )}{' '}
        {report.bound.explanation}
      </p>
      {report.warnings.map((w) => (
        <p key={w} className="drill-report__warning" role="note">
          {w}
        </p>
      ))}
      <DrillTimelineChart report={report} />
      <Table
        label="Drill events"
        rows={report.events.map((e, i) => ({ ...e, n: i + 1 }))}
        rowKey={(e) => e.name}
        columns={[
          { id: 'n', header: '#', cell: (e) => e.n, numeric: true, width: 32 },
          { id: 'event', header: 'Event', cell: (e) => drillEventLabel[e.name] },
          { id: 'offset', header: 'After the fault', cell: (e) => `+${seconds(e.offsetMs)}`, numeric: true },
          { id: 'detail', header: 'What Keel saw', cell: (e) => e.detail },
        ]}
      />
      <KeyValueList
        items={[
          { label: 'Fault', value: `${drillKindInfo[report.kind].label} on ${report.oldLeader}` },
          { label: 'Injected at', value: formatDateTime(report.faultAt) },
          { label: 'New leader', value: report.newLeader ?? `${report.oldLeader} again` },
          { label: 'Detect', value: seconds(report.split.detectMs), mono: true },
          { label: 'Elect', value: seconds(report.split.electMs), mono: true },
          { label: 'Promote', value: seconds(report.split.promoteMs), mono: true },
          { label: 'Route', value: seconds(report.split.routeMs), mono: true },
          { label: 'Rejoin', value: seconds(report.split.rejoinMs), mono: true },
          {
            label: 'Lost sequence numbers',
            value: lost === 0 ? 'none' : report.writes.lostSeqs.join(', '),
            mono: true,
          },
          {
            label: 'Lost WAL',
            value: report.writes.lostWalBytes === null ? '—' : `${report.writes.lostWalBytes} bytes`,
            mono: true,
          },
          {
            label: 'Patroni timings',
            value: `ttl ${report.timings.ttl ?? '?'} s, loop_wait ${report.timings.loopWait ?? '?'} s, retry_timeout ${report.timings.retryTimeout ?? '?'} s, synchronous_mode ${report.timings.synchronousMode ?? 'off'}`,
          },
          { label: 'Patroni', value: report.timings.patroniVersion ?? 'unknown', mono: true },
        ]}
      />
    </div>
  );
}

function Figure({
  label,
  value,
  tone,
  testId,
}: {
  label: string;
  value: string;
  tone?: 'ok' | 'warn' | 'critical' | undefined;
  testId?: string;
}) {
  return (
    <div className="drill-report__figure" data-tone={tone} data-testid={testId}>
      <span className="drill-report__figure-label">{label}</span>
      <span className="drill-report__figure-value">{value}</span>
    </div>
  );
}
