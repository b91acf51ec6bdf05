/** Keel's mark: a hull seen end-on over its keel. Decorative; the name beside it is the label. */
export function LogoMark({ size = 22 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <rect width="24" height="24" rx="6" fill="var(--color-primary-bg)" />
      <path d="M4.5 7h15l-3 4H7.5ZM10.6 11h2.8l-.8 6h-1.2Z" fill="var(--color-primary-fg)" />
    </svg>
  );
}
