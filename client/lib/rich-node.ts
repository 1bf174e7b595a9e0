/**
 * A plan snapshot's text arrives as ProseMirror JSON (RichNode) written by a member's editor:
 * a peer's data, not trusted markup. This turns it into a small, typed tree of what the read-only
 * renderer knows (paragraphs, headings, lists, bold and italic text, line breaks), so the
 * Beamer and phones can show a plan without loading an editor. Anything else becomes its text.
 */
import type { RichNode } from '../../shared/model-return.js';

export interface RichInline {
  kind: 'text' | 'break';
  text: string;
  bold: boolean;
  italic: boolean;
}

export type RichBlock =
  | { kind: 'paragraph'; inline: RichInline[] }
  /** `level` 1–6 as written; the renderer places it under its own part heading. */
  | { kind: 'heading'; level: number; inline: RichInline[] }
  | { kind: 'list'; ordered: boolean; start: number; items: RichBlock[][] };

/** Deeper nesting than this is flattened to text: no plan needs it, and it keeps rendering cheap. */
const MAX_DEPTH = 8;

const isNode = (value: unknown): value is RichNode =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { type?: unknown }).type === 'string';

const childrenOf = (node: RichNode): RichNode[] =>
  Array.isArray(node.content) ? node.content.filter(isNode) : [];

/** All text in a node, in order; a line break as a space. */
export function plainText(node: RichNode): string {
  if (node.type === 'text') return typeof node.text === 'string' ? node.text : '';
  if (node.type === 'hardBreak') return ' ';
  const parts = childrenOf(node).map(plainText);
  // Blocks inside a block (list items, paragraphs) are separated so words do not run together.
  const blocky = childrenOf(node).some(
    (child) => child.type !== 'text' && child.type !== 'hardBreak',
  );
  return parts.join(blocky ? ' ' : '').trim();
}

function hasMark(node: RichNode, mark: string): boolean {
  return Array.isArray(node.marks) && node.marks.some((m) => isNode(m) && m.type === mark);
}

function inlineOf(nodes: RichNode[]): RichInline[] {
  const inline: RichInline[] = [];
  for (const node of nodes) {
    if (node.type === 'hardBreak') {
      inline.push({ kind: 'break', text: '', bold: false, italic: false });
    } else if (node.type === 'text') {
      const text = typeof node.text === 'string' ? node.text : '';
      if (text) {
        inline.push({
          kind: 'text',
          text,
          bold: hasMark(node, 'bold'),
          italic: hasMark(node, 'italic'),
        });
      }
    } else {
      const text = plainText(node);
      if (text) inline.push({ kind: 'text', text, bold: false, italic: false });
    }
  }
  return inline;
}

const asText = (node: RichNode): RichBlock[] => {
  const text = plainText(node);
  return text ? [{ kind: 'paragraph', inline: inlineOf([{ type: 'text', text }]) }] : [];
};

function blockOf(node: RichNode, depth: number): RichBlock[] {
  if (depth > MAX_DEPTH) return asText(node);
  switch (node.type) {
    case 'paragraph':
      return [{ kind: 'paragraph', inline: inlineOf(childrenOf(node)) }];
    case 'heading': {
      const level = Number(node.attrs?.level);
      return [
        {
          kind: 'heading',
          level: Number.isInteger(level) && level >= 1 && level <= 6 ? level : 2,
          inline: inlineOf(childrenOf(node)),
        },
      ];
    }
    case 'bulletList':
    case 'orderedList': {
      const start = Number(node.attrs?.start);
      const items = childrenOf(node).map((item) =>
        item.type === 'listItem' ? toBlocks(childrenOf(item), depth + 1) : asText(item),
      );
      return [
        {
          kind: 'list',
          ordered: node.type === 'orderedList',
          start: Number.isInteger(start) && start > 0 ? start : 1,
          items: items.filter((blocks) => blocks.length > 0),
        },
      ];
    }
    // A quote or a list item out of place keeps its blocks; anything else keeps its words.
    case 'blockquote':
    case 'listItem':
      return toBlocks(childrenOf(node), depth + 1);
    default:
      return asText(node);
  }
}

/** The blocks of a part's content; `nodes` may be anything a peer stored. */
export function toBlocks(nodes: unknown, depth = 0): RichBlock[] {
  if (!Array.isArray(nodes)) return [];
  return nodes.filter(isNode).flatMap((node) => blockOf(node, depth));
}

/** Whether a part has anything to show (an empty paragraph from a fresh editor does not count). */
export function isBlank(nodes: unknown): boolean {
  return !Array.isArray(nodes) || nodes.filter(isNode).every((node) => plainText(node) === '');
}

/** The heading level a plan's own heading gets under a part heading of level `partLevel`. */
export function nestedLevel(partLevel: number, written: number): number {
  return Math.min(6, partLevel + Math.max(1, written - 1));
}
