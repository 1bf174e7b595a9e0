import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { analysisDocName, parseDocName } from '../../../shared/docs.js';
import {
  addCluster,
  analysisCardsOf,
  cardKey,
  chooseCard,
  isCardKey,
  isCleanCardField,
  isCleanClusterField,
  parseCardKey,
  placeCard,
  readCards,
  readClusters,
  removeCluster,
  sortCard,
  updateCluster,
} from '../../../shared/analysis-doc.js';
import { LIMITS } from '../../../shared/limits.js';
import { docAccess } from '../../../server/domain/permissions.js';
import { ROLES } from '../../../shared/model.js';

const MEETING = 'abc123def';
const CONVERSATION = 'conv1234abcd';

describe('the analysis board document', () => {
  it('is named once per evening and parsed back', () => {
    expect(analysisDocName(MEETING)).toBe('abc123def/analysis');
    expect(parseDocName('abc123def/analysis')).toEqual({ meetingId: MEETING, kind: 'analysis' });
    expect(parseDocName('abc123def/analysis/extra1234')).toBeNull();
  });

  it('keys a card by two ids joined by a dot, and nothing else', () => {
    expect(cardKey(CONVERSATION, 'entry0001')).toBe('conv1234abcd.entry0001');
    expect(isCardKey('conv1234abcd.entry0001')).toBe(true);
    expect(parseCardKey('conv1234abcd.entry0001')).toEqual({
      conversationId: CONVERSATION,
      entryId: 'entry0001',
    });
    for (const key of [
      'entry0001',
      'conv1234abcd.',
      '.entry0001',
      'short.entry0001',
      'conv1234abcd.entry0001.x',
      'conv1234abcd.entry 001',
      'constructor',
    ]) {
      expect(isCardKey(key), key).toBe(false);
      expect(parseCardKey(key), key).toBeNull();
    }
  });

  it('checks every field as the helpers write it', () => {
    expect(isCleanClusterField('name', 'x'.repeat(LIMITS.analysisClusterNameLength))).toBe(true);
    expect(isCleanClusterField('name', 'x'.repeat(LIMITS.analysisClusterNameLength + 1))).toBe(
      false,
    );
    expect(isCleanClusterField('x', 1.5)).toBe(false);
    expect(isCleanClusterField('constructor', 'x')).toBe(false);
    expect(isCleanCardField('chosen', true)).toBe(true);
    expect(isCleanCardField('chosen', 'true')).toBe(false);
    expect(isCleanCardField('cluster', 'a.b')).toBe(false);
    expect(isCleanCardField('text', 'Mevrouw Jansen')).toBe(false);
  });

  it('sorts, chooses and places cards; removing a cluster unsorts its cards', () => {
    const doc = new Y.Doc();
    expect(
      addCluster(doc, { id: 'ontmoeten', name: 'Ontmoeten', x: 0.1, y: 0.2, createdAt: 2 }),
    ).toBe(true);
    expect(addCluster(doc, { id: 'spelen01', name: 'Spelen', x: 0.5, y: 0.5, createdAt: 1 })).toBe(
      true,
    );
    updateCluster(doc, 'ontmoeten', { name: 'Elkaar ontmoeten', x: 7 });
    expect(readClusters(doc).map((c) => [c.id, c.name, c.x])).toEqual([
      ['spelen01', 'Spelen', 0.5],
      ['ontmoeten', 'Elkaar ontmoeten', 0.1],
    ]);
    const a = cardKey(CONVERSATION, 'entry0001');
    const b = cardKey(CONVERSATION, 'entry0002');
    expect(sortCard(doc, a, 'ontmoeten')).toBe(true);
    expect(chooseCard(doc, a, true)).toBe(true);
    expect(placeCard(doc, b, 0.4, 0.6)).toBe(true);
    expect(placeCard(doc, b, 4, 0.6)).toBe(false);
    expect(sortCard(doc, 'not-a-key', 'ontmoeten')).toBe(false);
    expect(readCards(doc)).toEqual([
      { key: a, cluster: 'ontmoeten', chosen: true, x: null, y: null },
      { key: b, cluster: null, chosen: false, x: 0.4, y: 0.6 },
    ]);
    removeCluster(doc, 'ontmoeten');
    expect(readCards(doc)[0]).toEqual({ key: a, cluster: null, chosen: false, x: null, y: null });
    expect(analysisCardsOf(doc).get(a)?.has('chosen')).toBe(false);
  });

  it("opens to the evening's Regie and kopgroep only, never to a console of another meeting", () => {
    const ref = { meetingId: MEETING, kind: 'analysis' as const };
    for (const role of ROLES) {
      const expected = role === 'facilitator' || role === 'coreGroupMember' ? 'write' : 'none';
      expect(docAccess({ role, meetingId: MEETING }, ref), role).toBe(expected);
      expect(docAccess({ role, meetingId: 'other1234' }, ref), role).toBe('none');
      expect(docAccess({ role, meetingId: MEETING, consoleOf: 'evening123' }, ref), role).toBe(
        'none',
      );
    }
  });
});
