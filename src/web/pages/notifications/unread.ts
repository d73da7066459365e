// The bell's count follows what the notifications page changes: the page announces a change, the
// bell asks the server again.
const CHANGED = 'redovisa:notifications-changed';

/** Tells the bell that notifications were read. */
export function announceNotificationsChanged(): void {
  window.dispatchEvent(new Event(CHANGED));
}

/** Calls `listener` whenever notifications were read; returns the unsubscribe. */
export function onNotificationsChanged(listener: () => void): () => void {
  window.addEventListener(CHANGED, listener);
  return () => window.removeEventListener(CHANGED, listener);
}
