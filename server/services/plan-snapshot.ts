import type * as Y from 'yjs';
import { yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import type { PlanSnapshot, RichNode, WorkingGroup } from '../../shared/model.js';
import { planDocName } from '../../shared/docs.js';
import { PLAN_TEXT_PARTS, planFragmentOf, readActions } from '../../shared/plan-doc.js';
import type { PlanTextPart } from '../../shared/plan-doc.js';
import type { DocReader } from './ports.js';

/**
 * What the plan editor (TipTap StarterKit) writes. A member's browser is a peer, not a trusted
 * source: anything else is left out of a snapshot every screen in the hall will render.
 */
const NODE_TYPES = new Set([
  'paragraph',
  'heading',
  'bulletList',
  'orderedList',
  'listItem',
  'blockquote',
  'codeBlock',
  'hardBreak',
  'horizontalRule',
  'text',
]);
const MARK_TYPES = new Set(['bold', 'italic', 'strike', 'underline', 'code']);
/** Attributes a read-only rendering may use; links are shown as their text only. */
const ATTRS: Record<string, readonly string[]> = { heading: ['level'], orderedList: ['start'] };

function cleanAttrs(type: string, attrs: unknown): Record<string, unknown> | undefined {
  if (typeof attrs !== 'object' || attrs === null) return undefined;
  const kept = Object.entries(attrs).filter(
    ([key, value]) => ATTRS[type]?.includes(key) && typeof value === 'number',
  );
  return kept.length > 0 ? Object.fromEntries(kept) : undefined;
}

/** A ProseMirror JSON node reduced to what the editor could have written; null to leave out. */
export function cleanRichNode(value: unknown): RichNode | null {
  if (typeof value !== 'object' || value === null) return null;
  const { type, attrs, content, text, marks } = value as Record<string, unknown>;
  if (typeof type !== 'string' || !NODE_TYPES.has(type)) return null;
  if (type === 'text') {
    if (typeof text !== 'string' || text === '') return null;
    const kept = (Array.isArray(marks) ? marks : [])
      .map((mark: unknown) => (mark as { type?: unknown } | null)?.type)
      .filter((mark): mark is string => typeof mark === 'string' && MARK_TYPES.has(mark));
    return kept.length > 0
      ? { type, text, marks: kept.map((mark) => ({ type: mark })) }
      : { type, text };
  }
  const node: RichNode = { type };
  const keptAttrs = cleanAttrs(type, attrs);
  if (keptAttrs) node.attrs = keptAttrs;
  const children = cleanRichNodes(content);
  if (children.length > 0) node.content = children;
  return node;
}

export function cleanRichNodes(value: unknown): RichNode[] {
  return Array.isArray(value) ? value.flatMap((child) => cleanRichNode(child) ?? []) : [];
}

/** The text parts (as ProseMirror JSON) and the actions table of a plan document, as they are. */
export function readPlan(doc: Y.Doc): Pick<PlanSnapshot, 'parts' | 'actions'> {
  const parts = Object.fromEntries(
    PLAN_TEXT_PARTS.map((part) => {
      const json: { content?: unknown } = yXmlFragmentToProsemirrorJSON(planFragmentOf(doc, part));
      return [part, cleanRichNodes(json.content)];
    }),
  ) as Record<PlanTextPart, RichNode[]>;
  const actions = readActions(doc).map(({ what, who, due, status }) => ({
    what,
    who,
    due,
    status,
  }));
  return { parts, actions };
}

/** The werkgroep's plan as it is now, to keep with the return meeting where it is presented. */
export async function takePlanSnapshot(
  reader: DocReader,
  meetingId: string,
  group: WorkingGroup,
  takenAt: number,
): Promise<PlanSnapshot> {
  const plan = await reader.read(planDocName(group.meetingId, group.id), readPlan);
  return { meetingId, workingGroupId: group.id, title: group.title, takenAt, ...plan };
}
