import { fieldIdCandidates } from '../../lib/field-ids.js';

/**
 * Moves focus to the field a path names (or the nearest enclosing part that is on the page) and
 * scrolls it into view. Returns false when nothing on the page matches.
 */
export function focusPath(path: string): boolean {
  for (const id of fieldIdCandidates(path)) {
    const element = document.getElementById(id);
    if (!element) continue;
    if (!element.matches('input, textarea, select, button, a[href], [tabindex]')) element.tabIndex = -1;
    element.scrollIntoView({ block: 'center' });
    element.focus({ preventScroll: true });
    return true;
  }
  return false;
}

/** Focuses an element by id once React has drawn it (after adding a row or moving a paragraph). */
export function focusSoon(id: string): void {
  window.setTimeout(() => document.getElementById(id)?.focus(), 0);
}
