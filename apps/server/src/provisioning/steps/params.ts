import type { ProvisioningPlan } from '../plan.js';

/** What a provision job stores: the resolved plan (no secret in it, only the ids of sealed logins). */
export interface ProvisionParams {
  plan: ProvisioningPlan;
  /** Who asked: recorded with each host key the job pins. */
  requestedBy: string;
}

/** What a provision job needs beyond SSH: the sealed logins, and the inventory to register the cluster in. */
export interface ProvisioningEnv {
  /** Seals a login of the new cluster (a database credential) and answers its id. */
  seal(name: string, username: string, password: string): Promise<string>;
  /** A sealed login, opened, for the rendered configuration only (never logged). */
  reveal(credentialId: string): Promise<{ username: string; password: string }>;
  /** The inventory's id of a cluster with this name, or null. */
  findCluster(name: string): Promise<string | null>;
  importCluster(request: {
    name: string;
    patroniUrl: string;
    haproxy: { readWrite: string; readOnly: string; statsUrl: string };
    databaseCredentialId: string;
  }): Promise<string>;
  /** Keel's own observation says the cluster is healthy. */
  healthy(clusterId: string): Promise<boolean>;
  /** Each host's installed versions, kept with the cluster in the inventory. */
  recordHosts(clusterId: string, versions: Record<string, Record<string, string>>): Promise<void>;
}
