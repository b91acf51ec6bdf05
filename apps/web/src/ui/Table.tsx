import type { CSSProperties, ReactNode } from 'react';
import './Table.css';

export interface Column<Row> {
  id: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Right-aligned, monospaced tabular digits, so LSNs and lag line up for comparison. */
  numeric?: boolean;
  width?: CSSProperties['width'];
}

interface TableProps<Row> {
  /** Names the table for screen readers. */
  label: string;
  columns: Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /**
   * Bounds the table and scrolls inside it, keeping the header in view. Without it the header sticks below
   * the top bar as the page scrolls.
   */
  maxHeight?: CSSProperties['maxHeight'];
  /** Test hooks and state for a row, e.g. `{ 'data-testid': 'member-row-pg1', 'data-role': 'leader' }`. */
  rowAttributes?: (row: Row) => Record<`data-${string}`, string>;
  /** A row's tone: 'muted' for rows that are gone or unknown, 'critical' for rows that are failing. */
  rowTone?: (row: Row) => 'muted' | 'critical' | undefined;
  'data-testid'?: string;
}

export function Table<Row>({
  label,
  columns,
  rows,
  rowKey,
  maxHeight,
  rowAttributes,
  rowTone,
  ...rest
}: TableProps<Row>) {
  const scrolls = maxHeight !== undefined;
  return (
    <div
      className={scrolls ? 'table-wrap table-wrap--scroll' : 'table-wrap'}
      style={{ maxHeight }}
      // A table may scroll inside its box (always on a phone): keyboard users must be able to reach it.
      tabIndex={0}
      role="region"
      aria-label={label}
      {...rest}
    >
      <table className="table" aria-label={label}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column.id}
                scope="col"
                className={column.numeric ? 'is-numeric' : undefined}
                style={{ width: column.width }}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={rowKey(row)}
              className={rowTone?.(row) && `table__row--${rowTone(row)}`}
              {...rowAttributes?.(row)}
            >
              {columns.map((column) => (
                <td
                  key={column.id}
                  className={column.numeric ? 'is-numeric' : undefined}
                  style={{ width: column.width }}
                >
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
