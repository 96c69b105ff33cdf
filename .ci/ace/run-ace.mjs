#!/usr/bin/env node
// Runs Ace by DAISY on each EPUB given and fails on any violation, whatever its impact.
//
// Ace checks the content documents with axe-core in a headless browser driven by Puppeteer. No browser is
// downloaded: install with PUPPETEER_SKIP_DOWNLOAD=1 and this script points Puppeteer at Debian's Chromium
// (PUPPETEER_EXECUTABLE_PATH, which Puppeteer's launch() reads when no executablePath is passed, as Ace's
// puppeteer runner does). Usage: node run-ace.mjs BOOK.epub [MORE.epub ...]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const aceCli = path.join(here, 'node_modules', '@daisy', 'ace-cli', 'bin', 'ace.js');
const browser = process.env.PUPPETEER_EXECUTABLE_PATH || '/usr/bin/chromium';

const epubs = process.argv.slice(2);
if (epubs.length === 0) {
  console.error('usage: node run-ace.mjs BOOK.epub [MORE.epub ...]');
  process.exit(64);
}
if (!existsSync(aceCli)) {
  console.error(`Ace is not installed: run "npm ci" in ${here} first`);
  process.exit(1);
}
if (!existsSync(browser)) {
  console.error(`no browser at ${browser}: install Debian's chromium or set PUPPETEER_EXECUTABLE_PATH`);
  process.exit(1);
}

/** Every failed assertion in the report, depth first, with the document it was found in. */
function violations(assertion, subject, found) {
  const where = assertion['earl:testSubject']?.url ?? subject;
  if (assertion['earl:result']?.['earl:outcome'] === 'fail' && assertion['earl:test']) {
    const test = assertion['earl:test'];
    const result = assertion['earl:result'];
    found.push({
      document: where,
      rule: test['dct:title'],
      impact: test['earl:impact'],
      description: result['dct:description'] ?? test['dct:description'] ?? '',
      html: result.html ?? '',
      pointer: result['earl:pointer']?.css?.join(', ') ?? '',
    });
  }
  for (const child of assertion.assertions ?? []) {
    violations(child, where, found);
  }
  return found;
}

let failed = false;
for (const epub of epubs) {
  const outdir = mkdtempSync(path.join(tmpdir(), 'ace-report-'));
  try {
    const run = spawnSync(process.execPath, [aceCli, '--silent', '--force', '--outdir', outdir, path.resolve(epub)], {
      env: { ...process.env, PUPPETEER_EXECUTABLE_PATH: browser, PUPPETEER_SKIP_DOWNLOAD: '1' },
      stdio: 'inherit',
    });
    const reportFile = path.join(outdir, 'report.json');
    if (run.status !== 0 || !existsSync(reportFile)) {
      console.error(`Ace did not finish on ${epub} (exit status ${run.status}${run.error ? ', ' + run.error.message : ''})`);
      failed = true;
      continue;
    }
    const report = JSON.parse(readFileSync(reportFile, 'utf8'));
    const found = [];
    for (const assertion of report.assertions ?? []) {
      violations(assertion, '', found);
    }
    const outcome = report['earl:result']?.['earl:outcome'];
    if (found.length === 0 && outcome === 'pass') {
      console.log(`Ace: ${epub}: no violations`);
      continue;
    }
    failed = true;
    console.error(`Ace: ${epub}: ${found.length} violation(s), outcome ${outcome}`);
    for (const v of found) {
      console.error(`  ${v.document}: [${v.impact}] ${v.rule}: ${v.description}`);
      if (v.pointer) console.error(`    at ${v.pointer}`);
      if (v.html) console.error(`    ${v.html}`);
    }
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
process.exit(failed ? 1 : 0);
