import { describe, expect, it } from 'vitest';
import { byWhen } from '../../../client/lib/conversations.svelte.js';
import type { Conversation } from '../../../shared/model-conversations.js';

const planned = (id: string, date: string, time: string, createdAt: number): Conversation => ({
  id,
  meetingId: 'meeting01',
  group: id,
  place: 'Buurthuis',
  date,
  time,
  leader: '',
  question: 'Vraag',
  createdAt,
  linkIssuedAt: null,
});

describe('the order of the kopgroep’s list of conversations', () => {
  it('goes by day, then time (a day without a time first), then when it was planned', () => {
    const list = [
      planned('late', '2027-01-14', '19:30', 1),
      planned('next-day', '2027-01-15', '10:00', 2),
      planned('no-time', '2027-01-14', '', 5),
      planned('early', '2027-01-14', '10:00', 4),
      planned('early-second', '2027-01-14', '10:00', 6),
    ];
    expect([...list].sort(byWhen).map((c) => c.id)).toEqual([
      'no-time',
      'early',
      'early-second',
      'late',
      'next-day',
    ]);
  });
});
