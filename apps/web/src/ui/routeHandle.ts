import type { ComponentType } from 'react';
import type { Params, UIMatch } from 'react-router';

/** Renders a crumb whose text is only known from data, e.g. a cluster's name; also sets the document title. */
export type CrumbLabel = ComponentType<{ params: Params; fallback: string; isCurrent: boolean }>;

/** What a route tells the shell about itself, via `handle` in the route table. */
export interface RouteHandle {
  /** Shown as the breadcrumb and in the document title (or while `Label` has nothing better). */
  title: string;
  Label?: CrumbLabel;
}

function isRouteHandle(handle: unknown): handle is RouteHandle {
  return typeof handle === 'object' && handle !== null && typeof (handle as RouteHandle).title === 'string';
}

export interface Crumb {
  title: string;
  pathname: string;
  params: Params;
  Label?: CrumbLabel | undefined;
}

export function crumbsFrom(matches: UIMatch[]): Crumb[] {
  return matches.flatMap((match) =>
    isRouteHandle(match.handle)
      ? [
          {
            title: match.handle.title,
            pathname: match.pathname,
            params: match.params,
            Label: match.handle.Label,
          },
        ]
      : [],
  );
}
