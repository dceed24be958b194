// The journey for skills growth: Amina (Arabic interface, 360 px phone) does her first
// self-assessment; three of her help sessions on Kela are recorded on a shift of today; her
// growth page shows them in its charts; she composes a proof in Finnish and prints it (an A4
// PDF from the browser), and its link gives the PDF made on the server; the coordinator
// confirms it; /verify/<code> shows the same facts and has its PDF too; she withdraws it and
// the page says so. axe finds nothing serious on any of her pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withServerAndBrowser, seriousViolations, signIn, fitsThePhoneAndPasses, PHONE } from './harness.mjs';

const env = withServerAndBrowser();


test('Amina grows: a self-assessment, three Kela sessions in the charts, a proof verified and withdrawn', async () => {
  const base = env.server.base;
  const staff = await env.browser.newContext({ locale: 'fi-FI', bypassCSP: true });
  const kaisa = await staff.newPage();
  await signIn(kaisa, base, 'kaisa@demo.digikaveri.fi');
  // A shift at the drop-in centre from 10:40 today, in Arabic (the clock starts at 10:30).
  const today = env.server.now().toISOString().slice(0, 10);
  await kaisa.goto(`${base}/org/shifts/new`);
  await kaisa.locator('#field-site_id').selectOption({ label: 'Olarin kohtaamispaikka' });
  await kaisa.locator('#field-date').fill(today);
  await kaisa.locator('#field-start').fill('10:40');
  await kaisa.locator('#field-end').fill('13:00');
  await kaisa.locator('#field-places').fill('2');
  await kaisa.locator('input[name="languages"][value="ar"]').check();
  await kaisa.getByRole('button', { name: 'Tee vuoro' }).click();
  await kaisa.waitForURL(/\/org\/shifts\?week=/);

  const phone = await env.browser.newContext({ locale: 'ar', bypassCSP: true, viewport: PHONE });
  const amina = await phone.newPage();
  await signIn(amina, base, 'amina@demo.digikaveri.fi');

  // Her first self-assessment: every screen, one after the other, back to the growth page.
  await amina.goto(`${base}/growth`);
  await fitsThePhoneAndPasses(amina, 'ar');
  await amina.locator('main a[href^="/growth/assess/"]').first().click();
  while (/\/growth\/assess\//.test(amina.url())) {
    await fitsThePhoneAndPasses(amina, 'ar');
    for (const question of await amina.locator('form.assess fieldset').all()) {
      await question.locator('input[type="radio"]').nth(2).check();
    }
    const from = amina.url();
    await amina.locator('form.assess button[type="submit"]').click();
    await amina.waitForURL((url) => url.href !== from);
  }
  assert.match(amina.url(), /\/growth$/);

  // She takes today's shift and checks in.
  await amina.goto(`${base}/shifts`);
  await amina.locator('form[action$="/sign-up"] button').first().click();
  await amina.waitForURL(/\/shifts$/);
  const checkIn = amina.locator('form[action$="/check-in"]').first();
  await checkIn.locator('select[name="table_id"]').selectOption({ index: 0 });
  await checkIn.locator('button').click();
  await amina.waitForURL(/\/shifts$/);

  // Three people ask for help with Kela in Arabic; Kaisa gives each to Amina, who helps and
  // records it.
  for (let n = 0; n < 3; n += 1) {
    const personPhone = await env.browser.newContext({ locale: 'ar', bypassCSP: true, viewport: PHONE });
    const person = await personPhone.newPage();
    await person.goto(`${base}/s/OLARI`);
    await person.locator('input[name="topics"][value="kela"]').check();
    await person.locator('form[action="/s/OLARI"] button[type="submit"]').click();
    await person.waitForURL(/\/t\/[0-9a-f]{64}$/);
    const code = (await person.locator('.ticket-code').textContent()).trim();
    await kaisa.goto(`${base}/org/queue/OLARI`);
    const card = kaisa.locator('section[aria-labelledby="waiting-heading"] li.card')
      .filter({ has: kaisa.getByRole('heading', { name: code, exact: true }) });
    const match = card.locator('form[action$="/match"]');
    await match.locator('select').selectOption({ label: 'Amina' });
    await match.locator('button').click();
    await kaisa.waitForURL(/\/org\/queue\/OLARI$/);
    await amina.goto(`${base}/duty`);
    await amina.locator('form[action$="/start"] button').click();
    await amina.waitForURL(/\/duty$/);
    await amina.locator('form[action$="/finish"] button').click();
    await amina.waitForURL(/\/duty\/\d+\/record$/);
    await amina.locator('input[name="outcome"][value="self"]').check();
    await amina.locator('form.record button[type="submit"]').first().click();
    await amina.waitForURL(/\/duty$/);
    await personPhone.close();
  }

  // The growth page: the charts are drawn, and this month's sessions count the three.
  await amina.goto(`${base}/growth`);
  await fitsThePhoneAndPasses(amina, 'ar');
  assert.ok((await amina.locator('main .chart svg').count()) >= 3, 'three charts');
  assert.equal(await amina.locator('main').getByText('حان وقت التقييم الذاتي').count(), 0, 'assessed');

  // A proof in Finnish with everything in it, printed on A4.
  await amina.goto(`${base}/growth/proofs`);
  await fitsThePhoneAndPasses(amina, 'ar');
  await amina.locator('input[name="language"][value="fi"]').check();
  await amina.locator('form[action="/growth/proofs"] button[type="submit"]').click();
  await amina.waitForURL(/\/growth\/proofs\/\d+$/);
  await fitsThePhoneAndPasses(amina, 'fi');
  const proofUrl = amina.url();
  const code = (await amina.locator('.proof-code').textContent()).trim();
  assert.match(code, /^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  assert.match(await amina.locator('article.proof').textContent(), /Kela/);
  const pdf = await amina.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.ok(pages >= 1 && pages <= 2, `the proof with every part prints on ${pages} A4 pages`);
  // The PDF made on the server, linked from the page, in the page's session.
  const pdfLink = amina.locator(`a[href$="/growth/proofs/${proofUrl.split('/').pop()}/pdf"]`);
  const made = await amina.request.get(new URL(await pdfLink.getAttribute('href'), base).href);
  assert.equal(made.status(), 200);
  assert.equal(made.headers()['content-type'], 'application/pdf');
  assert.equal((await made.body()).subarray(0, 4).toString('latin1'), '%PDF');

  // Kaisa reads it and confirms it.
  await kaisa.goto(`${base}/org/proofs`);
  await kaisa.getByRole('link', { name: /Amina/ }).first().click();
  assert.deepEqual(await seriousViolations(kaisa), []);
  await kaisa.locator('form[action$="/sign"] button').click();
  await kaisa.waitForURL(/\/org\/proofs$/);

  // Anyone with the code sees the same facts, and who confirmed them.
  const employer = await env.browser.newContext({ locale: 'fi-FI', bypassCSP: true });
  const reader = await employer.newPage();
  await reader.goto(`${base}/verify/${code}`);
  assert.deepEqual(await seriousViolations(reader), []);
  await amina.goto(proofUrl);
  const facts = async (page) => (await page.locator('article.proof .proof-part').allTextContents()).join('|');
  assert.equal(await facts(reader), await facts(amina));
  assert.match(await reader.locator('.proof-signature').textContent(), /Kaisa/);
  const verifyPdf = await reader.request.get(`${base}/verify/${code}/pdf`);
  assert.equal(verifyPdf.status(), 200);
  assert.equal((await verifyPdf.body()).subarray(0, 4).toString('latin1'), '%PDF');

  // She withdraws it; the page says so and shows nothing of it any more.
  await amina.locator('form[action$="/withdraw"] button').click();
  await amina.waitForURL(/\/growth\/proofs$/);
  await reader.reload();
  assert.match(await reader.locator('main').textContent(), /perui tämän todistuksen/);
  assert.equal(await reader.locator('.proof-part').count(), 0);

  await employer.close();
  await phone.close();
  await staff.close();
});
