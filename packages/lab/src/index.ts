// @keel/lab as a library: tests and Keel's server read the lab without spawning the CLI.
export {
  readLabStatus,
  requireLabStatus,
  type LabStatus,
  type LabHostStatus,
  type LabEndpoint,
} from './status.js';
export type { HostName, HostRole } from './topology.js';
export type { HostState } from './hosts.js';
export { sshArgs } from './ssh.js';
export { PATRONI_TIMINGS, HAPROXY_TIMINGS, ETCD_TIMINGS } from './timings.js';
export { AckedWriter } from './acked-writer.js';
export { SteadyWriter } from './steady-writer.js';
export { rebuildMember } from './rebuild-member.js';
