/**
 * The code that runs inside the page for a style snapshot. It is kept as source text, not as a
 * function handed to `page.evaluate`: tsx compiles functions with name helpers (`__name`) that
 * do not exist in the browser.
 */

/** The computed properties that decide how an element looks (and so what a refactor may not change). */
export const STYLE_PROPERTIES = [
  'display',
  'position',
  'float',
  'z-index',
  'overflow-x',
  'overflow-y',
  'box-sizing',
  'width',
  'height',
  'margin-top',
  'margin-right',
  'margin-bottom',
  'margin-left',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-right-width',
  'border-bottom-width',
  'border-left-width',
  'border-top-style',
  'border-right-style',
  'border-bottom-style',
  'border-left-style',
  'border-top-color',
  'border-right-color',
  'border-bottom-color',
  'border-left-color',
  'border-top-left-radius',
  'border-top-right-radius',
  'border-bottom-right-radius',
  'border-bottom-left-radius',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'letter-spacing',
  'text-align',
  'text-transform',
  'text-decoration-line',
  'text-decoration-color',
  'white-space',
  'color',
  'background-color',
  'background-image',
  'row-gap',
  'column-gap',
  'grid-template-columns',
  'grid-template-rows',
  'flex-direction',
  'flex-wrap',
  'flex-grow',
  'flex-shrink',
  'flex-basis',
  'align-items',
  'justify-content',
  'box-shadow',
  'opacity',
  'visibility',
  'outline-style',
  'outline-width',
  'outline-color',
  'list-style-type',
  'cursor',
] as const;

/** One visible element: where it sits in the tree, where on the page, and how it looks. */
export interface ElementRecord {
  path: string;
  box: [x: number, y: number, width: number, height: number];
  /** The element's own text (masked), so a reader of a diff knows which element it is. */
  text: string;
  style: Record<string, string>;
}

/** Stops everything that moves or blinks, so two runs draw the same pixels. */
export const FREEZE_CSS =
  '*,*::before,*::after{animation:none!important;transition:none!important;' +
  'caret-color:transparent!important;scroll-behavior:auto!important}';

/** Adds FREEZE_CSS as soon as the document has a head, before the app draws anything. */
export const FREEZE_SCRIPT = `(() => {
  const add = () => {
    const style = document.createElement('style');
    style.textContent = ${JSON.stringify(FREEZE_CSS)};
    document.head.appendChild(style);
  };
  if (document.head) add(); else document.addEventListener('DOMContentLoaded', add);
})()`;

/**
 * Replaces each random value (join codes, tokens, ids, the server's port) in text nodes and
 * form fields by a fixed placeholder, drops focus and scrolls to the top. Returns nothing.
 */
export function maskScript(replacements: [string, string][]): string {
  return `(() => {
  const pairs = ${JSON.stringify(replacements)};
  const mask = (text) => {
    let out = text;
    for (const [from, to] of pairs) out = out.split(from).join(to);
    return out;
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const masked = mask(node.nodeValue || '');
    if (masked !== node.nodeValue) node.nodeValue = masked;
  }
  for (const field of document.querySelectorAll('input, textarea')) {
    const masked = mask(field.value);
    if (masked !== field.value) field.value = masked;
  }
  if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
  window.scrollTo(0, 0);
})()`;
}

/** Lists every visible element with its path, box (to 0.5 px) and STYLE_PROPERTIES. */
export const RECORD_SCRIPT = `(() => {
  const props = ${JSON.stringify(STYLE_PROPERTIES)};
  const half = (n) => Math.round(n * 2) / 2;
  const out = [];
  const visit = (el, path) => {
    const style = getComputedStyle(el);
    if (style.display === 'none') return;
    const rect = el.getBoundingClientRect();
    const shown = style.visibility !== 'hidden' && (rect.width > 0 || rect.height > 0);
    if (shown) {
      const picked = {};
      for (const p of props) picked[p] = style.getPropertyValue(p);
      let own = '';
      for (const child of el.childNodes) if (child.nodeType === 3) own += child.nodeValue;
      out.push({
        path,
        box: [half(rect.x + scrollX), half(rect.y + scrollY), half(rect.width), half(rect.height)],
        text: own.replace(/\\s+/g, ' ').trim().slice(0, 80),
        style: picked,
      });
    }
    const seen = {};
    for (const child of el.children) {
      const tag = child.tagName.toLowerCase();
      if (tag === 'script' || tag === 'style') continue;
      seen[tag] = (seen[tag] || 0) + 1;
      visit(child, path + '>' + tag + ':' + seen[tag]);
    }
  };
  visit(document.body, 'body');
  return JSON.stringify(out);
})()`;
