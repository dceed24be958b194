## Help topics: what a person can get help with. Short labels; they appear next to an icon.

topic-strong-eid = Pankkitunnukset ja vahva tunnistautuminen
topic-suomifi = Suomi.fi (Viestit, Valtuudet)
topic-kela = Kela-asiointi ja hakemukset
topic-omakanta = OmaKanta: reseptit ja terveystiedot
topic-health-eservices = Terveysaseman verkkopalvelut ja ajanvaraus
topic-migri = Oleskelulupa (Enter Finland)
topic-finnish-authenticator = Tunnistautuminen ilman suomalaista henkilötunnusta
topic-jobmarket = Työmarkkinatori ja työnhakijaksi ilmoittautuminen
topic-job-applications = CV ja työhakemukset verkossa
topic-banking = Verkkopankki ja laskujen maksu
topic-email = Sähköposti
topic-smartphone-basics = Älypuhelimen perusteet
topic-apps = Sovellusten asentaminen
topic-passwords = Salasanat ja tunnusten palautus
topic-scams-security = Huijaukset ja tietoturva
topic-transport-app = Joukkoliikenteen sovellus ja liput
topic-video-messaging = Videopuhelut ja viestisovellukset
topic-wilma = Koulun ja päiväkodin viestit (Wilma)
topic-tax = Verokortti ja OmaVero
topic-documents = Liitteet, skannaus ja tulostus
topic-device-connectivity = Laite, liittymä ja wifi
topic-digital-id = Digitaalinen henkilökortti
topic-finding-info = Oikean tiedon ja palvelun löytäminen
topic-other = Muu asia
