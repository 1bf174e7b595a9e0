import type { Ack, ErrorCode } from '../../shared/protocol.js';

/** A failed API call, with the code the interface translates (or NETWORK when it never arrived). */
export class ApiError extends Error {
  constructor(readonly code: ErrorCode | 'NETWORK') {
    super(code);
  }
}

/** Calls the JSON API; resolves with the data of a successful answer, rejects with an ApiError. */
export async function api<T>(
  path: string,
  init: { method?: string; body?: unknown; bearer?: string } = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method: init.method ?? 'GET',
      headers: {
        ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(init.bearer ? { authorization: `Bearer ${init.bearer}` } : {}),
      },
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
    });
  } catch {
    throw new ApiError('NETWORK');
  }
  const answer = (await response.json().catch(() => null)) as Ack<T> | null;
  if (!answer) throw new ApiError('INTERNAL');
  if (!answer.ok) throw new ApiError(answer.code);
  return answer.data;
}
