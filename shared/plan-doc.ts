/**
 * The shape of a werkgroep's plan van aanpak, one Yjs document per werkgroep
 * (`<meetingId>/plan/<workingGroupId>`), written together by its members.
 *
 * The running text lives in one Y.XmlFragment per part, each edited by its own rich-text editor
 * (TipTap over y-prosemirror, so text sync is the binding's, not ours). Node names are TipTap's
 * StarterKit names (`paragraph`, `heading`, `bulletList`, `listItem`, `text`), so the server can
 * seed a template the editor understands. Structured parts are Yjs arrays of maps:
 * - `actions`: { id, what, who, due (YYYY-MM-DD or ''), status: ActionStatus }
 * - `sessions` (werkgroep meetings): { id, date (YYYY-MM-DD), present, decisions }
 */
export const PLAN_TEXT_PARTS = ['goal', 'needed', 'planning', 'questions'] as const;
/** doel; wat is nodig (mensen, geld, ruimte, hulp van de gemeente); planning; open vragen. */
export type PlanTextPart = (typeof PLAN_TEXT_PARTS)[number];

/** Name of the Y.XmlFragment holding one text part. */
export const planFragmentName = (part: PlanTextPart): string => `text:${part}`;

export const PLAN_ACTIONS_KEY = 'actions';
export const PLAN_SESSIONS_KEY = 'sessions';
