## Sites run by the coordinators

nav-sites = Goobaha
sites-title = Goobaha
site-add = Ku dar goob
site-new-title = Goob cusub
site-edit-title = Xogta goobta
site-create = Ku dar goobta
site-edit = Beddel
site-close = Xir goobta
site-reopen = Mar kale fur goobta
site-closed = Goobtan waa xiran tahay.
site-queue-paused = Qaadashada lambarada safka waa la hakiyay.
sites-back = Ku noqo goobaha
sites-empty-title = Weli goobo ma jiraan
sites-empty-help = Marka hore ku dar goob ay saaxiibada dijitaalka ah wax ka caawiyaan. Kadib waxaad halkaas ku samayn kartaa wareegyo shaqo, waxaadna daabici kartaa ogeysiiska goobta.
field-site-name = Magaca goobta
field-site-kind = Nooca goobta
field-site-address = Ciwaanka
field-site-code = Kood gaaban
form-hint-site-code = 3–10 xaraf A–Z ama tiro. Waa inuu ku bilaabmaa xaraf. Koodku wuxuu ku qoran yahay ogeysiiska iyo lambarada safka. Haddii aad koodka beddesho, ciwaanka hore ee ogeysiisku wuu shaqaynayaa lix bilood oo kale.
field-site-opening = Saacadaha furitaanka iyo sida caawimaadda loo helo
form-hint-site-opening = Dadka caawimaadda raadinaya ayaa arka tan. Ku qor luqaddaada. Sidoo kale waad ku qori kartaa luqado kale.
field-site-access = Sahlanaanta gelitaanka
form-hint-site-access = Tusaale ahaan jaranjaro, wiish ama albaab aan jaranjaro lahayn.
field-site-tables = Miisaska
form-hint-site-tables = Hal miis ama meel sadar kasta, tusaale ahaan 1 iyo 2. Saaxiibka dijitaalka ah ayaa miis dooranaya marka uu yimaado wareeggiisa shaqada.
site-error-code = Koodku wuxuu leeyahay 3–10 xaraf A–Z ama tiro, wuxuuna ku bilaabmaa xaraf.
site-error-code-taken = Koodkan horay ayaa loo isticmaalay. Dooro mid kale.
site-error-tables = Hubi miisaska: ugu badnaan 30, mid kasta magac gaar ah, ugu badnaan 30 xaraf.
flash-site-created = Goobta waa lagu daray.
flash-site-saved = Xogta goobta waa la kaydiyay.
flash-site-closed = Goobta waa la xiray.
flash-site-reopened = Goobta mar kale waa furan tahay.
site-close-title = Ma xiraysaa goobta?
site-close-help = Goob xiran qofna kama qaadan karo lambar safka, dadka caawimaadda raadinayana ma arkaan. Wareegyadeeda shaqada iyo taariikhdeedu way harayaan. Mar kale waad furi kartaa goobta.
site-close-confirm = Haa, xir goobta
form-keep = Maya, dib u noqo
form-other-languages = Luqado kale
audit-site-created = Ku daray goob
audit-site-changed = Beddelay xogta goob
audit-site-closed = Xiray goob
audit-site-reopened = Mar kale furay goob
audit-subject-site = Goob { $id }

## The first steps of a new organisation

steps-title = Sida loo bilaabo
steps-site = Ku dar goobtaada koowaad
steps-series = Samee wareeg shaqo oo toddobaad kasta ah
steps-join-link = La wadaag tabarrucayaasha linkiga ku biirista
steps-poster = Daabac ogeysiiska goobta
steps-done = Waa la sameeyay
shift-no-sites = Wareeg shaqo had iyo jeer wuxuu ka dhacaa goob. Marka hore ku dar goob.

## The day at the site

nav-today = Maanta
today-title = Maanta
today-open = Lambar safka waa la qaadan karaa
today-not-open = Hadda ma furna
today-waiting = { $count ->
    [one] 1 ayaa sugaya
   *[other] { $count } ayaa sugaya
}
today-empty-title = Maanta wareegyo shaqo ma jiraan
today-empty-help = Marka goob maanta leedahay wareeg shaqo, halkan waxaad ku arkaysaa cidda joogta iyo imisa qof oo sugaya.
nav-queue = Safka
field-table = Miiska
table-none = Miis ma jiro
duty-at-table = Miiska { $table }
duty-seat = Beddel miiska
flash-duty-seated = Miiska waa la beddelay.
flash-duty-not-on-duty = Saaxiibkan dijitaalka ah hadda halkan ma joogo.
duty-undo-title = Weli dib baad u celin kartaa
duty-undo-unserved = Dib u celi: lama caawin karin ({ $code })
flash-duty-undone = Dib ayaa loo celiyay. Lambarku mar kale wuxuu ku jiraa safka.
flash-duty-undo-too-late = Tan hadda dib looma celin karo.
duty-controls-title = Maamulka safka
duty-pause = Hakii qaadashada lambarada
duty-resume = Sii wad qaadashada lambarada
flash-queue-paused = Hadda qofna ma qaadan karo lambar cusub.
flash-queue-resumed = Lambarada mar kale waa la qaadan karaa.
field-remove-minutes = Tirtir lambarada sugaya ee la qaatay daqiiqadaha ugu dambeeyay
form-hint-remove-minutes = Marka qof qaato lambaro badan oo aan cidna isticmaalin. Qor tirada daqiiqadaha (1–240).
duty-remove = Tirtir lambarada
flash-queue-removed = Lambarada waa la tirtiray.
duty-on-duty-at = Waxaad ku jirtaa wareeg shaqo, goobta { $site }. Boggani isagaa is cusboonaysiiya.
duty-check-in-first = Marka hore bogga wareeggaaga shaqada ku qor inaad joogto.
board-undo-check-in = Dib u celi "Joogo": { $name }
board-undo-no-show = Dib u celi "Ma iman": { $name }
shift-refusal-not-started = Wareegga shaqada weli ma bilaabmin.
shift-refusal-undo-too-late = Calaamaddan hadda dib looma celin karo.

## Queue numbers: one per phone, pauses, help in another language

queue-you-have = Horay waxaad u haysataa lambarka { $code } ee goobtan.
queue-open-yours = Fur lambarkaaga
flash-ticket-already = Horay waxaad u haysataa lambar. Waa kan.
queue-paused = Hadda lambar lama qaadan karo. Weydii shaqaalaha halkan jooga.
queue-site-closed = Goobtan waa xiran tahay.
queue-too-many = Hadda lambaro aad u badan ayaa la qaatay. Wax yar sug oo mar kale isku day.
ticket-status-helping = Saaxiib dijitaal ah ayaa hadda ku caawinaya
ticket-helping-help = Caawimaaddu waa bilaabatay. Adiga ayaa samaynaya, saaxiibka dijitaalka ah ayaa ku hagaya.
ticket-status-removed = Shaqaalaha ayaa tirtiray lambarkan.
ticket-your-helper-table = Saaxiibkaaga dijitaalka ah waa { $name }. Tag miiska { $table }.
ticket-requeued = Saaxiibkaaga dijitaalka ah kuma caawin karo. Weli waxaad ku jirtaa safka, isla meeshaadii. Waxaan kuu raadinaynaa saaxiib dijitaal ah oo kale.
ticket-nobody-speaks = Hadda halkan qofna kuma hadlo luqadda: { $language }.
ticket-second-language = Halkan qofna kuma hadlo luqaddaada koowaad. Saaxiib dijitaal ah ayaa kugu caawin kara luqadda: { $language }.
ticket-next-help = Marka xigta ee caawimaad lagu helayo luqaddaada: { $when }, goobta { $site }.
ticket-next-help-none = Labada toddobaad ee soo socda caawimaad lagama helayo luqaddan.
ticket-may-wait = Weli safka waad ku sii jiri kartaa. Waxaa laga yaabaa in qof kugu caawiyo luqad kale.
ticket-leave-title = Ma ka baxaysaa safka?
ticket-leave-help = Haddii aad baxdo, lambarkaaga waa laga saarayaa safka. Haddii aad soo noqoto, lambar cusub ayaad qaadan kartaa.
ticket-leave-confirm = Haa, safka waan ka baxayaa
ticket-stay = Maya, safka waan ku sii jirayaa

## Weekly series: one shift or more

shift-scope-title = Isbeddelku wareegyada shaqada ee kee ayuu khuseeyaa?
form-hint-shift-scope = Wareegyada shaqada ee toddobaad kasta soo noqnoqda, mid kasta maalintiisa ayuu haystaa. Wakhtiyada, goobaha iyo luqadaha waxay isbeddelayaan wareegyada aad doorato.
shift-scope-one = Kaliya wareeggan shaqada
shift-scope-following = Wareeggan shaqada iyo kuwa ka dambeeya
shift-scope-series = Dhammaan wareegyada shaqada ee taxanahan
shift-cancel-title = Ma joojinaysaa wareegga shaqada?
shift-cancel-help = Dadka isku qoray wareegga shaqada waxaa loo sheegayaa in la joojiyay.
shift-cancel-confirm = Haa, jooji
shift-error-date-window = Dooro maalin aan ka horrayn hal sano oo hore, kana dambayn laba sano oo soo socda.

## Passwords and joining by mail

login-forgot-link = Ma ilowday furahaaga sirta ah?
forgot-title = Fure sir ah oo la ilaabay
forgot-help = Qor ciwaanka iimaylkaaga. Waxaan u diraynaa link. Linkiga waxaad ku samayn kartaa fure sir ah oo cusub.
forgot-submit = Dir linkiga
forgot-sent = Haddii ciwaankan uu leeyahay akoon, linkigu waa soo socdaa. Eeg iimaylkaaga. Linkigu wuxuu shaqaynayaa hal maalin (24 saac).
forgot-too-many = Linkiyo aad u badan ayaa la codsaday. Mar kale isku day hadhow.
mail-reset-subject = Fure sir ah oo cusub oo Digikaveri ah
mail-reset-body = Qof ayaa codsaday fure sir ah oo cusub ciwaankan iimaylka. Ku samee fure sir ah oo cusub linkigan: { $link } Linkigu wuxuu shaqaynayaa hal maalin (24 saac). Haddii aadan adigu codsan, fariintan iska dhaaf.
join-mailed-title = Eeg iimaylkaaga
join-mailed-body = Link ayaan u dirnay { $email }.
join-mailed-help = Fur linkiga muddo laba maalmood gudahood ah. Kadib waad ku biirtay, isku-duwe ayaana kula soo xiriiri doona.
mail-join-subject = Ku biir adigoo saaxiib dijitaal ah: { $organisation }
mail-join-body = Mahadsanid inaad rabto inaad noqoto saaxiib dijitaal ah! Ku dhammee ku biiristaada linkigan: { $link } Linkigu wuxuu shaqaynayaa laba maalmood.
mail-join-member-subject = Horay waxaad u leedahay akoon Digikaveri
mail-join-member-body = Qof ayaa isku dayay inuu ku biiro { $organisation } isagoo isticmaalaya ciwaankan iimaylka. Horay waxaad u leedahay akoon. Haddii aad ilowday furahaaga sirta ah, halkan ku samee mid cusub: { $link }
join-confirm-title = Dhammee ku biiristaada
join-confirm-help = Riix badhanka. Kadib akoonkaaga waa la samaynayaa, waadna ku biiraysaa.
join-confirm-submit = Noqo saaxiib dijitaal ah
flash-join-member = Horay waxaad u leedahay akoon. Gal.
form-error-too-often = Tan waa la isku dayay marar aad u badan. Mar kale isku day hadhow.
audit-password-reset-requested = Codsaday link fure sir ah oo cusub
error-403-form-body = Foomka lama hubin karin. Browser-ku kama soo celin cookie-giisa. Adeegga ka fur ciwaankiisa saxda ah oo ogolow cookies:
