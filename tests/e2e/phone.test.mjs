// Every page of the day at the site on a 360 px phone, in Arabic (right to left) and in
// Somali (long words): nothing wider than the screen, and axe finds nothing serious.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withServerAndBrowser, signIn, fitsThePhoneAndPasses, PHONE } from './harness.mjs';

const env = withServerAndBrowser();

for (const lang of ['ar', 'so']) {
  test(`public and staff pages on a phone in ${lang}`, async () => {
    const base = env.server.base;
    const phone = await env.browser.newContext({ locale: lang, bypassCSP: true, viewport: PHONE });
    const page = await phone.newPage();
    for (const path of ['/', '/help?language=so', '/places', '/places?q=olari', '/forgot', '/login', '/s/OLARI']) {
      await page.goto(`${base}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
      await fitsThePhoneAndPasses(page, lang);
    }
    // A number in Somali, which nobody on duty speaks: the page says so, and it still fits.
    await page.locator('#field-first_language').selectOption('so');
    await page.locator('input[name="topics"][value="kela"]').check();
    await page.locator('form[action="/s/OLARI"] button[type="submit"]').click();
    await page.waitForURL(/\/t\/[0-9a-f]{64}$/);
    await page.locator('.coverage').waitFor();
    await fitsThePhoneAndPasses(page, lang);
    // The take page now points to the number this phone already holds.
    await page.goto(`${base}/s/OLARI`);
    await page.locator('a[href^="/t/"]').first().waitFor();
    await fitsThePhoneAndPasses(page, lang);
    await page.locator('a[href^="/t/"]').first().click();
    await page.locator('a[href$="/leave"]').click();
    await page.waitForURL(/\/leave$/);
    await fitsThePhoneAndPasses(page, lang);
    await phone.close();

    // Staff on a phone, with the interface in this language.
    const staff = await env.browser.newContext({ locale: lang, bypassCSP: true, viewport: PHONE });
    const kaisa = await staff.newPage();
    await signIn(kaisa, base, 'kaisa@demo.digikaveri.fi');
    const paths = [
      '/dashboard', '/org/today', '/org/sites', '/org/sites/new', '/org/queue/OLARI',
      '/org/volunteers', '/org/shifts', '/org/shifts/new',
    ];
    for (const path of paths) {
      await kaisa.goto(`${base}${path}?lang=${lang}`);
      await fitsThePhoneAndPasses(kaisa, lang);
    }
    // With automatic matching on, the board says so and lists the system's matches; then off.
    await kaisa.goto(`${base}/org/queue/OLARI?lang=${lang}`);
    const toggle = kaisa.locator('form[action="/org/queue/OLARI/auto"] button');
    await toggle.click();
    await kaisa.locator('#by-engine-heading').waitFor();
    await fitsThePhoneAndPasses(kaisa, lang);
    await toggle.click();
    await kaisa.locator('#by-engine-heading').waitFor({ state: 'detached' });
    await staff.close();
  });
}
