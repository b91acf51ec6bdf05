import type { ImportClusterRequest } from '@keel/shared';
import {
  clusterNameProblem,
  hostPortProblem,
  httpUrlProblem,
  splitList,
  urlListProblem,
} from './fieldRules.js';
import {
  emptySecurityForm,
  toSecurityInput,
  validateSecurityForm,
  type SecurityFormValues,
} from './securityForm.js';

export type ImportSource = 'patroni' | 'etcd';

export interface ImportFormValues {
  name: string;
  source: ImportSource;
  patroniUrl: string;
  /** One or more URLs, separated by commas, spaces or new lines. */
  etcdEndpoints: string;
  etcdScope: string;
  etcdNamespace: string;
  haproxyReadWrite: string;
  haproxyReadOnly: string;
  haproxyStatsUrl: string;
  /** '' for a login typed here (or none), else a stored database login's id. */
  dbCredentialId: string;
  dbUsername: string;
  dbPassword: string;
  dbDatabase: string;
  /** TLS and logins of a hardened cluster. */
  security: SecurityFormValues;
}

export type ImportFormErrors = Partial<Record<Exclude<keyof ImportFormValues, 'security'>, string>> & {
  security?: ReturnType<typeof validateSecurityForm>;
};

export const emptyImportForm: ImportFormValues = {
  name: '',
  source: 'patroni',
  patroniUrl: '',
  etcdEndpoints: '',
  etcdScope: '',
  etcdNamespace: '',
  haproxyReadWrite: '',
  haproxyReadOnly: '',
  haproxyStatsUrl: '',
  dbCredentialId: '',
  dbUsername: '',
  dbPassword: '',
  dbDatabase: '',
  security: emptySecurityForm,
};

/**
 * What is missing, and the formats the API checks (the same patterns, from @keel/shared), each said for
 * the field it is about. Only the fields of the chosen source are checked.
 */
export function validateImportForm(values: ImportFormValues): ImportFormErrors {
  const errors: ImportFormErrors = {};
  const security = validateSecurityForm(values.security);
  if (Object.keys(security).length > 0) errors.security = security;
  const set = (key: Exclude<keyof ImportFormValues, 'security'>, problem: string | undefined) => {
    if (problem !== undefined) errors[key] = problem;
  };
  set('name', clusterNameProblem(values.name.trim()));
  if (values.source === 'patroni') {
    set(
      'patroniUrl',
      values.patroniUrl.trim()
        ? httpUrlProblem(values.patroniUrl.trim())
        : "Enter the REST URL of any one member's Patroni.",
    );
  } else {
    const endpoints = splitList(values.etcdEndpoints);
    set(
      'etcdEndpoints',
      endpoints.length === 0 ? 'Enter at least one etcd endpoint.' : urlListProblem(endpoints),
    );
    if (!values.etcdScope.trim()) errors.etcdScope = "Enter the cluster's Patroni scope.";
  }
  set('haproxyReadWrite', hostPortProblem(values.haproxyReadWrite.trim()));
  set('haproxyReadOnly', hostPortProblem(values.haproxyReadOnly.trim()));
  set('haproxyStatsUrl', httpUrlProblem(values.haproxyStatsUrl.trim()));
  if (values.dbCredentialId !== '') return errors;
  const hasUser = values.dbUsername.trim() !== '';
  const hasPassword = values.dbPassword !== '';
  if (hasUser && !hasPassword) errors.dbPassword = 'Enter the password for this user, or clear the user.';
  if (!hasUser && (hasPassword || values.dbDatabase.trim()))
    errors.dbUsername = 'Enter the user to log in as.';
  return errors;
}

/** The API request for the form; empty optional fields are left out rather than sent empty. */
export function toImportRequest(values: ImportFormValues): ImportClusterRequest {
  const optional = (text: string) => text.trim() || undefined;
  const haproxy = {
    ...(optional(values.haproxyReadWrite) && { readWrite: values.haproxyReadWrite.trim() }),
    ...(optional(values.haproxyReadOnly) && { readOnly: values.haproxyReadOnly.trim() }),
    ...(optional(values.haproxyStatsUrl) && { statsUrl: values.haproxyStatsUrl.trim() }),
  };
  const stored = values.dbCredentialId !== '';
  const security = toSecurityInput(values.security);
  const database = !stored &&
    optional(values.dbUsername) && {
      username: values.dbUsername.trim(),
      // A password is taken exactly as typed: spaces can be part of it.
      password: values.dbPassword,
      ...(optional(values.dbDatabase) && { database: values.dbDatabase.trim() }),
    };
  const common = {
    name: values.name.trim(),
    ...(Object.keys(haproxy).length > 0 && { haproxy }),
    ...(database && { database }),
    ...(stored && { databaseCredentialId: values.dbCredentialId }),
    ...(security && { security }),
  };
  if (values.source === 'patroni') return { ...common, patroniUrl: values.patroniUrl.trim() };
  return {
    ...common,
    etcd: {
      endpoints: splitList(values.etcdEndpoints),
      scope: values.etcdScope.trim(),
      ...(optional(values.etcdNamespace) && { namespace: values.etcdNamespace.trim() }),
    },
  };
}
