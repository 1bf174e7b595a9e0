import type { Ack, OwnSignup } from '../../shared/protocol.js';
import { ApiError, api } from './api.js';

/**
 * Sign-ups over HTTP, with the token in the Authorization header: the personal link's token
 * and the Regie's token must never end up in a URL, a server log or the browser's history.
 */

/** The sign-up behind a personal link; rejects with NOT_FOUND when it is gone. */
export function fetchOwnSignup(token: string): Promise<OwnSignup> {
  return api<OwnSignup>('/signup', { bearer: token });
}

/** Withdraws (deletes) the sign-up behind a personal link. */
export async function withdrawSignup(token: string): Promise<void> {
  const response = await send('/api/signup', { method: 'DELETE', token });
  // 204 has no body; anything else is a JSON refusal.
  if (!response.ok) throw new ApiError(await refusalCode(response));
}

/**
 * Downloads the meeting's sign-ups as CSV: fetched with the Regie's token, then saved through a
 * temporary blob link so the browser's download never carries the token.
 */
export async function downloadSignupsCsv(meetingId: string, token: string): Promise<void> {
  const response = await send(`/api/meetings/${encodeURIComponent(meetingId)}/signups.csv`, {
    token,
  });
  if (!response.ok) throw new ApiError(await refusalCode(response));
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName(response.headers.get('content-disposition')) ?? 'aanmeldingen.csv';
  document.body.append(link);
  link.click();
  link.remove();
  // The click has handed the blob to the download; a moment later it can go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function send(path: string, init: { method?: string; token: string }): Promise<Response> {
  try {
    return await fetch(path, {
      method: init.method ?? 'GET',
      headers: { authorization: `Bearer ${init.token}` },
      cache: 'no-store',
    });
  } catch {
    throw new ApiError('NETWORK');
  }
}

async function refusalCode(response: Response): Promise<ApiError['code']> {
  const answer = (await response.json().catch(() => null)) as Ack<unknown> | null;
  return answer && !answer.ok ? answer.code : 'INTERNAL';
}

function fileName(disposition: string | null): string | null {
  return /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? null;
}
