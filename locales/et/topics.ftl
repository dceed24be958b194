## Help topics: what a person can get help with. Short labels; they appear next to an icon.

topic-strong-eid = Pangakoodid ja tugev isikutuvastus
topic-suomifi = Suomi.fi (Sõnumid, Volitused)
topic-kela = Kela toetused ja taotlused
topic-omakanta = OmaKanta: retseptid ja terviseandmed
topic-health-eservices = Tervisekeskuse e-teenused ja aja broneerimine
topic-migri = Elamisluba (Enter Finland)
topic-finnish-authenticator = Isikutuvastus ilma Soome isikukoodita
topic-jobmarket = Työmarkkinatori ja tööotsijaks registreerimine
topic-job-applications = CV ja tööle kandideerimine internetis
topic-banking = Internetipank ja arvete maksmine
topic-email = E-post
topic-smartphone-basics = Nutitelefoni põhitõed
topic-apps = Rakenduste paigaldamine
topic-passwords = Paroolid ja ligipääsu taastamine
topic-scams-security = Pettused ja turvalisus internetis
topic-transport-app = Ühistranspordi rakendus ja piletid
topic-video-messaging = Videokõned ja sõnumirakendused
topic-wilma = Kooli ja lasteaia sõnumid (Wilma)
topic-tax = Maksukaart ja OmaVero
topic-documents = Manused, skannimine ja printimine
topic-device-connectivity = Seade, mobiilipakett ja wifi
topic-digital-id = Digitaalne isikutunnistus
topic-finding-info = Õige info ja teenuse leidmine
topic-other = Muu asi
