// What the fresh-machine check reads out of strace: real strace -xx line shapes, made up hosts.
import { describe, expect, it } from 'vitest';
import { decodeStraceString, dnsQueryName, isAllowedName, summarizeTrace } from './connect-trace.ts';

/** strace -xx prints every byte of a string as \xHH. */
const hex = (bytes: Buffer) => [...bytes].map((b) => `\\x${b.toString(16).padStart(2, '0')}`).join('');

function query(name: string, id = 0x72b5): Buffer {
  const labels = name.split('.').flatMap((label) => [label.length, ...Buffer.from(label)]);
  // id, flags (recursion desired), 1 question, 0 answers/authority/additional; name; QTYPE A; QCLASS IN
  return Buffer.from([id >> 8, id & 0xff, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0, ...labels, 0, 0, 1, 0, 1]);
}

describe('strace strings', () => {
  it('decodes -xx hex and C escapes', () => {
    expect(decodeStraceString('\\x31\\x30\\x2e\\x30').toString()).toBe('10.0');
    expect(decodeStraceString('GET / HTTP/1.1\\r\\n\\0').toString('latin1')).toBe('GET / HTTP/1.1\r\n\0');
    expect(decodeStraceString('a\\"b\\\\').toString()).toBe('a"b\\');
  });
});

describe('DNS queries', () => {
  it('reads the name a query asks for', () => {
    expect(dnsQueryName(query('Mirror.Example.org'))).toBe('mirror.example.org');
  });

  it('ignores answers and bytes that are not a query', () => {
    const answer = query('example.org');
    answer[2] = 0x81; // QR set: a response
    expect(dnsQueryName(answer)).toBeUndefined();
    expect(dnsQueryName(Buffer.from('GET /debian/dists/bookworm/Release HTTP/1.1\r\n'))).toBeUndefined();
  });
});

describe('a trace', () => {
  const log = [
    `101 connect(7, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("${hex(Buffer.from('192.0.2.53'))}")}, 16) = 0`,
    `101 sendmmsg(7, [{msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="${hex(query('a.example.org'))}", iov_len=31}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, msg_len=31}, {msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="${hex(query('a.example.org', 1))}", iov_len=31}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, msg_len=31}], 2, MSG_NOSIGNAL) = 2`,
    `102 sendto(9, "${hex(query('b.example.net'))}", 31, MSG_NOSIGNAL, NULL, 0) = 31`,
    `103 connect(5, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("${hex(Buffer.from('198.51.100.7'))}")}, 16) = -1 EINPROGRESS (Operation now in progress)`,
    `103 connect(6, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("${hex(Buffer.from('198.51.100.7'))}")}, 16 <unfinished ...>`,
    `104 connect(3, {sa_family=AF_INET6, sin6_port=htons(80), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "${hex(Buffer.from('::1'))}", &sin6_addr), sin6_scope_id=0}, 28) = 0`,
    `105 connect(3, {sa_family=AF_UNIX, sun_path="${hex(Buffer.from('/var/run/nscd/socket'))}"}, 110) = -1 ENOENT (No such file or directory)`,
    `103 sendto(5, "${hex(Buffer.from('GET / HTTP/1.1\r\n'))}", 16, MSG_NOSIGNAL, NULL, 0) = 16`,
  ].join('\n');

  it('counts the names looked up, from sendmmsg and sendto alike', () => {
    expect(Object.fromEntries(summarizeTrace(log).lookups)).toEqual({
      'a.example.org': 2,
      'b.example.net': 1,
    });
  });

  it('counts every internet connect, finished or not, and leaves unix sockets out', () => {
    expect(summarizeTrace(log).destinations).toEqual([
      { address: '192.0.2.53', port: 53, count: 1 },
      { address: '198.51.100.7', port: 443, count: 2 },
      { address: '::1', port: 80, count: 1 },
    ]);
  });
});

describe('allowed names', () => {
  const allowed = new Set(['mirror.example.org']);

  it('takes an allowed host and its service records, nothing else', () => {
    expect(isAllowedName('mirror.example.org', allowed)).toBe(true);
    expect(isAllowedName('_http._tcp.mirror.example.org', allowed)).toBe(true);
    expect(isAllowedName('_http._tcp.other.example.org', allowed)).toBe(false);
    expect(isAllowedName('evil.mirror.example.org', allowed)).toBe(false);
    expect(isAllowedName('example.org', allowed)).toBe(false);
  });
});
