## Navigation and the volunteer's dashboard

nav-training = Tababarrada
nav-profile = Aqoontayda iyo luqadahayga
dashboard-skills-title = Noo sheeg waxa aad taqaanno
dashboard-skills-missing = Fadlan noo sheeg luqadaha aad ku caawin karto iyo arrimaha aad ka caawin karto. Markaas qofka saxda ah ayaa caawimaad kaa heli kara.

## Language levels

level-native = Luqadda hooyo
level-fluent = Si fiican
level-basic = Heer aasaasi ah

## The volunteer's own page: languages, topics, training, badges

profile-title = Aqoontayda iyo luqadahayga
profile-intro = Noo sheeg luqadaha aad ku caawin karto iyo arrimaha aad ka caawin karto. Xogta waad beddeli kartaa wakhti kasta.
profile-skills-title = Luqadaha iyo arrimaha
profile-languages-legend = Luqadaha aad ku caawin karto
profile-languages-hint = Luqad kasta oo aad ku hadasho, dooro heerkeeda. Dooro ugu yaraan hal luqad.
profile-level-none = Kuma hadlo
profile-topics-legend = Arrimaha
profile-topics-hint = Dooro arrimaha aad ka caawin karto. Sidoo kale waxaad dooran kartaa arrimo aad rabto inaad barato.
profile-topic-none = Hadda maya
profile-topic-confident = Arrintan waan ka caawin karaa
profile-topic-learning = Arrintan waan rabaa inaan barto
profile-languages-more = Luqado dheeraad ah
profile-group-chosen = la doortay: { $count }
profile-group-identity = Xaqiijinta aqoonsiga iyo hay'adaha dowladda
profile-group-health = Caafimaadka
profile-group-work = Shaqada
profile-group-money = Bangiga iyo ammaanka internetka
profile-group-devices = Taleefanka, barnaamijyada iyo qalabka
profile-group-everyday = Fariimaha iyo nolosha maalinlaha ah
profile-save = Kaydi luqadaha iyo arrimaha
profile-error-no-language = Dooro ugu yaraan hal luqad iyo heerkeeda.
profile-training-title = Tababarradayda
profile-training-help = Marka aad tababar dhammaysato, isku-duwahaaga ayaa halkan ku calaamadeeya.

## External badges and courses

credentials-title = Calaamadaha aqoonta iyo koorsooyinka
credentials-help = Ku dar calaamadaha aqoonta iyo koorsooyinka aad meel kale ku dhammaysatay. Isku-duwahaaga ayaa arki kara.
credentials-empty = Weli ma aadan darin calaamado ama koorsooyin.
credentials-issued = { $issuer }, { $date }
credentials-link = Fur linkiga
credentials-delete = Tirtir
credentials-add-title = Ku dar calaamad ama koorso
credentials-add = Ku dar
field-credential-name = Magaca calaamadda ama koorsada
field-credential-issuer = Cidda bixisay
field-credential-date = Taariikhda
field-credential-link = Link (khasab ma aha)
form-hint-credential-name = Qor magaca sida uu ugu qoran yahay shahaadada.
form-hint-credential-issuer = Tusaale ahaan urur ama dugsi.
form-hint-credential-link = Ciwaanku wuxuu ku bilaabmaa https://

## Training modules

training-title = Tababarrada
training-intro = Tabarrucayaashu waxay qaataan tababarradan. Tabarruce wuu bilaabi karaa marka uu dhammaystiro dhammaan tababarrada khasabka ah.
training-modules-title = Tababarrada ururkaaga
training-column-module = Tababar
training-column-required = Ma khasab baa?
training-column-done = La dhammeeyay
training-required = Khasab
training-optional = Ikhtiyaari
training-not-yet = Weli maya
training-empty = Weli tababarro ma jiraan.
training-make-optional = Ka dhig ikhtiyaari
training-make-required = Ka dhig khasab
training-add-title = Ku dar tababar
training-add = Ku dar tababar
field-training-title = Magaca tababarka
field-training-required = Tababar khasab ah
form-hint-max-length = Ugu badnaan { $count } xaraf.
training-seed-role = Doorka saaxiibka dijitaalka ah
training-seed-ethics = Anshaxa caawimaadda dijitaalka: furayaasha sirta ah iyo koodhadhka bangiga lama qaato, arrimaha qofka looma qabto, goorta qofka meel kale loo diro
training-seed-data-protection = Ilaalinta xogta iyo sir-haynta
training-seed-security = Ammaanka internetka iyo khiyaanada

## One volunteer (coordinator)

volunteer-title = Xogta tabarrucaha
volunteer-back = Ku noqo tabarrucayaasha
volunteer-status-title = Xaaladda
volunteer-status-new = Xaaladda cusub
volunteer-status-hint = Tabarrucaha waxaa laga dhigi karaa firfircoon oo keliya marka uu dhammaystiro dhammaan tababarrada khasabka ah.
volunteer-status-save = Beddel xaaladda
volunteer-status-error-training = Xaaladda weli looma beddeli karo firfircoon. Tababarradan khasabka ah ayaa maqan:
volunteer-history-title = Isbeddellada xaaladda
volunteer-history-when = Goorma
volunteer-history-from = Kahor
volunteer-history-to = Kadib
volunteer-history-by = Cidda beddeshay
volunteer-history-empty = Xaaladda weli lama beddelin.
volunteer-languages-title = Luqadaha
volunteer-languages-empty = Tabarrucuhu weli ma dooran luqado.
volunteer-topics-title = Arrimaha
volunteer-topics-confident = Wuu ka caawin karaa
volunteer-topics-learning = Wuxuu rabaa inuu barto
volunteer-topics-empty = Arrimo ma jiraan.
volunteer-training-title = Tababarrada
volunteer-training-date = Taariikhda la dhammeeyay
volunteer-training-record = Calaamadee in la dhammeeyay
volunteer-credentials-empty = Calaamado ama koorsooyin ma jiraan.

## Errors next to fields

form-error-date = Hubi taariikhda.
form-error-future-date = Taariikhdu ma noqon karto maalin aan weli iman.
form-error-link = Hubi linkiga. Waa inuu ku bilaabmaa https:// ama http://.

## Messages after an action

flash-skills-saved = Luqadahaaga iyo arrimahaaga waa la kaydiyay.
flash-credential-added = Calaamadda ama koorsada waa la daray.
flash-credential-deleted = Calaamadda ama koorsada waa la tirtiray.
flash-training-module-added = Tababarka waa la daray.
flash-training-module-saved = Tababarka waa la beddelay.
flash-training-recorded = Tababarka waxaa lagu calaamadeeyay in la dhammeeyay.
flash-status-changed = Xaaladda waa la beddelay.
flash-status-unchanged = Xaaladdu horay ayay sidan ahayd. Waxba lama beddelin.

## Event log

audit-volunteer-viewed = Eegay xogta tabarruce
audit-volunteer-status-changed = Beddelay xaaladda tabarruce
audit-training-recorded = Calaamadeeyay in tababar la dhammeeyay
audit-training-module-added = Ku daray tababar
audit-training-module-changed = Beddelay tababar
audit-subject-training-module = Tababar { $id }
