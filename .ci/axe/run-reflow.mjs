// Checks that a print HTML edition reflows as WCAG 2.2 asks, measured in Debian's headless Chromium:
//   1.4.10 reflow       at 320 CSS px wide, nothing but a table or figure in a scroll box of its own reaches past
//                       the viewport, and the page itself does not scroll sideways;
//   1.4.4  resize text  at 640 CSS px (a 1280 px window zoomed to 200 %) with the root font size doubled;
//   1.4.12 text spacing with line height 1.5, paragraph spacing 2 em, letter spacing 0.12 em and word spacing
//                       0.16 em forced on every element, at 320 CSS px.
// In each, no element that clips its content (overflow hidden or clip) hides any of its text.
//
//   node run-reflow.mjs FILE.html [--screenshots DIR]     exits 1 on any failure; DIR gets one picture per case
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const CASES = [
  { name: 'reflow at 320 CSS px', width: 320, css: '' },
  { name: 'text at 200 % (640 CSS px)', width: 640, css: 'html { font-size: 200% !important; }' },
  {
    name: 'text spacing at 320 CSS px',
    width: 320,
    css: '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }'
      + ' p { margin-bottom: 2em !important; }',
  },
];

function parseArguments(argv) {
  const options = { file: null, screenshots: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--screenshots') options.screenshots = argv[++i];
    else if (!options.file) options.file = argv[i];
    else throw new Error(`unexpected argument: ${argv[i]}`);
  }
  if (!options.file || options.screenshots === undefined) {
    throw new Error('usage: node run-reflow.mjs FILE.html [--screenshots DIR]');
  }
  return options;
}

/** Runs in the page: what overflows the viewport outside a scroll box, and what a clipping box hides. */
function measure() {
  const width = document.documentElement.clientWidth;
  const scrollsOwnWay = (element) => {
    for (let e = element.parentElement; e && e !== document.body; e = e.parentElement) {
      const overflow = getComputedStyle(e).overflowX;
      if (overflow === 'auto' || overflow === 'scroll') return true;
    }
    return false;
  };
  const describe = (e) => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : ''}`;
  const problems = [];
  if (document.documentElement.scrollWidth > width + 1) {
    problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} CSS px wide in a ${width} px viewport`);
  }
  for (const element of document.body.querySelectorAll('*')) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    const style = getComputedStyle(element);
    if (style.position === 'absolute' || style.position === 'fixed') continue;
    if (box.right > width + 1 && !scrollsOwnWay(element)) {
      problems.push(`${describe(element)} reaches ${Math.round(box.right)} CSS px`);
    }
    const clips = ['hidden', 'clip'];
    if ((clips.includes(style.overflowX) || clips.includes(style.overflowY)) && element.textContent.trim() !== ''
        && (element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1)) {
      problems.push(`${describe(element)} hides part of its text (${element.scrollWidth}×${element.scrollHeight} in ${element.clientWidth}×${element.clientHeight})`);
    }
  }
  // One line per element: a wide element's children repeat it.
  return [...new Set(problems)].slice(0, 20);
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--no-first-run'],
  });
  let failures = 0;
  try {
    if (options.screenshots) await mkdir(options.screenshots, { recursive: true });
    for (const [index, test] of CASES.entries()) {
      const page = await browser.newPage();
      await page.setViewport({ width: test.width, height: 800 });
      await page.goto(pathToFileURL(resolve(options.file)).href, { waitUntil: 'load' });
      if (test.css) await page.addStyleTag({ content: test.css });
      const problems = await page.evaluate(measure);
      if (options.screenshots) {
        await page.screenshot({ path: join(options.screenshots, `reflow-${index + 1}.png`), fullPage: false });
      }
      console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${test.name}`);
      for (const problem of problems) console.log(`       ${problem}`);
      failures += problems.length === 0 ? 0 : 1;
      await page.close();
    }
  } finally {
    await browser.close();
  }
  console.log(failures === 0 ? 'reflows: no failures' : `${failures} of ${CASES.length} cases failed`);
  return failures === 0 ? 0 : 1;
}

main().then(
  (code) => { process.exitCode = code; },
  (error) => { console.error(error.stack || String(error)); process.exitCode = 2; },
);
