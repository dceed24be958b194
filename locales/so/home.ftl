## Front page

home-title = Caawimaad arrimaha dijitaalka
home-lead = Saaxiibada dijitaalka ah waa tabarrucayaal. Waxay kaa caawiyaan taleefanka, iimaylka iyo adeegyada internetka. Caawimaaddu waa bilaash. Waxaad caawimaad ku heli kartaa luqaddaada.
home-steps-title = Sida aad caawimaad u heli karto
home-step-come = Kaalay goobta marka saaxiibka dijitaalka ah uu joogo.
home-step-tell = Sheeg waxa aad caawimaad u baahan tahay.
home-step-yourself = Adiga ayaa arrinta ku samaynaya qalabkaaga. Saaxiibka dijitaalka ah ayaa agtaada jooga oo ku tilmaamaya.
home-safety-title = Koodhadhkaaga sir ka dhig
home-safety-body = Saaxiibka dijitaalka ah marnaba kuma weydiiyo koodhadhka bangigaaga, PIN-kaaga ama furahaaga sirta ah. Arrimahaaga kuuma qabto.
home-sites-title = Meelaha aan ka caawinno
home-sites-empty = Weli meelo lama darin.
home-site-address = Ciwaanka:
home-site-organisation = Qabanqaabiyaha: { $organisation }

# The directory of places, when a city has too many for the front page.
home-sites-many = Saaxiibada dijitaalka ah waxay caawiyaan { $count } meelood. Raadi meel kuu dhow ama eeg dhammaan.
places-search-label = Magaca, ciwaanka ama koodka meesha
places-search = Raadi meel
places-all = Muuji dhammaan meelaha
places-found = { $count ->
    [one] Hal meel ayaa la helay.
   *[other] { $count } meelood ayaa la helay.
}
places-none = Meel lama helin. Isku day erayo ka yar ama ka gaaban.
