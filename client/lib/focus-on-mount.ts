/**
 * For the field of a small form that opens on a key or click (move someone, merge a table, type
 * a reason): keyboard focus lands in it at once, so the next keys fill it in.
 */
export function focusOnMount(node: HTMLElement): void {
  node.focus();
}
