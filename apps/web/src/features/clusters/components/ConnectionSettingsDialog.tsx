import type { ClusterDetail } from '@keel/shared';
import { useState } from 'react';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.js';
import { ErrorBanner } from '../../../ui/ErrorBanner.js';
import { SelectField, TextAreaField, TextField } from '../../../ui/Field.js';
import { useCredentials } from '../../credentials/hooks.js';
import {
  connectionFormFrom,
  connectionPatch,
  validateConnectionForm,
  type ConnectionFormErrors,
  type ConnectionFormValues,
} from '../connectionForm.js';
import { useUpdateCluster } from '../hooks.js';
import { hostAccessFormFrom, hostAccessPatch, hostAccessPortProblem } from '../hostAccessForm.js';
import { HostAccessFields } from './HostAccessFields.js';
import { SecurityFields } from './SecurityFields.js';

type TextKey = Exclude<keyof ConnectionFormValues, 'patroniUrls' | 'security'>;

/**
 * How Keel reaches the cluster (etcd, each member's Patroni, HAProxy, the probe's database login), for
 * when the cluster moved or its password changed. Only what changed is sent; Keel reconnects at once.
 */
export function ConnectionSettingsDialog({
  cluster,
  onClose,
}: {
  cluster: ClusterDetail;
  onClose: () => void;
}) {
  const update = useUpdateCluster(cluster.id);
  const credentials = useCredentials();
  const [values, setValues] = useState(() => connectionFormFrom(cluster));
  const [errors, setErrors] = useState<ConnectionFormErrors>({});
  const logins = (credentials.data?.credentials ?? []).filter((c) => c.kind === 'database');
  const current = logins.find((c) => c.id === cluster.databaseCredentialId);
  const [access, setAccess] = useState(() => hostAccessFormFrom(cluster.hostAccess));
  const [accessError, setAccessError] = useState<string | undefined>();
  const accessPatch = hostAccessPatch(cluster.hostAccess, access);
  const connection = connectionPatch(cluster, values);
  const patch = accessPatch === undefined ? connection : { ...(connection ?? {}), hostAccess: accessPatch };

  const field = (key: TextKey) => ({
    value: values[key],
    error: errors[key],
    onChange: (event: { target: { value: string } }) => {
      setValues((v) => ({ ...v, [key]: event.target.value }));
      setErrors((e) => ({ ...e, [key]: undefined }));
    },
  });

  const save = () => {
    const found = validateConnectionForm(values);
    const portProblem = hostAccessPortProblem(access);
    setErrors(found);
    setAccessError(portProblem);
    if (Object.keys(found).length > 0 || portProblem !== undefined || patch === null) return;
    update.mutate(patch, { onSuccess: onClose });
  };

  return (
    <ConfirmDialog
      open
      size="lg"
      title={`How Keel connects to ${cluster.name}`}
      confirmLabel="Save and reconnect"
      busy={update.isPending}
      confirmDisabled={patch === null}
      onCancel={onClose}
      onConfirm={save}
      footer={update.isError && <ErrorBanner title="The settings were not saved" error={update.error} />}
      data-testid="connection-dialog"
    >
      <p className="muted">
        Keel only reads through these; nothing in the cluster changes. Fields you leave as they are stay as
        they are.
      </p>
      <TextAreaField
        label="etcd endpoints"
        mono
        rows={3}
        hint="One per line (or separated by commas): the etcd Keel watches for the leader key."
        {...field('etcdEndpoints')}
        data-testid="connection-etcd"
      />
      <fieldset className="connection__members">
        <legend>Patroni REST URL of each member</legend>
        {cluster.members.map((m) => (
          <TextField
            key={m.name}
            label={m.name}
            mono
            inputMode="url"
            autoComplete="off"
            value={values.patroniUrls[m.name] ?? ''}
            error={errors.patroniUrls?.[m.name]}
            onChange={(event) => {
              const url = event.target.value;
              setValues((v) => ({ ...v, patroniUrls: { ...v.patroniUrls, [m.name]: url } }));
            }}
            data-testid={`connection-patroni-${m.name}`}
          />
        ))}
      </fieldset>
      <div className="connection__row">
        <TextField
          label="HAProxy read-write"
          mono
          autoComplete="off"
          placeholder="10.0.0.10:5000"
          optional
          {...field('haproxyReadWrite')}
        />
        <TextField
          label="HAProxy read-only"
          mono
          autoComplete="off"
          placeholder="10.0.0.10:5500"
          optional
          {...field('haproxyReadOnly')}
        />
      </div>
      <TextField
        label="HAProxy stats URL"
        mono
        inputMode="url"
        autoComplete="off"
        optional
        hint={
          cluster.haproxyEndpoints.statsUsername
            ? `Keel holds a stats login (${cluster.haproxyEndpoints.statsUsername}); changing any HAProxy field drops it unless the URL carries one as user:password@.`
            : 'A stats login goes in the URL as user:password@ and is stored encrypted.'
        }
        {...field('haproxyStatsUrl')}
      />
      <SelectField
        label="Database login for the probe"
        value={values.login}
        onChange={(event) => {
          const login = event.target.value;
          setValues((v) => ({ ...v, login }));
        }}
        hint="Keel runs select pg_is_in_recovery() through HAProxy with it."
        data-testid="connection-login"
      >
        <option value="keep">
          {cluster.hasDatabaseLogin
            ? `Keep the current login${current ? ` (${current.name})` : ''}`
            : 'Keep: no login'}
        </option>
        {logins
          .filter((c) => c.id !== cluster.databaseCredentialId)
          .map((c) => (
            <option key={c.id} value={c.id}>
              Stored: {c.name} ({c.username ?? 'no user'})
            </option>
          ))}
        <option value="new">A new login…</option>
        {cluster.hasDatabaseLogin && <option value="none">No login (no SQL probe)</option>}
      </SelectField>
      {values.login === 'new' && (
        <div className="connection__row">
          <TextField label="User" mono autoComplete="off" {...field('dbUsername')} />
          <TextField label="Password" type="password" autoComplete="new-password" {...field('dbPassword')} />
          <TextField
            label="Database"
            mono
            autoComplete="off"
            optional
            placeholder="postgres"
            {...field('dbDatabase')}
          />
        </div>
      )}
      <h3 className="connection__section">TLS and authentication</h3>
      <SecurityFields
        values={values.security}
        errors={errors.security ?? {}}
        current={cluster.security}
        onChange={(next, cleared) => {
          setValues((v) => ({ ...v, security: { ...v.security, ...next } }));
          if (cleared) setErrors((e) => ({ ...e, security: { ...e.security, [cleared]: undefined } }));
        }}
      />
      <h3 className="connection__section">SSH to the hosts</h3>
      <HostAccessFields
        values={access}
        error={accessError}
        current={cluster.hostAccess}
        sshLogins={(credentials.data?.credentials ?? []).filter((c) => c.kind === 'ssh')}
        onChange={(next) => {
          setAccess((a) => ({ ...a, ...next }));
          setAccessError(undefined);
        }}
      />
      {current && (
        <p className="muted">
          To change the password of the stored login {current.name}, replace its secret on the Credentials
          page: every cluster that uses it reconnects.
        </p>
      )}
    </ConfirmDialog>
  );
}
