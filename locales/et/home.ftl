## Front page

home-title = Abi digiasjadega
home-lead = Digisõbrad on vabatahtlikud. Nad aitavad telefoni, e-posti ja e-teenustega. Abi on tasuta. Abi võid saada oma keeles.
home-steps-title = Nii saad abi
home-step-come = Tule kohale, kui digisõber on seal.
home-step-tell = Ütle, millega sa abi vajad.
home-step-yourself = Sa teed asja ise oma seadmes. Digisõber on kõrval ja annab nõu.
home-safety-title = Hoia oma koodid enda teada
home-safety-body = Digisõber ei küsi kunagi sinu pangakoode, PIN-koodi ega parooli. Digisõber ei tee asju sinu eest.
home-sites-title = Kus me aitame
home-sites-empty = Kohti ei ole veel lisatud.
home-site-address = Aadress:
home-site-organisation = Korraldaja: { $organisation }

# The directory of places, when a city has too many for the front page.
home-sites-many = Digisõbrad aitavad { $count } kohas. Otsi koht enda lähedal või vaata kõiki.
places-search-label = Koha nimi, aadress või kood
places-search = Otsi kohta
places-all = Näita kõiki kohti
places-found = { $count ->
    [one] Leiti üks koht.
   *[other] Leiti { $count } kohta.
}
places-none = Ühtegi kohta ei leitud. Proovi vähem või lühemaid sõnu.
