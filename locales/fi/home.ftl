## Front page

home-title = Apua digiasioihin
home-lead = Digikaverit ovat vapaaehtoisia. He auttavat puhelimen, sähköpostin ja verkkopalvelujen kanssa. Apu on maksutonta. Voit saada apua omalla kielelläsi.
home-steps-title = Näin saat apua
home-step-come = Tule paikalle, kun digikaveri on siellä.
home-step-tell = Kerro, missä asiassa tarvitset apua.
home-step-yourself = Teet asian itse omalla laitteellasi. Digikaveri neuvoo vierellä.
home-safety-title = Pidä tunnuksesi omana tietonasi
home-safety-body = Digikaveri ei koskaan kysy pankkitunnuksiasi, PIN-koodiasi tai salasanaasi. Hän ei tee asioita puolestasi.
home-sites-title = Missä autamme
home-sites-empty = Paikkoja ei ole vielä lisätty.
home-site-address = Osoite:
home-site-organisation = Järjestäjä: { $organisation }

# The directory of places, when a city has too many for the front page.
home-sites-many = Digikaverit auttavat { $count } paikassa. Etsi paikka läheltäsi tai katso kaikki.
places-search-label = Paikan nimi, osoite tai koodi
places-search = Etsi paikka
places-all = Näytä kaikki paikat
places-found = { $count ->
    [one] Löytyi yksi paikka.
   *[other] Löytyi { $count } paikkaa.
}
places-none = Paikkaa ei löytynyt. Kokeile vähemmän tai lyhyempiä sanoja.
