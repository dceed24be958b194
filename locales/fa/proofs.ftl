## Proof of experience: composing it, the printable page, confirming it, verifying it

proofs-title = گواهی تجربه
proofs-lead = برای درخواست کار یک گواهی تهیه کنید. انتخاب کنید چه چیزهایی در آن دیده شود و به چه زبانی باشد. هماهنگ‌کننده آن را تأیید می‌کند و کارفرما می‌تواند آن را با کد آن بررسی کند.
field-proof-language = زبان گواهی
form-hint-proof-language = زبان‌هایی که کارفرمایان در فنلاند می‌خوانند.
proof-language-fi = فنلاندی
proof-language-sv = سوئدی
proof-language-en = انگلیسی
field-proof-parts = آنچه در گواهی دیده می‌شود
proof-part-work = نوبت‌های کاری و ساعت‌ها
proof-part-topics = کمک‌ها بر اساس موضوع
proof-part-languages = زبان‌هایی که با آن‌ها کمک کردم
proof-part-trainings = آموزش‌ها
proof-part-credentials = نشان‌های مهارت و دوره‌ها
proof-part-skills = مهارت‌ها و آنچه کار درباره آن‌ها نشان می‌دهد
proof-part-levels = سطح مهارت‌ها
proof-error-parts = دست‌کم یک مورد را انتخاب کنید.
proof-compose = تهیه گواهی
proofs-own-title = گواهی‌های من
proofs-none = هنوز هیچ گواهی‌ای ندارید.
proof-status-waiting = در انتظار تأیید هماهنگ‌کننده
proof-status-confirmed = تأییدشده
proof-status-withdrawn = پس گرفته شده
flash-proof-composed = گواهی تهیه شد. هماهنگ‌کننده آن را تأیید می‌کند.
proof-title = گواهی کار داوطلبانه به عنوان همیار دیجیتال
proof-lead = در { $organisation } به عنوان همیار دیجیتال داوطلبانه کار کرده است. همیار دیجیتال به مردم در کارهای دیجیتال کمک می‌کند تا یاد بگیرند آن کارها را خودشان انجام دهند.
proof-period = { $from } – { $until }
proof-times = { $count ->
    [one] { $count } بار
   *[other] { $count } بار
}
proof-evidence = { $count ->
    [one] { $count } کمک
   *[other] { $count } کمک
}، { $first } – { $last }
proof-level-self = { $step } (خودارزیابی، { $date })
proof-level-observed = { $step } (مشاهده هماهنگ‌کننده، { $date })
proof-signed = تأییدشده توسط { $name }، { $date }
proof-not-signed = هماهنگ‌کننده هنوز این گواهی را تأیید نکرده است.
proof-withdrawn = داوطلب این گواهی را در { $date } پس گرفت.
proof-verify-at = برای بررسی این گواهی به این نشانی بروید
proof-code = کد:
proof-qr-label = کد QR برای بررسی گواهی
proof-print = برای چاپ، از گزینه چاپ مرورگر استفاده کنید (Ctrl+P).
proof-withdraw = پس گرفتن گواهی
flash-proof-withdrawn = گواهی پس گرفته شد. دیگر نمی‌توان آن را بررسی کرد.
proofs-waiting-title = گواهی‌های منتظر تأیید
proofs-waiting-lead = گواهی را بخوانید و اگر اطلاعات درست است، آن را تأیید کنید.
proofs-waiting-none = هیچ گواهی‌ای منتظر تأیید نیست.
proof-confirm-lead = با تأیید گواهی، می‌گویید که اطلاعات درست است. نام شما و تاریخ روی گواهی دیده می‌شود.
proof-confirm = تأیید گواهی
flash-proof-signed = گواهی تأیید شد.
volunteer-proofs = گواهی‌های منتظر تأیید
audit-proof-signed = یک گواهی را تأیید کرد
audit-subject-proof = گواهی { $id }
