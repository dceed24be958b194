## Help topics: what a person can get help with. Short labels; they appear next to an icon.

topic-strong-eid = Koodhadhka bangiga iyo xaqiijinta aqoonsiga
topic-suomifi = Suomi.fi (Fariimaha, Oggolaanshaha)
topic-kela = Kela: kaalmada iyo codsiyada
topic-omakanta = OmaKanta: warqadaha daawada iyo xogta caafimaadka
topic-health-eservices = Adeegyada internetka ee xarunta caafimaadka iyo qabsashada ballanta
topic-migri = Ruqsadda deganaanshaha (Enter Finland)
topic-finnish-authenticator = Xaqiijinta aqoonsiga adigoon haysan lambarka shakhsiga ee Finland
topic-jobmarket = Työmarkkinatori iyo is-diiwaangelinta qof shaqo raadinaya
topic-job-applications = CV iyo codsiyada shaqada ee internetka
topic-banking = Bangiga internetka iyo bixinta biilasha
topic-email = Iimayl
topic-smartphone-basics = Aasaaska taleefanka casriga ah
topic-apps = Rakibidda barnaamijyada
topic-passwords = Furayaasha sirta ah iyo dib u helidda koontada
topic-scams-security = Khiyaanada iyo ammaanka internetka
topic-transport-app = Barnaamijka gaadiidka dadweynaha iyo tigidhada
topic-video-messaging = Wicitaannada fiidiyowga iyo barnaamijyada fariimaha
topic-wilma = Fariimaha dugsiga iyo xannaanada carruurta (Wilma)
topic-tax = Kaarka canshuurta iyo OmaVero
topic-documents = Lifaaqyada, iskaanka iyo daabacaadda
topic-device-connectivity = Qalabka, khadka taleefanka iyo wifi-ga
topic-digital-id = Kaarka aqoonsiga dijitaalka ah
topic-finding-info = Helidda macluumaadka iyo adeegga saxda ah
topic-other = Arrin kale
