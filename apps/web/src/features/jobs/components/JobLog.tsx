import type { JobLogLine } from '@keel/shared';
import { useEffect, useRef } from 'react';
import { formatClock } from '../../../lib/formatTime.js';

/** Within this many pixels of the bottom counts as following the log: new lines keep it in view. */
const FOLLOW_SLACK = 24;

/** The job's log, newest at the bottom; it follows new lines unless the reader has scrolled up. */
export function JobLog({ lines, live }: { lines: JobLogLine[]; live: boolean }) {
  const ref = useRef<HTMLOListElement>(null);
  const following = useRef(true);

  useEffect(() => {
    const box = ref.current;
    if (box && following.current) box.scrollTop = box.scrollHeight;
  }, [lines.length]);

  if (lines.length === 0) {
    return <p className="muted job-panel__empty">{live ? 'Waiting for the first line…' : 'No log lines.'}</p>;
  }
  return (
    <ol
      ref={ref}
      className="job-log"
      data-testid="job-log"
      aria-label="Job log"
      tabIndex={0}
      onScroll={(event) => {
        const box = event.currentTarget;
        following.current = box.scrollHeight - box.scrollTop - box.clientHeight < FOLLOW_SLACK;
      }}
    >
      {lines.map((line, index) => (
        <li key={index} className={`job-log__line job-log__line--${line.level}`}>
          <time className="job-log__time" dateTime={line.at}>
            {formatClock(line.at)}
          </time>
          <span className="job-log__message">{line.message}</span>
        </li>
      ))}
    </ol>
  );
}
