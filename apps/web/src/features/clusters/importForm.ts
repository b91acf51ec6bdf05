import type { ImportClusterRequest } from '@keel/shared';

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
  dbUsername: string;
  dbPassword: string;
  dbDatabase: string;
}

export type ImportFormErrors = Partial<Record<keyof ImportFormValues, string>>;

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
  dbUsername: '',
  dbPassword: '',
  dbDatabase: '',
};

const splitList = (text: string) => text.split(/[\s,]+/).filter(Boolean);

/**
 * Only what is missing is caught here. Formats are the server's to judge: its message names the field and
 * the rule, and is shown as it is, so the form and the API can never disagree.
 */
export function validateImportForm(values: ImportFormValues): ImportFormErrors {
  const errors: ImportFormErrors = {};
  if (!values.name.trim()) errors.name = 'Give the cluster a name.';
  if (values.source === 'patroni' && !values.patroniUrl.trim()) {
    errors.patroniUrl = "Enter the REST URL of any one member's Patroni.";
  }
  if (values.source === 'etcd') {
    if (splitList(values.etcdEndpoints).length === 0)
      errors.etcdEndpoints = 'Enter at least one etcd endpoint.';
    if (!values.etcdScope.trim()) errors.etcdScope = "Enter the cluster's Patroni scope.";
  }
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
  const database = optional(values.dbUsername) && {
    username: values.dbUsername.trim(),
    // A password is taken exactly as typed: spaces can be part of it.
    password: values.dbPassword,
    ...(optional(values.dbDatabase) && { database: values.dbDatabase.trim() }),
  };
  const common = {
    name: values.name.trim(),
    ...(Object.keys(haproxy).length > 0 && { haproxy }),
    ...(database && { database }),
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
