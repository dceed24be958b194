## Proof of experience: composing it, the printable page, confirming it, verifying it

proofs-title = Caddaynta khibradda
proofs-lead = Samee caddayn aad isticmaasho marka aad shaqo codsanayso. Dooro waxa ay muujinayso iyo luqadda ay ku qoran tahay. Isku-duwe ayaa xaqiijin doona, shaqo-bixiyuhuna wuu ku hubin karaa koodkeeda.
field-proof-language = Luqadda caddaynta
form-hint-proof-language = Luqadaha ay akhriyaan shaqo-bixiyeyaasha Finland.
proof-language-fi = Finishka
proof-language-sv = Iswiidhish
proof-language-en = Ingiriisi
field-proof-parts = Waxa caddayntu muujinayso
proof-part-work = Wareegyada shaqada iyo saacadaha
proof-part-topics = Arrimaha aan ka caawiyay
proof-part-languages = Luqadaha aan ku caawiyay
proof-part-trainings = Tababarrada
proof-part-credentials = Calaamadaha aqoonta iyo koorsooyinka
proof-part-skills = Xirfadaha iyo waxa shaqadu muujinayso
proof-part-levels = Heerarka xirfadaha
proof-error-parts = Dooro ugu yaraan hal shay.
proof-compose = Samee caddaynta
proofs-own-title = Caddaymahayga
proofs-none = Weli wax caddayn ah ma lihid.
proof-status-waiting = Waxay sugaysaa xaqiijinta isku-duwaha
proof-status-confirmed = Waa la xaqiijiyay
proof-status-withdrawn = Laga noqday
flash-proof-composed = Caddaynta waa la sameeyay. Isku-duwe ayaa xaqiijin doona.
proof-title = Caddaynta shaqada tabarruca ah ee saaxiibka dijitaalka ah
proof-lead = Khibrad shaqo tabarruc ah oo saaxiib dijitaal ah: { $organisation }. Saaxiibka dijitaalka ah wuxuu dadka ka caawiyaa adeegyada dijitaalka ah si ay u bartaan inay iyagu sameeyaan.
proof-period = { $from } – { $until }
proof-times = { $count ->
    [one] 1 jeer
   *[other] { $count } jeer
}
proof-evidence = { $count ->
    [one] 1 caawimaad
   *[other] { $count } caawimaad
}, { $first } – { $last }
proof-level-self = { $step } (is-qiimayn { $date })
proof-level-observed = { $step } (waxa isku-duwuhu arkay { $date })
proof-signed = Waxaa xaqiijiyay { $name }, { $date }
proof-not-signed = Isku-duwe weli ma xaqiijin caddayntan.
proof-withdrawn = Tabarrucuhu wuu ka noqday caddayntan { $date }.
proof-verify-at = Caddaynta ka hubi ciwaankan
proof-code = Koodka:
proof-qr-label = Koodka QR ee lagu hubiyo caddaynta
proof-print = Si aad u daabacdo, isticmaal daabacaadda browser-ka (Ctrl+P).
proof-withdraw = Ka noqo caddaynta
flash-proof-withdrawn = Waad ka noqotay caddaynta. Hadda lama hubin karo.
proofs-waiting-title = Caddaymaha sugaya xaqiijin
proofs-waiting-lead = Akhri caddaynta oo xaqiiji haddii xogtu sax tahay.
proofs-waiting-none = Ma jiraan caddaymo sugaya xaqiijin.
proof-confirm-lead = Markaad xaqiijiso, waxaad sheegaysaa in xogtu sax tahay. Magacaaga iyo taariikhda ayaa ka muuqda caddaynta.
proof-confirm = Xaqiiji caddaynta
flash-proof-signed = Caddaynta waa la xaqiijiyay.
volunteer-proofs = Caddaymaha sugaya xaqiijin
audit-proof-signed = Xaqiijiyay caddayn
audit-subject-proof = Caddayn { $id }
