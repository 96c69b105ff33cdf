// Checks a print HTML edition with axe-core in Debian's headless Chromium.
//
//   node run-axe.mjs FILE.html                      WCAG 2.2 A/AA rules; exits 1 on any violation
//   node run-axe.mjs FILE.html --best-practice      also axe's best-practice rules
//   node run-axe.mjs FILE.html --screenshot OUT.png [--width PX] [--height PX] [--full-page]
//                                                  a screenshot of the first screen (or the whole page)
//
// The page is opened from a file URL with the network off: the print edition must be self-contained.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const require = createRequire(import.meta.url);
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

function parseArguments(argv) {
  const options = { file: null, bestPractice: false, screenshot: null, width: 1280, height: 900, fullPage: false };
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i];
    if (argument === '--best-practice') options.bestPractice = true;
    else if (argument === '--screenshot') options.screenshot = argv[++i];
    else if (argument === '--width') options.width = Number(argv[++i]);
    else if (argument === '--height') options.height = Number(argv[++i]);
    else if (argument === '--full-page') options.fullPage = true;
    else if (!options.file) options.file = argument;
    else throw new Error(`unexpected argument: ${argument}`);
  }
  if (!options.file || options.screenshot === undefined || !(options.width > 0) || !(options.height > 0)) {
    throw new Error('usage: node run-axe.mjs FILE.html [--best-practice] [--screenshot OUT.png [--width PX] [--height PX] [--full-page]]');
  }
  return options;
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
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
