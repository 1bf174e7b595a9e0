import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  JOIN_CODE_ALPHABET,
  JOIN_CODE_LENGTH,
  JOIN_CODE_PATTERN,
  formatJoinCode,
  generateJoinCode,
  normaliseJoinCode,
} from '../../../shared/join-code.js';

const cryptoBytes = (n: number): Uint8Array => randomBytes(n);

/** A byte source that hands out the given batches in turn and records how often it was asked. */
function scriptedBytes(...batches: number[][]): {
  source: (n: number) => Uint8Array;
  calls: number[];
} {
  const calls: number[] = [];
  let i = 0;
  return {
    calls,
    source(n) {
      calls.push(n);
      const batch = batches[i++];
      if (!batch) throw new Error('byte source exhausted');
      return Uint8Array.from(batch);
    },
  };
}

describe('the alphabet', () => {
  it('leaves out characters that look alike and vowels', () => {
    for (const ch of ['0', 'O', '1', 'I', 'L', 'A', 'E', 'U', 'Y']) {
      expect(JOIN_CODE_ALPHABET).not.toContain(ch);
    }
    expect(new Set(JOIN_CODE_ALPHABET).size).toBe(JOIN_CODE_ALPHABET.length);
  });
});

describe('generateJoinCode', () => {
  it('draws six characters from the alphabet, over many draws with crypto bytes', () => {
    for (let i = 0; i < 2000; i++) {
      const code = generateJoinCode(cryptoBytes);
      expect(code).toHaveLength(JOIN_CODE_LENGTH);
      expect(code).toMatch(JOIN_CODE_PATTERN);
    }
  });

  it('uses every character about equally often (20k draws)', () => {
    const draws = 20_000;
    const counts = new Map<string, number>([...JOIN_CODE_ALPHABET].map((c) => [c, 0]));
    for (let i = 0; i < draws; i++) {
      for (const ch of generateJoinCode(cryptoBytes)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    }
    const expected = (draws * JOIN_CODE_LENGTH) / JOIN_CODE_ALPHABET.length; // ≈ 4444, σ ≈ 65
    expect(counts.size).toBe(JOIN_CODE_ALPHABET.length);
    for (const [ch, count] of counts) {
      expect(Math.abs(count - expected) / expected, `character ${ch}: ${count}`).toBeLessThan(0.1);
    }
  });

  it('does not give the same code twice in a modest number of draws', () => {
    const codes = new Set(Array.from({ length: 1000 }, () => generateJoinCode(cryptoBytes)));
    // 27^6 ≈ 387 million codes: a collision in 1000 draws has probability ≈ 0.1%.
    expect(codes.size).toBeGreaterThanOrEqual(999);
  });

  it('maps bytes onto the alphabet in order', () => {
    const { source } = scriptedBytes([0, 1, 2, 3, 4, 5, 0, 0, 0, 0, 0, 0]);
    expect(generateJoinCode(source)).toBe(JOIN_CODE_ALPHABET.slice(0, 6));
  });

  it('rejects the high bytes that would bias the first characters, asking for more bytes', () => {
    // 256 = 9 × 27 + 13: bytes 243..255 must be thrown away, 242 is the last accepted one.
    const size = JOIN_CODE_ALPHABET.length;
    const limit = 256 - (256 % size);
    expect(limit).toBe(243);
    const high = Array.from({ length: 12 }, (_, i) => 243 + (i % 13));
    const { source, calls } = scriptedBytes(
      high,
      [255, 242, 243, 0, 254, 27, 1, 28, 2, 250, 26, 9],
    );
    const code = generateJoinCode(source);
    expect(code).toBe([242, 0, 27, 1, 28, 2].map((b) => JOIN_CODE_ALPHABET[b % size]).join(''));
    expect(code).toBe('Z22334');
    expect(calls).toHaveLength(2);
  });

  it('keeps asking until it has six characters when most bytes are rejected', () => {
    const rejected = new Array<number>(12).fill(250);
    const oneGood = (b: number): number[] => [b, ...new Array<number>(11).fill(255)];
    const { source, calls } = scriptedBytes(
      rejected,
      oneGood(10),
      oneGood(11),
      oneGood(12),
      oneGood(13),
      oneGood(14),
      oneGood(15),
    );
    expect(generateJoinCode(source)).toBe(
      [10, 11, 12, 13, 14, 15].map((b) => JOIN_CODE_ALPHABET[b]).join(''),
    );
    expect(calls).toHaveLength(7);
  });
});

describe('normaliseJoinCode', () => {
  it('accepts what people type: lower case, spaces, dashes and dots', () => {
    expect(normaliseJoinCode(' k7m-4qx ')).toBe('K7M4QX');
    expect(normaliseJoinCode('k7m 4qx')).toBe('K7M4QX');
    expect(normaliseJoinCode('K7M.4QX')).toBe('K7M4QX');
    expect(normaliseJoinCode('k 7 m - 4 q x')).toBe('K7M4QX');
    expect(normaliseJoinCode('\tk7m\n4qx')).toBe('K7M4QX');
  });

  it('leaves a canonical code unchanged', () => {
    expect(normaliseJoinCode('K7M4QX')).toBe('K7M4QX');
  });

  it('gives codes the pattern accepts', () => {
    expect(normaliseJoinCode(' k7m-4qx ')).toMatch(JOIN_CODE_PATTERN);
  });

  it('is the inverse of formatJoinCode', () => {
    for (let i = 0; i < 50; i++) {
      const code = generateJoinCode(cryptoBytes);
      expect(normaliseJoinCode(formatJoinCode(code))).toBe(code);
    }
  });
});

describe('formatJoinCode', () => {
  it('shows the code as two groups of three', () => {
    expect(formatJoinCode('K7M4QX')).toBe('K7M-4QX');
  });
});

describe('JOIN_CODE_PATTERN', () => {
  it('accepts a code made of alphabet characters', () => {
    expect(JOIN_CODE_PATTERN.test('K7M4QX')).toBe(true);
    expect(JOIN_CODE_PATTERN.test('222222')).toBe(true);
    expect(JOIN_CODE_PATTERN.test('ZZZZZZ')).toBe(true);
  });

  it('rejects look-alike characters O, 0, I, 1 and L', () => {
    for (const ch of ['O', '0', 'I', '1', 'L']) {
      expect(JOIN_CODE_PATTERN.test(`K7M4Q${ch}`), ch).toBe(false);
    }
  });

  it('rejects wrong lengths, lower case and separators', () => {
    for (const code of ['', 'K7M4Q', 'K7M4QXX', 'k7m4qx', 'K7M-4QX', ' K7M4QX', 'K7M4QX\n']) {
      expect(JOIN_CODE_PATTERN.test(code), JSON.stringify(code)).toBe(false);
    }
  });
});
