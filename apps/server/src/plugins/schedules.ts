import fp from 'fastify-plugin';
import type { Principal } from '@keel/shared';
import { KeelError } from '../errors.js';
import { ScheduleRepository, type ScheduleRecord } from '../schedules/repository.js';
import { Scheduler } from '../schedules/scheduler.js';

declare module 'fastify' {
  interface FastifyInstance {
    schedules: { repo: ScheduleRepository; scheduler: Scheduler };
  }
}

/** Recurring jobs: each run is submitted like a request from the schedule's owner, with their role now. */
export default fp(
  async (app) => {
    const repo = new ScheduleRepository(app.db);
    const submit = async (s: ScheduleRecord): Promise<string> => {
      const owner = await app.security.users.find(s.ownerId);
      if (!owner || owner.disabled)
        throw new KeelError(
          'FORBIDDEN',
          `the schedule's owner ${s.ownerName} no longer exists or is disabled`,
        );
      const principal: Principal = {
        id: owner.id,
        username: `${owner.username} (schedule)`,
        role: owner.role as Principal['role'],
        via: 'token',
        mustChangePassword: false,
      };
      return (await app.jobs.runner.submit(s.kind as 'drill', s.clusterId, s.params, principal)).id;
    };
    const scheduler = new Scheduler({ repo, submit, clock: () => new Date(), log: app.log });
    app.decorate('schedules', { repo, scheduler });
    // After the job runner has recovered what was running, so a missed run finds the cluster free.
    app.addHook('onReady', async () => {
      setTimeout(
        () =>
          void scheduler.start().catch((e: unknown) => app.log.error({ err: e }, 'schedules did not start')),
        5_000,
      ).unref();
    });
    app.addHook('preClose', () => scheduler.stop());
  },
  { name: 'schedules', dependencies: ['database', 'jobs', 'auth'] },
);
