import type { UIMatch } from 'react-router';

/** What a route tells the shell about itself, via `handle` in the route table. */
export interface RouteHandle {
  /** Shown as the breadcrumb and in the document title. */
  title: string;
}

function isRouteHandle(handle: unknown): handle is RouteHandle {
  return typeof handle === 'object' && handle !== null && typeof (handle as RouteHandle).title === 'string';
}

export interface Crumb {
  title: string;
  pathname: string;
}

export function crumbsFrom(matches: UIMatch[]): Crumb[] {
  return matches.flatMap((match) =>
    isRouteHandle(match.handle) ? [{ title: match.handle.title, pathname: match.pathname }] : [],
  );
}
