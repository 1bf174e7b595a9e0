import path from 'node:path';
import type { NetworkInterfaceInfo } from 'node:os';
import { beforeEach, describe, expect, it } from 'vitest';
import { readConfig as readConfigOn } from '../../../server/config.js';

/** The network interfaces of the machine each test describes. */
const os = {
  interfaces: {} as Record<string, Partial<NetworkInterfaceInfo>[] | undefined>,
};

const readConfig = (env: NodeJS.ProcessEnv) => readConfigOn(env, os.interfaces);

const TOKEN = 'a-long-enough-organiser-token';

function configError(env: NodeJS.ProcessEnv): string {
  try {
    readConfig(env);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('readConfig did not throw');
}

beforeEach(() => {
  os.interfaces = {
    lo: [{ family: 'IPv4', address: '127.0.0.1', internal: true }],
    eth0: [
      { family: 'IPv6', address: 'fe80::1', internal: false },
      { family: 'IPv4', address: '192.168.1.23', internal: false },
    ],
  };
});

describe('readConfig defaults', () => {
  it('runs without any setting', () => {
    const config = readConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: '0.0.0.0',
      logLevel: 'info',
      organiserTokenGenerated: true,
    });
    expect(config.dataDir).toBe(path.resolve('./data'));
    expect(config.clientDir).toBe(path.resolve('./dist/client'));
  });

  it('points the public URL at the LAN IPv4 address when listening everywhere', () => {
    expect(readConfig({}).publicUrl).toBe('http://192.168.1.23:3000');
    expect(readConfig({ HOST: '::', PORT: '8080' }).publicUrl).toBe('http://192.168.1.23:8080');
  });

  it('falls back to localhost when the machine has no network address', () => {
    os.interfaces = {
      lo: [{ family: 'IPv4', address: '127.0.0.1', internal: true }],
    };
    expect(readConfig({}).publicUrl).toBe('http://localhost:3000');
  });

  it('uses a specific HOST as is in the public URL', () => {
    expect(readConfig({ HOST: '10.1.2.3', PORT: '4000' }).publicUrl).toBe('http://10.1.2.3:4000');
  });

  it('takes the other settings from the environment', () => {
    const config = readConfig({
      DATA_DIR: '/srv/buurtkracht',
      CLIENT_DIR: 'build/web',
      LOG_LEVEL: 'warn',
      ORGANISER_TOKEN: TOKEN,
    });
    expect(config.dataDir).toBe('/srv/buurtkracht');
    expect(config.clientDir).toBe(path.resolve('build/web'));
    expect(config.logLevel).toBe('warn');
    expect(config.organiserToken).toBe(TOKEN);
    expect(config.organiserTokenGenerated).toBe(false);
  });

  it('ignores unrelated environment variables', () => {
    expect(() =>
      readConfig({ HOME: '/root', PATH: '/usr/bin', NODE_ENV: 'production' }),
    ).not.toThrow();
  });
});

describe('PORT', () => {
  it('parses a number from the string', () => {
    expect(readConfig({ PORT: '8080' }).port).toBe(8080);
    expect(readConfig({ PORT: '0' }).port).toBe(0);
    expect(readConfig({ PORT: '65535' }).port).toBe(65535);
  });

  it.each(['abc', '80.5', '-1', '65536', '3000abc'])(
    'refuses PORT=%j and names the variable',
    (PORT) => {
      const message = configError({ PORT });
      expect(message).toMatch(/^Invalid configuration/);
      expect(message).toContain('PORT');
    },
  );

  // `PORT=` (an unset variable in a compose file) must not silently listen on a random port.
  it.each(['', ' '])('refuses an empty PORT=%j instead of treating it as port 0', (PORT) => {
    expect(() => readConfig({ PORT })).toThrow(/PORT/);
  });
});

describe('ORGANISER_TOKEN', () => {
  it('refuses a token shorter than 16 characters, naming the variable', () => {
    const message = configError({ ORGANISER_TOKEN: 'short' });
    expect(message).toContain('ORGANISER_TOKEN');
    expect(message).toContain('at least 16 characters');
  });

  it('accepts a token of exactly 16 characters', () => {
    expect(readConfig({ ORGANISER_TOKEN: 'x'.repeat(16) }).organiserToken).toBe('x'.repeat(16));
  });

  it('generates a long, URL-safe token that differs per start when none is set', () => {
    const first = readConfig({});
    const second = readConfig({});
    expect(first.organiserTokenGenerated).toBe(true);
    expect(first.organiserToken).not.toBe(second.organiserToken);
    expect(first.organiserToken.length).toBeGreaterThanOrEqual(32);
    expect(first.organiserToken).toMatch(/^[A-Za-z0-9_-]+$/);
  });
});

describe('several problems', () => {
  it('lists every wrong variable in one error', () => {
    const message = configError({
      PORT: 'nope',
      ORGANISER_TOKEN: 'short',
      LOG_LEVEL: 'loud',
    });
    expect(message).toContain('PORT');
    expect(message).toContain('ORGANISER_TOKEN');
    expect(message).toContain('LOG_LEVEL');
  });
});

describe('PUBLIC_URL', () => {
  it('is used as given, without trailing slashes', () => {
    expect(readConfig({ PUBLIC_URL: 'https://buurt.example.nl/' }).publicUrl).toBe(
      'https://buurt.example.nl',
    );
    expect(readConfig({ PUBLIC_URL: 'https://example.nl/buurtkracht///' }).publicUrl).toBe(
      'https://example.nl/buurtkracht',
    );
    expect(readConfig({ PUBLIC_URL: 'http://10.0.0.5:3000' }).publicUrl).toBe(
      'http://10.0.0.5:3000',
    );
  });

  it('refuses something that is not a URL, naming the variable', () => {
    expect(configError({ PUBLIC_URL: 'buurt dot nl' })).toContain('PUBLIC_URL');
  });
});
