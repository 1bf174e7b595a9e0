import { describe, expect, it } from 'vitest';
import { arrangeCards } from '../../../client/lib/analysis-cards.js';
import type { AnalysisCard, AnalysisCluster } from '../../../shared/analysis-doc.js';
import type { AnalysisCardText } from '../../../shared/protocol-analysis.js';

const text = (key: string, conversationId: string, group: string): AnalysisCardText => ({
  key,
  conversationId,
  group,
  date: '2027-01-14',
  kind: 'story',
  speaker: 1,
  text: `tekst ${key}`,
});
const cluster = (id: string): AnalysisCluster => ({ id, name: id, x: 0.5, y: 0.5, createdAt: 1 });
const placed = (key: string, at: string | null, chosen = false): AnalysisCard => ({
  key,
  cluster: at,
  chosen,
  x: null,
  y: null,
});

describe('the analysis board arranges its cards', () => {
  const texts = [
    text('a.1', 'a', 'ouderen De Linde'),
    text('a.2', 'a', 'ouderen De Linde'),
    text('b.1', 'b', 'jonge gezinnen'),
    text('c.1', 'c', 'ouderen De Linde'),
    text('d.1', 'd', 'jongeren'),
  ];

  it('counts the conversations of a group once each and names their groups once, in card order', () => {
    const { unsorted, byCluster } = arrangeCards(
      texts,
      [
        placed('a.1', 'meet', true),
        placed('a.2', 'meet'),
        placed('b.1', 'meet', true),
        placed('c.1', 'meet'),
      ],
      [cluster('meet'), cluster('road')],
    );
    const meet = byCluster.get('meet');
    expect(meet?.cards.map((c) => c.key)).toEqual(['a.1', 'a.2', 'b.1', 'c.1']);
    expect(meet?.conversations).toBe(3);
    expect(meet?.groups).toEqual(['ouderen De Linde', 'jonge gezinnen']);
    expect(meet?.chosen).toBe(2);
    expect(byCluster.get('road')).toEqual({ cards: [], conversations: 0, groups: [], chosen: 0 });
    expect(unsorted.map((c) => c.key)).toEqual(['d.1']);
  });

  it('shows a card of a removed group, and a card nobody touched, as unsorted and not chosen', () => {
    const { unsorted } = arrangeCards(texts, [placed('a.1', 'gone', true)], [cluster('meet')]);
    expect(unsorted).toHaveLength(5);
    expect(unsorted[0]).toMatchObject({ key: 'a.1', cluster: null, chosen: false });
  });
});
