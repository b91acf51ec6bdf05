import type { ReactNode } from 'react';
import './KeyValueList.css';

export interface KeyValueItem {
  label: string;
  value: ReactNode;
  /** For identifiers and numbers that are compared digit by digit: versions, LSNs, lag. */
  mono?: boolean;
}

export function KeyValueList({ items }: { items: KeyValueItem[] }) {
  return (
    <dl className="kv">
      {items.map((item) => (
        <div className="kv__row" key={item.label}>
          <dt className="kv__label">{item.label}</dt>
          <dd className={item.mono ? 'kv__value mono' : 'kv__value'}>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
