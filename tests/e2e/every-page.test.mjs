// Every public page, every page a volunteer can reach and every staff page on a 360 px phone,
// in Finnish, in Somali (long words) and in Arabic and Persian (right to left): the page is in
// that language, nothing makes it wider than the screen, and axe finds nothing serious.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { withServerAndBrowser, seriousViolations, signIn } from './harness.mjs';

const env = withServerAndBrowser();
const PHONE = { width: 360, height: 740 };
const LOCALES = ['fi', 'so', 'ar', 'fa'];

// Dmytro is checked in on the demo's shift at the drop-in centre, so he reaches the duty pages;
// each locale also signs in one more volunteer, whose status changes what their pages show.
const ON_DUTY = 'dmytro@demo.digikaveri.fi';
const OTHER_VOLUNTEER = {
  fi: 'amina@demo.digikaveri.fi', // active, not on duty
  so: 'abdi@demo.digikaveri.fi', // applicant
  ar: 'amina@demo.digikaveri.fi',
  fa: 'farah@demo.digikaveri.fi', // in training
};

// Made once for every locale: the organisation's join link and a coordinator's invitation,
// and volunteers on duty are let use the queue board. (By the first test that needs them, not
// in a `before`: under node 20 a file's own `before` ran before the harness's had started.)
let made;
const madeLinks = () => (made ??= makeLinks());
async function makeLinks() {
  const base = env.server.base;
  const staff = await env.browser.newContext({ locale: 'fi-FI', bypassCSP: true });
  const kaisa = await staff.newPage();
  await signIn(kaisa, base, 'kaisa@demo.digikaveri.fi');
  await kaisa.goto(`${base}/org/shifts`);
  const matching = kaisa.locator('form[action="/org/settings/volunteer-matching"]');
  await matching.locator('input[name="allowed"]').check();
  await Promise.all([kaisa.waitForNavigation(), matching.locator('button').click()]);
  await kaisa.goto(`${base}/org/volunteers`);
  if ((await kaisa.locator('#join-link').count()) === 0) {
    await Promise.all([kaisa.waitForNavigation(), kaisa.locator('form[action="/org/join-link"] button').click()]);
  }
  const join = new URL(await kaisa.locator('#join-link').inputValue()).pathname;
  await staff.close();

  const own = await env.browser.newContext({ locale: 'fi-FI', bypassCSP: true });
  const admin = await own.newPage();
  await signIn(admin, base, 'admin@demo.digikaveri.fi');
  await admin.goto(`${base}/admin/organisations`);
  const card = admin.locator('li.card').first();
  await card.locator('input[name="email"]').fill('uusi.koordinaattori@example.org');
  await card.locator('button').click();
  await admin.locator('input.link-field').waitFor();
  const invitation = new URL(await admin.locator('input.link-field').inputValue()).pathname;
  await own.close();
  return { join, invitation };
}

// One phone in one locale. `check` looks at the page shown and keeps what is wrong with it,
// so that one run names every page that does not fit, with its address, locale and width.
async function phone(lang) {
  const context = await env.browser.newContext({ locale: lang, bypassCSP: true, viewport: PHONE });
  const page = await context.newPage();
  page.setDefaultTimeout(10000);
  const problems = [];
  const here = () => {
    const url = new URL(page.url());
    url.searchParams.delete('lang');
    return `${url.pathname}${url.search}`;
  };
  async function check(state = '') {
    const at = `${here()}${state && ` (${state})`} in ${lang} at ${PHONE.width} px`;
    const [shown, wide] = await page.evaluate(() =>
      [document.documentElement.lang, document.documentElement.scrollWidth]);
    if (shown !== lang) problems.push(`${at}: <html lang="${shown}">`);
    if (wide > PHONE.width) problems.push(`${at}: ${wide} px wide`);
    for (const found of await seriousViolations(page)) problems.push(`${at}: axe ${found}`);
  }
  // The interface language by `?lang=`, as a person would choose it with the switcher.
  const visit = (path) =>
    page.goto(`${env.server.base}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
  // Pages that are there (a moved or mistyped address would be checked as its error page).
  async function open(...paths) {
    for (const path of paths) {
      const status = (await visit(path)).status();
      if (status !== 200) problems.push(`${path} in ${lang}: status ${status}`);
      await check();
    }
  }
  // An error page, on purpose.
  async function openError(path, expected) {
    const status = (await visit(path)).status();
    if (status !== expected) problems.push(`${path} in ${lang}: status ${status}, not ${expected}`);
    await check();
  }
  // Sends a form (a selector or a locator) with its first submit button; `submit` also checks
  // the page it leads to.
  async function send(form) {
    const found = typeof form === 'string' ? page.locator(form) : form;
    const button = found.locator('button[type="submit"]').first();
    await Promise.all([page.waitForNavigation(), button.click()]);
  }
  async function submit(form) {
    await send(form);
    await check();
  }
  function done() {
    if (problems.length > 0) assert.fail(`in ${lang}:\n${problems.join('\n')}`);
    return context.close();
  }
  return { page, check, visit, open, openError, send, submit, done };
}

// Takes a number at the drop-in centre in the phone's language, for help with Kela; the topic
// may sit behind "more topics". Returns the ticket's path and its code. The waiting number's
// page is checked the first time only (`again`: the same page once more).
async function takeNumber({ page, visit, submit, send }, lang, { again = false } = {}) {
  await visit('/s/OLARI');
  await page.locator('#field-first_language').selectOption(lang);
  const topic = page.locator('input[name="topics"][value="kela"]');
  await topic.evaluate((box) => box.closest('details')?.setAttribute('open', ''));
  await topic.check();
  await (again ? send : submit)('form[action="/s/OLARI"]');
  const ticket = new URL(page.url()).pathname;
  assert.match(ticket, /^\/t\/[0-9a-f]{64}$/, `a number taken in ${lang}`);
  return { ticket, code: (await page.locator('.ticket-code').textContent()).trim() };
}

// Two locales run side by side; what Dmytro does (matched, helping, free again, signed up)
// changes his pages for the other, so one locale at a time signs him in.
let dmytrosTurn = Promise.resolve();
function asDmytroAlone(steps) {
  const turn = dmytrosTurn.then(steps);
  dmytrosTurn = turn.catch(() => {});
  return turn;
}

// Two at a time, each locale on its own phone; a failure names its locale.
describe('on a 360 px phone', { concurrency: 2 }, () => {
  for (const lang of LOCALES) {
    test(`every public and volunteer page fits a 360 px phone in ${lang}`, async () => {
      const links = await madeLinks();
      const p = await phone(lang);
      const { page, check, visit, open, openError, send, submit } = p;

      // Someone seeking help, with no account: what to do, when there is help in which
      // language and on which topic, the directory of places, the sites' own pages and posters,
      // a page that is not there.
      await open('/');
      await page.locator('.language-switcher summary').click();
      await check('the list of languages open');
      await open('/help', `/help?language=${lang}`, '/help?language=so&topic=kela');
      await open('/places', '/places?q=leppavaara');
      await open('/s/LEPPA', '/s/OLARI/poster');
      await openError('/no-such-page', 404);
      await open('/s/OLARI');
      // Taking a number with no language chosen: the form comes back with its errors.
      await page.locator('#field-first_language').selectOption('');
      await submit('form[action="/s/OLARI"]');
      // The number, the take page pointing to it, leaving it, and the number after leaving.
      const left = await takeNumber(p, lang);
      await open('/s/OLARI', `${left.ticket}/leave`);
      await submit(`form[action="${left.ticket}/leave"]`);

      // Signing in (a wrong password first), and a forgotten password by the mailed link.
      await open('/login');
      await page.locator('#field-email').fill('nobody@example.org');
      await page.locator('#field-password').fill('not the password');
      await submit('form[action="/login"]');
      await open('/forgot');
      await submit('form[action="/forgot"]');
      await page.locator('#field-email').fill(OTHER_VOLUNTEER[lang]);
      await submit('form[action="/forgot"]');
      await open(new URL(await env.server.mailedLink(OTHER_VOLUNTEER[lang], '/reset/')).pathname);
      await openError('/reset/not-a-mailed-link', 404); // a closed link

      // Joining as a volunteer (the form's errors, the page after it, the mailed link), and a
      // coordinator's invitation.
      await open(links.join);
      await submit('main form');
      const joiner = `uusi.${lang}@example.org`;
      await page.locator('#field-display_name').fill(`Uusi ${lang}`);
      await page.locator('#field-email').fill(joiner);
      await page.locator('#field-password').fill('a long password for a new volunteer');
      await submit('main form');
      await open(new URL(await env.server.mailedLink(joiner, '/join/confirm/')).pathname);
      await open(links.invitation);

      // Dmytro, on duty. Signing in brings his own language back; `?lang=` chooses this one.
      const helped = await takeNumber(p, lang, { again: true });
      await asDmytroAlone(async () => {
        await signIn(page, env.server.base, ON_DUTY);
        await open('/dashboard', '/shifts', '/volunteer/profile', '/account', '/duty');
        await open('/volunteer/sessions', '/duty/record', '/growth', '/growth/assess/1');
        await submit('form[action="/growth/assess/1"]'); // sent unanswered: its errors
        await openError('/org/volunteers', 403); // not his
        await open('/duty/board');
        assert.match(page.url(), /\/org\/queue\/OLARI$/, `/duty/board in ${lang} leads to the board`);
        // He takes the number this phone took, from the board's waiting list.
        const waiting = (code) => page.locator('section[aria-labelledby="waiting-heading"] li.card')
          .filter({ has: page.getByRole('heading', { name: code, exact: true }) });
        const match = waiting(helped.code).locator('form[action$="/match"]');
        await match.locator('select').selectOption({ label: 'Dmytro' });
        const helpedId = await match.locator('input[name="ticket_id"]').inputValue();
        await submit(match);
        await open('/duty');
        await submit('form[action$="/start"]');
        await open(helped.ticket);
        await visit('/duty');
        await submit('form[action$="/finish"]');
        await open(`/duty/${helpedId}/record`); // what the help was, to record
        await open(`/duty/${helpedId}/feedback`); // the person's questions on his phone
        await open(helped.ticket);
        // Saved without an outcome, then with one; then changed from his own list.
        await visit(`/duty/${helpedId}/record`);
        await submit(`form[action="/duty/${helpedId}/record"]`);
        await page.locator('input[name="outcome"][value="together"]').check();
        await submit(`form[action="/duty/${helpedId}/record"]`);
        await open('/volunteer/sessions');
        const change = await page.locator('a[href^="/volunteer/sessions/"][href$="/edit"]').first().getAttribute('href');
        await open(change);
        // A number nobody can help with today: marked so on the board, which offers to undo it.
        const unserved = await takeNumber(p, lang, { again: true });
        await visit('/duty/board');
        await submit(waiting(unserved.code).locator('form[action$="/unserved"]'));
        await open(unserved.ticket);
        // His shifts after renewing the calendar link and signing up for one more; a form error.
        await visit('/shifts');
        await submit('form[action="/shifts/calendar-link"]');
        if ((await page.locator('form[action$="/sign-up"]').count()) > 0) {
          await submit('form[action$="/sign-up"]');
        }
        await visit('/account');
        await submit('form[action="/account/password"]');
        await send('form[action="/logout"]');
      });

      // Another volunteer, whose status shows on their pages.
      await signIn(page, env.server.base, OTHER_VOLUNTEER[lang]);
      await open('/dashboard', '/shifts', '/volunteer/profile', '/duty', '/volunteer/sessions');
      await p.done();
    });
  }

  for (const lang of LOCALES) {
    test(`every staff page fits a 360 px phone in ${lang}`, async () => {
      await madeLinks();
      const p = await phone(lang);
      const { page, open, visit, send, submit } = p;
      const firstHref = (selector) => page.locator(selector).first().getAttribute('href');

      // The coordinator's pages, then the administrator's.
      await signIn(page, env.server.base, 'kaisa@demo.digikaveri.fi');
      await open('/dashboard', '/org/today', '/org/shifts');
      const nextWeek = await page.locator('a[href^="/org/shifts?week="]').nth(1).getAttribute('href');
      const shift = (await firstHref('a[href$="/edit"]')).replace(/\/edit$/, '');
      await open(nextWeek, `${shift}/edit`, `${shift}/cancel`);
      await visit('/org/shifts/new'); // the form of `edit`, empty: sent as it is, with its errors
      await submit('main form');
      await open('/org/sites');
      const site = await firstHref('a[href^="/org/sites/"]:not([href$="/new"]):not([href$="/close"])');
      await open(site, `${site}/close`, '/org/queue/OLARI', '/org/queue/LEPPA', '/org/volunteers');
      const abdi = await page.getByRole('link', { name: 'Abdi' }).getAttribute('href');
      await open(abdi, `${abdi}/observe`, '/growth');
      await open('/org/sessions', '/org/sessions/follow-up');
      // A session Dmytro recorded today in the volunteers' tests, to correct.
      await visit('/org/sessions');
      await open(await firstHref('a[href^="/org/sessions/"][href$="/edit"]'));
      await open('/org/training', '/org/coordinators', '/org/audit', '/account');
      await send('form[action="/logout"]');

      await signIn(page, env.server.base, 'admin@demo.digikaveri.fi');
      await open('/admin/organisations', '/admin/audit');
      await p.done();
    });
  }
});
