// A volunteer in Persian (right to left) fills in their languages, topics and a badge; a
// coordinator in Finnish finds what training is missing, records it and makes them active.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withServerAndBrowser, seriousViolations, signIn } from './harness.mjs';

const env = withServerAndBrowser();

test('skills page in Persian, then training and activation in Finnish', async () => {
  const own = await env.browser.newContext({ locale: 'fi-FI', bypassCSP: true });
  const volunteer = await own.newPage();
  await signIn(volunteer, env.server.base, 'farah@demo.digikaveri.fi');
  await volunteer.locator('a[href="/volunteer/profile"]').first().click();
  await volunteer.waitForURL(/\/volunteer\/profile$/);
  assert.equal(await volunteer.locator('html').getAttribute('dir'), 'rtl');
  assert.equal(await volunteer.locator('#lang-fa').inputValue(), 'native');
  assert.deepEqual(await seriousViolations(volunteer), []);

  // Without any language the form is refused next to the languages, keeping the topic.
  for (const code of ['fa', 'prs', 'sv']) {
    await volunteer.locator(`#lang-${code}`).selectOption('');
  }
  // Topics are radio buttons in groups that open without JavaScript.
  await volunteer.locator('details:has(#topic-kela-learning) > summary').click();
  await volunteer.locator('#topic-kela-learning').check();
  await volunteer.locator('form[action="/volunteer/profile"] button[type="submit"]').click();
  await volunteer.locator('#languages-error').waitFor();
  assert.equal(await volunteer.locator('#topic-kela-learning').isChecked(), true);
  assert.equal(await volunteer.locator('#topic-kela-learning').isVisible(), true);
  assert.deepEqual(await seriousViolations(volunteer), []);

  await volunteer.locator('#lang-fa').selectOption('native');
  await volunteer.locator('#lang-en').selectOption('basic');
  await volunteer.locator('form[action="/volunteer/profile"] button[type="submit"]').click();
  await volunteer.waitForURL(/\/volunteer\/profile$/);
  await volunteer.locator('.flash').waitFor();
  assert.equal(await volunteer.locator('#lang-en').inputValue(), 'basic');
  assert.equal(await volunteer.locator('#topic-kela-learning').isChecked(), true);

  // A badge with a script instead of a web address is refused; a real one is listed.
  await volunteer.locator('#field-name').fill('Digitaidot');
  await volunteer.locator('#field-issuer').fill('Kansalaisopisto');
  await volunteer.locator('#field-issued_on').fill('2026-05-04');
  await volunteer.locator('#field-link').fill('javascript:alert(1)');
  await volunteer.locator('form[action="/volunteer/profile/credentials"] button').click();
  assert.equal(await volunteer.locator('#field-link').getAttribute('aria-invalid'), 'true');
  assert.equal(await volunteer.locator('#field-name').inputValue(), 'Digitaidot');
  await volunteer.locator('#field-link').fill('https://example.org/digitaidot');
  await volunteer.locator('form[action="/volunteer/profile/credentials"] button').click();
  await volunteer.waitForURL(/\/volunteer\/profile$/);
  await volunteer.locator('.card h3', { hasText: 'Digitaidot' }).waitFor();
  assert.deepEqual(await seriousViolations(volunteer), []);
  await own.close();

  const staff = await env.browser.newContext({ locale: 'fi-FI', bypassCSP: true });
  const coordinator = await staff.newPage();
  await signIn(coordinator, env.server.base, 'kaisa@demo.digikaveri.fi');
  await coordinator.goto(`${env.server.base}/org/training`);
  assert.deepEqual(await seriousViolations(coordinator), []);
  await coordinator.goto(`${env.server.base}/org/volunteers`);
  await coordinator.getByRole('link', { name: 'Farah' }).click();
  await coordinator.waitForURL(/\/org\/volunteers\/\d+$/);
  assert.deepEqual(await seriousViolations(coordinator), []);

  // Active is refused while a required training is missing, and the page names it.
  await coordinator.locator('#field-status').selectOption('active');
  await coordinator.locator('form[action$="/status"] button').click();
  const missing = await coordinator.locator('#field-status-error').textContent();
  assert.match(missing, /Tietosuoja ja vaitiolo/);
  assert.deepEqual(await seriousViolations(coordinator), []);

  // The first missing training is data protection; today is filled in.
  await coordinator.locator('form.completion button').first().click();
  await coordinator.waitForURL(/\/org\/volunteers\/\d+$/);
  await coordinator.locator('#field-status').selectOption('active');
  await coordinator.locator('form[action$="/status"] button').click();
  await coordinator.waitForURL(/\/org\/volunteers\/\d+$/);
  assert.match(await coordinator.locator('#status-heading').textContent(), /Aktiivinen/);
  assert.match(await coordinator.locator('table').first().textContent(), /Kaisa Koordinaattori/);
  await staff.close();
});
