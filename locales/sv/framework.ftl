## Skills framework: DigComp 2.2 areas and competences, proficiency, self-assessment, digital-support and working-life skills

## DigComp 2.2 areas (name, one-sentence description)

digcomp-area-1 = Informations- och datakunskap
digcomp-area-1-about = Att hitta, bedöma och spara information och filer.
digcomp-area-2 = Kommunikation och samarbete
digcomp-area-2-about = Att hålla kontakt, dela och samarbeta med andra med digitala verktyg.
digcomp-area-3 = Skapa digitalt innehåll
digcomp-area-3-about = Att göra och redigera texter, bilder, videor och annat digitalt innehåll.
digcomp-area-4 = Säkerhet
digcomp-area-4-about = Att skydda enheter, personuppgifter, hälsan och miljön.
digcomp-area-5 = Problemlösning
digcomp-area-5-about = Att lösa problem med enheter och hitta rätt digitalt verktyg för ett behov.

## The 21 competences: official name, and an "I can" statement in plain words

digcomp-1-1 = Söka, filtrera och bläddra i data, information och digitalt innehåll
digcomp-1-1-can = Jag kan söka på internet och hitta den information eller tjänst som jag behöver.
digcomp-1-2 = Utvärdera data, information och digitalt innehåll
digcomp-1-2-can = Jag kan kontrollera om en webbplats eller en uppgift går att lita på.
digcomp-1-3 = Hantera data, information och digitalt innehåll
digcomp-1-3-can = Jag kan spara filer och foton, ordna dem i mappar och hitta dem igen.
digcomp-2-1 = Interagera genom digitala teknologier
digcomp-2-1-can = Jag kan skicka meddelanden och e-post och ringa videosamtal.
digcomp-2-2 = Dela genom digitala teknologier
digcomp-2-2-can = Jag kan dela en fil, ett foto eller en länk med en annan person.
digcomp-2-3 = Engagera medborgarskap genom digitala teknologier
digcomp-2-3-can = Jag kan använda e-tjänster, till exempel Kela, Suomi.fi och OmaVero.
digcomp-2-4 = Samarbeta genom digitala teknologier
digcomp-2-4-can = Jag kan samarbeta med andra på nätet, till exempel i ett delat dokument eller en gruppchatt.
digcomp-2-5 = Nätetikett
digcomp-2-5-can = Jag kan skriva och uppträda artigt och respektfullt på nätet.
digcomp-2-6 = Hantera digital identitet
digcomp-2-6-can = Jag kan logga in med stark identifiering och ta hand om mina egna konton.
digcomp-3-1 = Utveckla digitalt innehåll
digcomp-3-1-can = Jag kan göra ett dokument, ett foto eller en kort video.
digcomp-3-2 = Integrera och omformulera digitalt innehåll
digcomp-3-2-can = Jag kan redigera och kombinera innehåll, till exempel lägga till en bild i ett dokument.
digcomp-3-3 = Upphovsrätt och licenser
digcomp-3-3-can = Jag kan kontrollera om jag får använda en bild eller en text som jag har hittat på nätet.
digcomp-3-4 = Programmering
digcomp-3-4-can = Jag kan ge en enhet enkla instruktioner steg för steg, till exempel i en enkel programmeringsövning.
digcomp-4-1 = Skydda enheter
digcomp-4-1-can = Jag kan skydda min enhet med skärmlås och uppdateringar, och jag känner igen bedrägliga meddelanden.
digcomp-4-2 = Skydda personuppgifter och privatliv
digcomp-4-2-can = Jag kan hålla mina lösenord och personuppgifter säkra och välja vad jag delar.
digcomp-4-3 = Skydda hälsa och välbefinnande
digcomp-4-3-can = Jag kan ta hand om min hälsa när jag använder enheter, till exempel genom att ta pauser.
digcomp-4-4 = Skydda miljön
digcomp-4-4-can = Jag kan använda enheter på ett energisnålt sätt, och jag vet var gamla enheter ska lämnas till återvinning.
digcomp-5-1 = Lösa tekniska problem
digcomp-5-1-can = Jag kan lösa enkla problem, till exempel när internetanslutningen eller en app inte fungerar.
digcomp-5-2 = Identifiera behov och teknologiska svar
digcomp-5-2-can = Jag kan välja en app, en tjänst eller en enhet som passar det jag behöver.
digcomp-5-3 = Kreativt använda digital teknik
digcomp-5-3-can = Jag kan använda digitala verktyg på nya sätt för att göra vardagen eller arbetet lättare.
digcomp-5-4 = Identifiera digitala kompetensluckor
digcomp-5-4-can = Jag kan se vad jag ännu behöver lära mig, och jag kan hjälpa andra att lära sig digitala färdigheter.

## DigComp proficiency: 4 bands and 8 levels

digcomp-band-foundation = Grundläggande nivå
digcomp-band-intermediate = Mellannivå
digcomp-band-advanced = Avancerad nivå
digcomp-band-highly-specialised = Högt specialiserad nivå
digcomp-level-1 = Med vägledning
digcomp-level-2 = På egen hand, med vägledning vid behov
digcomp-level-3 = På egen hand
digcomp-level-4 = Självständigt, efter mina egna behov
digcomp-level-5 = Vägleder även andra
digcomp-level-6 = Anpassar mig till andra i komplexa situationer
digcomp-level-7 = Skapar lösningar på komplexa problem
digcomp-level-8 = Föreslår nya idéer inom området

## The five steps of the self-assessment

self-step-0 = Jag kan inte ännu
self-step-1 = Med hjälp
self-step-2 = På egen hand
self-step-3 = Med säkerhet
self-step-4 = Jag kan vägleda andra

## Digital-support skills (after the national Digitukija badge): name and "I can" statement

support-guiding = Att vägleda en person att göra det själv
support-guiding-can = Jag låter personen göra det på sin egen enhet, och jag vägleder steg för steg.
support-ethics = Etik och gränser
support-ethics-can = Jag ber aldrig om och skriver aldrig in någon annans koder eller lösenord, jag sköter inga ärenden åt någon annan, och jag vet när jag ska sluta.
support-referral = Att veta vart man ska hänvisa
support-referral-can = Jag vet vilken tjänst som kan hjälpa härnäst, till exempel Kela, stadens digitala stöd, biblioteket, sysselsättningstjänsterna eller en socialarbetare.

## Working-life skills (observed by a coordinator): name and what is observed

work-reliability = Pålitlighet och punktlighet
work-reliability-about = Kommer i tid till sina pass och meddelar i god tid när hen inte kan komma.
work-customer-service = Kundservice
work-customer-service-about = Möter människor vänligt, lyssnar och hjälper dem lugnt och tålmodigt.
work-communication = Kommunikation på klarspråk och över språkgränser
work-communication-about = Förklarar saker med enkla ord, kontrollerar att personen har förstått och hittar sätt att hjälpa över språkgränser.
work-teamwork = Teamarbete
work-teamwork-about = Samarbetar bra med andra frivilliga och med personalen och delar uppgifter och information.
work-problem-solving = Problemlösning
work-problem-solving-about = Söker lugnt efter en lösning när något går fel och ber om hjälp vid behov.
work-confidentiality = Tystnadsplikt och dataskydd
work-confidentiality-about = Håller människors ärenden för sig själv och hanterar personuppgifter omsorgsfullt.
work-cultural-sensitivity = Kulturell lyhördhet
work-cultural-sensitivity-about = Bemöter människor med olika bakgrund med respekt och anpassar sig efter deras behov.
work-own-learning = Eget lärande och att känna igen sin kompetens
work-own-learning-about = Lär sig nya saker, ber om respons och kan beskriva sin egen kompetens.

## The observed 4-step scale

observed-step-1 = Med stöd
observed-step-2 = Självständigt
observed-step-3 = Pålitligt över tid
observed-step-4 = Vägleder andra
