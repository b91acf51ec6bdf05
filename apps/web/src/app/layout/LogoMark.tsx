/** Keel's mark: a hull's deck line over its keel. Decorative; the name beside it is the label. */
export function LogoMark({ size = 22 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <rect width="24" height="24" rx="6" fill="var(--color-primary-bg)" />
      <path
        d="M5 9h14M8.5 9l2.4 8.5h2.2L15.5 9"
        fill="none"
        stroke="var(--color-primary-fg)"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
