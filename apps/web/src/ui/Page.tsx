import type { ReactNode } from 'react';
import './Page.css';

export function Page({ children }: { children: ReactNode }) {
  return <div className="page">{children}</div>;
}

interface PageHeaderProps {
  title: ReactNode;
  description?: ReactNode;
  /** Page-level actions, right-aligned. */
  actions?: ReactNode;
}

export function PageHeader({ title, description, actions }: PageHeaderProps) {
  return (
    <div className="page-header">
      <div className="page-header__text">
        <h1 className="page-header__title">{title}</h1>
        {description !== undefined && <p className="page-header__description">{description}</p>}
      </div>
      {actions !== undefined && <div className="page-header__actions">{actions}</div>}
    </div>
  );
}

/** Lays cards out in columns that wrap on narrow screens. */
export function PageGrid({
  children,
  minColumnWidth = 340,
}: {
  children: ReactNode;
  minColumnWidth?: number;
}) {
  return (
    <div
      className="page-grid"
      style={{ gridTemplateColumns: `repeat(auto-fit, minmax(${minColumnWidth}px, 1fr))` }}
    >
      {children}
    </div>
  );
}
