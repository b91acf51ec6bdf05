import { CLUSTER_NAME_PATTERN, HOST_PORT_PATTERN, HTTP_URL_PATTERN } from '@keel/shared';

// The API's own patterns (from @keel/shared), checked in the forms first so a person reads which field
// is wrong and why, instead of the schema's wording.
const clusterName = new RegExp(CLUSTER_NAME_PATTERN);
const hostPort = new RegExp(HOST_PORT_PATTERN);
const httpUrl = new RegExp(HTTP_URL_PATTERN);

export const splitList = (text: string): string[] => text.split(/[\s,]+/).filter(Boolean);

export function clusterNameProblem(name: string): string | undefined {
  if (name === '') return 'Give the cluster a name.';
  if (name.length > 64) return 'At most 64 characters.';
  if (!clusterName.test(name))
    return 'Use letters, digits, dot, dash and underscore only, starting with a letter or digit.';
  return undefined;
}

export function hostPortProblem(value: string): string | undefined {
  if (value === '' || hostPort.test(value)) {
    const port = Number(value.split(':')[1] ?? 1);
    return port >= 1 && port <= 65535 ? undefined : 'The port must be between 1 and 65535.';
  }
  return 'Write it as host:port, e.g. 10.0.0.10:5000.';
}

export function httpUrlProblem(value: string): string | undefined {
  if (value === '' || httpUrl.test(value)) return undefined;
  return 'Write a URL starting with http:// or https://, e.g. http://10.0.0.11:8008.';
}

/** The first URL of a list that is not one, as a message naming it. */
export function urlListProblem(values: string[]): string | undefined {
  const bad = values.find((v) => httpUrlProblem(v) !== undefined);
  if (values.length > 9) return 'At most 9 endpoints.';
  return bad === undefined ? undefined : `“${bad}” is not an http(s) URL, e.g. http://10.0.0.11:2379.`;
}
