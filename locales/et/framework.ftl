## Skills framework: DigComp 2.2 areas and competences, proficiency, self-assessment, digital-support and working-life skills

## DigComp 2.2 areas (name, one-sentence description)

digcomp-area-1 = Info- ja andmekirjaoskus
digcomp-area-1-about = Info ja failide otsimine, hindamine ja hoidmine.
digcomp-area-2 = Suhtlus ja koostöö
digcomp-area-2-about = Suhtlemine, jagamine ja koostöö teistega digivahendite abil.
digcomp-area-3 = Digitaalse sisu loomine
digcomp-area-3-about = Tekstide, piltide, videote ja muu digitaalse sisu loomine ja muutmine.
digcomp-area-4 = Turvalisus
digcomp-area-4-about = Seadmete, isikuandmete, tervise ja keskkonna kaitsmine.
digcomp-area-5 = Probleemilahendus
digcomp-area-5-about = Seadmete probleemide lahendamine ja vajadusele sobiva digivahendi leidmine.

## The 21 competences: official name, and an "I can" statement in plain words

digcomp-1-1 = Andmete, info ja digitaalse sisu sirvimine, otsimine ja filtreerimine
digcomp-1-1-can = Oskan internetist otsida ja leida vajaliku info või teenuse.
digcomp-1-2 = Andmete, info ja digitaalse sisu hindamine
digcomp-1-2-can = Oskan kontrollida, kas veebilehte või infot saab usaldada.
digcomp-1-3 = Andmete, info ja digitaalse sisu haldamine
digcomp-1-3-can = Oskan faile ja fotosid salvestada, kaustadesse korrastada ja uuesti üles leida.
digcomp-2-1 = Suhtlemine digitehnoloogia abil
digcomp-2-1-can = Oskan saata sõnumeid ja e-kirju ning teha videokõnesid.
digcomp-2-2 = Jagamine digitehnoloogia abil
digcomp-2-2-can = Oskan jagada faili, fotot või linki teise inimesega.
digcomp-2-3 = Kodanikuna osalemine digitehnoloogia abil
digcomp-2-3-can = Oskan kasutada e-teenuseid, näiteks Kela, Suomi.fi ja OmaVero teenuseid.
digcomp-2-4 = Koostöö digitehnoloogia abil
digcomp-2-4-can = Oskan teistega veebis koostööd teha, näiteks ühises dokumendis või grupivestluses.
digcomp-2-5 = Netikett
digcomp-2-5-can = Oskan veebis viisakalt ja lugupidavalt kirjutada ja käituda.
digcomp-2-6 = Digitaalse identiteedi haldamine
digcomp-2-6-can = Oskan sisse logida tugeva isikutuvastusega ja oma kontode eest hoolt kanda.
digcomp-3-1 = Digitaalse sisu arendamine
digcomp-3-1-can = Oskan teha dokumendi, foto või lühikese video.
digcomp-3-2 = Digitaalse sisu lõimimine ja ümbertöötamine
digcomp-3-2-can = Oskan sisu muuta ja kombineerida, näiteks lisada pildi dokumenti.
digcomp-3-3 = Autoriõigus ja litsentsid
digcomp-3-3-can = Oskan kontrollida, kas ma tohin kasutada internetist leitud pilti või teksti.
digcomp-3-4 = Programmeerimine
digcomp-3-4-can = Oskan anda seadmele lihtsaid juhiseid samm-sammult, näiteks lihtsas programmeerimisülesandes.
digcomp-4-1 = Digiseadmete kaitse
digcomp-4-1-can = Oskan kaitsta oma seadet ekraaniluku ja uuendustega ning tunnen ära petusõnumid.
digcomp-4-2 = Isikuandmete ja privaatsuse kaitse
digcomp-4-2-can = Oskan hoida oma paroole ja isikuandmeid turvaliselt ning valida, mida ma jagan.
digcomp-4-3 = Tervise ja heaolu kaitse
digcomp-4-3-can = Oskan seadmeid kasutades oma tervise eest hoolitseda, näiteks pause tehes.
digcomp-4-4 = Keskkonna kaitse
digcomp-4-4-can = Oskan seadmeid energiat säästes kasutada ja tean, kuhu vanad seadmed ringlusse viia.
digcomp-5-1 = Tehniliste probleemide lahendamine
digcomp-5-1-can = Oskan lahendada lihtsaid probleeme, näiteks kui internetiühendus või rakendus ei tööta.
digcomp-5-2 = Vajaduste ja tehnoloogiliste lahenduste väljaselgitamine
digcomp-5-2-can = Oskan valida oma vajadusele sobiva rakenduse, teenuse või seadme.
digcomp-5-3 = Digitehnoloogia loov kasutamine
digcomp-5-3-can = Oskan kasutada digivahendeid uutel viisidel, et igapäevaelu või töö oleks lihtsam.
digcomp-5-4 = Digipädevuse lünkade väljaselgitamine
digcomp-5-4-can = Oskan näha, mida mul on veel vaja õppida, ja oskan aidata teistel digioskusi õppida.

## DigComp proficiency: 4 bands and 8 levels

digcomp-band-foundation = Algtase
digcomp-band-intermediate = Kesktase
digcomp-band-advanced = Kõrgtase
digcomp-band-highly-specialised = Kõrgelt spetsialiseerunud tase
digcomp-level-1 = Juhendamisel
digcomp-level-2 = Ise, vajadusel juhendamisel
digcomp-level-3 = Ise
digcomp-level-4 = Iseseisvalt, oma vajaduste järgi
digcomp-level-5 = Juhendan ka teisi
digcomp-level-6 = Kohandun teistega keerulistes olukordades
digcomp-level-7 = Loon lahendusi keerulistele probleemidele
digcomp-level-8 = Pakun valdkonnas uusi ideid

## The five steps of the self-assessment

self-step-0 = Ma ei oska veel
self-step-1 = Abiga
self-step-2 = Ise
self-step-3 = Enesekindlalt
self-step-4 = Oskan teisi juhendada

## Digital-support skills (after the national Digitukija badge): name and "I can" statement

support-guiding = Inimese juhendamine, et ta teeks ise
support-guiding-can = Lasen inimesel teha seda tema enda seadmes ja juhendan teda samm-sammult.
support-ethics = Eetika ja piirid
support-ethics-can = Ma ei küsi ega sisesta kunagi teise inimese koode ega paroole, ma ei aja asju tema eest ja tean, millal on aeg lõpetada.
support-referral = Teadmine, kuhu suunata
support-referral-can = Tean, milline teenus saab edasi aidata, näiteks Kela, linna digitugi, raamatukogu, tööhõiveteenused või sotsiaaltöötaja.

## Working-life skills (observed by a coordinator): name and what is observed

work-reliability = Usaldusväärsus ja täpsus
work-reliability-about = Tuleb vahetustesse õigel ajal ja annab varakult teada, kui ei saa tulla.
work-customer-service = Klienditeenindus
work-customer-service-about = Kohtleb inimesi sõbralikult, kuulab ja aitab rahulikult ja kannatlikult.
work-communication = Suhtlus lihtsas keeles ja üle keelepiiride
work-communication-about = Selgitab asju lihtsate sõnadega, kontrollib, et inimene sai aru, ja leiab viise aidata üle keelepiiride.
work-teamwork = Meeskonnatöö
work-teamwork-about = Teeb hästi koostööd teiste vabatahtlike ja töötajatega ning jagab ülesandeid ja infot.
work-problem-solving = Probleemilahendus
work-problem-solving-about = Otsib rahulikult lahendust, kui midagi läheb valesti, ja küsib vajadusel abi.
work-confidentiality = Konfidentsiaalsus ja andmekaitse
work-confidentiality-about = Hoiab inimeste asjad enda teada ja käsitleb isikuandmeid hoolikalt.
work-cultural-sensitivity = Kultuuritundlikkus
work-cultural-sensitivity-about = Kohtleb eri taustaga inimesi lugupidavalt ja arvestab nende vajadustega.
work-own-learning = Enda õppimine ja oma oskuste märkamine
work-own-learning-about = Õpib uusi asju, küsib tagasisidet ja oskab oma oskusi kirjeldada.

## The observed 4-step scale

observed-step-1 = Toetusega
observed-step-2 = Iseseisvalt
observed-step-3 = Usaldusväärselt pikema aja jooksul
observed-step-4 = Juhendab teisi
