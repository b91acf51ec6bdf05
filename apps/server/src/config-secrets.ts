import { readFileSync } from 'node:fs';

/** Thrown for a secret given twice or a secret file that cannot be read; config.ts names the variable. */
export class SecretSourceError extends Error {
  constructor(
    readonly variable: string,
    detail: string,
  ) {
    super(detail);
  }
}

/**
 * A secret from `NAME` or from the file named by `NAME_FILE` (systemd credentials, Docker/Kubernetes
 * secrets, a root-only file), never both. A file's trailing line break is not part of the secret.
 */
export function secretFrom(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name] || undefined;
  const file = env[`${name}_FILE`] || undefined;
  if (value !== undefined && file !== undefined) {
    throw new SecretSourceError(`${name}_FILE`, `set either ${name} or ${name}_FILE, not both`);
  }
  if (file === undefined) return value;
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new SecretSourceError(`${name}_FILE`, `cannot read ${JSON.stringify(file)} (${reason})`);
  }
  const secret = content.replace(/\r?\n$/, '');
  if (secret === '') throw new SecretSourceError(`${name}_FILE`, `${JSON.stringify(file)} is empty`);
  return secret;
}
