// Where a lab lives: its subnet and the name its bridge, namespaces, links and state dir carry.
// Two settings let a second lab run beside the first on one machine (scripts/check-fresh-machine.sh
// runs one inside a chroot while another may run on the machine itself):
//   KEEL_LAB_SUBNET  an IPv4 network, /16 to /28 (default 10.231.0.0/24); the bridge takes the first
//                    address (.1), the hosts the 10th to 13th (.10-.13)
//   KEEL_LAB_NAME    1-8 lower-case letters and digits (default keel): bridge NAME-lab0, network
//                    namespaces NAME-pg1..., links NAME-v-pg1..., state dir /var/lib/NAME-lab
export const DEFAULT_SUBNET = '10.231.0.0/24';
export const DEFAULT_NAME = 'keel';

export interface Subnet {
  /** The network address as a 32-bit number. */
  network: number;
  prefix: number;
}

export interface LabSettings {
  subnet: Subnet;
  name: string;
}

export class LabSettingsError extends Error {}

function parseAddress(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((part) => /^(0|[1-9]\d{0,2})$/.test(part) && Number(part) < 256)) {
    return undefined;
  }
  return parts.reduce((value, part) => value * 256 + Number(part), 0);
}

export function formatAddress(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');
}

export function parseSubnet(text: string): Subnet {
  const [address = '', prefixText = '', ...rest] = text.trim().split('/');
  const network = parseAddress(address);
  const prefix = /^\d{1,2}$/.test(prefixText) ? Number(prefixText) : NaN;
  if (network === undefined || rest.length > 0 || !(prefix >= 16 && prefix <= 28)) {
    throw new LabSettingsError(
      `KEEL_LAB_SUBNET=${text}: expected an IPv4 network from /16 to /28, e.g. ${DEFAULT_SUBNET}`,
    );
  }
  const size = 2 ** (32 - prefix);
  if (network % size !== 0) {
    throw new LabSettingsError(
      `KEEL_LAB_SUBNET=${text}: ${address} is not where a /${prefix} starts (${formatAddress(network - (network % size))}/${prefix} is)`,
    );
  }
  return { network, prefix };
}

/** The network of an interface address such as 192.0.2.2/24 (any prefix); undefined if not one. */
export function networkOf(addressWithPrefix: string): Subnet | undefined {
  const [address = '', prefixText = ''] = addressWithPrefix.split('/');
  const value = parseAddress(address);
  const prefix = prefixText === '' ? 32 : Number(prefixText);
  if (value === undefined || !Number.isInteger(prefix) || prefix < 0 || prefix > 32) return undefined;
  const size = 2 ** (32 - prefix);
  return { network: value - (value % size), prefix };
}

/** The address `offset` places into the subnet, e.g. offset 10 of 10.231.0.0/24 is 10.231.0.10. */
export function addressIn(subnet: Subnet, offset: number): string {
  return formatAddress(subnet.network + offset);
}

/** Whether two networks share an address (one contains the other). */
export function overlaps(a: Subnet, b: Subnet): boolean {
  const prefix = Math.min(a.prefix, b.prefix);
  const size = 2 ** (32 - prefix);
  return Math.floor(a.network / size) === Math.floor(b.network / size);
}

export function cidrOf(subnet: Subnet): string {
  return `${formatAddress(subnet.network)}/${subnet.prefix}`;
}

export function parseLabName(text: string): string {
  if (!/^[a-z][a-z0-9]{0,7}$/.test(text)) {
    // Link names have at most 15 characters: NAME-v-pg1 must fit.
    throw new LabSettingsError(
      `KEEL_LAB_NAME=${text}: expected 1-8 lower-case letters and digits, starting with a letter`,
    );
  }
  return text;
}

export function labSettings(env: NodeJS.ProcessEnv): LabSettings {
  return {
    subnet: parseSubnet(env.KEEL_LAB_SUBNET || DEFAULT_SUBNET),
    name: parseLabName(env.KEEL_LAB_NAME || DEFAULT_NAME),
  };
}
