// The home page as a visitor sees it in Finnish and Arabic, the language switcher, and
// accessibility checked by axe-core.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withServerAndBrowser, seriousViolations } from './harness.mjs';

const env = withServerAndBrowser();

test('home page in Finnish, switch to Arabic, right-to-left and remembered', async () => {
  // bypassCSP only so that axe-core can be injected; the app's own pages need no inline script.
  const context = await env.browser.newContext({ locale: 'fi-FI', bypassCSP: true });
  const page = await context.newPage();

  await page.goto(`${env.server.base}/`);
  const html = page.locator('html');
  assert.equal(await html.getAttribute('lang'), 'fi');
  assert.equal(await html.getAttribute('dir'), 'ltr');
  assert.equal(await page.locator('h1').textContent(), 'Apua digiasioihin');
  assert.deepEqual(await seriousViolations(page), []);

  // The switcher works without JavaScript: a disclosure with plain links.
  await page.locator('.language-switcher summary').click();
  await page.getByRole('link', { name: 'العربية' }).click();
  await page.waitForURL(/lang=ar/);
  assert.equal(await html.getAttribute('lang'), 'ar');
  assert.equal(await html.getAttribute('dir'), 'rtl');
  const heading = await page.locator('h1').textContent();
  assert.notEqual(heading, 'Apua digiasioihin');
  assert.match(heading, /[\u0600-\u06FF]/, 'the heading is in Arabic script');
  assert.deepEqual(await seriousViolations(page), []);

  // In right-to-left the header starts on the right: the brand sits right of the switcher.
  const brand = await page.locator('.brand').boundingBox();
  const switcher = await page.locator('.language-switcher').boundingBox();
  assert.ok(brand.x > switcher.x, 'brand is on the right in Arabic');

  // The choice is remembered: a plain visit stays in Arabic.
  await page.goto(`${env.server.base}/`);
  assert.equal(await html.getAttribute('dir'), 'rtl');
  await context.close();
});

test('the page works on a phone-sized screen without JavaScript', async () => {
  const context = await env.browser.newContext({
    viewport: { width: 360, height: 740 },
    javaScriptEnabled: false,
    locale: 'ar',
  });
  const page = await context.newPage();
  await page.goto(`${env.server.base}/`);
  assert.equal(await page.locator('html').getAttribute('lang'), 'ar', 'Accept-Language chooses Arabic');
  // Nothing is wider than the screen (no sideways scrolling on a phone).
  for (const selector of ['header', 'main', 'footer', 'h1', '.cards']) {
    const box = await page.locator(selector).first().boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= 360, `${selector} fits the screen`);
  }
  await page.locator('.language-switcher summary').click();
  await page.getByRole('link', { name: 'suomi' }).click();
  assert.equal(await page.locator('html').getAttribute('lang'), 'fi');
  await context.close();
});
