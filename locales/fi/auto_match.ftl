# Automatic matching: the engine confirms its own suggestions at a site.
duty-by-engine-title = Järjestelmän yhdistämät
duty-by-engine-lead = Järjestelmä yhdisti nämä itse. Syyt näkyvät alla.
duty-auto-is-on = Järjestelmä yhdistää ihmiset itse tässä paikassa.
duty-auto-is-off = Ihmiset yhdistetään käsin. Järjestelmä vain ehdottaa.
duty-auto-on = Anna järjestelmän yhdistää itse
duty-auto-off = Yhdistä käsin
flash-auto-match-on = Järjestelmä yhdistää nyt itse.
flash-auto-match-off = Ihmiset yhdistetään nyt käsin.
audit-auto-match-on = Otti käyttöön automaattisen yhdistämisen
audit-auto-match-off = Lopetti automaattisen yhdistämisen
