## Navigation and the volunteer's dashboard

nav-training = Utbildningar
nav-profile = Mina kunskaper och språk
dashboard-skills-title = Berätta vad du kan
dashboard-skills-missing = Berätta på vilka språk du kan hjälpa och med vad. Då kan rätt person få hjälp just av dig.

## Language levels

level-native = Modersmål
level-fluent = Flytande
level-basic = Grundnivå

## The volunteer's own page: languages, topics, training, badges

profile-title = Mina kunskaper och språk
profile-intro = Berätta på vilka språk du kan hjälpa och med vad. Du kan ändra uppgifterna när som helst.
profile-skills-title = Språk och ämnen
profile-languages-legend = Språk som du kan hjälpa på
profile-languages-hint = Välj en nivå för varje språk som du talar. Välj minst ett språk.
profile-level-none = Jag talar inte språket
profile-topics-legend = Ämnen
profile-topics-hint = Välj vad du kan hjälpa med. Du kan också välja saker som du vill lära dig.
profile-topic-none = Inte nu
profile-topic-confident = Jag kan hjälpa med det här
profile-topic-learning = Jag vill lära mig det här
profile-languages-more = Fler språk
profile-group-chosen = valda: { $count }
profile-group-identity = Identifiering och myndigheter
profile-group-health = Hälsa
profile-group-work = Arbete
profile-group-money = Bankärenden och säkerhet på nätet
profile-group-devices = Telefon, appar och enheter
profile-group-everyday = Meddelanden och vardag
profile-save = Spara språk och ämnen
profile-error-no-language = Välj minst ett språk och dess nivå.
profile-training-title = Mina utbildningar
profile-training-help = Koordinatorn markerar en utbildning här när du har gått den.

## External badges and courses

credentials-title = Kompetensmärken och kurser
credentials-help = Lägg till kompetensmärken och kurser som du har gått någon annanstans. Koordinatorn ser dem.
credentials-empty = Du har inte lagt till några kompetensmärken eller kurser ännu.
credentials-issued = { $issuer }, { $date }
credentials-link = Öppna länken
credentials-delete = Ta bort
credentials-add-title = Lägg till ett kompetensmärke eller en kurs
credentials-add = Lägg till
field-credential-name = Namnet på kompetensmärket eller kursen
field-credential-issuer = Utfärdare
field-credential-date = Datum
field-credential-link = Länk (inte obligatorisk)
form-hint-credential-name = Skriv namnet så som det står på intyget.
form-hint-credential-issuer = Till exempel en organisation eller en skola.
form-hint-credential-link = Adressen börjar med https://

## Training modules

training-title = Utbildningar
training-intro = De frivilliga går de här utbildningarna. En frivillig kan börja när alla obligatoriska utbildningar är klara.
training-modules-title = Din organisations utbildningar
training-column-module = Utbildning
training-column-required = Obligatorisk?
training-column-done = Klar
training-required = Obligatorisk
training-optional = Valfri
training-not-yet = Inte ännu
training-empty = Det finns inga utbildningar ännu.
training-make-optional = Gör valfri
training-make-required = Gör obligatorisk
training-add-title = Lägg till en utbildning
training-add = Lägg till utbildningen
field-training-title = Utbildningens namn
field-training-required = Obligatorisk utbildning
form-hint-max-length = Högst { $count } tecken.
training-seed-role = Digikompisens roll
training-seed-ethics = Etiska regler för digitalt stöd: inga koder eller lösenord, inga ärenden åt någon annan, när man hänvisar vidare
training-seed-data-protection = Dataskydd och tystnadsplikt
training-seed-security = Informationssäkerhet och bedrägerier

## One volunteer (coordinator)

volunteer-title = Den frivilligas uppgifter
volunteer-back = Tillbaka till de frivilliga
volunteer-status-title = Status
volunteer-status-new = Ny status
volunteer-status-hint = Statusen kan bli aktiv först när alla obligatoriska utbildningar är klara.
volunteer-status-save = Ändra status
volunteer-status-error-training = Statusen kan inte bli aktiv ännu. De här obligatoriska utbildningarna saknas:
volunteer-history-title = Ändringar av status
volunteer-history-when = Tid
volunteer-history-from = Före
volunteer-history-to = Efter
volunteer-history-by = Ändrad av
volunteer-history-empty = Statusen har inte ändrats ännu.
volunteer-languages-title = Språk
volunteer-languages-empty = Den frivilliga har inte valt några språk ännu.
volunteer-topics-title = Ämnen
volunteer-topics-confident = Kan hjälpa med
volunteer-topics-learning = Vill lära sig
volunteer-topics-empty = Inga ämnen.
volunteer-training-title = Utbildningar
volunteer-training-date = Datum när den blev klar
volunteer-training-record = Markera som klar
volunteer-credentials-empty = Inga kompetensmärken eller kurser.

## Errors next to fields

form-error-date = Kontrollera datumet.
form-error-future-date = Datumet kan inte vara i framtiden.
form-error-link = Kontrollera länken. Den ska börja med https:// eller http://.

## Messages after an action

flash-skills-saved = Språken och ämnena är sparade.
flash-credential-added = Kompetensmärket eller kursen är tillagd.
flash-credential-deleted = Kompetensmärket eller kursen är borttagen.
flash-training-module-added = Utbildningen är tillagd.
flash-training-module-saved = Utbildningen är ändrad.
flash-training-recorded = Utbildningen är markerad som klar.
flash-status-changed = Statusen är ändrad.
flash-status-unchanged = Statusen var redan den här. Inget ändrades.

## Event log

audit-volunteer-viewed = Tittade på en frivilligs uppgifter
audit-volunteer-status-changed = Ändrade en frivilligs status
audit-training-recorded = Markerade en utbildning som klar
audit-training-module-added = Lade till en utbildning
audit-training-module-changed = Ändrade en utbildning
audit-subject-training-module = Utbildning { $id }
