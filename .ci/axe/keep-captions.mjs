// Checks that an edition's own style sheet keeps a table's caption with the table when Chromium paginates it
// (printing the print HTML; an EPUB's content document as a Blink-based reading system lays out its pages):
//
//   node keep-captions.mjs FILE.html|BOOK.epub
//
// A probe page with the edition's style sheet holds n filler paragraphs and then a captioned table taller than
// a page. The largest n that still leaves the first row on page 1 is found by bisection; one paragraph more
// pushes that row to page 2, and the caption must go with it rather than stay alone at the foot of page 1.
// Page numbers come from the printed PDF read back with poppler's pdftotext. Exits 1 if a caption is left behind.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

const CAPTION = 'Captiontoken of the probe table';
const FIRST_ROW = 'Rowtoken';

/** The edition's style sheet: the print HTML's inline style, or that of the EPUB document with a table. */
function styleSheet(file, folder) {
  let markup;
  if (file.toLowerCase().endsWith('.epub')) {
    const unzip = spawnSync('unzip', ['-q', '-o', resolve(file), '-d', folder], { encoding: 'utf8' });
    if (unzip.status !== 0) throw new Error(`unzip ${file}: ${unzip.stderr || unzip.error}`);
    const listing = spawnSync('unzip', ['-Z1', resolve(file)], { encoding: 'utf8' }).stdout.split('\n');
    const documents = listing.filter((name) => name.endsWith('.xhtml'))
      .map((name) => readFileSync(join(folder, name), 'utf8'));
    markup = documents.find((text) => text.includes('<table')) ?? documents.find((text) => text.includes('<style'));
  } else {
    markup = readFileSync(file, 'utf8');
  }
  const style = /<style[^>]*>([\s\S]*?)<\/style>/.exec(markup ?? '')?.[1];
  if (!style) throw new Error(`${file}: no style sheet found`);
  return style;
}

function probe(css, paragraphs) {
  const filler = Array.from({ length: paragraphs },
    (_, i) => `<p>Filler paragraph ${i + 1}, one line of ordinary words on the page.</p>`).join('\n');
  const rows = Array.from({ length: 80 },
    (_, i) => `<tr><td>${i === 0 ? FIRST_ROW : `Row ${i + 1}`}</td><td>value</td><td>value</td></tr>`).join('\n');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>probe</title><style>${css}</style></head>
<body><main>${filler}
<div class="table-scroll"><table><caption>${CAPTION}</caption>
<thead><tr><th scope="col">A</th><th scope="col">B</th><th scope="col">C</th></tr></thead>
<tbody>${rows}</tbody></table></div><p>After the table.</p></main></body></html>`;
}

/** The page (1-based) each token is printed on, for a probe with n paragraphs. */
async function pages(page, css, paragraphs, folder) {
  await page.setContent(probe(css, paragraphs), { waitUntil: 'load' });
  const pdf = join(folder, 'probe.pdf');
  writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }));
  const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  if (text.status !== 0) throw new Error(`pdftotext: ${text.stderr || text.error}`);
  const printed = text.stdout.split('\f');
  const on = (token) => printed.findIndex((pageText) => pageText.includes(token)) + 1;
  return { caption: on(CAPTION.split(' ')[0]), row: on(FIRST_ROW) };
}

async function main() {
  const file = process.argv[2];
  if (!file || process.argv.length > 3) throw new Error('usage: node keep-captions.mjs FILE.html|BOOK.epub');
  const folder = mkdtempSync(join(tmpdir(), 'keep-captions-'));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const css = styleSheet(file, folder);
    const page = await browser.newPage();
    // The largest count of paragraphs that leaves the first row on page 1, by doubling and then bisection.
    let low = 0;
    let high = 16;
    while ((await pages(page, css, high, folder)).row === 1) {
      low = high;
      high *= 2;
      if (high > 1024) throw new Error('the first row never left page 1');
    }
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if ((await pages(page, css, middle, folder)).row === 1) low = middle;
      else high = middle;
    }
    const before = await pages(page, css, low, folder);
    const after = await pages(page, css, high, folder);
    console.log(`${low} paragraphs: caption on page ${before.caption}, first row on page ${before.row}`);
    console.log(`${high} paragraphs: caption on page ${after.caption}, first row on page ${after.row}`);
    const kept = before.caption === before.row && after.caption === after.row;
    console.log(kept ? `${file}: caption kept with its table` : `${file}: caption left alone at the foot of a page`);
    return kept ? 0 : 1;
  } finally {
    await browser.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

main().then(
  (code) => { process.exitCode = code; },
  (error) => { console.error(error.stack || String(error)); process.exitCode = 2; },
);
