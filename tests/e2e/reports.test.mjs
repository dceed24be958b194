// The journey for reports: the coordinator opens the month's report in Finnish, sees
// its charts beside their tables and downloads a CSV that a spreadsheet reads; the same page
// fits a 360 px phone in Arabic and Somali; an admin sees two organisations and each one's
// own figures. axe finds nothing serious.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { withServerAndBrowser, seriousViolations, signIn, fitsThePhoneAndPasses, PHONE } from './harness.mjs';

const env = withServerAndBrowser();

// The figures a report section's table shows, line by line: "label: value".
async function tableLines(page, caption) {
  const table = page.locator('table', { has: page.locator('caption', { hasText: caption }) }).first();
  return table.locator('tbody tr').evaluateAll((rows) =>
    rows.map((r) => [...r.children].map((c) => c.textContent.trim()).join(': ')),
  );
}

test('the coordinator opens the month in Finnish, sees the charts and downloads the CSV', async () => {
  const base = env.server.base;
  const context = await env.browser.newContext({ locale: 'fi-FI', acceptDownloads: true });
  const kaisa = await context.newPage();
  await signIn(kaisa, base, 'kaisa@demo.digikaveri.fi');
  await kaisa.getByRole('link', { name: 'Raportit' }).first().click();
  await kaisa.waitForURL(/\/org\/reports/);
  // The current month by default (the clock is at 8 December 2026).
  assert.equal(await kaisa.locator('#field-from').inputValue(), '2026-12-01');
  assert.equal(await kaisa.locator('#field-to').inputValue(), '2026-12-31');
  // The demo's last six weeks: November and December, so months and weeks are drawn.
  await kaisa.locator('#field-from').fill('2026-11-01');
  await kaisa.getByRole('button', { name: 'Näytä' }).click();
  await kaisa.waitForURL(/from=2026-11-01/);
  const captions = await kaisa.locator('figure.report-chart figcaption').allTextContents();
  assert.deepEqual(captions, [
    'Ohjauskerrat kuukausittain',
    'Ohjauskerrat viikoittain',
    'Kysyntä ja tarjonta kielittäin',
  ]);
  assert.equal(await kaisa.locator('figure.report-chart svg').count(), 3);
  // Each chart's numbers are in a table of the same name.
  for (const caption of captions) {
    assert.ok((await tableLines(kaisa, caption)).length > 0, caption);
  }
  const months = await tableLines(kaisa, 'Ohjauskerrat kuukausittain');
  assert.match(months[0], /^marraskuu 2026: \d+$/);
  assert.deepEqual(await seriousViolations(kaisa), []);

  // The people-helped CSV: Finnish headers, one line per figure, the same numbers.
  const [download] = await Promise.all([
    kaisa.waitForEvent('download'),
    kaisa.locator('#report-people a[download]').click(),
  ]);
  assert.equal(download.suggestedFilename(), 'people-2026-11-01-2026-12-31.csv');
  const csv = await readFile(await download.path(), 'utf8');
  const lines = csv.trim().split('\r\n');
  assert.equal(lines[0], 'Taulukko,Rivi,Mittari,Arvo');
  const november = months[0].split(': ')[1];
  assert.ok(lines.includes(`Ohjauskerrat kuukausittain,marraskuu 2026,Määrä,${november}`), csv);
  await context.close();
});

test('the report fits a phone in Arabic and Somali', async () => {
  const base = env.server.base;
  for (const lang of ['ar', 'so']) {
    const context = await env.browser.newContext({ locale: lang, viewport: PHONE });
    const page = await context.newPage();
    await signIn(page, base, 'kaisa@demo.digikaveri.fi');
    await page.goto(`${base}/org/reports?from=2026-11-01&to=2026-12-31&lang=${lang}`);
    assert.equal(await page.locator('html').getAttribute('dir'), lang === 'ar' ? 'rtl' : 'ltr');
    assert.equal(await page.locator('figure.report-chart svg').count(), 3, lang);
    await fitsThePhoneAndPasses(page, lang);
    await context.close();
  }
});

test('an admin sees two organisations, and each one has its own figures', async () => {
  const base = env.server.base;
  const context = await env.browser.newContext({ locale: 'fi-FI' });
  const admin = await context.newPage();
  await signIn(admin, base, 'admin@demo.digikaveri.fi');
  await admin.goto(`${base}/admin/organisations`);
  await admin.locator('#field-name').fill('Digiapu Vantaa');
  await admin.getByRole('button', { name: 'Luo organisaatio' }).click();
  await admin.waitForURL(/\/admin\/organisations/);

  await admin.goto(`${base}/org/reports?from=2026-11-01&to=2026-12-31`);
  const names = await admin.locator('#field-organisation option').allTextContents();
  assert.deepEqual(names, ['Kaikki organisaatiot', 'Digiapu Vantaa', 'Digikaverit Espoo (demo)'], 'by name');
  const everyone = await tableLines(admin, 'Ohjauskerrat kuukausittain');

  await admin.locator('#field-organisation').selectOption({ label: 'Digikaverit Espoo (demo)' });
  await admin.getByRole('button', { name: 'Näytä' }).click();
  await admin.waitForURL(/organisation=/);
  assert.deepEqual(await tableLines(admin, 'Ohjauskerrat kuukausittain'), everyone);
  // Choosing an organisation offers its sites.
  assert.ok((await admin.locator('#field-site option').count()) > 1);

  await admin.locator('#field-organisation').selectOption({ label: 'Digiapu Vantaa' });
  await admin.getByRole('button', { name: 'Näytä' }).click();
  await admin.waitForURL((url) => url.href.includes('organisation='));
  const vantaa = await tableLines(admin, 'Ohjauskerrat kuukausittain');
  assert.deepEqual(vantaa, ['marraskuu 2026: 0', 'joulukuu 2026: 0', 'Yhteensä: 0']);
  assert.equal(await admin.locator('figure.report-chart').count(), 0, 'nothing to draw');
  assert.deepEqual(await seriousViolations(admin), []);
  await context.close();
});
