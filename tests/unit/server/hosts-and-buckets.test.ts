import { describe, expect, it } from 'vitest';
import { createHostPolicy } from '../../../server/http/hosts.js';
import { TokenBuckets, addressKey } from '../../../server/domain/token-bucket.js';
import { JoinActivity } from '../../../server/domain/join-activity.js';
import { LIMITS } from '../../../shared/limits.js';
import { readConfig } from '../../../server/config.js';

const laptop = () => ({
  lo: [{ address: '127.0.0.1', family: 'IPv4' as const, internal: true }],
  wlan0: [
    { address: '192.168.1.23', family: 'IPv4' as const, internal: false },
    { address: 'fe80::a1b2:c3d4%wlan0', family: 'IPv6' as const, internal: false },
  ],
});

describe('the host names the server answers to', () => {
  it("takes PUBLIC_URL's host, the machine's names and addresses with the port, and ALLOWED_HOSTS", () => {
    const hosts = createHostPolicy({
      publicUrl: () => 'https://buurt.example.nl',
      port: () => 3000,
      extra: ['buurt.local', 'proxy.internal:8080'],
      interfaces: laptop,
      machine: () => 'Dorpshuis-Laptop',
    });
    for (const host of [
      'buurt.example.nl',
      'BUURT.example.nl',
      'buurt.example.nl.',
      'localhost:3000',
      '127.0.0.1:3000',
      '[::1]:3000',
      '192.168.1.23:3000',
      '[fe80::a1b2:c3d4]:3000',
      'dorpshuis-laptop:3000',
      'dorpshuis-laptop.local:3000',
      'buurt.local',
      'buurt.local:3000',
      'proxy.internal:8080',
    ]) {
      expect(hosts.allows(host), host).toBe(true);
    }
    for (const host of [
      undefined,
      '',
      'evil.example',
      'evil.example:3000',
      'buurt.example.nl:3000',
      '192.168.1.23',
      '192.168.1.24:3000',
      'localhost:3001',
      'localhost',
      'buurt.example.nl.evil.example',
    ]) {
      expect(hosts.allows(host), String(host)).toBe(false);
    }
  });

  it('follows the port the server really listens on and a changed network', () => {
    let port = 0;
    let now = 0;
    let lan = '192.168.1.23';
    const hosts = createHostPolicy({
      publicUrl: () => `http://${lan}:${port}`,
      port: () => port,
      extra: [],
      interfaces: () => ({ wlan0: [{ address: lan, family: 'IPv4', internal: false }] }),
      machine: () => '',
      clock: () => now,
    });
    port = 41234;
    expect(hosts.allows('localhost:41234')).toBe(true);
    lan = '10.0.0.7';
    now += 31_000;
    expect(hosts.allows('10.0.0.7:41234')).toBe(true);
    expect(hosts.allows('192.168.1.23:41234')).toBe(false);
  });
});

describe('token buckets', () => {
  it('spends a burst, refills at its rate, and says how long to wait', () => {
    let now = 0;
    const buckets = new TokenBuckets(3, 20, () => now);
    expect([1, 2, 3, 4].map(() => buckets.take('a'))).toEqual([true, true, true, false]);
    expect(buckets.take('b')).toBe(true);
    expect(buckets.retryAfterSeconds('a')).toBe(3);
    now += 3_000;
    expect(buckets.retryAfterSeconds('a')).toBe(0);
    expect(buckets.take('a')).toBe(true);
    expect(buckets.take('a')).toBe(false);
    buckets.refund('a');
    expect(buckets.take('a')).toBe(true);
    now += 3_600_000;
    expect([1, 2, 3, 4].map(() => buckets.take('a'))).toEqual([true, true, true, false]);
  });

  it('budgets IPv6 per /64 and IPv4-mapped addresses as IPv4', () => {
    expect(addressKey('203.0.113.9')).toBe('203.0.113.9');
    expect(addressKey('::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
  });
});

describe('joins per minute for the Regie', () => {
  it('warns about an address beyond a hall, and forgets minutes it no longer shows', () => {
    let now = 0;
    const activity = new JoinActivity(() => now);
    for (let i = 0; i < 40; i++) activity.joined('m', 'hall');
    expect(activity.summary('m').warning).toBeNull();
    for (let i = 0; i <= LIMITS.joinWarnPerMinute; i++) activity.joined('m', 'script');
    expect(activity.summary('m').warning).toEqual({
      peakPerMinute: LIMITS.joinWarnPerMinute + 1,
      joins: LIMITS.joinWarnPerMinute + 1,
      refused: 0,
    });
    expect(activity.summary('m').perMinute.at(-1)).toBe(40 + LIMITS.joinWarnPerMinute + 1);
    activity.refused('m', 'hall');
    expect(activity.summary('other').warning).toBeNull();
    now += LIMITS.joinHistoryMinutes * 60_000;
    expect(activity.summary('m')).toMatchObject({ warning: null });
    expect(activity.summary('m').perMinute.every((n) => n === 0)).toBe(true);
  });
});

describe('JOIN_BURST and ALLOWED_HOSTS', () => {
  it('defaults to a hall of 300 and takes a bigger or smaller hall, within reason', () => {
    expect(readConfig({}, {}).joinBurst).toBe(LIMITS.joinBurstPerAddress);
    expect(readConfig({ JOIN_BURST: '600' }, {}).joinBurst).toBe(600);
    for (const value of ['abc', '5', '-1', '100000', '']) {
      expect(() => readConfig({ JOIN_BURST: value }, {}), value).toThrow(/JOIN_BURST/);
    }
  });

  it('reads extra host names, comma separated, in lower case', () => {
    expect(readConfig({}, {}).allowedHosts).toEqual([]);
    expect(
      readConfig({ ALLOWED_HOSTS: ' Buurt.Example.nl, proxy.internal:8080 ,' }, {}).allowedHosts,
    ).toEqual(['buurt.example.nl', 'proxy.internal:8080']);
  });
});
