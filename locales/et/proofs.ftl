## Proof of experience: composing it, the printable page, confirming it, verifying it

proofs-title = Tõend kogemuse kohta
proofs-lead = Koosta tõend tööotsinguks. Vali, mida see näitab ja mis keeles see on. Koordinaator kinnitab selle ja tööandja saab seda koodiga kontrollida.
field-proof-language = Tõendi keel
form-hint-proof-language = Keeled, mida tööandjad Soomes loevad.
proof-language-fi = soome
proof-language-sv = rootsi
proof-language-en = inglise
field-proof-parts = Mida tõend näitab
proof-part-work = Vahetused ja tunnid
proof-part-topics = Abi teemade kaupa
proof-part-languages = Keeled, milles ma aitasin
proof-part-trainings = Koolitused
proof-part-credentials = Oskusmärgid ja kursused
proof-part-skills = Oskused ja mida töö nende kohta näitab
proof-part-levels = Oskuste tasemed
proof-error-parts = Vali vähemalt üks asi.
proof-compose = Koosta tõend
proofs-own-title = Minu tõendid
proofs-none = Sul ei ole veel tõendeid.
proof-status-waiting = Ootab koordinaatori kinnitust
proof-status-confirmed = Kinnitatud
proof-status-withdrawn = Tagasi võetud
flash-proof-composed = Tõend on koostatud. Koordinaator kinnitab selle.
proof-title = Tõend vabatahtliku töö kohta digisõbrana
proof-lead = On teinud vabatahtlikku tööd digisõbrana: { $organisation }. Digisõber aitab inimesi digiteenuste kasutamisel nii, et nad õpivad ise hakkama saama.
proof-period = { $from } – { $until }
proof-times = { $count ->
    [one] 1 kord
   *[other] { $count } korda
}
proof-evidence = { $count ->
    [one] 1 abistamine
   *[other] { $count } abistamist
}, { $first } – { $last }
proof-level-self = { $step } (oma hinnang { $date })
proof-level-observed = { $step } (koordinaatori tähelepanek { $date })
proof-signed = Kinnitanud { $name }, { $date }
proof-not-signed = Koordinaator ei ole seda tõendit veel kinnitanud.
proof-withdrawn = Vabatahtlik võttis selle tõendi tagasi { $date }.
proof-verify-at = Kontrolli tõendit aadressil
proof-code = Kood:
proof-qr-label = QR-kood tõendi kontrollimiseks
proof-print = Prindi brauseri printimisfunktsiooniga (Ctrl+P).
proof-withdraw = Võta tõend tagasi
flash-proof-withdrawn = Tõend on tagasi võetud. Seda ei saa enam kontrollida.
proofs-waiting-title = Kinnitamist ootavad tõendid
proofs-waiting-lead = Loe tõend läbi ja kinnita see, kui andmed on õiged.
proofs-waiting-none = Kinnitamist ootavaid tõendeid ei ole.
proof-confirm-lead = Kinnitades ütled, et andmed on õiged. Sinu nimi ja kuupäev on tõendil näha.
proof-confirm = Kinnita tõend
flash-proof-signed = Tõend on kinnitatud.
volunteer-proofs = Kinnitamist ootavad tõendid
audit-proof-signed = Kinnitas tõendi
audit-subject-proof = Tõend { $id }
