## Front page

home-title = Hjälp med digitala ärenden
home-lead = Digikompisarna är frivilliga. De hjälper dig med telefonen, e-posten och e-tjänster. Hjälpen är gratis. Du kan få hjälp på ditt eget språk.
home-steps-title = Så här får du hjälp
home-step-come = Kom till platsen när en digikompis är där.
home-step-tell = Berätta vad du behöver hjälp med.
home-step-yourself = Du gör det själv på din egen enhet. Digikompisen sitter bredvid och ger råd.
home-safety-title = Håll dina koder för dig själv
home-safety-body = En digikompis frågar aldrig efter dina bankkoder, din PIN-kod eller ditt lösenord. Digikompisen gör inte ärendena åt dig.
home-sites-title = Här hjälper vi
home-sites-empty = Inga platser har lagts till ännu.
home-site-address = Adress:
home-site-organisation = Arrangör: { $organisation }

# The directory of places, when a city has too many for the front page.
home-sites-many = Digikompisarna hjälper på { $count } platser. Sök en plats nära dig eller se alla.
places-search-label = Platsens namn, adress eller kod
places-search = Sök en plats
places-all = Visa alla platser
places-found = { $count ->
    [one] En plats hittades.
   *[other] { $count } platser hittades.
}
places-none = Ingen plats hittades. Prova färre eller kortare ord.
