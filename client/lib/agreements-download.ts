import type { Ack } from '../../shared/protocol.js';
import { ApiError } from './api.js';

/** The two files of an evening's afspraken. */
export type AgreementsFile = 'csv' | 'ics';

const FALLBACK_NAMES: Record<AgreementsFile, string> = {
  csv: 'afspraken.csv',
  ics: 'afspraken.ics',
};

/**
 * Downloads the afspraken of an evening (all its return meetings) as CSV or iCalendar: fetched
 * with the console's token in the Authorization header, then saved through a temporary blob
 * link, so the token never ends up in a URL, a server log or the browser's history.
 */
export async function downloadAgreements(
  originMeetingId: string,
  token: string,
  file: AgreementsFile,
): Promise<void> {
  const path = `/api/meetings/${encodeURIComponent(originMeetingId)}/agreements.${file}`;
  let response: Response;
  try {
    response = await fetch(path, {
      headers: { authorization: `Bearer ${token}` },
      cache: 'no-store',
    });
  } catch {
    throw new ApiError('NETWORK');
  }
  if (!response.ok) {
    const answer = (await response.json().catch(() => null)) as Ack<unknown> | null;
    throw new ApiError(answer && !answer.ok ? answer.code : 'INTERNAL');
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName(response.headers.get('content-disposition')) ?? FALLBACK_NAMES[file];
  document.body.append(link);
  link.click();
  link.remove();
  // The click has handed the blob to the download; a moment later it can go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function fileName(disposition: string | null): string | null {
  return /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? null;
}
