import type { ReactNode } from 'react';
import { LanguageSwitch } from './LanguageSwitch.js';

/** The frame of the pages before signing in: the name, the language switch, and one narrow panel. */
export function SignInShell({ children }: { children: ReactNode }) {
  return (
    <div className="signin-shell">
      <header className="signin-header">
        <p className="brand">Redovisa</p>
        <LanguageSwitch />
      </header>
      <main id="main" className="signin">
        {children}
      </main>
    </div>
  );
}
