// From an empty database, as a real organisation starts: `create-admin`, an organisation and
// its coordinator, a site and a weekly series, a volunteer who joins by the link and is made
// active, a person who takes a number in Arabic on a phone, a match at a table, and the help
// started and finished. Staff in Finnish, the volunteer in Ukrainian, the person in Arabic;
// phones at 360 px, where nothing may be wider than the screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withServerAndBrowser, seriousViolations, signIn, fitsThePhoneAndPasses, PHONE } from './harness.mjs';

const env = withServerAndBrowser({ demo: false });

const ADMIN_PASSWORD = 'an admin password for the journey';
const SARI_PASSWORD = 'Saris own long password';
const OKSANA_PASSWORD = 'Oksanas own long password';

test('a new organisation from create-admin to a finished help session', async () => {
  const base = env.server.base;
  const made = env.server.command(
    ['create-admin', '--email', 'admin@vantaa.example', '--name', 'Ylläpito'],
    `${ADMIN_PASSWORD}\n`,
  );
  assert.equal(made.status, 0, made.stderr);

  // Before any site, the front page and the directory say so on a Finnish phone.
  const finnishPhone = await env.browser.newContext({ locale: 'fi-FI', bypassCSP: true, viewport: PHONE });
  const reader = await finnishPhone.newPage();
  for (const path of ['/', '/places']) {
    await reader.goto(`${base}${path}`);
    await reader.getByText('Paikkoja ei ole vielä lisätty.').waitFor();
    await fitsThePhoneAndPasses(reader, 'fi');
  }

  // The admin makes the organisation and invites its first coordinator.
  const adminContext = await env.browser.newContext({ locale: 'fi-FI', bypassCSP: true });
  const admin = await adminContext.newPage();
  await signIn(admin, base, 'admin@vantaa.example', ADMIN_PASSWORD);
  await admin.goto(`${base}/admin/organisations`);
  await admin.locator('#field-name').fill('Vantaan Digituki ry');
  await admin.locator('form[action="/admin/organisations"] button').click();
  await admin.waitForURL(/\/admin\/organisations$/);
  const card = admin.locator('li.card', { hasText: 'Vantaan Digituki ry' });
  await card.locator('input[name="email"]').fill('sari@vantaa.example');
  await card.locator('button').click();
  const invitation = await admin.locator('input.link-field').inputValue();
  assert.match(invitation, /\/invitations\/[0-9a-f]+$/);
  assert.equal(await env.server.mailedLink('sari@vantaa.example', '/invitations/'), invitation);
  await adminContext.close();

  // Sari accepts and is led through the first steps.
  const staff = await env.browser.newContext({ locale: 'fi-FI', bypassCSP: true });
  const sari = await staff.newPage();
  await sari.goto(invitation);
  await sari.locator('#field-display_name').fill('Sari');
  await sari.locator('#field-password').fill(SARI_PASSWORD);
  await sari.locator('main form button[type="submit"]').click();
  await sari.waitForURL(/\/dashboard/);
  assert.match(await sari.locator('#steps-heading').textContent(), /Näin pääset alkuun/);
  assert.deepEqual(await seriousViolations(sari), []);

  // The first site, with two tables and a Finnish opening note.
  await sari.locator('a[href="/org/sites/new"]').first().click();
  await sari.waitForURL(/\/org\/sites\/new$/);
  assert.deepEqual(await seriousViolations(sari), []);
  await sari.locator('#field-name').fill('Tikkurilan kirjasto');
  await sari.locator('#field-kind').selectOption('library');
  await sari.locator('#field-address').fill('Lummetie 6, Vantaa');
  await sari.locator('#field-public_code').fill('tikku');
  await sari.locator('#field-opening-fi').fill('Tiistaisin klo 11–14, aulassa.');
  await sari.locator('#field-tables').fill('1\n2');
  await sari.locator('main form button[type="submit"]').click();
  await sari.waitForURL(/\/org\/sites$/);
  assert.match(await sari.locator('.flash').textContent(), /Paikka on lisätty/);

  // A weekly series from today, 10:40-14 (the server's clock starts at 10:30).
  const today = env.server.now().toISOString().slice(0, 10);
  const until = new Date(env.server.now().getTime() + 28 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  await sari.goto(`${base}/org/shifts/new`);
  await sari.locator('#field-site_id').selectOption({ label: 'Tikkurilan kirjasto' });
  await sari.locator('#field-date').fill(today);
  await sari.locator('#field-start').fill('10:40');
  await sari.locator('#field-end').fill('14:00');
  await sari.locator('#field-places').fill('2');
  await sari.locator('input[name="languages"][value="ar"]').check();
  await sari.locator('input[name="repeat"][value="weekly"]').check();
  await sari.locator('#field-until').fill(until);
  await sari.getByRole('button', { name: 'Tee vuoro' }).click();
  await sari.waitForURL(/\/org\/shifts\?week=/);
  assert.match(await sari.locator('.flash').textContent(), /Vuorot on tehty/);

  // The join link, to share with volunteers.
  await sari.goto(`${base}/org/volunteers`);
  if ((await sari.locator('#join-link').count()) === 0) {
    await sari.locator('form[action="/org/join-link"] button').click();
    await sari.waitForURL(/\/org\/volunteers$/);
  }
  const joinLink = await sari.locator('#join-link').inputValue();

  // Oksana joins on her phone in Ukrainian, through the link mailed to her.
  const oksanaPhone = await env.browser.newContext({ locale: 'uk-UA', bypassCSP: true, viewport: PHONE });
  const oksana = await oksanaPhone.newPage();
  await oksana.goto(joinLink);
  assert.equal(await oksana.locator('html').getAttribute('lang'), 'uk');
  await fitsThePhoneAndPasses(oksana);
  await oksana.locator('#field-display_name').fill('Oksana');
  await oksana.locator('#field-email').fill('oksana@example.org');
  await oksana.locator('#field-password').fill(OKSANA_PASSWORD);
  await oksana.locator('main form button[type="submit"]').click();
  await oksana.locator('main', { hasText: 'oksana@example.org' }).waitFor();
  await fitsThePhoneAndPasses(oksana);
  await oksana.goto(await env.server.mailedLink('oksana@example.org', '/join/confirm/'));
  await oksana.locator('main form button[type="submit"]').click();
  await oksana.waitForURL(/\/dashboard/);
  await fitsThePhoneAndPasses(oksana);
  // Her languages: Ukrainian natively, Arabic fluently.
  await oksana.goto(`${base}/volunteer/profile`);
  await oksana.locator('#lang-uk').selectOption('native');
  await oksana.locator('#lang-ar').selectOption('fluent');
  await oksana.locator('details:has(#topic-kela-confident) > summary').click();
  await oksana.locator('#topic-kela-confident').check();
  await oksana.locator('form[action="/volunteer/profile"] button[type="submit"]').click();
  await oksana.waitForURL(/\/volunteer\/profile$/);
  await fitsThePhoneAndPasses(oksana);

  // Sari approves her, records the required training and makes her active.
  await sari.goto(`${base}/org/volunteers`);
  await sari.getByRole('button', { name: /Hyväksy\s*\u2068?Oksana/ }).click();
  await sari.waitForURL(/\/org\/volunteers$/);
  await sari.getByRole('link', { name: 'Oksana' }).click();
  await sari.waitForURL(/\/org\/volunteers\/\d+$/);
  const detail = sari.url();
  for (let left = await sari.locator('form.completion').count(); left > 0; left -= 1) {
    await sari.locator('form.completion button').first().click();
    await sari.waitForURL(detail);
  }
  await sari.locator('#field-status').selectOption('active');
  await sari.getByRole('button', { name: 'Muuta tilanne' }).click();
  await sari.waitForURL(detail);
  assert.match(await sari.locator('#status-heading').textContent(), /Aktiivinen/);

  // Oksana takes today's shift and checks in at table 2.
  await oksana.goto(`${base}/shifts`);
  await oksana.locator('form[action$="/sign-up"] button').first().click();
  await oksana.waitForURL(/\/shifts$/);
  const checkIn = oksana.locator('form[action$="/check-in"]').first();
  await checkIn.locator('select[name="table_id"]').selectOption({ label: '2' });
  await checkIn.locator('button').click();
  await oksana.waitForURL(/\/shifts$/);
  await fitsThePhoneAndPasses(oksana);

  // A person takes a number in Arabic on their phone.
  const personPhone = await env.browser.newContext({ locale: 'ar', bypassCSP: true, viewport: PHONE });
  const person = await personPhone.newPage();
  // They find the place in the directory by the code on its poster, as they typed it.
  await person.goto(`${base}/places?q=tikku`);
  await fitsThePhoneAndPasses(person, 'ar');
  assert.equal(await person.locator('#field-q').inputValue(), 'tikku');
  await person.locator('.places a[href="/s/TIKKU"]').click();
  await person.waitForURL(/\/s\/TIKKU$/);
  await reader.goto(`${base}/places?q=tikku`);
  await reader.locator('.places a[href="/s/TIKKU"]').waitFor();
  await fitsThePhoneAndPasses(reader, 'fi');
  await finnishPhone.close();
  assert.equal(await person.locator('html').getAttribute('dir'), 'rtl');
  await fitsThePhoneAndPasses(person);
  await person.locator('input[name="topics"][value="kela"]').check();
  await person.locator('form[action="/s/TIKKU"] button[type="submit"]').click();
  await person.waitForURL(/\/t\/[0-9a-f]{64}$/);
  assert.equal(await person.locator('.ticket-code').textContent(), 'T-1');
  await fitsThePhoneAndPasses(person);

  // Sari sees it on Today and matches the person with Oksana from the queue board.
  await sari.locator('nav a[href="/org/today"]').click();
  await sari.waitForURL(/\/org\/today$/);
  assert.match(await sari.locator('main').textContent(), /Oksana/);
  assert.deepEqual(await seriousViolations(sari), []);
  await sari.locator('a[href="/org/queue/TIKKU"]').first().click();
  await sari.waitForURL(/\/org\/queue\/TIKKU$/);
  await sari.getByRole('button', { name: /T-1.*Oksana/ }).click();
  await sari.waitForURL(/\/org\/queue\/TIKKU$/);
  assert.deepEqual(await seriousViolations(sari), []);

  // The person's page shows where to go without a reload; Oksana's duty page shows T-1.
  await person.locator('main', { hasText: 'Oksana' }).waitFor({ timeout: 10000 });
  assert.match(await person.locator('main').textContent(), /2/);
  await fitsThePhoneAndPasses(person);
  await oksana.goto(`${base}/duty`);
  assert.equal(await oksana.locator('#next-heading').textContent(), 'T-1');
  await fitsThePhoneAndPasses(oksana);
  await oksana.locator('form[action$="/start"] button').click();
  await oksana.waitForURL(/\/duty$/);
  await person.reload();
  assert.match(await person.locator('#status-heading').textContent(), /[\u0600-\u06FF]/);
  const helping = await person.locator('main').textContent();
  // Finishing opens the record of the help, prefilled: an outcome and Save.
  await oksana.locator('form[action$="/finish"] button').click();
  await oksana.waitForURL(/\/duty\/\d+\/record$/);
  await fitsThePhoneAndPasses(oksana);
  await oksana.locator('input[name="outcome"][value="together"]').check();
  await oksana.locator('form.record button[type="submit"]').first().click();
  await oksana.waitForURL(/\/duty$/);
  await person.reload();
  assert.notEqual(await person.locator('main').textContent(), helping, 'the page moves on when help ends');
  await fitsThePhoneAndPasses(person);

  // Her growth page counts the help (Kela: engaging in citizenship) and asks for her first
  // self-assessment; she answers the first area and is led on to the second.
  await oksana.locator('nav a[href="/growth"]').click();
  await oksana.waitForURL(/\/growth$/);
  await fitsThePhoneAndPasses(oksana);
  assert.equal(await oksana.locator('main .session-list .card').count() > 0, true, 'the help is evidence');
  await oksana.locator('a[href="/growth/assess/1"]').first().click();
  await fitsThePhoneAndPasses(oksana);
  for (const question of await oksana.locator('form.assess fieldset').all()) {
    await question.locator('input[type="radio"]').nth(2).check();
  }
  await oksana.locator('form.assess button[type="submit"]').click();
  await oksana.waitForURL(/\/growth\/assess\/2$/);

  // Sari corrects the session from the day's list, and observes Oksana's working-life skills.
  await sari.locator('nav a[href="/org/sessions"]').click();
  await sari.waitForURL(/\/org\/sessions$/);
  assert.match(await sari.locator('main').textContent(), /Oksana/);
  await sari.locator('a[href^="/org/sessions/"][href$="/edit"]').first().click();
  await sari.locator('input[name="outcome"][value="self"]').check();
  await sari.locator('form.record button[type="submit"]').first().click();
  await sari.waitForURL(/\/org\/sessions\?site=\d+&day=/);
  assert.deepEqual(await seriousViolations(sari), []);
  await sari.locator('nav a[href="/org/volunteers"]').click();
  await sari.getByRole('link', { name: 'Oksana' }).click();
  await sari.locator('a[href$="/observe"]').click();
  for (const question of await sari.locator('form.assess fieldset').all()) {
    await question.locator('input[type="radio"]').nth(1).check();
  }
  await sari.locator('form.assess button[type="submit"]').click();
  await sari.waitForURL(/\/org\/volunteers\/\d+$/);
  await oksana.goto(`${base}/growth`);
  assert.match(await oksana.locator('main').textContent(), /Sari/, 'the observation is signed');

  // The month's report counts the one session, hidden as "< 5"; the retention rules are a
  // link away; both fit a phone in Arabic and Somali.
  await sari.locator('nav a[href="/org/reports"]').click();
  await sari.waitForURL(/\/org\/reports$/);
  const totals = sari.locator('table', { has: sari.locator('caption', { hasText: 'Apu yhteensä' }) });
  assert.equal(await totals.locator('tr', { hasText: 'Ohjauskerrat' }).locator('td').textContent(), '< 5');
  assert.deepEqual(await seriousViolations(sari), []);
  await sari.locator('nav a[href="/org/retention"]').click();
  await sari.waitForURL(/\/org\/retention$/);
  assert.deepEqual(await seriousViolations(sari), []);
  const sariPhone = await env.browser.newContext({ bypassCSP: true, viewport: PHONE });
  const sariOnPhone = await sariPhone.newPage();
  await signIn(sariOnPhone, base, 'sari@vantaa.example', SARI_PASSWORD);
  for (const lang of ['ar', 'so']) {
    for (const path of ['/org/reports', '/org/retention']) {
      await sariOnPhone.goto(`${base}${path}?lang=${lang}`);
      assert.equal(await sariOnPhone.locator('html').getAttribute('lang'), lang);
      await fitsThePhoneAndPasses(sariOnPhone);
    }
  }
  await sariPhone.close();

  // Oksana's own data shows that Sari looked at her page; her mail choices and the privacy
  // notice fit her phone.
  await oksana.goto(`${base}/account/data`);
  assert.match(await oksana.locator('main').textContent(), /Sari/);
  await fitsThePhoneAndPasses(oksana);
  for (const path of ['/account/reminders', '/privacy']) {
    await oksana.goto(`${base}${path}`);
    await fitsThePhoneAndPasses(oksana);
  }

  await personPhone.close();
  await oksanaPhone.close();
  await staff.close();
});
