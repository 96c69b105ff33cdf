// Checks a print HTML edition: the Nu Html Checker (vnu.jar, run with the system's Java) for valid HTML and
// CSS, then axe-core in Debian's headless Chromium for WCAG 2.2 Level A and AA; or, given an EPUB, axe-core on
// each of its content documents, as a reading system built on a browser shows them.
//
//   node run-axe.mjs FILE.html                      both checks; exits 1 on any error or violation
//   node run-axe.mjs FILE.html --no-html-check      axe-core only
//   node run-axe.mjs FILE.html --best-practice      also axe's best-practice rules
//   node run-axe.mjs FILE.html --screenshot OUT.png [--width PX] [--height PX] [--full-page]
//                                                  a screenshot of the first screen (or the whole page)
//   node run-axe.mjs FILE.html --pdf OUT.pdf        the browser's printed edition (the print style sheet at work)
//   node run-axe.mjs FILE.html --dark               axe-core again with prefers-color-scheme: dark emulated
//   node run-axe.mjs BOOK.epub --dark --night       each content document of the EPUB (spine order): axe-core,
//                                                  then (--dark) under the dark scheme, then (--night) colour
//                                                  contrast in a reading system's night mode: dark scheme, and the
//                                                  page's background and default text forced dark and light by a
//                                                  style on html and body only, on each of NIGHT_PAGES
//   node run-axe.mjs FILE.html --screenshot OUT.png --dark    the same emulation for a screenshot or --pdf
//
// The page is opened from a file URL with the network off: the print edition must be self-contained (an EPUB's
// content documents may load the files of their own book, which is unpacked into a temporary folder).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const require = createRequire(import.meta.url);
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// Night pages of reading systems, from black to the greys of dark themes, with their light default text. The
// EPUB sets no page colour of its own, so its dark-scheme colours must hold on each of these.
const NIGHT_PAGES = [
  { background: '#000000', text: '#ffffff' },
  { background: '#121212', text: '#e0e0e0' },
  { background: '#1e1e1e', text: '#d6d6d6' },
];

function parseArguments(argv) {
  const options = {
    file: null, htmlCheck: true, bestPractice: false, screenshot: null, pdf: null, width: 1280, height: 900,
    fullPage: false, dark: false, night: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i];
    if (argument === '--best-practice') options.bestPractice = true;
    else if (argument === '--no-html-check') options.htmlCheck = false;
    else if (argument === '--screenshot') options.screenshot = argv[++i];
    else if (argument === '--pdf') options.pdf = argv[++i];
    else if (argument === '--width') options.width = Number(argv[++i]);
    else if (argument === '--height') options.height = Number(argv[++i]);
    else if (argument === '--full-page') options.fullPage = true;
    else if (argument === '--dark') options.dark = true;
    else if (argument === '--night') options.night = true;
    else if (!options.file) options.file = argument;
    else throw new Error(`unexpected argument: ${argument}`);
  }
  if (!options.file || options.screenshot === undefined || options.pdf === undefined || !(options.width > 0) || !(options.height > 0)) {
    throw new Error('usage: node run-axe.mjs FILE.html|BOOK.epub [--no-html-check] [--best-practice] [--dark] [--night]'
      + ' [--screenshot OUT.png [--width PX] [--height PX] [--full-page]] [--pdf OUT.pdf]');
  }
  options.epub = options.file.toLowerCase().endsWith('.epub');
  if (options.night && !options.epub) throw new Error('--night is for EPUB content documents: give a BOOK.epub');
  if (options.epub && (options.screenshot || options.pdf)) throw new Error('--screenshot and --pdf are for print HTML');
  return options;
}

/** The Nu Html Checker on the file: errors only (its "info" notes about XHTML-style void tags are not errors). */
function checkHtml(file) {
  const vnu = require('vnu-jar');
  const result = spawnSync('java', ['-jar', vnu, '--errors-only', '--also-check-css', file], { encoding: 'utf8' });
  if (result.error) throw result.error;
  const output = `${result.stdout}${result.stderr}`.trim();
  console.log(result.status === 0 ? `Nu Html Checker: ${file}: valid` : `Nu Html Checker: ${file}:\n${output}`);
  return result.status === 0 ? 0 : 1;
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const checking = !options.screenshot && !options.pdf;
  if (options.epub) return checkEpub(options);
  const htmlResult = checking && options.htmlCheck ? checkHtml(options.file) : 0;
  const folder = dirname(resolve(options.file));
  const axeResult = await withBrowser((browser) => browse(browser, options, options.file, folder, false));
  if (checking && options.dark) summarise();
  return Math.max(htmlResult, axeResult);
}

// Passes with a violation or an external request, over every document and colour scheme checked.
let failedPasses = 0;

/** One last line for all passes, which is the line CI's log summary shows. */
function summarise() {
  console.log(failedPasses === 0 ? '\nevery pass: no violations' : `\n${failedPasses} pass(es) failed`);
}

/** Each content document of an EPUB, in spine order, under each colour scheme asked for. */
async function checkEpub(options) {
  const folder = mkdtempSync(join(tmpdir(), 'run-axe-'));
  try {
    const unzip = spawnSync('unzip', ['-q', '-o', resolve(options.file), '-d', folder], { encoding: 'utf8' });
    if (unzip.error) throw unzip.error;
    if (unzip.status !== 0) throw new Error(`unzip ${options.file}: ${unzip.stderr}`);
    const documents = await contentDocuments(folder);
    console.log(`${options.file}: ${documents.length} content document(s)`);
    return await withBrowser(async (browser) => {
      let result = 0;
      for (const document of documents) {
        result = Math.max(result, await browse(browser, options, document, folder, true));
      }
      summarise();
      return result;
    });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The XHTML documents of the spine, from META-INF/container.xml to the package document. */
async function contentDocuments(folder) {
  const container = await readFile(join(folder, 'META-INF', 'container.xml'), 'utf8');
  const opfPath = /full-path="([^"]+)"/.exec(container)?.[1];
  if (!opfPath) throw new Error('META-INF/container.xml names no package document');
  const opf = await readFile(join(folder, opfPath), 'utf8');
  const items = new Map();
  for (const item of opf.matchAll(/<item\b[^>]*>/g)) {
    const id = /\bid="([^"]+)"/.exec(item[0])?.[1];
    const href = /\bhref="([^"]+)"/.exec(item[0])?.[1];
    const type = /\bmedia-type="([^"]+)"/.exec(item[0])?.[1];
    if (id && href && type === 'application/xhtml+xml') items.set(id, decodeURIComponent(href));
  }
  const spine = [...opf.matchAll(/<itemref\b[^>]*\bidref="([^"]+)"/g)].map((match) => match[1]);
  return spine.filter((id) => items.has(id)).map((id) => join(folder, dirname(opfPath), items.get(id)));
}

async function withBrowser(work) {
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--no-first-run',
    ],
  });
  try {
    return await work(browser);
  } finally {
    await browser.close();
  }
}

/**
 * Opens the file and runs the checks asked for. Only the file itself, data: URIs and, in an EPUB, the files of the
 * book unpacked under root may load; every other request is blocked and reported.
 */
async function browse(browser, options, file, root, epub) {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: options.width, height: options.height });
    const fileUrl = pathToFileURL(resolve(file)).href;
    const rootUrl = pathToFileURL(root).href + '/';
    const external = [];
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      if (url === fileUrl || url.startsWith('data:') || (epub && url.startsWith(rootUrl))) request.continue();
      else { external.push(url); request.abort(); }
    });
    await page.goto(fileUrl, { waitUntil: 'load' });
    const name = epub ? `${options.file}!${file.slice(root.length + 1)}` : file;

    if (options.pdf || options.screenshot) {
      if (options.dark) await emulateScheme(page, 'dark');
      if (options.pdf) {
        // The @page rules decide the paper size, margins, running head and page numbers.
        await page.pdf({ path: options.pdf, preferCSSPageSize: true, printBackground: true });
        console.log(`pdf: ${options.pdf}`);
      } else {
        await page.screenshot({ path: options.screenshot, fullPage: options.fullPage });
        console.log(`screenshot: ${options.screenshot}`);
      }
      return external.length === 0 ? 0 : report(external, []);
    }

    await page.addScriptTag({ content: await readFile(require.resolve('axe-core/axe.min.js'), 'utf8') });
    const tags = options.bestPractice ? [...TAGS, 'best-practice'] : TAGS;
    const light = await runAxe(page, { runOnly: { type: 'tag', values: tags } });
    console.log(`axe-core ${light.testEngine.version}: ${name} (${tags.join(', ')})`);
    let result = report(external, light.violations, 'light scheme');
    if (options.dark) {
      await emulateScheme(page, 'dark');
      // An EPUB sets no page colour: the browser paints its canvas in the scheme's colours, which axe cannot see
      // (it takes a page without a background to be white). Naming the canvas's own system colours shows it axe.
      const canvas = epub ? await addStyle(page, 'html { background-color: Canvas; color: CanvasText; }') : null;
      const dark = await runAxe(page, { runOnly: { type: 'tag', values: tags } });
      result = Math.max(result, report([], dark.violations, 'dark scheme (prefers-color-scheme: dark)'));
      if (canvas) await removeStyle(canvas);
    }
    if (options.night) {
      await emulateScheme(page, 'dark');
      for (const night of NIGHT_PAGES) {
        const css = `html, body { background-color: ${night.background}; color: ${night.text}; }`;
        const style = await addStyle(page, css);
        const results = await runAxe(page, { runOnly: { type: 'rule', values: ['color-contrast'] } });
        result = Math.max(result, report([], results.violations,
          `night mode (dark scheme, page ${night.background}, text ${night.text}): color-contrast`));
        await removeStyle(style);
      }
    }
    return result;
  } finally {
    await page.close();
  }
}

/** A style element added last in the head (it wins over the document's own rules of equal specificity). */
function addStyle(page, css) {
  return page.evaluateHandle((text) => {
    const element = document.createElementNS('http://www.w3.org/1999/xhtml', 'style');
    element.textContent = text;
    document.head.appendChild(element);
    return element;
  }, css);
}

async function removeStyle(handle) {
  await handle.evaluate((element) => element.remove());
  await handle.dispose();
}

async function emulateScheme(page, scheme) {
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
}

function runAxe(page, runOptions) {
  return page.evaluate(
    (options) => window.axe.run(document, { ...options, resultTypes: ['violations'] }),
    runOptions,
  );
}

function report(external, violations, pass = '') {
  for (const url of external) console.log(`external request blocked: ${url}`);
  for (const violation of violations) {
    console.log(`\n${violation.impact}: ${violation.id}: ${violation.help} (${violation.helpUrl})`);
    for (const node of violation.nodes) {
      console.log(`  ${node.target.join(' ')}`);
      console.log(`    ${node.failureSummary.replace(/\n/g, '\n    ')}`);
    }
  }
  const failures = violations.length + external.length;
  if (failures > 0) failedPasses++;
  const where = pass ? `${pass}: ` : '';
  console.log(failures === 0 ? `${where}no violations`
    : `\n${where}${violations.length} violation(s), ${external.length} external request(s)`);
  return failures === 0 ? 0 : 1;
}

main().then(
  (code) => { process.exitCode = code; },
  (error) => { console.error(error.stack || String(error)); process.exitCode = 2; },
);
