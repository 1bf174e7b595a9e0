/**
 * Gives the browser tab the screen's own title (WCAG 2.4.2), so someone with ten tabs open, or a
 * screen reader announcing the page, knows which screen and which meeting this is. Until the
 * meeting is known the tab keeps the app's name.
 */
export function useDocumentTitle(title: () => string | null | undefined): void {
  $effect(() => {
    document.title = title() || 'Buurtkracht';
  });
}
