// Taking a number on a 360 × 740 phone in Finnish, in Somali (long words) and in Arabic and
// Persian (right to left): the "take a number" button ends within 1.6 screens of the top (the
// aim is about 1.5), nothing is wider than the screen, every topic tile is big enough for a
// thumb and shows its whole label, and axe finds nothing serious. Then the same form without
// JavaScript, the second language opened from its disclosure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withServerAndBrowser, seriousViolations } from './harness.mjs';

const env = withServerAndBrowser();
const PHONE = { width: 360, height: 740 };
const LONGEST = 1.6 * PHONE.height;
const SUBMIT = 'form[action="/s/OLARI"] button[type="submit"]';

for (const lang of ['fi', 'so', 'ar', 'fa']) {
  test(`taking a number fits in 1.6 phone screens in ${lang}`, async () => {
    const context = await env.browser.newContext({ locale: lang, bypassCSP: true, viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${env.server.base}/s/OLARI?lang=${lang}`);
    assert.equal(await page.locator('html').getAttribute('lang'), lang);
    const shown = await page.locator(SUBMIT).evaluate((button) => ({
      bottom: Math.round(button.getBoundingClientRect().bottom + window.scrollY),
      wide: document.documentElement.scrollWidth,
      tiles: [...document.querySelectorAll('.common-tiles .topic-tile')].map((tile) => {
        const { width, height } = tile.getBoundingClientRect();
        const label = tile.querySelector('span');
        return { width, height, cut: label.scrollWidth > label.clientWidth, text: label.textContent };
      }),
    }));
    const screens = (shown.bottom / PHONE.height).toFixed(2);
    assert.ok(shown.bottom <= LONGEST, `the button ends at ${shown.bottom} px (${screens} screens) in ${lang}`);
    assert.ok(shown.wide <= PHONE.width, `${shown.wide} px wide in ${lang}`);
    assert.equal(shown.tiles.length, 8, 'the eight common topics as tiles');
    for (const tile of shown.tiles) {
      assert.ok(tile.width >= 44 && tile.height >= 44, `${tile.text}: ${tile.width}×${tile.height} px`);
      assert.ok(!tile.cut, `${tile.text}: its label is cut`);
    }
    assert.deepEqual(await seriousViolations(page), [], lang);
    await context.close();
  });
}

test('the second language opens from its disclosure and stays open, without JavaScript', async () => {
  const context = await env.browser.newContext({
    locale: 'so', javaScriptEnabled: false, viewport: PHONE,
  });
  const page = await context.newPage();
  await page.goto(`${env.server.base}/s/OLARI?lang=so`);
  const second = page.locator('#field-second_language');
  assert.equal(await second.isVisible(), false, 'folded away at first');
  await page.locator('details.second-language > summary').click();
  // The same language twice: the form comes back with the disclosure open and what was chosen.
  await second.selectOption('so');
  await page.locator('input[name="topics"][value="kela"]').check();
  await Promise.all([page.waitForNavigation(), page.locator(SUBMIT).click()]);
  assert.equal(await second.isVisible(), true, 'open when the form comes back');
  assert.equal(await second.getAttribute('aria-invalid'), 'true');
  assert.equal(await second.inputValue(), 'so');
  assert.equal(await page.locator('input[name="topics"][value="kela"]').isChecked(), true);
  await second.selectOption('en');
  await Promise.all([page.waitForNavigation(), page.locator(SUBMIT).click()]);
  assert.match(new URL(page.url()).pathname, /^\/t\/[0-9a-f]{64}$/, 'a number taken');
  await context.close();
});
