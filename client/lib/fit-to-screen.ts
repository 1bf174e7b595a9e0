import type { Attachment } from 'svelte/attachments';

/** Smallest scale the projector's type may shrink to; below it the back row cannot read it. */
const MIN_SCALE = 0.55;

/**
 * An attachment for the projector: shrinks the type of an element (through the CSS variable
 * `--fit`, which its sizes multiply) until it fits between its top and the bottom of the
 * window, so a long theme never runs off a screen nobody can scroll.
 *
 * Pass what the element shows as `content`: a new value fits the element again.
 * @example <section {@attach fitToScreen(theme)} style="font-size: calc(var(--fit, 1) * 1rem)">
 */
export function fitToScreen(content: unknown, margin = 40): Attachment<HTMLElement> {
  void content;
  return (node) => {
    const fit = () => {
      let scale = 1;
      node.style.setProperty('--fit', '1');
      const room = () => window.innerHeight - node.getBoundingClientRect().top - margin;
      while (node.getBoundingClientRect().height > room() && scale > MIN_SCALE) {
        scale = Math.round((scale - 0.05) * 100) / 100;
        node.style.setProperty('--fit', String(scale));
      }
    };
    fit();
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  };
}
