import { Link, useMatches } from 'react-router';
import { crumbsFrom, type Crumb } from '../../ui/routeHandle.js';
import './Breadcrumbs.css';

function CrumbText({ crumb, isCurrent }: { crumb: Crumb; isCurrent: boolean }) {
  const { Label } = crumb;
  if (Label) return <Label params={crumb.params} fallback={crumb.title} isCurrent={isCurrent} />;
  return (
    <>
      {crumb.title}
      {/* React 19 hoists <title> into <head>. */}
      {isCurrent && <title>{`${crumb.title} · Keel`}</title>}
    </>
  );
}

/** The trail from the route table's handles; the last crumb is the current page's title. */
export function Breadcrumbs() {
  const crumbs = crumbsFrom(useMatches());
  const current = crumbs.at(-1);
  return (
    <nav className="breadcrumbs" aria-label="Breadcrumb">
      {current === undefined && <title>Keel</title>}
      <ol className="breadcrumbs__list">
        {crumbs.map((crumb) =>
          crumb === current ? (
            <li
              key={crumb.pathname}
              className="breadcrumbs__current"
              aria-current="page"
              data-testid="page-title"
            >
              <CrumbText crumb={crumb} isCurrent />
            </li>
          ) : (
            <li key={crumb.pathname}>
              <Link to={crumb.pathname}>
                <CrumbText crumb={crumb} isCurrent={false} />
              </Link>
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
