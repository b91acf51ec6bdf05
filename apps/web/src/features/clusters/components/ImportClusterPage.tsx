import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button, buttonClassName } from '../../../ui/Button.js';
import { Card } from '../../../ui/Card.js';
import { ErrorBanner } from '../../../ui/ErrorBanner.js';
import { SegmentedChoice, SelectField, TextField } from '../../../ui/Field.js';
import { Page, PageHeader } from '../../../ui/Page.js';
import { useHasRole } from '../../auth/hooks.js';
import { useCredentials } from '../../credentials/hooks.js';
import { useImportCluster } from '../hooks.js';
import {
  emptyImportForm,
  toImportRequest,
  validateImportForm,
  type ImportFormErrors,
  type ImportFormValues,
  type ImportSource,
} from '../importForm.js';
import { SecurityFields } from './SecurityFields.js';
import './ImportClusterPage.css';

const SOURCES = [
  { value: 'patroni', label: 'Patroni REST URL' },
  { value: 'etcd', label: 'etcd endpoints + scope' },
] as const satisfies readonly { value: ImportSource; label: string }[];

export function ImportClusterPage() {
  const navigate = useNavigate();
  const importCluster = useImportCluster();
  const [values, setValues] = useState<ImportFormValues>(emptyImportForm);
  const [errors, setErrors] = useState<ImportFormErrors>({});
  const [attempts, setAttempts] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  // Importing takes an admin, who may also list the stored logins.
  const canListLogins = useHasRole('admin');
  const credentials = useCredentials(canListLogins);
  const storedLogins = (credentials.data?.credentials ?? []).filter((c) => c.kind === 'database');

  // After a refused submit, take the keyboard to the first field that needs attention.
  useEffect(() => {
    if (attempts === 0) return;
    formRef.current?.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus();
  }, [attempts]);

  const field = (key: Exclude<keyof ImportFormValues, 'security'>) => ({
    value: values[key],
    error: errors[key],
    onChange: (event: { target: { value: string } }) => {
      setValues((current) => ({ ...current, [key]: event.target.value }));
      if (errors[key] !== undefined) setErrors((current) => ({ ...current, [key]: undefined }));
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateImportForm(values);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setAttempts((count) => count + 1);
      return;
    }
    importCluster.mutate(toImportRequest(values), {
      onSuccess: (cluster) => void navigate(`/clusters/${cluster.id}`),
    });
  };

  return (
    <Page>
      <PageHeader
        title="Import cluster"
        description="Bring a running Patroni cluster under Keel's watch. Keel only reads from it until you act."
      />
      <form
        ref={formRef}
        className="import"
        onSubmit={submit}
        noValidate
        data-testid="import-form"
        aria-busy={importCluster.isPending}
      >
        <div className="import__main">
          <Card title="Cluster">
            <div className="import__fields">
              <TextField
                label="Name"
                name="name"
                required
                autoComplete="off"
                hint="How Keel shows it: letters, digits, dot, dash, underscore."
                placeholder="orders-prod"
                {...field('name')}
              />
              <SegmentedChoice
                legend="Find it by"
                name="source"
                value={values.source}
                options={SOURCES}
                onChange={(source) => setValues((current) => ({ ...current, source }))}
              />
              {values.source === 'patroni' ? (
                <TextField
                  label="Patroni REST URL"
                  name="patroniUrl"
                  required
                  mono
                  inputMode="url"
                  autoComplete="off"
                  placeholder="http://10.0.0.11:8008"
                  hint="Any one member: Keel finds the others and etcd through it."
                  {...field('patroniUrl')}
                />
              ) : (
                <div className="import__row">
                  <TextField
                    label="etcd endpoints"
                    name="etcdEndpoints"
                    required
                    mono
                    autoComplete="off"
                    placeholder="http://10.0.0.11:2379, http://10.0.0.12:2379"
                    hint="Separated by commas or spaces."
                    className="import__wide"
                    {...field('etcdEndpoints')}
                  />
                  <TextField
                    label="Scope"
                    name="etcdScope"
                    required
                    mono
                    autoComplete="off"
                    placeholder="orders"
                    hint="Patroni's scope (cluster name)."
                    {...field('etcdScope')}
                  />
                  <TextField
                    label="Namespace"
                    name="etcdNamespace"
                    mono
                    optional
                    autoComplete="off"
                    placeholder="/service/"
                    {...field('etcdNamespace')}
                  />
                </div>
              )}
            </div>
          </Card>

          <Card title="HAProxy" actions="optional">
            <div className="import__row">
              <TextField
                label="Read-write"
                name="haproxyReadWrite"
                mono
                autoComplete="off"
                placeholder="10.0.0.10:5000"
                hint="host:port clients write through"
                {...field('haproxyReadWrite')}
              />
              <TextField
                label="Read-only"
                name="haproxyReadOnly"
                mono
                autoComplete="off"
                placeholder="10.0.0.10:5500"
                hint="host:port for reads from replicas"
                {...field('haproxyReadOnly')}
              />
              <TextField
                label="Stats URL"
                name="haproxyStatsUrl"
                mono
                inputMode="url"
                autoComplete="off"
                placeholder="http://10.0.0.10:7000/"
                hint="Shows which backends are up"
                {...field('haproxyStatsUrl')}
              />
            </div>
          </Card>

          <Card title="Database login for the health probe" actions="optional">
            {storedLogins.length > 0 && (
              <SelectField
                label="Login"
                value={values.dbCredentialId}
                onChange={(event) => {
                  const dbCredentialId = event.target.value;
                  setValues((current) => ({ ...current, dbCredentialId }));
                }}
                hint="A login from Credentials, or one typed here (stored encrypted for this cluster)."
                data-testid="import-login"
              >
                <option value="">Type a login here</option>
                {storedLogins.map((c) => (
                  <option key={c.id} value={c.id}>
                    Stored: {c.name} ({c.username ?? 'no user'})
                  </option>
                ))}
              </SelectField>
            )}
            {values.dbCredentialId === '' && (
              <div className="import__row">
                <TextField
                  label="User"
                  name="dbUsername"
                  mono
                  autoComplete="off"
                  placeholder="keel_probe"
                  {...field('dbUsername')}
                />
                <TextField
                  label="Password"
                  name="dbPassword"
                  type="password"
                  autoComplete="new-password"
                  hint="Stored encrypted; never shown again."
                  {...field('dbPassword')}
                />
                <TextField
                  label="Database"
                  name="dbDatabase"
                  mono
                  optional
                  autoComplete="off"
                  placeholder="postgres"
                  {...field('dbDatabase')}
                />
              </div>
            )}
          </Card>

          <Card title="TLS and authentication" actions="for hardened clusters">
            <SecurityFields
              values={values.security}
              errors={errors.security ?? {}}
              onChange={(next, cleared) => {
                setValues((current) => ({ ...current, security: { ...current.security, ...next } }));
                if (cleared && errors.security?.[cleared] !== undefined)
                  setErrors((current) => ({
                    ...current,
                    security: { ...current.security, [cleared]: undefined },
                  }));
              }}
            />
          </Card>

          {importCluster.isError && (
            <ErrorBanner title="The server did not import the cluster" error={importCluster.error} />
          )}
          <div className="import__actions">
            <Button type="submit" variant="primary" busy={importCluster.isPending}>
              {importCluster.isPending ? 'Importing…' : 'Import cluster'}
            </Button>
            <Link to="/clusters" className={buttonClassName({ variant: 'ghost' })}>
              Cancel
            </Link>
            {importCluster.isPending && (
              <span className="muted">Keel is reaching the cluster and taking a first look…</span>
            )}
          </div>
        </div>

        <aside className="import__aside">
          <h2 className="import__aside-title">What Keel does with this</h2>
          <ul>
            <li>
              Reads each member&apos;s Patroni REST API (<code>/patroni</code>, <code>/cluster</code>,{' '}
              <code>/history</code>, <code>/config</code>) every few seconds.
            </li>
            <li>Watches the leader key in etcd, so a failover shows the moment it happens.</li>
            <li>Reads HAProxy&apos;s stats to see where the read-write and read-only ports send clients.</li>
            <li>
              With a login, runs <code>select pg_is_in_recovery()</code> through both ports: a read-only check
              that writes really reach the primary.
            </li>
          </ul>
          <p className="muted">Nothing in the cluster is changed by importing it.</p>
        </aside>
      </form>
    </Page>
  );
}
