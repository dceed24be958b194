// The journey: a shift starts soon at the food-aid site and Amina (who speaks Arabic
// natively) takes it and checks in; a person takes a number in Arabic on a right-to-left
// page; the coordinator accepts the engine's suggestion, Amina; the person's open page shows
// her first name without a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withServerAndBrowser, seriousViolations, signIn } from './harness.mjs';

const env = withServerAndBrowser();

// Date and time in Finland `minutes` from the server's now, as the shift form takes them.
function helsinki(minutes) {
  const at = new Date(env.server.now().getTime() + minutes * 60 * 1000);
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(at).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

test('an Arabic speaker is matched with Amina and sees her name live', async () => {
  const start = helsinki(10);
  const later = helsinki(130);
  const end = later.date === start.date ? later.time : '23:59';

  const staff = await env.browser.newContext({ locale: 'fi-FI', bypassCSP: true });
  const kaisa = await staff.newPage();
  await signIn(kaisa, env.server.base, 'kaisa@demo.digikaveri.fi');
  await kaisa.goto(`${env.server.base}/org/shifts/new`);
  await kaisa.locator('#field-site_id').selectOption({ label: 'Leppävaaran ruoka-apu' });
  await kaisa.locator('#field-date').fill(start.date);
  await kaisa.locator('#field-start').fill(start.time);
  await kaisa.locator('#field-end').fill(end);
  await kaisa.locator('#field-places').fill('2');
  await kaisa.getByRole('button', { name: 'Tee vuoro' }).click();
  await kaisa.waitForURL(/\/org\/shifts\?week=/);

  // Amina, on her phone in Arabic, takes the shift and checks in (check-in opens before it).
  const phone = await env.browser.newContext({ locale: 'fi-FI', bypassCSP: true, viewport: { width: 390, height: 844 } });
  const amina = await phone.newPage();
  await signIn(amina, env.server.base, 'amina@demo.digikaveri.fi');
  await amina.goto(`${env.server.base}/shifts`);
  await amina.locator('section[aria-labelledby="open-heading"] li.card', { hasText: 'Leppävaaran ruoka-apu' })
    .first().locator('button').click();
  await amina.waitForURL(/\/shifts$/);
  await amina.locator('form[action$="/check-in"] button').click();
  await amina.waitForURL(/\/shifts$/);

  // A person takes a number in Arabic.
  const visitor = await env.browser.newContext({ locale: 'ar', bypassCSP: true, viewport: { width: 390, height: 844 } });
  const person = await visitor.newPage();
  await person.goto(`${env.server.base}/s/LEPPA`);
  assert.equal(await person.locator('html').getAttribute('dir'), 'rtl');
  await person.locator('input[name="topics"][value="kela"]').check();
  await person.locator('form[action="/s/LEPPA"] button[type="submit"]').click();
  await person.waitForURL(/\/t\/[0-9a-f]{64}$/);
  const ticketUrl = person.url();
  assert.equal(await person.locator('.ticket-code').textContent(), 'L-1');

  // The coordinator's board suggests Amina, with reasons, and Kaisa accepts.
  await kaisa.goto(`${env.server.base}/org/queue/LEPPA`);
  const suggestion = kaisa.locator('#suggestions-heading + ul li.card').first();
  assert.match(await suggestion.textContent(), /L-1[\s\S]*Amina/);
  assert.match(await suggestion.textContent(), /العربية/);
  assert.deepEqual(await seriousViolations(kaisa), []);
  await suggestion.locator('button').click();
  await kaisa.waitForURL(/\/org\/queue\/LEPPA$/);

  // The person's open page shows Amina's name, without a reload, still right-to-left.
  await person.locator('main', { hasText: 'Amina' }).waitFor({ timeout: 10000 });
  assert.equal(person.url(), ticketUrl);
  assert.equal(await person.locator('html').getAttribute('dir'), 'rtl');
  assert.deepEqual(await seriousViolations(person), []);

  // Amina sees her next person on her phone.
  await amina.goto(`${env.server.base}/duty`);
  assert.match(await amina.locator('main').textContent(), /L-1/);
  await Promise.all([staff.close(), phone.close(), visitor.close()]);
});
