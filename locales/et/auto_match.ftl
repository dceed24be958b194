# Automatic matching: the engine confirms its own suggestions at a site.
duty-by-engine-title = Süsteemi ühendatud
duty-by-engine-lead = Süsteem ühendas need ise. Põhjused on allpool.
duty-auto-is-on = Selles kohas ühendab süsteem inimesed ise.
duty-auto-is-off = Inimesed ühendatakse käsitsi. Süsteem ainult soovitab.
duty-auto-on = Lase süsteemil ise ühendada
duty-auto-off = Ühenda käsitsi
flash-auto-match-on = Nüüd ühendab süsteem ise.
flash-auto-match-off = Nüüd ühendatakse inimesed käsitsi.
audit-auto-match-on = Lülitas automaatse ühendamise sisse
audit-auto-match-off = Lülitas automaatse ühendamise välja
