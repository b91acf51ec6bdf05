// Before the lab puts its address on its bridge: is the name or the subnet already someone else's?
// Two labs on one machine must differ in both (KEEL_LAB_NAME, KEEL_LAB_SUBNET); overlapping subnets
// on two links would send one lab's traffic to the other's hosts.
import { networkOf, overlaps, parseSubnet } from './settings.js';

export interface BridgeSpec {
  name: string;
  address: string;
  prefix: number;
  cidr: string;
}

/** What `ip -o -4 addr show` lists: link name and address/prefix, one per line. */
export function ipv4Addresses(output: string): { link: string; address: string }[] {
  return output
    .split('\n')
    .map((line) => /^\d+:\s+(\S+?)(?:@\S+)?\s+inet\s+(\S+)/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ link: match[1]!, address: match[2]! }));
}

/** Why the bridge cannot take its address, or undefined when nothing stands in the way. */
export function bridgeConflict(bridge: BridgeSpec, addrOutput: string): string | undefined {
  const ours = parseSubnet(bridge.cidr);
  for (const { link, address } of ipv4Addresses(addrOutput)) {
    if (link === bridge.name) {
      if (address !== `${bridge.address}/${bridge.prefix}`) {
        return (
          `${link} already has ${address}, not ${bridge.address}/${bridge.prefix}: another lab uses this name; ` +
          "give this one another KEEL_LAB_NAME (or use that lab's KEEL_LAB_SUBNET)"
        );
      }
      continue;
    }
    const theirs = networkOf(address);
    if (theirs && overlaps(ours, theirs)) {
      return `${bridge.cidr} (KEEL_LAB_SUBNET) overlaps ${address} on ${link}: choose another KEEL_LAB_SUBNET`;
    }
  }
  return undefined;
}
