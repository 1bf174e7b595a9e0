/**
 * Domain types of what follows the evening (step 5 of the method): the kopgroep, the werkgroepen
 * with their plan van aanpak. Re-exported by model.ts.
 */

/**
 * A kopgroep member (kopgroeplid): a resident who co-owns the process. No account: a personal
 * link, which the facilitator can revoke and issue anew. The name is what they asked to be
 * called; it is shown to staff and other kopgroep members only.
 */
export interface CoreGroupMember {
  id: string;
  meetingId: string;
  name: string;
  createdAt: number;
  /** Set when the link was revoked; a revoked member has no access until a new link is issued. */
  revokedAt: number | null;
}

/** A werkgroep: the volunteers who carry one theme of the evening forward. */
export interface WorkingGroup {
  id: string;
  meetingId: string;
  themeId: string;
  title: string;
  createdAt: number;
  /** When a member marked the plan "klaar om te presenteren"; null while it is being written. */
  readyAt: number | null;
}

/** A werkgroep as the Regie and the kopgroep list it. */
export interface WorkingGroupSummary extends WorkingGroup {
  memberCount: number;
  /** Collaborative document of the plan van aanpak. */
  planDoc: string;
}

/**
 * A fellow member as another member sees them: the name only when that person ticked "mijn naam
 * mag gedeeld worden"; never contact details.
 */
export interface FellowMember {
  /** null: this person did not consent to sharing their name. */
  name: string | null;
  isMe: boolean;
}

/** What a werkgroep member sees when they open their personal link. */
export interface MyWorkingGroup {
  workingGroup: WorkingGroup;
  planDoc: string;
  meetingName: string;
  members: FellowMember[];
}

/** The status of an action in a plan van aanpak. */
export const ACTION_STATUSES = ['todo', 'doing', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
