import type { Attachment } from 'svelte/attachments';

/** Smallest scale the projector's type may shrink to; below it the back row cannot read it. */
const MIN_SCALE = 0.55;
/** Scales are tried in these steps: a finer difference is not seen from the hall. */
const STEP = 0.05;

export interface FitOptions {
  /**
   * Space kept free under the element, in rem (2.5 rem is 40 px on a 1080p projector): in rem
   * so that it scales with the projector's type, and a smaller screen keeps the same proportion.
   */
  margin?: number;
  /**
   * The largest scale. Above 1 the type also grows when there is little to show, so one
   * table's few notes fill the screen instead of its top third.
   */
  grow?: number;
}

/**
 * The largest scale, in steps of 0.05 from `min` to `max`, for which `fits` holds; `min` when
 * none does. A binary search: each try lays the page out again, so few tries keep it quick.
 * Assumes that what does not fit at one scale does not fit at a larger one either.
 */
export function largestFit(min: number, max: number, fits: (scale: number) => boolean): number {
  const scale = (step: number) => Math.round(step * STEP * 100) / 100;
  let low = Math.round(min / STEP);
  let high = Math.max(low, Math.round(max / STEP));
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(scale(middle))) low = middle;
    else high = middle - 1;
  }
  return scale(low);
}

/**
 * An attachment for the projector: sizes the type of an element (through the CSS variable
 * `--fit`, which its sizes multiply) so that it fits between its top and the bottom of the
 * window and the page does not scroll: a long theme never runs off a screen nobody can
 * scroll, and with `grow` a short one is not left small in an empty screen.
 *
 * Pass what the element shows as `content`: a new value fits the element again. So does a
 * change around it (a timer or a message appearing) that makes the page overflow.
 * @example <section {@attach fitToScreen(theme)} style="font-size: calc(var(--fit, 1) * 1rem)">
 */
export function fitToScreen(
  content: unknown,
  { margin = 2.5, grow = 1 }: FitOptions = {},
): Attachment<HTMLElement> {
  void content;
  return (node) => {
    const page = document.documentElement;
    const fits = (scale: number) => {
      node.style.setProperty('--fit', String(scale));
      const marginPx = margin * parseFloat(getComputedStyle(page).fontSize);
      return (
        node.getBoundingClientRect().bottom + marginPx <= window.innerHeight &&
        page.scrollHeight <= window.innerHeight &&
        page.scrollWidth <= window.innerWidth
      );
    };
    const fit = () => node.style.setProperty('--fit', String(largestFit(MIN_SCALE, grow, fits)));
    // Next frame, not inside the observer: fitting resizes what the observer watches.
    let frame = 0;
    const later = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(fit);
    };
    const resized = new ResizeObserver(later);
    resized.observe(document.body);
    fit();
    window.addEventListener('resize', later);
    return () => {
      cancelAnimationFrame(frame);
      resized.disconnect();
      window.removeEventListener('resize', later);
    };
  };
}
