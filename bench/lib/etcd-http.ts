const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');

/** Writes one key through etcd's HTTP gateway; resolves when etcd has committed it. */
export async function putKey(endpoint: string, key: string, value: string): Promise<void> {
  const res = await fetch(`${endpoint}/v3/kv/put`, {
    method: 'POST',
    body: JSON.stringify({ key: b64(key), value: b64(value) }),
    signal: AbortSignal.timeout(5_000),
  });
  if (!res.ok) throw new Error(`etcd put ${key}: ${res.status} ${await res.text()}`);
  await res.body?.cancel();
}

/** Whether etcd answers its /health with healthy. */
export async function etcdHealthy(endpoint: string): Promise<boolean> {
  try {
    const res = await fetch(`${endpoint}/health`, { signal: AbortSignal.timeout(1_000) });
    return res.ok && ((await res.json()) as { health?: string }).health === 'true';
  } catch {
    return false;
  }
}
