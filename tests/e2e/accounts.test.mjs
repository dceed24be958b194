// A volunteer joins in Arabic through the organisation's link and the link mailed to them, a
// coordinator approves them in Finnish, and the volunteer signs in again to an Arabic
// interface.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withServerAndBrowser, seriousViolations, signIn } from './harness.mjs';

const env = withServerAndBrowser();

test('join in Arabic, approval in Finnish, Arabic again after signing in', async () => {
  // The coordinator finds the join link.
  const staff = await env.browser.newContext({ locale: 'fi-FI', bypassCSP: true });
  const coordinator = await staff.newPage();
  await signIn(coordinator, env.server.base, 'kaisa@demo.digikaveri.fi');
  await coordinator.goto(`${env.server.base}/org/volunteers`);
  const joinLink = await coordinator.locator('#join-link').inputValue();
  assert.match(joinLink, /\/join\/[0-9a-f]+$/);
  assert.deepEqual(await seriousViolations(coordinator), []);

  // The volunteer opens it with the language switcher set to Arabic.
  const own = await env.browser.newContext({ locale: 'fi-FI', bypassCSP: true });
  const volunteer = await own.newPage();
  await volunteer.goto(`${joinLink}?lang=ar`);
  assert.equal(await volunteer.locator('html').getAttribute('dir'), 'rtl');
  assert.deepEqual(await seriousViolations(volunteer), []);
  await volunteer.locator('#field-display_name').fill('Layla');
  await volunteer.locator('#field-email').fill('layla@example.org');
  await volunteer.locator('#field-password').fill('short');
  await volunteer.locator('form button[type="submit"]').click();
  // A short password is refused next to its field, in Arabic, and the rest is kept.
  assert.equal(await volunteer.locator('#field-password').getAttribute('aria-invalid'), 'true');
  assert.match(await volunteer.locator('#field-password-error').textContent(), /[\u0600-\u06FF]/);
  assert.equal(await volunteer.locator('#field-email').inputValue(), 'layla@example.org');
  await volunteer.locator('#field-password').fill('a long password for Layla');
  assert.equal(await volunteer.locator('#field-locale').inputValue(), 'ar');
  await volunteer.locator('form button[type="submit"]').click();
  // Nothing is made yet: a link goes to the email, and the page says so.
  await volunteer.locator('main', { hasText: 'layla@example.org' }).waitFor();
  assert.deepEqual(await seriousViolations(volunteer), []);
  const confirm = await env.server.mailedLink('layla@example.org', '/join/confirm/');
  await volunteer.goto(confirm);
  assert.equal(await volunteer.locator('html').getAttribute('dir'), 'rtl');
  await volunteer.locator('form button[type="submit"]').click();
  await volunteer.waitForURL(/\/dashboard/);
  assert.equal(await volunteer.locator('html').getAttribute('lang'), 'ar');
  await volunteer.locator('form[action="/logout"] button').click();
  await own.close();

  // The coordinator, in Finnish, approves Layla.
  await coordinator.goto(`${env.server.base}/org/volunteers`);
  assert.equal(await coordinator.locator('html').getAttribute('lang'), 'fi');
  await coordinator.getByRole('button', { name: /Hyväksy\s*\u2068?Layla/ }).click();
  await coordinator.waitForURL(/\/org\/volunteers$/);
  assert.match(await coordinator.locator('.flash').textContent(), /hyväksytty/);
  await staff.close();

  // On a fresh device with a Finnish browser, Layla signs in and gets her Arabic pages.
  const device = await env.browser.newContext({ locale: 'fi-FI', bypassCSP: true });
  const again = await device.newPage();
  await signIn(again, env.server.base, 'layla@example.org', 'a long password for Layla');
  assert.equal(await again.locator('html').getAttribute('lang'), 'ar');
  assert.equal(await again.locator('html').getAttribute('dir'), 'rtl');
  const status = await again.locator('#status-heading').textContent();
  assert.match(status, /[\u0600-\u06FF]/, 'the status is in Arabic');
  assert.deepEqual(await seriousViolations(again), []);
  await device.close();
});
