// Benchmark: a planned switchover run by Keel on the real lab, with a writer going through HAProxy's
// read-write port the whole time. Prints each run's write gap (longest time between two acknowledged
// writes) and acknowledged writes lost, then the median of the runs. Goal: under 5 s and zero lost.
// `pnpm exec tsx bench/switchover-write-gap.ts [runs=5]` with the lab up.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ClusterDetail, Job, JobDetail } from '../packages/shared/src/index.js';
import { requireLabStatus } from '../packages/lab/src/index.js';
import { buildApp } from '../apps/server/src/build-app.js';
import { loadConfig } from '../apps/server/src/config.js';
import { labImportRequest } from '../apps/server/scripts/lab-import.js';
import { AckedWriter } from '../packages/lab/src/index.js';
import { sleep, waitUntil } from './lib/async.js';
import { median, worst } from './lib/stats.js';

const runs = Number(process.argv[2] ?? 5);

async function main(): Promise<void> {
  const status = await requireLabStatus();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'keel-bench-switchover-'));
  const app = await buildApp(loadConfig({ KEEL_DATA_DIR: dataDir }), false);
  try {
    const admin = await app.security.users.create({
      username: 'bench',
      password: 'bench password 1',
      role: 'admin',
    });
    const { token } = await app.security.tokens.create(
      { id: admin.id, role: 'admin' },
      { name: 'bench', role: 'admin' },
    );
    const headers = { authorization: `Bearer ${token}` };
    const imported = await app.inject({
      method: 'POST',
      url: '/api/v1/clusters',
      headers,
      payload: labImportRequest(status),
    });
    const clusterId = imported.json<ClusterDetail>().id;
    const connection = {
      host: status.haproxy.readWrite.host,
      port: status.haproxy.readWrite.port,
      user: status.credentials.superuser.username,
      password: status.credentials.superuser.password,
      database: 'postgres',
    };

    const gaps: number[] = [];
    let lostTotal = 0;
    for (let run = 1; run <= runs; run++) {
      const healthy = await waitUntil(
        'a healthy cluster',
        async () => {
          const s = app.observers.state(clusterId);
          return s?.health.level === 'healthy' &&
            s.members.every((m) => m.state === 'streaming' || m.state === 'running')
            ? s
            : undefined;
        },
        180_000,
        500,
      );
      const writer = new AckedWriter(connection, 'keel_bench_switchover');
      await writer.start();
      await sleep(2_000);
      const res = await app.inject({
        method: 'POST',
        url: `/api/v1/clusters/${clusterId}/switchover`,
        headers,
        payload: {},
      });
      if (res.statusCode !== 202) throw new Error(`switchover refused: ${res.body}`);
      const jobId = res.json<Job>().id;
      const job = await waitUntil(
        'the switchover job to end',
        async () => {
          const j = await app.jobs.repo.detail(jobId);
          return j && !['queued', 'running'].includes(j.status) ? j : undefined;
        },
        180_000,
      );
      await sleep(2_000);
      await writer.stop();
      const lost = (await writer.missing()).length;
      lostTotal += lost;
      gaps.push(writer.longestGapMs());
      console.log(
        `run ${run}: ${summary(job)} -> ${job.status}; write gap ${writer.longestGapMs()} ms, ` +
          `${writer.acked.length} acknowledged writes, ${lost} lost (leader was ${healthy.leader})`,
      );
      if (job.status !== 'succeeded') throw new Error(`job ${job.status}: ${job.result}`);
    }
    console.log(
      `\nplanned switchover write gap: median ${median(gaps)} ms, worst ${worst(gaps)} ms (${runs} runs); acknowledged writes lost: ${lostTotal}`,
    );
    // A benchmark whose subject broke must not pass: a planned switchover loses nothing.
    if (lostTotal > 0) {
      console.error(`FAILED: ${lostTotal} acknowledged writes lost in planned switchovers`);
      process.exitCode = 1;
    }
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const summary = (job: JobDetail): string => job.summary;

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
