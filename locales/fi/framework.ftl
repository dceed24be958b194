## Skills framework: DigComp 2.2 areas and competences, proficiency, self-assessment, digital-support and working-life skills

## DigComp 2.2 areas (name, one-sentence description)

digcomp-area-1 = Informaatio- ja datalukutaito
digcomp-area-1-about = Tiedon ja tiedostojen etsiminen, arviointi ja tallentaminen.
digcomp-area-2 = Viestintä ja yhteistyö
digcomp-area-2-about = Yhteydenpito, jakaminen ja yhteistyö digitaalisilla välineillä.
digcomp-area-3 = Digitaalisen sisällön luominen
digcomp-area-3-about = Tekstien, kuvien, videoiden ja muun digitaalisen sisällön tekeminen ja muokkaaminen.
digcomp-area-4 = Turvallisuus
digcomp-area-4-about = Laitteiden, henkilötietojen, terveyden ja ympäristön suojaaminen.
digcomp-area-5 = Ongelmanratkaisu
digcomp-area-5-about = Laitteiden ongelmien ratkaiseminen ja sopivan digitaalisen välineen löytäminen.

## The 21 competences: official name, and an "I can" statement in plain words

digcomp-1-1 = Datan, tiedon ja digitaalisen sisällön selaaminen, hakeminen ja suodattaminen
digcomp-1-1-can = Osaan hakea tietoa internetistä ja löytää tarvitsemani tiedon tai palvelun.
digcomp-1-2 = Datan, tiedon ja digitaalisen sisällön arviointi
digcomp-1-2-can = Osaan arvioida, voiko verkkosivuun tai tietoon luottaa.
digcomp-1-3 = Datan, tiedon ja digitaalisen sisällön hallinta
digcomp-1-3-can = Osaan tallentaa tiedostoja ja kuvia, järjestää ne kansioihin ja löytää ne uudelleen.
digcomp-2-1 = Vuorovaikutus digitaalisen teknologian avulla
digcomp-2-1-can = Osaan lähettää viestejä ja sähköposteja ja soittaa videopuheluita.
digcomp-2-2 = Jakaminen digitaalisen teknologian avulla
digcomp-2-2-can = Osaan jakaa tiedoston, kuvan tai linkin toiselle ihmiselle.
digcomp-2-3 = Kansalaisena osallistuminen digitaalisen teknologian avulla
digcomp-2-3-can = Osaan asioida verkossa, esimerkiksi Kelan, Suomi.fi:n ja OmaVeron palveluissa.
digcomp-2-4 = Yhteistyö digitaalisen teknologian avulla
digcomp-2-4-can = Osaan tehdä yhteistyötä verkossa, esimerkiksi yhteisessä asiakirjassa tai ryhmäkeskustelussa.
digcomp-2-5 = Nettietiketti
digcomp-2-5-can = Osaan kirjoittaa ja toimia verkossa kohteliaasti ja muita kunnioittaen.
digcomp-2-6 = Digitaalisen identiteetin hallinta
digcomp-2-6-can = Osaan kirjautua vahvalla tunnistautumisella ja huolehtia omista käyttäjätileistäni.
digcomp-3-1 = Digitaalisen sisällön kehittäminen
digcomp-3-1-can = Osaan tehdä asiakirjan, valokuvan tai lyhyen videon.
digcomp-3-2 = Digitaalisen sisällön yhdistäminen ja muokkaaminen
digcomp-3-2-can = Osaan muokata ja yhdistää sisältöä, esimerkiksi lisätä kuvan asiakirjaan.
digcomp-3-3 = Tekijänoikeudet ja lisenssit
digcomp-3-3-can = Osaan tarkistaa, saanko käyttää verkosta löytämääni kuvaa tai tekstiä.
digcomp-3-4 = Ohjelmointi
digcomp-3-4-can = Osaan antaa laitteelle yksinkertaisia ohjeita vaihe vaiheelta, esimerkiksi helpossa ohjelmointitehtävässä.
digcomp-4-1 = Laitteiden suojaaminen
digcomp-4-1-can = Osaan suojata laitteeni näytön lukituksella ja päivityksillä, ja tunnistan huijausviestit.
digcomp-4-2 = Henkilötietojen ja yksityisyyden suojaaminen
digcomp-4-2-can = Osaan pitää salasanani ja henkilötietoni turvassa ja valita, mitä jaan.
digcomp-4-3 = Terveyden ja hyvinvoinnin suojaaminen
digcomp-4-3-can = Osaan huolehtia terveydestäni laitteita käyttäessäni, esimerkiksi pitämällä taukoja.
digcomp-4-4 = Ympäristön suojeleminen
digcomp-4-4-can = Osaan käyttää laitteita energiaa säästäen, ja tiedän, minne vanhat laitteet viedään kierrätykseen.
digcomp-5-1 = Teknisten ongelmien ratkaiseminen
digcomp-5-1-can = Osaan ratkaista yksinkertaisia ongelmia, esimerkiksi kun nettiyhteys tai sovellus ei toimi.
digcomp-5-2 = Tarpeiden ja teknologisten ratkaisujen tunnistaminen
digcomp-5-2-can = Osaan valita tarpeeseeni sopivan sovelluksen, palvelun tai laitteen.
digcomp-5-3 = Digitaalisen teknologian luova käyttö
digcomp-5-3-can = Osaan käyttää digitaalisia välineitä uusilla tavoilla, jotta arki tai työ helpottuu.
digcomp-5-4 = Digitaalisen osaamisen puutteiden tunnistaminen
digcomp-5-4-can = Osaan tunnistaa, mitä minun pitää vielä oppia, ja osaan auttaa muita oppimaan digitaitoja.

## DigComp proficiency: 4 bands and 8 levels

digcomp-band-foundation = Perustaso
digcomp-band-intermediate = Keskitaso
digcomp-band-advanced = Edistynyt taso
digcomp-band-highly-specialised = Erittäin erikoistunut taso
digcomp-level-1 = Osaan ohjattuna
digcomp-level-2 = Osaan itse, tarvittaessa ohjattuna
digcomp-level-3 = Osaan itse
digcomp-level-4 = Osaan itsenäisesti omien tarpeideni mukaan
digcomp-level-5 = Osaan myös opastaa muita
digcomp-level-6 = Osaan soveltaa osaamistani muiden tarpeisiin vaativissa tilanteissa
digcomp-level-7 = Osaan luoda ratkaisuja monimutkaisiin ongelmiin
digcomp-level-8 = Osaan esittää alalle uusia ideoita

## The five steps of the self-assessment

self-step-0 = En osaa vielä
self-step-1 = Osaan avun kanssa
self-step-2 = Osaan itse
self-step-3 = Osaan varmasti
self-step-4 = Osaan opastaa muita

## Digital-support skills (after the national Digitukija badge): name and "I can" statement

support-guiding = Ihmisen opastaminen tekemään itse
support-guiding-can = Annan ihmisen tehdä itse hänen omalla laitteellaan, ja opastan häntä vaihe vaiheelta.
support-ethics = Eettiset periaatteet ja rajat
support-ethics-can = En koskaan pyydä tai kirjoita toisen tunnuksia tai salasanoja, en asioi toisen puolesta, ja tiedän, milloin on aika lopettaa.
support-referral = Eteenpäin ohjaaminen
support-referral-can = Tiedän, mikä palvelu voi auttaa seuraavaksi, esimerkiksi Kela, kaupungin digituki, kirjasto, työllisyyspalvelut tai sosiaalityöntekijä.

## Working-life skills (observed by a coordinator): name and what is observed

work-reliability = Luotettavuus ja täsmällisyys
work-reliability-about = Tulee vuoroihin ajoissa ja kertoo hyvissä ajoin, jos ei pääse paikalle.
work-customer-service = Asiakaspalvelu
work-customer-service-about = Kohtaa ihmiset ystävällisesti, kuuntelee ja auttaa rauhallisesti ja kärsivällisesti.
work-communication = Viestintä, selkeä kieli ja eri kielillä toimiminen
work-communication-about = Selittää asiat selkeästi, varmistaa, että ihminen ymmärsi, ja löytää keinoja auttaa yli kielirajojen.
work-teamwork = Tiimityö
work-teamwork-about = Toimii hyvin yhdessä muiden vapaaehtoisten ja henkilökunnan kanssa ja jakaa tehtäviä ja tietoa.
work-problem-solving = Ongelmanratkaisu
work-problem-solving-about = Etsii rauhallisesti ratkaisua, kun jokin menee vikaan, ja pyytää tarvittaessa apua.
work-confidentiality = Vaitiolo ja tietosuoja
work-confidentiality-about = Pitää ihmisten asiat omana tietonaan ja käsittelee henkilötietoja huolellisesti.
work-cultural-sensitivity = Kulttuurisensitiivisyys
work-cultural-sensitivity-about = Kohtelee kaikkia taustasta riippumatta kunnioittavasti ja ottaa huomioon heidän tarpeensa.
work-own-learning = Oma oppiminen ja oman osaamisen tunnistaminen
work-own-learning-about = Oppii uutta, pyytää palautetta ja osaa kertoa omasta osaamisestaan.

## The observed 4-step scale

observed-step-1 = Tuettuna
observed-step-2 = Itsenäisesti
observed-step-3 = Luotettavasti ajan mittaan
observed-step-4 = Opastaa muita
