import { escapeHtml, REPORT_CSS } from '../../documents/render/html.js';

// A calm public-sector look: system fonts, dark text on white, one accent colour with AA contrast,
// visible focus rings for keyboard users.
const STYLE = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #4a4a4a; --accent: #0b5394; --line: #d0d4da; --bg: #f5f6f8; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, "Segoe UI", "DejaVu Sans", sans-serif; color: var(--ink); background: var(--bg); }
a { color: var(--accent); }
a:focus-visible, button:focus-visible { outline: 3px solid #f0b400; outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem 1rem; }
.skip:focus { left: 1rem; }
header.site { background: #12324f; color: #fff; padding: .75rem 1.5rem; }
header.site a { color: #fff; text-decoration: none; font-weight: 600; font-size: 1.15rem; }
main { max-width: 64rem; margin: 1.5rem auto; background: #fff; padding: 1.5rem 2rem; border: 1px solid var(--line); border-radius: 4px; }
h1 { font-size: 1.6rem; margin-top: 0; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
caption { text-align: left; }
.report h2 { font-size: 1.25rem; margin-top: 1.8rem; }
th, td { text-align: left; padding: .4rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: var(--bg); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.muted { color: var(--muted); }
.downloads { display: flex; gap: 1rem; flex-wrap: wrap; margin: 1rem 0; padding: 0; list-style: none; }
.downloads a { display: inline-block; padding: .4rem .9rem; border: 1px solid var(--accent); border-radius: 4px; text-decoration: none; }
.state { display: inline-block; padding: 0 .5rem; border-radius: 3px; background: #e8eef5; color: #12324f; font-size: .9rem; }
`;

/** A whole Swedish page around some already-escaped HTML body. */
export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – Redovisa</title>
<style>${STYLE}${REPORT_CSS}</style>
</head>
<body>
<a class="skip" href="#innehall">Hoppa till innehållet</a>
<header class="site"><a href="/">Redovisa</a></header>
<main id="innehall">
${body}
</main>
</body>
</html>`;
}
