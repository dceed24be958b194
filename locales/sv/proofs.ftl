## Proof of experience: composing it, the printable page, confirming it, verifying it

proofs-title = Intyg om erfarenhet
proofs-lead = Gör ett intyg för jobbansökningar. Välj vad det visar och på vilket språk. En koordinator bekräftar det, och en arbetsgivare kan kontrollera det med dess kod.
field-proof-language = Intygets språk
form-hint-proof-language = Språken som arbetsgivare i Finland läser.
proof-language-fi = finska
proof-language-sv = svenska
proof-language-en = engelska
field-proof-parts = Vad intyget visar
proof-part-work = Pass och timmar
proof-part-topics = Hjälp per ämne
proof-part-languages = Språk som jag hjälpte på
proof-part-trainings = Utbildningar
proof-part-credentials = Kompetensmärken och kurser
proof-part-skills = Färdigheter och vad arbetet visar
proof-part-levels = Kunskapsnivåer
proof-error-parts = Välj minst en sak.
proof-compose = Gör intyget
proofs-own-title = Mina intyg
proofs-none = Du har inga intyg ännu.
proof-status-waiting = Väntar på att en koordinator bekräftar det
proof-status-confirmed = Bekräftat
proof-status-withdrawn = Återkallat
flash-proof-composed = Intyget är gjort. En koordinator bekräftar det.
proof-title = Intyg om frivilligt arbete som digikompis
proof-lead = Har arbetat frivilligt som digikompis hos { $organisation }. En digikompis hjälper människor med digitala tjänster så att de lär sig göra det själva.
proof-period = { $from } – { $until }
proof-times = { $count ->
    [one] 1 gång
   *[other] { $count } gånger
}
proof-evidence = { $count ->
    [one] 1 hjälp
   *[other] { $count } hjälptillfällen
}, { $first } – { $last }
proof-level-self = { $step } (egen bedömning { $date })
proof-level-observed = { $step } (koordinatorns observation { $date })
proof-signed = Bekräftat av { $name }, { $date }
proof-not-signed = En koordinator har inte bekräftat intyget ännu.
proof-withdrawn = Den frivillige återkallade intyget { $date }.
proof-verify-at = Kontrollera intyget på
proof-code = Kod:
proof-qr-label = QR-kod för att kontrollera intyget
proof-print = Skriv ut med webbläsarens utskrift (Ctrl+P).
proof-withdraw = Återkalla intyget
flash-proof-withdrawn = Intyget är återkallat. Det kan inte längre kontrolleras.
proofs-waiting-title = Intyg att bekräfta
proofs-waiting-lead = Läs intyget och bekräfta det om uppgifterna stämmer.
proofs-waiting-none = Det finns inga intyg att bekräfta.
proof-confirm-lead = När du bekräftar säger du att uppgifterna stämmer. Ditt namn och datumet syns på intyget.
proof-confirm = Bekräfta intyget
flash-proof-signed = Intyget är bekräftat.
volunteer-proofs = Intyg att bekräfta
audit-proof-signed = Bekräftade ett intyg
audit-subject-proof = Intyg { $id }
