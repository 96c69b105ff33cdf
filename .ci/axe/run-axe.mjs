// Checks a print HTML edition: the Nu Html Checker (vnu.jar, run with the system's Java) for valid HTML and
// CSS, then axe-core in Debian's headless Chromium for WCAG 2.2 Level A and AA.
//
//   node run-axe.mjs FILE.html                      both checks; exits 1 on any error or violation
//   node run-axe.mjs FILE.html --no-html-check      axe-core only
//   node run-axe.mjs FILE.html --best-practice      also axe's best-practice rules
//   node run-axe.mjs FILE.html --screenshot OUT.png [--width PX] [--height PX] [--full-page]
//                                                  a screenshot of the first screen (or the whole page)
//   node run-axe.mjs FILE.html --pdf OUT.pdf        the browser's printed edition (the print style sheet at work)
//
// The page is opened from a file URL with the network off: the print edition must be self-contained.
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const require = createRequire(import.meta.url);
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

function parseArguments(argv) {
  const options = { file: null, htmlCheck: true, bestPractice: false, screenshot: null, pdf: null, width: 1280, height: 900, fullPage: false };
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i];
    if (argument === '--best-practice') options.bestPractice = true;
    else if (argument === '--no-html-check') options.htmlCheck = false;
    else if (argument === '--screenshot') options.screenshot = argv[++i];
    else if (argument === '--pdf') options.pdf = argv[++i];
    else if (argument === '--width') options.width = Number(argv[++i]);
    else if (argument === '--height') options.height = Number(argv[++i]);
    else if (argument === '--full-page') options.fullPage = true;
    else if (!options.file) options.file = argument;
    else throw new Error(`unexpected argument: ${argument}`);
  }
  if (!options.file || options.screenshot === undefined || options.pdf === undefined || !(options.width > 0) || !(options.height > 0)) {
    throw new Error('usage: node run-axe.mjs FILE.html [--no-html-check] [--best-practice] [--screenshot OUT.png [--width PX] [--height PX] [--full-page]] [--pdf OUT.pdf]');
  }
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
  const htmlResult = checking && options.htmlCheck ? checkHtml(options.file) : 0;
  const axeResult = await browse(options);
  return Math.max(htmlResult, axeResult);
}

async function browse(options) {
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--no-first-run',
    ],
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: options.width, height: options.height });
    // Anything but the file itself is a self-containment failure worth knowing about.
    const fileUrl = pathToFileURL(resolve(options.file)).href;
    const external = [];
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      if (url === fileUrl || url.startsWith('data:')) request.continue();
      else { external.push(url); request.abort(); }
    });
    await page.goto(fileUrl, { waitUntil: 'load' });

    if (options.pdf) {
      // The @page rules decide the paper size, margins, running head and page numbers.
      await page.pdf({ path: options.pdf, preferCSSPageSize: true, printBackground: true });
      console.log(`pdf: ${options.pdf}`);
      return external.length === 0 ? 0 : report(external, []);
    }
    if (options.screenshot) {
      await page.screenshot({ path: options.screenshot, fullPage: options.fullPage });
      console.log(`screenshot: ${options.screenshot}`);
      return external.length === 0 ? 0 : report(external, []);
    }

    await page.addScriptTag({ content: await readFile(require.resolve('axe-core/axe.min.js'), 'utf8') });
    const tags = options.bestPractice ? [...TAGS, 'best-practice'] : TAGS;
    const results = await page.evaluate(
      (runTags) => window.axe.run(document, { runOnly: { type: 'tag', values: runTags }, resultTypes: ['violations'] }),
      tags,
    );
    console.log(`axe-core ${results.testEngine.version}: ${options.file} (${tags.join(', ')})`);
    return report(external, results.violations);
  } finally {
    await browser.close();
  }
}

function report(external, violations) {
  for (const url of external) console.log(`external request blocked: ${url}`);
  for (const violation of violations) {
    console.log(`\n${violation.impact}: ${violation.id}: ${violation.help} (${violation.helpUrl})`);
    for (const node of violation.nodes) {
      console.log(`  ${node.target.join(' ')}`);
      console.log(`    ${node.failureSummary.replace(/\n/g, '\n    ')}`);
    }
  }
  const failures = violations.length + external.length;
  console.log(failures === 0 ? 'no violations' : `\n${violations.length} violation(s), ${external.length} external request(s)`);
  return failures === 0 ? 0 : 1;
}

main().then(
  (code) => { process.exitCode = code; },
  (error) => { console.error(error.stack || String(error)); process.exitCode = 2; },
);
