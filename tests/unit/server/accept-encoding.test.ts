import { describe, expect, it } from 'vitest';
import { chooseEncoding } from '../../../server/http/accept-encoding.js';

const BOTH = ['br', 'gzip'] as const;

describe('chooseEncoding', () => {
  it('prefers brotli when a browser takes both, as Chromium and Firefox do', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd', BOTH)).toBe('br');
    expect(chooseEncoding('gzip, deflate, br', BOTH)).toBe('br');
  });

  it('falls back to gzip for a browser or proxy without brotli', () => {
    expect(chooseEncoding('gzip, deflate', BOTH)).toBe('gzip');
    expect(chooseEncoding('br', ['gzip'])).toBeNull();
    expect(chooseEncoding('gzip, br', ['gzip'])).toBe('gzip');
  });

  it('honours q-values, q=0 as a refusal and * as any other encoding', () => {
    expect(chooseEncoding('br;q=0.5, gzip;q=1', BOTH)).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip', BOTH)).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0', BOTH)).toBeNull();
    expect(chooseEncoding('*', BOTH)).toBe('br');
    expect(chooseEncoding('*;q=0, gzip', BOTH)).toBe('gzip');
    expect(chooseEncoding('BR ; Q=0.9', BOTH)).toBe('br');
  });

  it('sends the original when nothing is asked for or the header is nonsense', () => {
    expect(chooseEncoding(undefined, BOTH)).toBeNull();
    expect(chooseEncoding('', BOTH)).toBeNull();
    expect(chooseEncoding('identity', BOTH)).toBeNull();
    expect(chooseEncoding('br;q=abc', BOTH)).toBeNull();
  });
});
