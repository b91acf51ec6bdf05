import './Spinner.css';

interface SpinnerProps {
  size?: 'sm' | 'md';
  /** Announced to screen readers; pass '' when the surrounding control already says what is happening. */
  label?: string;
}

export function Spinner({ size = 'md', label = 'Loading' }: SpinnerProps) {
  if (label === '') return <span className={`spinner spinner--${size}`} aria-hidden="true" />;
  return (
    <span role="status" className="spinner-wrap">
      <span className={`spinner spinner--${size}`} aria-hidden="true" />
      <span className="visually-hidden">{label}</span>
    </span>
  );
}

interface SkeletonProps {
  width?: string | number;
  height?: string | number;
}

/** A placeholder in the shape of content that is on its way; hidden from assistive tech. */
export function Skeleton({ width = '100%', height = '1em' }: SkeletonProps) {
  return <span className="skeleton" style={{ width, height }} aria-hidden="true" />;
}
