/**
 * The rich-text editor of one part of a plan van aanpak: TipTap's vanilla editor (no framework
 * wrapper) bound to a Yjs fragment by TipTap's Collaboration extension, so the text sync is
 * y-prosemirror's, not ours. Only the werkgroep and kopgroep screens import this file: TipTap
 * stays out of the phones' evening bundle.
 */
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import Collaboration from '@tiptap/extension-collaboration';
import { ListItem } from '@tiptap/extension-list';
import type * as Y from 'yjs';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/**
 * A list item without TipTap's Tab and Shift-Tab bindings (indent / outdent): with them a
 * keyboard user inside a list could not Tab out of the editor (WCAG 2.1.2). Enter still splits.
 */
const PlainListItem = ListItem.extend({
  addKeyboardShortcuts() {
    return { Enter: () => this.editor.commands.splitListItem(this.name) };
  },
});

export interface PlanEditorOptions {
  fragment: Y.XmlFragment;
  editable: boolean;
  /** Id of the part's heading, which names the text box (and follows a change of language). */
  labelledBy: string;
  /** Id of the hint under the heading, read out after the name. */
  describedBy: string;
  /** The level of the "kopje" inside the text, one below the part's own heading. */
  headingLevel: HeadingLevel;
}

export function createPlanEditor(element: HTMLElement, options: PlanEditorOptions): Editor {
  return new Editor({
    element,
    editable: options.editable,
    extensions: [
      StarterKit.configure({
        // Collaboration brings its own undo, bound to this member's edits only.
        undoRedo: false,
        // It would add an empty paragraph on every screen that opens the plan, each its own.
        trailingNode: false,
        listItem: false,
        // Plain text with bold, lists and a heading: what a plan needs, nothing to trip over.
        link: false,
        code: false,
        codeBlock: false,
        horizontalRule: false,
        blockquote: false,
        // Whatever level a heading was written with, it shows in its place in the page's outline.
        heading: { levels: [options.headingLevel] },
      }),
      PlainListItem,
      Collaboration.configure({ fragment: options.fragment }),
    ],
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': options.labelledBy,
        'aria-describedby': options.describedBy,
        'aria-readonly': String(!options.editable),
        class: 'plan-text',
      },
    },
  });
}

/** Which formatting the cursor is in, for the toolbar's pressed buttons. */
export interface FormatState {
  bold: boolean;
  list: boolean;
  heading: boolean;
}

export function formatState(editor: Editor): FormatState {
  return {
    bold: editor.isActive('bold'),
    list: editor.isActive('bulletList'),
    heading: editor.isActive('heading'),
  };
}

export type Format = keyof FormatState;

/** Switches one format on or off where the cursor is, and keeps the focus in the text. */
export function toggleFormat(editor: Editor, format: Format, headingLevel: HeadingLevel): void {
  const chain = editor.chain().focus();
  if (format === 'bold') chain.toggleBold().run();
  else if (format === 'list') chain.toggleBulletList().run();
  else chain.toggleHeading({ level: headingLevel }).run();
}
