import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAction, planFragmentOf, planActionsOf } from '../../../shared/plan-doc.js';
import { cleanRichNode, readPlan } from '../../../server/services/plan-snapshot.js';

/** An element with children, as the editor's binding writes it. */
function element(name: string, children: (Y.XmlElement | Y.XmlText)[], attrs = {}): Y.XmlElement {
  const node = new Y.XmlElement(name);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value as string);
  node.insert(0, children);
  return node;
}

describe('a plan snapshot', () => {
  it('keeps the text parts as ProseMirror JSON, with headings, lists and marks', () => {
    const doc = new Y.Doc();
    const bold = new Y.XmlText('Veilig');
    const goal = planFragmentOf(doc, 'goal');
    goal.insert(0, [
      element('heading', [new Y.XmlText('Ons doel')], { level: 2 }),
      element('paragraph', [bold]),
      element('bulletList', [
        element('listItem', [element('paragraph', [new Y.XmlText('Drempels')])]),
      ]),
    ]);
    bold.insert(bold.length, ' naar school');
    bold.format(0, 6, { bold: {} });
    const plan = readPlan(doc);
    expect(plan.parts.goal).toEqual([
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Ons doel' }] },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Veilig', marks: [{ type: 'bold' }] },
          { type: 'text', text: ' naar school' },
        ],
      },
      {
        type: 'bulletList',
        content: [
          {
            type: 'listItem',
            content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Drempels' }] }],
          },
        ],
      },
    ]);
    expect(plan.parts.needed).toEqual([]);
    expect(plan.parts.planning).toEqual([]);
    expect(plan.parts.questions).toEqual([]);
  });

  it('keeps the actions table as it reads, without row ids', () => {
    const doc = new Y.Doc();
    addAction(doc, {
      id: 'action01',
      what: 'Brief aan de gemeente',
      who: 'Gerrit',
      due: '2027-02-01',
    });
    addAction(doc, { id: 'action02', what: 'Borden ophangen', status: 'doing' });
    // A row a peer wrote without an id is not an action.
    planActionsOf(doc).push([new Y.Map<unknown>([['what', 'zonder id']])]);
    expect(readPlan(doc).actions).toEqual([
      { what: 'Brief aan de gemeente', who: 'Gerrit', due: '2027-02-01', status: 'todo' },
      { what: 'Borden ophangen', who: '', due: '', status: 'doing' },
    ]);
  });

  it('leaves out what the editor could not have written', () => {
    const doc = new Y.Doc();
    planFragmentOf(doc, 'planning').insert(0, [
      element('script', [new Y.XmlText('alert(1)')]),
      element('paragraph', [new Y.XmlText('Januari')], { onclick: 'x', style: 'color:red' }),
      element('heading', [new Y.XmlText('Kop')], { level: 'groot' }),
    ]);
    expect(readPlan(doc).parts.planning).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Januari' }] },
      { type: 'heading', content: [{ type: 'text', text: 'Kop' }] },
    ]);
    expect(
      cleanRichNode({
        type: 'text',
        text: 'link',
        marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }, { type: 'italic' }],
      }),
    ).toEqual({ type: 'text', text: 'link', marks: [{ type: 'italic' }] });
    expect(cleanRichNode({ type: 'text', text: '' })).toBeNull();
    expect(cleanRichNode('paragraph')).toBeNull();
    expect(cleanRichNode({ type: 'paragraph', content: 'nope' })).toEqual({ type: 'paragraph' });
  });
});
