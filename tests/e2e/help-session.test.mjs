// The journey for help sessions: a person takes a number in Arabic; the coordinator
// matches them with Dmytro; Dmytro (Ukrainian interface, 360 px phone) starts and finishes the
// help and saves the prefilled record in at most four taps; the person's open page, without a
// reload, asks for feedback in Arabic and they answer with a face; the coordinator's sessions
// page in Finnish shows the session with its outcome; after the day's purge no row links the
// ticket to the session. axe finds nothing serious on the record form and the feedback page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { withServerAndBrowser, seriousViolations, signIn, fitsThePhoneAndPasses, PHONE } from './harness.mjs';

const env = withServerAndBrowser();
const repo = resolve(import.meta.dirname, '..', '..');
const binary = process.env.DIGIKAVERI_BIN ?? join(repo, 'target', 'debug', 'digikaveri');

// A message as the locale files have it (single-line messages only).
function message(lang, file, id) {
  const text = readFileSync(join(repo, 'locales', lang, `${file}.ftl`), 'utf8');
  const found = text.match(new RegExp(`^${id} = (.+)$`, 'm'));
  assert.ok(found, `${id} in locales/${lang}/${file}.ftl`);
  return found[1].trim();
}


// The harness keeps the server's database and clock to itself: its environment, read from
// /proc, gives the database file (found by the server's port).
function serverEnvironment(port) {
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    let vars;
    try {
      vars = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
    } catch {
      continue;
    }
    if (vars.includes(`ROCKET_PORT=${port}`) && vars.some((v) => v.startsWith('DATABASE_URL='))) {
      return Object.fromEntries(vars.filter(Boolean).map((v) => {
        const at = v.indexOf('=');
        return [v.slice(0, at), v.slice(at + 1)];
      }));
    }
  }
  throw new Error(`no server process listening on port ${port}`);
}

// SQLite from the command line, when it is installed (node 20 has no SQLite of its own).
const sqlite = spawnSync('sqlite3', ['-version']).status === 0;
function query(database, sql) {
  const run = spawnSync('sqlite3', ['-readonly', database, sql], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return run.stdout.trim();
}

test('a help session from an Arabic queue number to the purge', async (t) => {
  const { base } = env.server;
  const database = serverEnvironment(new URL(base).port).DATABASE_URL;

  // The person takes a number in Arabic (English as a second language, which Dmytro speaks).
  const visitor = await env.browser.newContext({ locale: 'ar', bypassCSP: true, viewport: PHONE });
  const person = await visitor.newPage();
  await person.goto(`${base}/s/OLARI`);
  assert.equal(await person.locator('#field-first_language').inputValue(), 'ar');
  await person.locator('details.second-language > summary').click();
  await person.locator('#field-second_language').selectOption('en');
  await person.locator('input[name="topics"][value="kela"]').check();
  await person.locator('input[name="first_visit"]').check();
  await person.locator('form[action="/s/OLARI"] button[type="submit"]').click();
  await person.waitForURL(/\/t\/[0-9a-f]{64}$/);
  const ticketUrl = person.url();
  const code = await person.locator('.ticket-code').textContent();
  // From here on the page only listens: a reload would drop this.
  await person.evaluate(() => { window.__marker = 1; });

  // The coordinator matches the number with Dmytro on the queue board.
  const staff = await env.browser.newContext({ locale: 'fi-FI', bypassCSP: true });
  const kaisa = await staff.newPage();
  await signIn(kaisa, base, 'kaisa@demo.digikaveri.fi');
  await kaisa.goto(`${base}/org/queue/OLARI`);
  const waiting = kaisa.locator('section[aria-labelledby="waiting-heading"] li.card', { hasText: code });
  await waiting.locator('select[name="volunteer_id"]').selectOption({ label: 'Dmytro' });
  await waiting.getByRole('button', { name: message('fi', 'queue', 'duty-match') }).click();
  await kaisa.waitForURL(/\/org\/queue\/OLARI$/);
  await person.locator('main', { hasText: 'Dmytro' }).waitFor({ timeout: 10000 });

  // Dmytro on his phone, in Ukrainian: start, then finished, which opens the record.
  const phone = await env.browser.newContext({ locale: 'uk', bypassCSP: true, viewport: PHONE });
  const dmytro = await phone.newPage();
  await signIn(dmytro, base, 'dmytro@demo.digikaveri.fi');
  await dmytro.goto(`${base}/duty`);
  assert.match(await dmytro.locator('#next-heading').textContent(), new RegExp(code));
  await dmytro.locator('form[action$="/start"] button').click();
  await dmytro.waitForURL(/\/duty$/);
  await dmytro.locator('form[action$="/finish"] button').click();
  await dmytro.waitForURL(/\/duty\/\d+\/record$/);
  const ticketId = dmytro.url().match(/\/duty\/(\d+)\/record$/)[1];

  // The record form, prefilled from the ticket.
  await fitsThePhoneAndPasses(dmytro, 'uk');
  const record = dmytro.locator('form.record');
  assert.equal(await record.locator('#field-language').inputValue(), 'en', 'the language they shared');
  assert.ok(await record.locator('input[name="topics"][value="kela"]').isChecked());
  assert.ok(await record.locator('input[name="first_visit"]').isChecked());
  assert.ok(Number(await record.locator('#field-minutes').inputValue()) >= 1);
  assert.ok(await record.locator('input[name="saw_codes"][value="no"]').isChecked());
  assert.ok(await record.locator('input[name="device"][value="own-phone"]').isChecked());
  let taps = 0;
  const tap = async (target, how = 'click') => {
    taps += 1;
    await target[how]();
  };
  await tap(record.locator('input[name="outcome"][value="self"]'), 'check');
  await tap(record.locator('button[type="submit"]').first());
  await dmytro.waitForURL(/\/duty$/);
  assert.ok(taps <= 4, `the record took ${taps} taps`);
  t.diagnostic(`the record took ${taps} taps`);
  assert.equal(await dmytro.locator('.flash').textContent(), message('uk', 'sessions', 'flash-session-recorded'));
  assert.equal(await dmytro.locator('a[href$="/record"]').filter({ hasText: code }).count(), 0,
    'nothing left to record');
  if (sqlite) {
    assert.equal(query(database, 'SELECT ticket_id FROM help_sessions'), ticketId,
      'until the person answers, the session keeps its ticket');
  }

  // The person's page asks for feedback, in Arabic, without a reload.
  const feedback = person.locator('form.feedback');
  await feedback.waitFor({ timeout: 10000 });
  assert.equal(person.url(), ticketUrl);
  assert.equal(await person.evaluate(() => window.__marker), 1, 'the page was not reloaded');
  assert.equal(await person.locator('html').getAttribute('dir'), 'rtl');
  assert.equal((await feedback.locator('legend').first().textContent()).trim(),
    message('ar', 'sessions', 'feedback-how-was-it'));
  assert.equal(await feedback.locator('label.face svg').count(), 3, 'three faces, as pictures');
  await fitsThePhoneAndPasses(person, 'ar');
  await feedback.locator('label.face', { has: person.locator('input[value="good"]') }).click();
  assert.ok(await feedback.locator('input[name="face"][value="good"]').isChecked());
  // All three questions are required: a face alone does not send.
  assert.equal(await feedback.evaluate((form) => form.checkValidity()), false);
  await feedback.locator('input[name="next_time"][value="alone"]').check();
  await feedback.locator('input[name="come_again"][value="yes"]').check();
  await Promise.all([
    person.waitForResponse((r) => r.url() === ticketUrl && r.request().method() === 'GET'),
    feedback.locator('button[type="submit"]').click(),
  ]);
  assert.equal(await person.locator('.flash').textContent(), message('ar', 'sessions', 'flash-feedback-thanks'));
  assert.equal(await person.locator('form.feedback').count(), 0, 'asked once');

  // The coordinator's sessions page, in Finnish, at the drop-in centre today.
  await kaisa.goto(`${base}/org/sessions`);
  assert.equal(await kaisa.locator('html').getAttribute('lang'), 'fi');
  await kaisa.locator('#field-site').selectOption({ label: 'Olarin kohtaamispaikka' });
  await kaisa.getByRole('button', { name: message('fi', 'sessions', 'sessions-show') }).click();
  await kaisa.waitForURL(/\/org\/sessions\?site=\d+/);
  const session = kaisa.locator('.session-list li.card', { hasText: 'Dmytro' });
  assert.equal(await session.count(), 1);
  assert.match(await session.textContent(), new RegExp(message('fi', 'sessions', 'outcome-self')));
  assert.deepEqual(await seriousViolations(kaisa), []);

  // The end-of-day purge, run as the hourly job does but a day later: no row keeps the link.
  const tomorrow = new Date(env.server.now().getTime() + 24 * 60 * 60 * 1000).toISOString();
  const purge = spawnSync(binary, ['purge'], {
    cwd: repo,
    env: { ...process.env, DATABASE_URL: database, DIGIKAVERI_START_AT: tomorrow },
    encoding: 'utf8',
  });
  assert.equal(purge.status, 0, purge.stderr);
  if (sqlite) {
    assert.equal(query(database, 'SELECT count(*) FROM help_sessions WHERE ticket_id IS NOT NULL'), '0');
    assert.equal(query(database, 'SELECT count(*) FROM feedback WHERE ticket_id IS NOT NULL'), '0');
    assert.equal(query(database, `SELECT count(*) FROM feedback WHERE session_id IS NOT NULL`), '1',
      'the answers stay with the session');
  } else {
    t.diagnostic('sqlite3 is not installed: the unlink itself is checked by the Rust suite only');
  }
  // The session itself stays for the reports. A day later Kaisa's sign-in has expired and
  // the same run removed it, so she signs in again.
  const sessionsPage = kaisa.url();
  await kaisa.reload();
  assert.match(kaisa.url(), /\/login/, 'the expired sign-in session went with the purge');
  await signIn(kaisa, base, 'kaisa@demo.digikaveri.fi');
  await kaisa.goto(sessionsPage);
  assert.match(await kaisa.locator('.session-list').textContent(), /Dmytro/);
  await Promise.all([visitor.close(), staff.close(), phone.close()]);
});
