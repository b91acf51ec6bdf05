// What the lab was brought up as (state.json in the lab dir).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { PATRONI4_DIR, labPaths } from './paths.js';

export type PatroniMajor = 3 | 4;

/**
 * `keel`: Patroni's `etcd3:` section, HAProxy checking `/primary`. `guide`: the cluster many operators
 * built from older guides: Patroni's `etcd:` section (etcd's v2 API, `ETCD_ENABLE_V2=true`) and HAProxy
 * checking the deprecated `/master`, in a listener named `master`.
 */
export type LabStyle = 'keel' | 'guide';

export interface PatroniRuntime {
  major: PatroniMajor;
  version: string;
  /** The patroni script, run with /usr/bin/python3. */
  bin: string;
  /** PYTHONPATH for it ('' for the distribution's own). */
  pythonPath: string;
}

export interface LabState {
  patroni: PatroniRuntime;
  /** Hosts with only sshd (`up --bare`), for provisioning to start from. */
  bare: boolean;
  /** The subnet it was started on (KEEL_LAB_SUBNET); absent in labs started before it existed. */
  subnet?: string;
  /** `guide` (`up --guide`): set up as older guides do; absent or `keel`: Keel's own templates. */
  style?: LabStyle;
  /**
   * `up --secure`: TLS on etcd (client and peer, client-cert auth), Patroni's REST API and PostgreSQL;
   * users on etcd and Patroni's REST API; HAProxy's checks over HTTPS. Absent in open labs.
   */
  secure?: boolean;
  createdAt: string;
}

export function patroniRuntime(major: PatroniMajor): PatroniRuntime {
  switch (major) {
    case 4:
      return {
        major,
        version: '4.0.7',
        bin: `${PATRONI4_DIR}/usr/bin/patroni`,
        pythonPath: `${PATRONI4_DIR}/usr/lib/python3/dist-packages`,
      };
    case 3:
      // Debian 12's own; loses acknowledged writes with etcd3 when an old primary returns.
      return { major, version: '3.0.2', bin: '/usr/bin/patroni', pythonPath: '' };
  }
}

export function readState(): LabState | undefined {
  const file = labPaths.stateFile();
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as LabState) : undefined;
}

export function writeState(state: LabState): void {
  writeFileSync(labPaths.stateFile(), `${JSON.stringify(state, null, 2)}\n`);
}
