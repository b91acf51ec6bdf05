// One lab command that changes the lab at a time: two concurrent `up`s would each boot a
// missing host. The lock is a file beside the lab dir holding the owner's pid; a lock
// whose owner died is taken over.
import { openSync, closeSync, mkdirSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { sleep } from './exec.js';
import { progress } from './log.js';
import { labDir } from './paths.js';
import { isAlive } from './procfs.js';

const lockPath = () => `${labDir()}.lock`;

function tryLock(): boolean {
  mkdirSync(dirname(lockPath()), { recursive: true });
  try {
    const fd = openSync(lockPath(), 'wx');
    writeSync(fd, String(process.pid));
    closeSync(fd);
    return true;
  } catch {
    const owner = Number(readFileSync(lockPath(), { encoding: 'utf8', flag: 'a+' }));
    if (!owner || !isAlive(owner)) rmSync(lockPath(), { force: true });
    return false;
  }
}

export async function withLabLock<T>(work: () => Promise<T>, timeoutMs = 180_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let announced = false;
  while (!tryLock()) {
    if (!announced) progress(`waiting for another lab command to finish (${lockPath()})`);
    announced = true;
    if (Date.now() > deadline) throw new Error(`another lab command holds ${lockPath()}`);
    await sleep(200);
  }
  try {
    return await work();
  } finally {
    rmSync(lockPath(), { force: true });
  }
}
