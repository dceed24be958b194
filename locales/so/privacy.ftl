# The privacy notice, the retention rules and a volunteer's own data.
footer-privacy = Xogta gaarka ah: waxa aan kaydinno iyo ilaa goorma
privacy-title = Xogta gaarka ah
privacy-intro = Digikaveri wuxuu kaydiyaa oo keliya waxa looga baahan yahay caawinta, wareegyada mutadawacyada iyo warbixinada maalgeliyeyaasha. Hoos waxaa ku qoran waxa la kaydiyo, sababta iyo muddada.
privacy-kept-title = Waxa la kaydiyo iyo muddada
privacy-rights-title = Xogtaada
privacy-rights = Mutadawac wuxuu ka soo dejisan karaa Xogtayda wax kasta oo isaga laga kaydiyay, wuxuuna arki karaa shaqaalaha eegay boggiisa. Ma kaydinno magaca iyo xiriirka dadka caawimaad u yimaada.
rule-unclaimed-tickets = Lambarada safka
rule-unclaimed-tickets-why = Lambarka, luqadaha iyo mowduucyada waxaa loo baahan yahay si loo helo mutadawaca saxda ah. Tirooyinka maalinta waa la hayaa warbixinada darteed, lambar la'aan.
rule-ticket-links = Xiriirka lambarka safka iyo caawinta la diiwaangeliyay
rule-ticket-links-why = Xiriirka waxaa loo baahan yahay ra'yiga iyo diiwaangelinta. Waa la tirtiraa ra'yiga kadib ama dhammaadka maalinta.
rule-sign-in-sessions = Galitaannada
rule-sign-in-sessions-why = Galitaanku wuu dhammaadaa siddeed saacadood oo aan la isticmaalin kadib. Galitaanka dhammaaday waa la tirtiraa.
rule-sign-in-attempts = Isku dayada galitaanka
rule-sign-in-attempts-why = Isku dayada waa la tiriyaa si aan qofna u qiyaasi karin erayga sirta ah.
rule-used-links = Xiriiriyeyaasha la isticmaalay ama dhacay
rule-used-links-why = Xiriiriyeyaasha beddelka erayga sirta, martiqaadka iyo ku biirista waa la tirtiraa marka la isticmaalo ama ay dhacaan.
rule-limit-counts = Xadka foomamka dadweynaha
rule-limit-counts-why = Waa la tiriyaa si aan qofna u buuxin karin safka. Cinwaanka waxaa laga kaydiyaa oo keliya hash.
rule-audit-log = Diiwaanka dhacdooyinka
rule-audit-log-why = Diiwaanku wuxuu sheegaa cidda waxa samaysay iyo cidda eegtay xogta qof kale.
rule-inactive-volunteers = Akoonka mutadawaca
rule-inactive-volunteers-why = Haddii aadan gelin sannad, waxaan ku weydiinaynaa inaad rabto inaad akoonkaaga haysato. Haddii aadan ka jawaabin hal bil gudahood, magacaaga, iimaylkaaga iyo lambarkaaga waa la tirtirayaa. Tirada caawinta la diiwaangeliyay waxay ku hartaa warbixinada.
period-end-of-day = Ilaa dhammaadka maalinta safka.
period-hours = { $count ->
    [one] Hal saac.
   *[other] { $count } saacadood.
}
period-days = { $count ->
    [one] Hal maalin.
   *[other] { $count } maalmood.
}
period-months = { $count ->
    [one] Hal bil.
   *[other] { $count } bilood.
}
period-years = { $count ->
    [one] Hal sannad.
   *[other] { $count } sannadood.
}
retention-title = Kaydinta xogta
retention-help = Xeerarkani waxay si iskood ah u tirtiraan xogta marka waqtigeedu dhammaado. Saacad kasta mar bay shaqeeyaan.
retention-last-run = Markii ugu dambeysay: { $when }.
retention-never-run = Xeerarka weli lama shaqeysiin.
retention-col-rule = Maxaa
retention-col-period = Ilaa goorma
retention-col-removed = Waxa la tirtiray markii hore
retention-asked = { $count ->
    [0] Markii hore qofna lama weydiin.
    [one] Markii hore hal mutadawac ayaa la weydiiyay inuu akoonkiisa hayo.
   *[other] Markii hore { $count } mutadawac ayaa la weydiiyay inay akoonkooda hayaan.
}
audit-retention-run = Xog hore ayaa la tirtiray
audit-account-kept = Mutadawac ayaa doortay inuu akoonkiisa hayo
audit-data-exported = Xogta qofka ayaa la soo dejiyay
audit-subject-service = Adeegga
inactive-title = Ma rabtaa inaad akoonkaaga haysato?
inactive-help = Sannad ayaadan gelin. Haddii aadan ka jawaabin hal bil gudahood, xogtaada waa la tirtirayaa.
inactive-keep = Hay akoonkayga
flash-account-kept = Mahadsanid! Akoonkaagu wuu sii jiraa.
mail-inactive-subject = Ma rabtaa inaad haysato akoonkaaga Digikaveri?
mail-inactive-body = Sannad ayaadan gelin Digikaveri. Si aad akoonkaaga u haysato, gal hal bil gudahood: { $link }
    Haddii kale magacaaga, iimaylkaaga iyo lambarkaaga waa la tirtirayaa.
account-data-link = Xogtayda: waxa la iga kaydiyay
data-title = Xogtayda
data-help = Halkan waa wax kasta oo lagaa kaydiyay. Xogta isla taas waxaad u soo dejisan kartaa fayl ahaan. Soo dejin kasta waxaa lagu qoraa diiwaanka dhacdooyinka.
data-download = Soo deji xogtayda (JSON)
data-staff-views-title = Shaqaalaha eegay boggaaga
data-staff-view = { $when }: { $who }
data-staff-view-gone = { $when }: akoon la tirtiray
data-staff-views-empty = Shaqaale ma eegin boggaaga.
data-section-empty = Xog ma jirto.
