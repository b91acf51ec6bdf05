import type { DrillReport } from '@keel/shared';
import { drillEventLabel, seconds } from '../drillKinds.js';
import './DrillTimelineChart.css';

const width = 720;
const height = 96;
const pad = 24;

/**
 * The drill as a line in time from the fault: the stretch when writes failed (ending at the first
 * successful write, as long as the measured write downtime), and each event as a numbered mark.
 */
export function DrillTimelineChart({ report }: { report: DrillReport }) {
  const end = Math.max(1_000, ...report.events.map((e) => e.offsetMs)) * 1.05;
  const x = (ms: number) => pad + (Math.max(0, ms) / end) * (width - 2 * pad);
  const firstWrite = report.events.find((e) => e.name === 'first-write');
  const outage = firstWrite
    ? { from: firstWrite.offsetMs - report.writeDowntimeMs, to: firstWrite.offsetMs }
    : null;
  const ticks = Array.from({ length: 6 }, (_, i) => (end / 5) * i);
  return (
    <figure className="drill-chart" data-testid="drill-timeline-chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label="Drill timeline">
        <line x1={pad} x2={width - pad} y1={48} y2={48} className="drill-chart__axis" />
        {outage && (
          <rect
            x={x(outage.from)}
            width={Math.max(2, x(outage.to) - x(outage.from))}
            y={36}
            height={24}
            className="drill-chart__outage"
          >
            <title>{`Writes failed for ${seconds(report.writeDowntimeMs)}`}</title>
          </rect>
        )}
        {report.events.map((e, i) => (
          <g key={e.name} transform={`translate(${x(e.offsetMs)}, 0)`}>
            <line y1={30} y2={66} className="drill-chart__mark" />
            <text y={i % 2 === 0 ? 24 : 80} textAnchor="middle" className="drill-chart__label">
              {i + 1}
            </text>
            <title>{`${drillEventLabel[e.name]} at +${seconds(e.offsetMs)}`}</title>
          </g>
        ))}
        {ticks.map((t) => (
          <text key={t} x={x(t)} y={height - 2} textAnchor="middle" className="drill-chart__tick">
            {`+${Math.round(t / 1000)} s`}
          </text>
        ))}
      </svg>
      <figcaption className="drill-chart__legend">
        <span className="drill-chart__swatch" aria-hidden="true" /> writes failing (
        {seconds(report.writeDowntimeMs)})
      </figcaption>
    </figure>
  );
}
