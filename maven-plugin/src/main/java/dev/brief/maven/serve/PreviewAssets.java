package dev.brief.maven.serve;

/** The preview page's own style sheet and script, inlined into the page so the server has no asset files. */
final class PreviewAssets {
    static final String STYLE = String.join(
            "",
            "body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1a1a1a;background:#f4f4f2}",
            "header,main{max-width:72rem;margin:0 auto;padding:0 1rem}h1{margin:1rem 0 .25rem}",
            "section{background:#fff;border:1px solid #ccc;border-radius:4px;margin:1rem 0;padding:0 1rem 1rem}",
            "iframe{width:100%;height:75vh;border:1px solid #999;background:#fff}",
            ".editions{display:flex;flex-wrap:wrap;gap:.25rem 1.5rem;padding:0;list-style:none}",
            ".diagnostics li{margin:.25rem 0}.error{color:#a1120b}.warning{color:#6b4a00}.fix{color:#333}",
            "code{font-family:ui-monospace,monospace;font-size:.9em}a{color:#0645ad}a:focus{outline:3px solid #f90}");

    /**
     * Listens for {@code reload} events; fetches the page again, swaps its live parts, and reloads the frames of
     * the briefs named in the event, restoring each frame's scroll position. A change in the set of briefs (or
     * a brief's first edition) reloads the whole page. EventSource reconnects by itself after a restart.
     */
    static final String SCRIPT = String.join(
            "\n",
            "const shape = d => [...d.querySelectorAll('[data-slug]')]",
            "  .map(s => s.dataset.slug + ':' + s.dataset.framed).join(' ');",
            "const events = new EventSource('/events');",
            "events.addEventListener('reload', async event => {",
            "  const response = await fetch('/', {cache: 'no-store'});",
            "  const next = new DOMParser().parseFromString(await response.text(), 'text/html');",
            "  if (shape(next) !== shape(document)) { location.reload(); return; }",
            "  for (const part of document.querySelectorAll('[data-live]')) {",
            "    const fresh = next.getElementById(part.id);",
            "    if (fresh) { part.replaceWith(document.importNode(fresh, true)); }",
            "  }",
            "  const changed = event.data.split(' ').filter(slug => slug);",
            "  for (const slug of changed) {",
            "    const frame = document.querySelector('#brief-' + CSS.escape(slug) + ' iframe');",
            "    if (!frame) { continue; }",
            "    const view = frame.contentWindow, x = view.scrollX, y = view.scrollY;",
            "    frame.addEventListener('load', () => frame.contentWindow.scrollTo(x, y), {once: true});",
            "    view.location.reload();",
            "  }",
            "});");

    private PreviewAssets() {}
}
