import type { HostKeyPin as Row, PrismaClient } from '../generated/prisma/index.js';
import type { HostKeyId, HostKeyPin, PinOrigin } from './host-key.js';

/** The endpoint a pin is kept under: what Keel connects to, compared as DNS names are (case does not matter). */
export const pinEndpoint = (address: string, port: number): string => `${address.toLowerCase()}:${port}`;

const toPin = (row: Row): HostKeyPin => ({
  endpoint: row.endpoint,
  keyType: row.keyType,
  fingerprint: row.fingerprint,
  origin: row.origin as PinOrigin,
  acceptedBy: row.acceptedBy,
  acceptedAt: row.acceptedAt,
});

/** The pinned SSH host keys in the inventory. A pin is added once; it is never overwritten by a connection. */
export class HostKeyPinRepository {
  constructor(private readonly db: PrismaClient) {}

  async find(endpoint: string): Promise<HostKeyPin | null> {
    const row = await this.db.hostKeyPin.findUnique({ where: { endpoint } });
    return row ? toPin(row) : null;
  }

  /**
   * Pins `key` for `endpoint`. Two connections racing to pin the same endpoint: the first wins and the
   * second is judged against it (the unique index refuses the second insert).
   */
  async record(endpoint: string, key: HostKeyId, origin: PinOrigin, acceptedBy: string): Promise<HostKeyPin> {
    const row = await this.db.hostKeyPin.create({
      data: { endpoint, keyType: key.keyType, fingerprint: key.fingerprint, origin, acceptedBy },
    });
    return toPin(row);
  }

  /** An operator's knowing act (a host reinstalled): the next connection is judged as a first one. */
  async remove(endpoint: string): Promise<boolean> {
    const { count } = await this.db.hostKeyPin.deleteMany({ where: { endpoint } });
    return count > 0;
  }
}
