import type { ClusterState, JobLogLine, JobStep } from '@keel/shared';
import { JobFailure, type JobContext, type JobEnv } from './types.js';
import { errorMessage as message } from '../failure.js';

export interface ContextSink {
  saveSteps(steps: JobStep[]): Promise<void>;
  saveFacts(facts: Record<string, unknown>): Promise<void>;
  appendLog(line: JobLogLine): Promise<void>;
}

/** The context a job definition runs in: steps, log and facts persist as they happen. */
export function createContext<P>(
  jobId: string,
  params: P,
  facts: Record<string, unknown>,
  env: JobEnv,
  signal: AbortSignal,
  sink: ContextSink,
  initialSteps: JobStep[] = [],
): JobContext<P> {
  const steps = [...initialSteps];
  let currentStep: string | null = null;

  const log = async (text: string, level: JobLogLine['level'] = 'info'): Promise<void> => {
    await sink.appendLog({ at: env.clock().toISOString(), level, step: currentStep, message: text });
  };

  const state = (): ClusterState => {
    const s = env.state();
    if (!s) throw new JobFailure('Keel is not observing this cluster');
    return s;
  };

  const settleStep: JobContext<P>['settleStep'] = async (name, status, detail) => {
    const now = env.clock().toISOString();
    const open = steps.findLast((s) => s.name === name && s.status === 'running');
    if (open) Object.assign(open, { status, finishedAt: now, detail });
    // A step that already ended keeps what it said; one that never began is recorded as found.
    else if (!steps.some((s) => s.name === name))
      steps.push({ name, status, startedAt: now, finishedAt: now, detail });
    else return;
    await sink.saveSteps(steps);
    await log(`${name}: ${detail}`, status === 'failed' ? 'warn' : 'info');
  };

  return {
    jobId,
    params,
    env,
    signal,
    facts,
    state,
    log,
    async remember(more) {
      Object.assign(facts, more);
      await sink.saveFacts(facts);
    },
    async step(name, run) {
      if (signal.aborted) throw new JobFailure('cancelled');
      const entry: JobStep = {
        name,
        status: 'running',
        startedAt: env.clock().toISOString(),
        finishedAt: null,
        detail: null,
      };
      steps.push(entry);
      currentStep = name;
      await sink.saveSteps(steps);
      await log(`${name}…`);
      try {
        const { detail, value } = await run();
        Object.assign(entry, { status: 'succeeded', finishedAt: env.clock().toISOString(), detail });
        await log(`${name}: ${detail}`);
        return value;
      } catch (error) {
        Object.assign(entry, {
          status: 'failed',
          finishedAt: env.clock().toISOString(),
          detail: message(error),
        });
        await log(`${name} failed: ${message(error)}`, 'error');
        throw error;
      } finally {
        currentStep = null;
        await sink.saveSteps(steps);
      }
    },
    settleStep,
    async settleOpenSteps(status, detail) {
      for (const s of steps.filter((x) => x.status === 'running')) await settleStep(s.name, status, detail);
    },
    async waitFor(what, check, timeoutMs) {
      const deadline = env.clock().getTime() + timeoutMs;
      let last = 'no observation yet';
      for (;;) {
        const s = env.state();
        if (s) {
          const found = check(s);
          if (found !== undefined) return found;
          last = describeState(s);
        }
        if (env.clock().getTime() >= deadline) {
          throw new JobFailure(
            `${what}: not seen within ${Math.round(timeoutMs / 1000)} s (last seen: ${last})`,
          );
        }
        await env.sleep(250, signal);
      }
    },
  };
}

/** One line about a cluster, for timeouts that must say what was seen instead. */
export function describeState(s: ClusterState): string {
  const members = s.members.map(
    (m) => `${m.name} ${m.role}/${m.state}${m.timeline !== null ? ` tl${m.timeline}` : ''}`,
  );
  return `leader ${s.leader ?? 'none'}; ${members.join(', ')}`;
}
