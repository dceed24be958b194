## Proof of experience: composing it, the printable page, confirming it, verifying it

proofs-title = Proof of experience
proofs-lead = Make a proof for job applications. Choose what it shows and in which language. A coordinator confirms it, and an employer can check it with its code.
field-proof-language = Language of the proof
form-hint-proof-language = The languages employers in Finland read.
proof-language-fi = Finnish
proof-language-sv = Swedish
proof-language-en = English
field-proof-parts = What the proof shows
proof-part-work = Shifts and hours
proof-part-topics = Help by topic
proof-part-languages = Languages I helped in
proof-part-trainings = Trainings
proof-part-credentials = Badges and courses
proof-part-skills = Skills and what the work shows
proof-part-levels = Skill levels
proof-error-parts = Choose at least one thing.
proof-compose = Make the proof
proofs-own-title = My proofs
proofs-none = You have no proofs yet.
proof-status-waiting = Waiting for a coordinator to confirm it
proof-status-confirmed = Confirmed
proof-status-withdrawn = Withdrawn
flash-proof-composed = The proof is made. A coordinator will confirm it.
proof-title = Proof of volunteer work as a digital buddy
proof-lead = Has volunteered as a digital buddy with { $organisation }. A digital buddy helps people with digital services so that they learn to do it themselves.
proof-period = { $from } – { $until }
proof-times = { $count ->
    [one] 1 time
   *[other] { $count } times
}
proof-evidence = { $count ->
    [one] 1 help
   *[other] { $count } helps
}, { $first } – { $last }
proof-level-self = { $step } (own assessment, { $date })
proof-level-observed = { $step } (observed by a coordinator, { $date })
proof-signed = Confirmed by { $name }, { $date }
proof-not-signed = A coordinator has not confirmed this proof yet.
proof-withdrawn = The volunteer withdrew this proof on { $date }.
proof-verify-at = Check this proof at
proof-code = Code:
proof-qr-label = QR code to check the proof
proof-print = To print, use your browser's Print (Ctrl+P).
proof-withdraw = Withdraw the proof
flash-proof-withdrawn = The proof is withdrawn. It can no longer be checked.
proofs-waiting-title = Proofs to confirm
proofs-waiting-lead = Read the proof and confirm it if the facts are right.
proofs-waiting-none = There are no proofs to confirm.
proof-confirm-lead = By confirming, you say that the facts are right. Your name and the date show on the proof.
proof-confirm = Confirm the proof
flash-proof-signed = The proof is confirmed.
volunteer-proofs = Proofs to confirm
audit-proof-signed = Confirmed a proof
audit-subject-proof = Proof { $id }
