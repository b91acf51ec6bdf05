import { existsSync } from 'node:fs';
import path from 'node:path';
import Type, { type Static } from 'typebox';
import Value from 'typebox/value';
import { parseTrustedProxies } from './config-proxy.js';
import { SecretSourceError, secretFrom } from './config-secrets.js';
import { appRoot, compiled } from './paths.js';

/** Environment variables Keel reads, with their defaults. Validated once at start. */
const EnvSchema = Type.Object({
  KEEL_PORT: Type.Integer({ minimum: 1, maximum: 65535, default: 8080 }),
  KEEL_HOST: Type.String({ minLength: 1, default: '127.0.0.1' }),
  KEEL_DATA_DIR: Type.Optional(Type.String({ minLength: 1 })),
  KEEL_LOG_LEVEL: Type.Union(
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l)),
    { default: 'info' },
  ),
  KEEL_WEB_DIR: Type.Optional(Type.String({ minLength: 1 })),
  KEEL_SESSION_IDLE_MINUTES: Type.Integer({ minimum: 1, maximum: 24 * 60, default: 30 }),
  KEEL_SESSION_MAX_HOURS: Type.Integer({ minimum: 1, maximum: 24 * 30, default: 12 }),
  KEEL_TLS_CERT: Type.Optional(Type.String({ minLength: 1 })),
  KEEL_TLS_KEY: Type.Optional(Type.String({ minLength: 1 })),
  KEEL_TRUST_PROXY: Type.Optional(Type.String({ minLength: 1 })),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  logLevel: Static<typeof EnvSchema>['KEEL_LOG_LEVEL'];
  /** Built web app to serve at `/`; absent when the build is missing (API-only). */
  webDir: string;
  session: { idleMs: number; maxMs: number };
  /** Serve HTTPS with these PEM files; cookies are then marked Secure. */
  tls: { certPath: string; keyPath: string } | null;
  /** Reverse proxies whose X-Forwarded-* headers are believed (KEEL_TRUST_PROXY); empty: none are. */
  trustProxy: string[];
  /** KEEL_SECRET_KEY or the contents of KEEL_SECRET_KEY_FILE (base64); absent: `secret.key` in the data dir. */
  secretKey: string | undefined;
  /** KEEL_ADMIN_PASSWORD or KEEL_ADMIN_PASSWORD_FILE: the first admin's password; absent: a one-time one. */
  adminPassword: string | undefined;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    detail: string,
  ) {
    super(`Invalid environment variable ${variable}: ${detail}`);
    this.name = 'ConfigError';
  }
}

const defaultWebDir = path.join(appRoot, 'apps/web/dist');
/**
 * From source: the checkout's `data/`, whichever directory the server is started from (pnpm runs it in
 * apps/server). Compiled (an installed Keel): /var/lib/keel, never inside the program's own files.
 */
export const defaultDataDir = compiled ? '/var/lib/keel' : path.join(appRoot, 'data');

/** Reads Keel's configuration from the environment; a bad value throws a ConfigError naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(EnvSchema.properties)) {
    const value = env[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const candidate = Value.Convert(EnvSchema, Value.Default(EnvSchema, raw));
  const firstError = Value.Errors(EnvSchema, candidate)[0];
  if (firstError) {
    const variable = firstError.instancePath.replace(/^\//, '') || 'environment';
    throw new ConfigError(variable, `${JSON.stringify(raw[variable] ?? null)} ${firstError.message}`);
  }
  const parsed = candidate as Static<typeof EnvSchema>;
  const proxies = parseTrustedProxies(parsed.KEEL_TRUST_PROXY ?? '');
  if ('invalid' in proxies) {
    throw new ConfigError(
      'KEEL_TRUST_PROXY',
      `${JSON.stringify(proxies.invalid)} is not an IP address or CIDR range (e.g. 127.0.0.1, 10.0.0.0/24)`,
    );
  }
  return {
    port: parsed.KEEL_PORT,
    host: parsed.KEEL_HOST,
    dataDir: path.resolve(parsed.KEEL_DATA_DIR ?? defaultDataDir),
    logLevel: parsed.KEEL_LOG_LEVEL,
    webDir: path.resolve(parsed.KEEL_WEB_DIR ?? defaultWebDir),
    session: {
      idleMs: parsed.KEEL_SESSION_IDLE_MINUTES * 60_000,
      maxMs: parsed.KEEL_SESSION_MAX_HOURS * 3_600_000,
    },
    tls: tlsFrom(parsed.KEEL_TLS_CERT, parsed.KEEL_TLS_KEY),
    trustProxy: proxies.list,
    secretKey: secret(env, 'KEEL_SECRET_KEY'),
    adminPassword: secret(env, 'KEEL_ADMIN_PASSWORD'),
  };
}

function secret(env: NodeJS.ProcessEnv, name: string): string | undefined {
  try {
    return secretFrom(env, name);
  } catch (error) {
    if (error instanceof SecretSourceError) throw new ConfigError(error.variable, error.message);
    throw error;
  }
}

function tlsFrom(certPath: string | undefined, keyPath: string | undefined): Config['tls'] {
  if (!certPath && !keyPath) return null;
  if (!certPath) throw new ConfigError('KEEL_TLS_CERT', 'must be set when KEEL_TLS_KEY is');
  if (!keyPath) throw new ConfigError('KEEL_TLS_KEY', 'must be set when KEEL_TLS_CERT is');
  for (const [variable, file] of [
    ['KEEL_TLS_CERT', certPath],
    ['KEEL_TLS_KEY', keyPath],
  ] as const) {
    if (!existsSync(file)) throw new ConfigError(variable, `${JSON.stringify(file)} does not exist`);
  }
  return { certPath: path.resolve(certPath), keyPath: path.resolve(keyPath) };
}
