import { describe, expect, it } from 'vitest';
import { parseRoute } from '../../../client/lib/route.js';

describe('the Beamer routes', () => {
  it('opens the Beamer with a Beamer link, and a return meeting’s Beamer with its leader’s link', () => {
    expect(parseRoute('/b', '#beamer-token')).toEqual({ view: 'projector', token: 'beamer-token' });
    expect(parseRoute('/b/returnMeeting1', '#kopgroep-token')).toEqual({
      view: 'projector',
      meetingId: 'returnMeeting1',
      token: 'kopgroep-token',
    });
  });

  it('opens nothing without a token or with a malformed meeting id', () => {
    expect(parseRoute('/b/returnMeeting1', '')).toEqual({ view: 'home' });
    expect(parseRoute('/b/short', '#token')).toEqual({ view: 'home' });
    expect(parseRoute('/b/a%2Fb-meeting', '#token')).toEqual({ view: 'home' });
  });
});

describe('the gespreksleider’s route', () => {
  it('opens a conversation with the token after #, and the page itself explains a missing one', () => {
    expect(parseRoute('/gesprek', '#leader-token')).toEqual({
      view: 'conversation',
      token: 'leader-token',
    });
    expect(parseRoute('/gesprek', '')).toEqual({ view: 'conversation', token: '' });
  });
});
