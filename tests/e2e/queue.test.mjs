// A person with no account takes a queue number in Arabic at the drop-in centre (the demo
// data has a shift on now there), sees the right-to-left ticket page, and leaves the queue.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withServerAndBrowser, seriousViolations, signIn } from './harness.mjs';

const env = withServerAndBrowser();

test('a queue number in Arabic, on a phone, without an account', async () => {
  const phone = await env.browser.newContext({
    locale: 'ar', bypassCSP: true, viewport: { width: 390, height: 844 },
  });
  const page = await phone.newPage();
  await page.goto(`${env.server.base}/s/OLARI`);
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  assert.equal(await page.locator('#field-first_language').inputValue(), 'ar', 'the reader\'s language is chosen');
  assert.deepEqual(await seriousViolations(page), []);
  await page.locator('input[name="topics"][value="kela"]').check();
  await page.locator('form[action="/s/OLARI"] button[type="submit"]').click();
  await page.waitForURL(/\/t\/[0-9a-f]{64}$/);
  assert.equal(await page.locator('.ticket-code').textContent(), 'O-1');
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  assert.match(await page.locator('#status-heading').textContent(), /[\u0600-\u06FF]/);
  assert.deepEqual(await seriousViolations(page), []);
  // Leaving is asked once more, on its own page.
  await page.locator('a[href$="/leave"]').click();
  await page.waitForURL(/\/t\/[0-9a-f]{64}\/leave$/);
  assert.deepEqual(await seriousViolations(page), []);
  await page.locator('form[action$="/leave"] button').click();
  await page.waitForURL(/\/t\/[0-9a-f]{64}$/);
  assert.equal(await page.locator('a[href$="/leave"]').count(), 0, 'no longer in the queue');

  // A second number, in Ukrainian: the coordinator's board suggests Dmytro (checked in there
  // in the demo data), she accepts, and the open ticket page shows his first name live.
  await page.goto(`${env.server.base}/s/OLARI`);
  await page.locator('#field-first_language').selectOption('uk');
  await page.locator('form[action="/s/OLARI"] button[type="submit"]').click();
  await page.waitForURL(/\/t\/[0-9a-f]{64}$/);
  const ticketUrl = page.url();
  // The event carries the new state: the page fetches nothing more.
  const fetched = [];
  page.on('request', (request) => { if (request.url() === ticketUrl) fetched.push(request); });
  const staff = await env.browser.newContext({ locale: 'fi-FI', bypassCSP: true });
  const kaisa = await staff.newPage();
  await signIn(kaisa, env.server.base, 'kaisa@demo.digikaveri.fi');
  await kaisa.goto(`${env.server.base}/org/queue/OLARI`);
  assert.match(await kaisa.locator('#suggestions-heading + ul').textContent(), /Dmytro/);
  assert.deepEqual(await seriousViolations(kaisa), []);
  const streamOpen = kaisa.waitForResponse((r) => r.url().endsWith('/org/queue/OLARI/events'));
  await kaisa.getByRole('button', { name: /O-2.*Dmytro/ }).click();
  await kaisa.waitForURL(/\/org\/queue\/OLARI$/);
  await streamOpen;
  // A number taken on a phone reaches the open board through its stream: nothing is fetched.
  const boardFetches = [];
  kaisa.on('request', (r) => { if (r.url().endsWith('/org/queue/OLARI')) boardFetches.push(r); });
  const somali = await (await env.browser.newContext({ locale: 'so', bypassCSP: true })).newPage();
  await somali.goto(`${env.server.base}/s/OLARI`);
  await somali.locator('form[action="/s/OLARI"] button[type="submit"]').click();
  await somali.waitForURL(/\/t\/[0-9a-f]{64}$/);
  const code = (await somali.locator('.ticket-code').textContent()).trim();
  await kaisa.locator('#board-live', { hasText: code }).waitFor({ timeout: 10000 });
  assert.equal(boardFetches.length, 0, 'the event carried the board\'s new part');
  assert.deepEqual(await seriousViolations(kaisa), []);
  await somali.context().close();
  await staff.close();
  // The person's page heard it through its event stream and shows the name without a reload.
  assert.equal(page.url(), ticketUrl);
  await page.locator('main', { hasText: 'Dmytro' }).waitFor({ timeout: 10000 });
  assert.equal(fetched.length, 0, 'the event carried the new state');

  // The poster for the door: a QR code and the call in every language.
  await page.goto(`${env.server.base}/s/OLARI/poster?lang=fi`);
  assert.equal(await page.locator('.poster-qr svg').count(), 1);
  assert.equal(await page.locator('.poster-calls li').count(), 9);
  assert.deepEqual(await seriousViolations(page), []);
  await phone.close();
});
