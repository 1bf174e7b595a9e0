import { describe, expect, it } from 'vitest';
import { isBlank, nestedLevel, plainText, toBlocks } from '../../../client/lib/rich-node.js';
import type { RichNode } from '../../../shared/model-return.js';

const text = (value: string, marks: string[] = []): RichNode => ({
  type: 'text',
  text: value,
  ...(marks.length ? { marks: marks.map((type) => ({ type })) } : {}),
});
const paragraph = (...content: RichNode[]): RichNode => ({ type: 'paragraph', content });

describe('rich text of a plan snapshot', () => {
  it('keeps paragraphs with bold and italic words and line breaks', () => {
    const blocks = toBlocks([
      paragraph(
        text('Een '),
        text('veilige', ['bold', 'italic']),
        { type: 'hardBreak' },
        text('oversteek'),
      ),
    ]);
    expect(blocks).toEqual([
      {
        kind: 'paragraph',
        inline: [
          { kind: 'text', text: 'Een ', bold: false, italic: false },
          { kind: 'text', text: 'veilige', bold: true, italic: true },
          { kind: 'break', text: '', bold: false, italic: false },
          { kind: 'text', text: 'oversteek', bold: false, italic: false },
        ],
      },
    ]);
  });

  it('keeps headings with a sane level and lists with their items', () => {
    const blocks = toBlocks([
      { type: 'heading', attrs: { level: 9 }, content: [text('Wie')] },
      {
        type: 'orderedList',
        attrs: { start: 3 },
        content: [
          { type: 'listItem', content: [paragraph(text('Ans belt de gemeente'))] },
          {
            type: 'listItem',
            content: [
              paragraph(text('Flyers')),
              {
                type: 'bulletList',
                content: [{ type: 'listItem', content: [paragraph(text('A5'))] }],
              },
            ],
          },
        ],
      },
    ]);
    expect(blocks[0]).toMatchObject({ kind: 'heading', level: 2 });
    expect(blocks[1]).toMatchObject({ kind: 'list', ordered: true, start: 3 });
    const list = blocks[1] as Extract<(typeof blocks)[number], { kind: 'list' }>;
    expect(list.items).toHaveLength(2);
    expect(list.items[1][1]).toMatchObject({ kind: 'list', ordered: false });
  });

  it('shows unknown nodes as their text and ignores what is not a node', () => {
    const blocks = toBlocks([
      { type: 'codeBlock', content: [text('alert(1)')] },
      { type: 'image', attrs: { src: 'https://example.org/x.png' } },
      'not a node',
      null,
      { content: [text('no type')] },
    ]);
    expect(blocks).toEqual([
      {
        kind: 'paragraph',
        inline: [{ kind: 'text', text: 'alert(1)', bold: false, italic: false }],
      },
    ]);
    expect(toBlocks('nope')).toEqual([]);
  });

  it('flattens nesting deeper than any plan needs into text', () => {
    let node: RichNode = paragraph(text('diep'));
    for (let i = 0; i < 40; i++)
      node = { type: 'bulletList', content: [{ type: 'listItem', content: [node] }] };
    expect(JSON.stringify(toBlocks([node]))).toContain('diep');
  });

  it('reads plain text, and a fresh empty editor as blank', () => {
    expect(
      plainText({
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [paragraph(text('a'))] },
          { type: 'listItem', content: [paragraph(text('b'))] },
        ],
      }),
    ).toBe('a b');
    expect(isBlank([paragraph()])).toBe(true);
    expect(isBlank([paragraph(text('x'))])).toBe(false);
    expect(isBlank(undefined)).toBe(true);
  });

  it('nests a plan heading under the part heading', () => {
    expect(nestedLevel(3, 1)).toBe(4);
    expect(nestedLevel(3, 2)).toBe(4);
    expect(nestedLevel(3, 3)).toBe(5);
    expect(nestedLevel(5, 6)).toBe(6);
  });
});
