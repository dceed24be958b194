// A coordinator makes Abdi active and creates a weekly series in Finnish; Abdi, whose interface
// is Somali, signs up; the public page in Somali then shows that time for Somali speakers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withServerAndBrowser, seriousViolations, signIn } from './harness.mjs';

const env = withServerAndBrowser();

const isoDate = (date) => date.toISOString().slice(0, 10);
// 14:00 or 14.00 as any locale writes it; Fluent isolates the numbers with bidi marks.
const twoPm = /14\u2069?[.:]\u2068?00/;

test('weekly series in Finnish, sign-up in Somali, public page in Somali', async () => {
  const staff = await env.browser.newContext({ locale: 'fi-FI', bypassCSP: true });
  const kaisa = await staff.newPage();
  await signIn(kaisa, env.server.base, 'kaisa@demo.digikaveri.fi');

  // Abdi is an applicant: approve, record his required trainings, make him active.
  await kaisa.goto(`${env.server.base}/org/volunteers`);
  await kaisa.getByRole('button', { name: /Hyväksy\s*\u2068?Abdi/ }).click();
  await kaisa.waitForURL(/\/org\/volunteers$/);
  await kaisa.getByRole('link', { name: 'Abdi' }).click();
  await kaisa.waitForURL(/\/org\/volunteers\/\d+$/);
  const detail = kaisa.url();
  for (let left = await kaisa.locator('form.completion').count(); left > 0; left -= 1) {
    await kaisa.locator('form.completion button').first().click();
    await kaisa.waitForURL(detail);
  }
  await kaisa.locator('#field-status').selectOption('active');
  await kaisa.getByRole('button', { name: 'Muuta tilanne' }).click();
  await kaisa.waitForURL(detail);
  assert.match(await kaisa.locator('#status-heading').textContent(), /Aktiivinen/);

  // A weekly series on Wednesdays (eight days after the server's Tuesday), 14-16, for Somali.
  const first = new Date(env.server.now().getTime() + 8 * 24 * 3600 * 1000);
  const until = new Date(first.getTime() + 21 * 24 * 3600 * 1000);
  await kaisa.goto(`${env.server.base}/org/shifts/new`);
  assert.deepEqual(await seriousViolations(kaisa), []);
  await kaisa.locator('#field-site_id').selectOption({ label: 'Olarin kohtaamispaikka' });
  await kaisa.locator('#field-date').fill(isoDate(first));
  await kaisa.locator('#field-start').fill('14:00');
  await kaisa.locator('#field-end').fill('16:00');
  await kaisa.locator('#field-places').fill('2');
  await kaisa.locator('input[name="languages"][value="so"]').check();
  await kaisa.locator('input[name="repeat"][value="weekly"]').check();
  await kaisa.locator('#field-until').fill(isoDate(until));
  await kaisa.getByRole('button', { name: 'Tee vuoro' }).click();
  await kaisa.waitForURL(/\/org\/shifts\?week=/);
  assert.match(await kaisa.locator('.flash').textContent(), /Vuorot on tehty/);
  const card = kaisa.locator('li.card', { hasText: twoPm }).first();
  assert.match(await card.textContent(), /Kukaan ei puhu kieltä\s*\u2068?somali \(\u2068?Soomaali\u2069?\)/);
  assert.deepEqual(await seriousViolations(kaisa), []);
  await staff.close();

  // Abdi signs in: his pages are in Somali. He takes the first time of the series.
  const phone = await env.browser.newContext({ locale: 'fi-FI', bypassCSP: true, viewport: { width: 390, height: 844 } });
  const abdi = await phone.newPage();
  await signIn(abdi, env.server.base, 'abdi@demo.digikaveri.fi');
  assert.equal(await abdi.locator('html').getAttribute('lang'), 'so');
  await abdi.goto(`${env.server.base}/shifts`);
  assert.deepEqual(await seriousViolations(abdi), []);
  const open = abdi.locator('li.card', { hasText: twoPm }).first();
  await open.locator('button').click();
  await abdi.waitForURL(/\/shifts$/);
  assert.equal(await abdi.locator('.flash').count(), 1);
  const mine = abdi.locator('section[aria-labelledby="mine-heading"] li.card', { hasText: twoPm });
  assert.equal(await mine.count(), 1, 'the shift is now his');
  await phone.close();

  // Someone seeking help, with no account, asks in Somali for help in Somali.
  const visitor = await env.browser.newContext({ locale: 'so', bypassCSP: true });
  const page = await visitor.newPage();
  await page.goto(`${env.server.base}/help?lang=so`);
  assert.equal(await page.locator('html').getAttribute('lang'), 'so');
  await page.locator('#field-language').selectOption('so');
  await page.locator('form[action="/help"] button[type="submit"]').click();
  await page.waitForURL(/language=so/);
  const times = page.locator('section[aria-labelledby="times-heading"] li.card', { hasText: twoPm });
  assert.ok((await times.count()) >= 1, 'the Somali time is listed');
  assert.match(await times.first().textContent(), /Olarin kohtaamispaikka/);
  assert.doesNotMatch(await page.locator('main').textContent(), /Abdi/, 'no volunteer names');
  assert.deepEqual(await seriousViolations(page), []);
  await visitor.close();
});
