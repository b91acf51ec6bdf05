import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe. */
export const randomToken = (): string => randomBytes(32).toString('base64url');

/** Tokens are random and long, so a plain SHA-256 is enough to store them safely (no need for a slow hash). */
export const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');
