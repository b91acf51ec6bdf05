import { Link, useMatches } from 'react-router';
import { crumbsFrom } from '../routeHandle.js';
import './Breadcrumbs.css';

/** The trail from the route table's handles; the last crumb is the current page's title. */
export function Breadcrumbs() {
  const crumbs = crumbsFrom(useMatches());
  const current = crumbs.at(-1);
  return (
    <nav className="breadcrumbs" aria-label="Breadcrumb">
      {/* React 19 hoists <title> into <head>. */}
      <title>{current ? `${current.title} · Keel` : 'Keel'}</title>
      <ol className="breadcrumbs__list">
        {crumbs.map((crumb) =>
          crumb === current ? (
            <li
              key={crumb.pathname}
              className="breadcrumbs__current"
              aria-current="page"
              data-testid="page-title"
            >
              {crumb.title}
            </li>
          ) : (
            <li key={crumb.pathname}>
              <Link to={crumb.pathname}>{crumb.title}</Link>
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
