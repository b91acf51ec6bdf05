import ssh2 from 'ssh2';

/**
 * The secret parts of an OpenSSH private key, to search for: the key as given, and the base64 lines of
 * its body that hold only the private section (the public key's lines are public, so finding them proves
 * nothing), plus, for a key without a passphrase, the raw private seed in hex and base64 and the key in
 * PKCS#8 form.
 */
export function opensshPrivateParts(pem: string): string[] {
  const lines = pem.trim().split('\n');
  const bodyLines = lines.slice(1, -1).map((l) => l.trim());
  const body = Buffer.from(bodyLines.join(''), 'base64');
  let at = 'openssh-key-v1\0'.length;
  const readString = (): Buffer => {
    const length = body.readUInt32BE(at);
    const value = body.subarray(at + 4, at + 4 + length);
    at += 4 + length;
    return value;
  };
  const cipher = readString().toString();
  readString(); // kdf name
  readString(); // kdf options
  const keyCount = body.readUInt32BE(at);
  at += 4;
  for (let i = 0; i < keyCount; i++) readString(); // public keys
  const privateStart = at + 4; // the length of the private section comes first
  const parts = [pem, JSON.stringify(pem).slice(1, -1)];
  // Base64 lines do not end on byte boundaries: a line starting at character c starts at byte 3c/4.
  let chars = 0;
  for (const line of bodyLines) {
    if (Math.floor((chars * 3) / 4) >= privateStart && line.length >= 20) parts.push(line);
    chars += line.length;
  }
  if (cipher === 'none') {
    at = privateStart + 8; // two check integers
    readString(); // key type
    readString(); // public key
    const seed = readString().subarray(0, 32);
    parts.push(seed.toString('hex'), seed.toString('base64'), seed.toString('base64url'));
    // The same key as another program would write it (PKCS#8 PEM), should Keel ever convert it.
    const key = ssh2.utils.parseKey(pem);
    if (!(key instanceof Error)) parts.push(key.getPrivatePEM().split('\n').slice(1, -1).join(''));
  }
  return parts;
}
