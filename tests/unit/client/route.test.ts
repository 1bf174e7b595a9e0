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
