import type { ReactNode } from 'react';
import './EmptyState.css';

interface EmptyStateProps {
  icon?: ReactNode;
  title: ReactNode;
  description?: ReactNode;
  /** What the operator can do next, if anything. */
  action?: ReactNode;
  'data-testid'?: string;
}

export function EmptyState({ icon, title, description, action, ...rest }: EmptyStateProps) {
  return (
    <div className="empty-state" {...rest}>
      {icon !== undefined && <div className="empty-state__icon">{icon}</div>}
      <p className="empty-state__title">{title}</p>
      {description !== undefined && <p className="empty-state__description">{description}</p>}
      {action !== undefined && <div className="empty-state__action">{action}</div>}
    </div>
  );
}
