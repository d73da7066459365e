// The page a browser sees when signing in through the organisation's provider does not work out:
// server-rendered, since the browser came here by navigation (the callback), not through the app.
import { escapeHtml as h } from '../../documents/render/html.js';
import { stylesheet } from '../public/pages.js';

/** A whole page in the sign-in page's frame: what went wrong, the reference, and the way back. */
export function signInProblemPage(options: { title: string; message: string; requestId: string }): string {
  return `<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(options.title)} – Redovisa</title>
<style>${stylesheet()}</style>
</head>
<body>
<div class="signin-shell">
<header class="signin-header"><p class="brand">Redovisa</p></header>
<main id="main" class="signin">
<h1>${h(options.title)}</h1>
<div role="alert" class="alert alert--error"><p>${h(options.message)}</p></div>
<p><a class="button button--primary" href="/logga-in">Tillbaka till inloggningen</a></p>
<p class="muted">Referens: ${h(options.requestId)}</p>
</main>
</div>
</body>
</html>
`;
}
