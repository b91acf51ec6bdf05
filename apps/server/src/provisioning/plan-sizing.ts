import type { ParameterValue, ProposedParameter } from '@keel/shared';

/** What sizing needs to know of a host (gathered from it over SSH: /proc/meminfo, nproc, df, lsblk). */
export interface HostResources {
  name: string;
  memoryBytes: number;
  cpus: number;
  /** Size of the file system that will hold the data directory; null when not known yet. */
  dataDiskBytes: number | null;
  /** Whether that disk spins; null when unknown (treated as solid state, as most servers are now). */
  rotational: boolean | null;
}

const MiB = 1024 ** 2;
const GiB = 1024 ** 3;

/** PostgreSQL's memory units: whole MB (every parameter here accepts them). */
const mb = (bytes: number): string => `${Math.max(1, Math.floor(bytes / MiB))}MB`;
/** Memory and disks in binary units, as hosts report them: 8 GiB, 1.5 TiB. */
function formatBytes(bytes: number): string {
  const [unit, size]: [string, number] =
    bytes >= 1024 * GiB ? ['TiB', 1024 * GiB] : bytes >= GiB ? ['GiB', GiB] : ['MiB', MiB];
  const value = bytes / size;
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
}
const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));
const sized = (value: string, reason: string): ProposedParameter => ({ value, source: 'sized', reason });

/**
 * PostgreSQL settings for a host's memory, CPUs and disk, each with the reason for its value. The usual
 * guidance: shared_buffers about a quarter of memory, effective_cache_size about three quarters,
 * work_mem so that every connection sorting at once still fits, WAL sized to the disk.
 */
export function sizeParameters(
  host: HostResources,
  maxConnections: number,
): Record<string, ProposedParameter> {
  const memory = host.memoryBytes;
  const mem = formatBytes(memory);
  const sharedBuffers = clamp(memory * 0.25, 128 * MiB, 32 * GiB);
  const maintenance = clamp(memory / 16, 64 * MiB, 2 * GiB);
  // What is left after shared_buffers, shared by every connection running up to ~2 sorts or hashes at once.
  const workMem = clamp((memory - sharedBuffers) / (maxConnections * 2), 4 * MiB, 256 * MiB);
  const disk = host.dataDiskBytes;
  const maxWal = disk === null ? 4 * GiB : clamp(disk * 0.1, 1 * GiB, 16 * GiB);
  const walKeep = disk === null ? 2 * GiB : clamp(disk * 0.05, 512 * MiB, 8 * GiB);
  const diskText =
    disk === null ? 'the disk size is not known yet' : `${formatBytes(disk)} for the data directory`;
  const spinning = host.rotational === true;
  const parallel = Math.max(1, Math.min(4, Math.floor(host.cpus / 2)));

  return {
    shared_buffers: sized(
      mb(sharedBuffers),
      `25% of ${mem} memory${sharedBuffers === 32 * GiB ? ', capped at 32 GB: more rarely helps' : ''}${sharedBuffers === 128 * MiB ? ', at least 128 MB' : ''}`,
    ),
    effective_cache_size: sized(
      mb(memory * 0.75),
      `75% of ${mem}: what shared_buffers and the OS cache hold together (planner estimate, nothing is allocated)`,
    ),
    maintenance_work_mem: sized(
      mb(maintenance),
      `1/16 of ${mem}, between 64 MB and 2 GB: VACUUM and index builds`,
    ),
    work_mem: sized(
      mb(workMem),
      `(${mem} − shared_buffers) / (${maxConnections} connections × 2 operations), between 4 MB and 256 MB: every connection may sort at once without swapping`,
    ),
    max_wal_size: sized(
      mb(maxWal),
      `10% of the disk, 1-16 GB (${diskText}): fewer forced checkpoints under load`,
    ),
    min_wal_size: sized(mb(maxWal / 4), 'a quarter of max_wal_size: WAL files kept for reuse'),
    wal_keep_size: sized(
      mb(walKeep),
      `5% of the disk, 512 MB-8 GB (${diskText}): a replica that fell behind catches up without being rebuilt`,
    ),
    checkpoint_timeout: sized(
      '15min',
      'fewer full-page writes than the 5 min default; crash recovery stays short',
    ),
    checkpoint_completion_target: sized('0.9', 'spreads checkpoint writes over most of the interval'),
    random_page_cost: sized(
      spinning ? '4' : '1.1',
      spinning
        ? 'the data disk spins: random reads cost more'
        : 'solid-state disk: random reads cost about as much as sequential ones',
    ),
    effective_io_concurrency: sized(
      spinning ? '2' : '200',
      spinning ? 'a spinning disk' : 'solid-state disks serve many reads at once',
    ),
    max_worker_processes: sized(String(Math.max(8, host.cpus)), `${host.cpus} CPUs, at least the default 8`),
    max_parallel_workers: sized(String(Math.max(1, host.cpus)), `one per CPU (${host.cpus})`),
    max_parallel_workers_per_gather: sized(String(parallel), `half the CPUs, at most 4 (${host.cpus} CPUs)`),
  };
}

/**
 * The cluster's settings (Patroni keeps one set for every member): sized for the smallest host, since
 * any member may become the primary, then the plan's overrides over them.
 */
export function proposeParameters(
  hosts: readonly HostResources[],
  maxConnections: number,
  overrides: Record<string, ParameterValue> = {},
): { basis: string; parameters: Record<string, ProposedParameter> } {
  if (hosts.length === 0) throw new Error('Sizing needs at least one host');
  const smallest = hosts.reduce((a, b) => (b.memoryBytes < a.memoryBytes ? b : a));
  const disks = hosts.map((h) => h.dataDiskBytes).filter((d): d is number => d !== null);
  const basis = {
    ...smallest,
    cpus: Math.min(...hosts.map((h) => h.cpus)),
    dataDiskBytes: disks.length === hosts.length ? Math.min(...disks) : null,
    rotational: hosts.some((h) => h.rotational === true) ? true : smallest.rotational,
  };
  const parameters = sizeParameters(basis, maxConnections);
  for (const [name, value] of Object.entries(overrides)) {
    const proposed = parameters[name];
    parameters[name] = {
      value: String(value),
      source: 'override',
      reason: proposed
        ? `set in the plan (proposed: ${proposed.value}, ${proposed.reason})`
        : 'set in the plan',
    };
  }
  const same = hosts.every((h) => h.memoryBytes === smallest.memoryBytes);
  return {
    basis: same
      ? `every host has ${formatBytes(smallest.memoryBytes)}`
      : `sized for the smallest host, ${smallest.name} (${formatBytes(smallest.memoryBytes)}): any member may become the primary`,
    parameters,
  };
}
