import type { Action } from 'svelte/action';

/**
 * For a button whose command is on its way. The `disabled` attribute would throw keyboard
 * focus to the page body (WCAG 2.4.3), so a keyboard or screen-reader user lost their place on
 * every click. Instead the button keeps focus, says aria-disabled="true", and ignores clicks
 * (and, for a submit button, the form's submit) until the answer is in.
 */
export const busyGuard: Action<HTMLButtonElement, boolean> = (node, busy) => {
  let blocked = busy;
  const show = () => {
    if (blocked) node.setAttribute('aria-disabled', 'true');
    else node.removeAttribute('aria-disabled');
  };
  // Capture on the button itself runs before Svelte's delegated onclick at the root.
  const stop = (event: Event) => {
    if (!blocked) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  node.addEventListener('click', stop, { capture: true });
  show();
  return {
    update(next: boolean) {
      blocked = next;
      show();
    },
    destroy() {
      node.removeEventListener('click', stop, { capture: true });
    },
  };
};
