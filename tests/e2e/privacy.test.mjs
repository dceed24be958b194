// The journey for a volunteer's own data: Amina (Arabic interface, 360 px phone) opens
// her data page, which reads right to left with Arabic headings, downloads her data (the JSON
// parses and has her email and every table), and the privacy notice in Arabic and in Somali
// fits the phone. axe finds nothing serious on any of these pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { withServerAndBrowser, signIn, fitsThePhoneAndPasses, PHONE } from './harness.mjs';

const env = withServerAndBrowser();


test('Amina reads and downloads her own data in Arabic on a phone', async () => {
  const base = env.server.base;
  const phone = await env.browser.newContext({
    locale: 'ar', bypassCSP: true, viewport: PHONE, acceptDownloads: true,
  });
  const amina = await phone.newPage();
  await signIn(amina, base, 'amina@demo.digikaveri.fi');

  await amina.goto(`${base}/account/data?lang=ar`);
  await fitsThePhoneAndPasses(amina, 'ar');
  assert.equal(await amina.locator('html').getAttribute('dir'), 'rtl');
  await amina.getByRole('heading', { name: 'لغاتك' }).waitFor();
  await amina.getByRole('heading', { name: 'جلسات المساعدة التي سجّلتها' }).waitFor();
  const text = await amina.locator('main').textContent();
  assert.ok(!text.includes('{"'), 'no raw JSON on the page');

  const [download] = await Promise.all([
    amina.waitForEvent('download'),
    amina.locator('a[href="/account/export.json"]').click(),
  ]);
  const json = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(json.users[0].email, 'amina@demo.digikaveri.fi');
  for (const table of ['users', 'volunteer_languages', 'shift_signups', 'help_sessions',
    'skill_assessments', 'login_sessions', 'audit_events']) {
    assert.ok(table in json, `the download has ${table}`);
  }
  assert.ok(json.help_sessions.length > 0, 'her recorded help is in it');
  await phone.close();
});

test('the privacy notice fits a phone in Arabic and in Somali', async () => {
  const base = env.server.base;
  for (const lang of ['ar', 'so']) {
    const phone = await env.browser.newContext({ locale: lang, bypassCSP: true, viewport: PHONE });
    const page = await phone.newPage();
    await page.goto(`${base}/privacy?lang=${lang}`);
    await fitsThePhoneAndPasses(page, lang);
    await phone.close();
  }
});
