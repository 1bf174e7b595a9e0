/**
 * The links people use. Secrets travel in the URL fragment (after #): browsers never send the
 * fragment to a server, so tokens stay out of access logs and Referer headers.
 */
export const joinUrl = (publicUrl: string, code: string) => `${publicUrl}/j/${code}`;
export const organiserUrl = (publicUrl: string, token: string) => `${publicUrl}/organiser#${token}`;
/** The personal link to see or withdraw one's sign-up for a werkgroep. */
export const signupUrl = (publicUrl: string, token: string) => `${publicUrl}/aanmelding#${token}`;
/** A kopgroep member's personal link; the facilitator can revoke it and issue a new one. */
export const coreGroupUrl = (publicUrl: string, token: string) => `${publicUrl}/kopgroep#${token}`;
/** A gespreksleider's personal link to record one conversation; a new one replaces it. */
export const conversationUrl = (publicUrl: string, token: string) =>
  `${publicUrl}/gesprek#${token}`;
