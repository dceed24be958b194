// Shared by the browser journeys: a fresh server on its own SQLite file and a free port, and
// Debian's chromium driven by playwright-core (a browser download is not possible here).
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const repo = resolve(import.meta.dirname, '..', '..');
const binary = process.env.DIGIKAVERI_BIN ?? join(repo, 'target', 'debug', 'digikaveri');
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

// The instant every journey's server starts at (a Tuesday morning in Finland, with the demo's
// shift on at the drop-in centre): the server's clock runs on from it, so a journey does not
// depend on the day it runs.
export const START_AT = '2026-12-08T10:30:00+02:00';

// `demo: false` starts from an empty database, as a real organisation does.
export async function startServer({ demo = true } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'digikaveri-e2e-'));
  const port = await freePort();
  const started = Date.now();
  const env = {
    ...process.env,
    DATABASE_URL: join(dir, 'e2e.sqlite3'),
    DIGIKAVERI_DEMO: demo ? '1' : '0',
    ROCKET_PORT: String(port),
    ROCKET_ADDRESS: '127.0.0.1',
    ROCKET_LOG_LEVEL: 'critical',
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    DIGIKAVERI_START_AT: START_AT,
  };
  const child = spawn(binary, ['serve'], {
    cwd: repo,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  // Without SMTP a debug build prints each mail to standard error; the journeys read their
  // links from there, and the rest goes on to the test's own output.
  let printed = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => {
    printed += chunk;
    process.stderr.write(chunk);
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base,
    // The server's "now": its start instant plus the time it has run.
    now() {
      return new Date(Date.parse(START_AT) + (Date.now() - started));
    },
    // Runs another `digikaveri` command on the server's database (`create-admin`, `purge`),
    // with `input` on its standard input; its exit status and what it printed.
    command(args, input = '') {
      const run = spawnSync(binary, args, { cwd: repo, env, input, encoding: 'utf8' });
      return { status: run.status, stderr: run.stderr };
    },
    // The link starting with `path` in the last mail printed for `to`, waiting a little for it.
    async mailedLink(to, path) {
      for (let i = 0; i < 50; i++) {
        const mails = printed.split(`digikaveri: mail to ${to}\n`);
        if (mails.length > 1) {
          const found = mails.at(-1).match(new RegExp(`https?://[^\\s]*${path}[^\\s]*`));
          if (found) return found[0];
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`no mail to ${to} with a ${path} link`);
    },
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

// axe-core's serious and critical findings on the current page (WCAG 2.1 A and AA rules).
// Only violations are collected, and they are summed up in the page: the passes with all
// their nodes would take longer to gather and to send than the rules take to run.
export async function seriousViolations(page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const results = await window.axe.run(document, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      resultTypes: ['violations'],
    });
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

// The phone every journey looks at pages on.
export const PHONE = { width: 360, height: 740 };

// A page as it must be on a phone: in the language asked for (when one is given), nothing
// wider than the screen, and nothing serious for axe.
export async function fitsThePhoneAndPasses(page, lang) {
  if (lang) assert.equal(await page.locator('html').getAttribute('lang'), lang, page.url());
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(wide <= PHONE.width, `${page.url()} is ${wide} px wide`);
  assert.deepEqual(await seriousViolations(page), [], page.url());
}

export const DEMO_PASSWORD = 'digikaveri-demo';

// Signs in through the form, as a person would.
export async function signIn(page, base, email, password = DEMO_PASSWORD) {
  await page.goto(`${base}/login`);
  await page.locator('#field-email').fill(email);
  await page.locator('#field-password').fill(password);
  await page.locator('form[action="/login"] button[type="submit"]').click();
  await page.waitForURL(/\/dashboard/);
}

// One server and one browser for a test file: started before its tests, stopped after them.
// The returned object gets `server` and `browser` once they are up.
export function withServerAndBrowser(options) {
  const env = {};
  before(async () => {
    env.server = await startServer(options);
    env.browser = await launchBrowser();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.stop();
  });
  return env;
}
