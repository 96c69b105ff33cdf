// Opens an EPUB in foliate-js (the engine of the Foliate reader) in Debian's headless Chromium, as a reader
// would: the book opens without errors, its table of contents and page list are read, the first note
// reference opens its note as a pop-up and the note's back link returns to the reference. Screenshots of that
// page in a light and in a night-mode reader (dark scheme reported, dark page, light default text, the book's
// colours untouched).
//
//   node run-foliate.mjs BOOK.epub [--screenshots DIR]      exits 1 on any failure
//
// foliate-js is made of ES modules, which Chromium loads over HTTP only: a server on 127.0.0.1 serves the
// test page, the library and the book, and nothing else is fetched.
import { createServer } from 'node:http';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const here = dirname(fileURLToPath(import.meta.url));
const library = join(here, 'node_modules', 'foliate-js');
const TYPES = { '.js': 'text/javascript', '.html': 'text/html', '.epub': 'application/epub+zip' };

function parseArguments(argv) {
  const options = { book: null, screenshots: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--screenshots') options.screenshots = argv[++i];
    else if (!options.book) options.book = argv[i];
    else throw new Error(`unexpected argument: ${argv[i]}`);
  }
  if (!options.book || options.screenshots === undefined) {
    throw new Error('usage: node run-foliate.mjs BOOK.epub [--screenshots DIR]');
  }
  return options;
}

function serve(book) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    let file = null;
    if (path === '/' || path === '/reader-test.html') file = join(here, 'reader-test.html');
    else if (path === '/book.epub') file = resolve(book);
    else if (path.startsWith('/foliate/')) {
      const inside = normalize(join(library, path.slice('/foliate/'.length)));
      if (inside.startsWith(library)) file = inside;
    }
    try {
      if (!file) throw new Error('not served');
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
  return new Promise((resolveServer) => server.listen(0, '127.0.0.1', () => resolveServer(server)));
}

/** What the outcome must show; each failure is one line. */
function failures(outcome, errors) {
  const found = [...errors];
  if (outcome.error) return [...found, `the reader failed: ${outcome.error}`];
  if (!outcome.title) found.push('the book has no title in the reader');
  if (outcome.toc.length < 3) found.push(`the table of contents has ${outcome.toc.length} entries`);
  if (outcome.pageList.length < 1) found.push('the page list is empty');
  if (!outcome.reference) return [...found, 'no note reference found in the book'];
  if (!outcome.note || !outcome.note.text) found.push('the note reference opened no note');
  else if (!['footnote', 'endnote', 'note'].includes(outcome.note.type)) {
    found.push(`the pop-up is not recognised as a note (type ${outcome.note.type})`);
  }
  if (!outcome.backLink) found.push('the note has no back link');
  else if (!outcome.returnedToReference) found.push(`the back link did not return to the reference: ${JSON.stringify(outcome.returnedTo)}`);
  return found;
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const server = await serve(options.book);
  const { port } = server.address();
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 800, height: 1000 });
    const errors = [];
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      // A failed load is reported with its address below; the console says only that one failed.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
        errors.push(`console error: ${message.text()}`);
      }
    });
    page.on('response', (response) => {
      if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) {
        errors.push(`${response.status()} for ${response.url()}`);
      }
    });
    page.on('request', (request) => {
      if (!request.url().startsWith(`http://127.0.0.1:${port}/`) && !request.url().startsWith('blob:')
          && !request.url().startsWith('data:')) errors.push(`outside request: ${request.url()}`);
    });
    await page.goto(`http://127.0.0.1:${port}/reader-test.html`, { waitUntil: 'load' });
    const outcome = await page.evaluate(() => window.outcome);
    console.log(JSON.stringify(outcome, null, 2));
    if (options.screenshots) {
      await mkdir(options.screenshots, { recursive: true });
      await page.evaluate(() => document.getElementById('popup').classList.remove('open'));
      await page.screenshot({ path: join(options.screenshots, 'foliate-light.png') });
      // A night mode that says so: the reader's dark preference, as reading systems report it to the book.
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      await page.evaluate(() => window.night());
      await new Promise((done) => setTimeout(done, 300));
      await page.screenshot({ path: join(options.screenshots, 'foliate-night.png') });
    }
    const found = failures(outcome, errors);
    for (const failure of found) console.log(`FAIL ${failure}`);
    console.log(found.length === 0
      ? `foliate-js: opens, ${outcome.toc.length} contents entries, ${outcome.pageList.length} pages, note and back link work`
      : `foliate-js: ${found.length} failure(s)`);
    return found.length === 0 ? 0 : 1;
  } finally {
    await browser.close();
    server.close();
  }
}

main().then(
  (code) => { process.exitCode = code; },
  (error) => { console.error(error.stack || String(error)); process.exitCode = 2; },
);
