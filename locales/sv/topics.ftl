## Help topics: what a person can get help with. Short labels; they appear next to an icon.

topic-strong-eid = Bankkoder och stark identifiering
topic-suomifi = Suomi.fi (Meddelanden, Fullmakter)
topic-kela = Kela-ärenden och ansökningar
topic-omakanta = OmaKanta: recept och hälsouppgifter
topic-health-eservices = Hälsostationens e-tjänster och tidsbokning
topic-migri = Uppehållstillstånd (Enter Finland)
topic-finnish-authenticator = Identifiering utan finsk personbeteckning
topic-jobmarket = Jobbmarknad och anmälan som arbetssökande
topic-job-applications = CV och jobbansökningar på nätet
topic-banking = Nätbanken och betalning av räkningar
topic-email = E-post
topic-smartphone-basics = Grunderna i att använda en smarttelefon
topic-apps = Installera appar
topic-passwords = Lösenord och att komma in på kontot igen
topic-scams-security = Bedrägerier och säkerhet på nätet
topic-transport-app = Kollektivtrafikens app och biljetter
topic-video-messaging = Videosamtal och meddelandeappar
topic-wilma = Meddelanden från skolan och daghemmet (Wilma)
topic-tax = Skattekort och OmaVero
topic-documents = Bilagor, skanning och utskrift
topic-device-connectivity = Enhet, abonnemang och wifi
topic-digital-id = Digitalt identitetskort
topic-finding-info = Hitta rätt information och tjänst
topic-other = Något annat
