import { formatBytes } from '@keel/shared';
import { SPARKLINE, sparklinePaths, type LagSample } from '../sparkline.js';

const { width: WIDTH, height: HEIGHT, inset: INSET } = SPARKLINE;

interface LagSparklineProps {
  samples: readonly LagSample[] | undefined;
  /** The level at which lag is a problem; above it the line turns to the warning colour. */
  warnAt: number;
}

/** A replica's lag over the last ten minutes, small enough for a table cell. */
export function LagSparkline({ samples, warnAt }: LagSparklineProps) {
  if (samples === undefined || samples.length === 0) {
    return <span className="sparkline sparkline--empty" aria-hidden="true" />;
  }
  const { runs, max } = sparklinePaths(samples);
  const label = `Lag over the last 10 minutes: at most ${formatBytes(max)}`;
  return (
    <svg
      className={max > warnAt ? 'sparkline sparkline--warn' : 'sparkline'}
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={label}
    >
      <title>{label}</title>
      <line className="sparkline__base" x1={0} x2={WIDTH} y1={HEIGHT - INSET} y2={HEIGHT - INSET} />
      {runs.map((points, index) => (
        // Runs only ever follow each other in time; their order is their identity.
        <polyline key={index} className="sparkline__line" points={points} />
      ))}
    </svg>
  );
}
