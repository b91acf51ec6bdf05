import { useId, type ReactNode } from 'react';
import './Card.css';

interface CardProps {
  title?: ReactNode;
  /** Small controls or meta on the right of the title row. */
  actions?: ReactNode;
  /** 'none' lets a table or list run edge to edge. */
  padding?: 'md' | 'none';
  className?: string;
  children: ReactNode;
}

/** A titled panel; it is a labelled region so screen-reader users can jump between panels. */
export function Card({ title, actions, padding = 'md', className, children }: CardProps) {
  const titleId = useId();
  const hasHeader = title !== undefined || actions !== undefined;
  return (
    <section
      className={['card', className].filter(Boolean).join(' ')}
      aria-labelledby={title !== undefined ? titleId : undefined}
    >
      {hasHeader && (
        <header className="card__header">
          {title !== undefined && (
            <h2 className="card__title" id={titleId}>
              {title}
            </h2>
          )}
          {actions !== undefined && <div className="card__actions">{actions}</div>}
        </header>
      )}
      <div className={`card__body card__body--${padding}`}>{children}</div>
    </section>
  );
}
