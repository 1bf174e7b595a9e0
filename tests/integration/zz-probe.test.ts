import { afterEach, expect, it } from 'vitest';
import { createMeeting, ORGANISER_TOKEN } from '../helpers/server.js';
import { cleanUp, connectSocket, refusedSocket, useServer, openSyncedDoc } from './helpers.js';
afterEach(cleanUp);
it('probe', async () => {
  const server = await useServer();
  const c = await createMeeting(server.url);
  const leaked = await connectSocket(server.url, c.facilitatorToken);
  const doc = await openSyncedDoc(server.url, c.meeting.id, c.facilitatorToken);
  const res = await fetch(`${server.url}/api/meetings/${c.meeting.id}/links`, { method: 'POST', headers: { authorization: `Bearer ${ORGANISER_TOKEN}` } });
  console.log('reissue', res.status);
  console.log('new conn with old token:', (await refusedSocket(server.url, c.facilitatorToken)).message);
  console.log('old socket phase:set:', JSON.stringify(await leaked.emitWithAck('phase:set', { phase: 'closed' })).slice(0, 80));
  console.log('old provider connected:', doc.provider.wsconnected);
});
