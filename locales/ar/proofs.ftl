## Proof of experience: composing it, the printable page, confirming it, verifying it

proofs-title = شهادة خبرة
proofs-lead = أنشئ شهادة للبحث عن عمل. اختر ما تُظهره الشهادة وبأي لغة. يؤكّدها المنسق، ويستطيع صاحب العمل التحقق منها برمزها.
field-proof-language = لغة الشهادة
form-hint-proof-language = اللغات التي يقرؤها أصحاب العمل في فنلندا.
proof-language-fi = الفنلندية
proof-language-sv = السويدية
proof-language-en = الإنجليزية
field-proof-parts = ما تُظهره الشهادة
proof-part-work = المناوبات والساعات
proof-part-topics = المساعدة حسب الموضوع
proof-part-languages = اللغات التي ساعدتُ بها
proof-part-trainings = التدريبات
proof-part-credentials = الشارات والدورات
proof-part-skills = المهارات وما يُظهره العمل عنها
proof-part-levels = مستويات المهارات
proof-error-parts = اختر شيئًا واحدًا على الأقل.
proof-compose = أنشئ الشهادة
proofs-own-title = شهاداتي
proofs-none = ليست لديك شهادات بعد.
proof-status-waiting = تنتظر تأكيد المنسق
proof-status-confirmed = تم التأكيد
proof-status-withdrawn = تم السحب
flash-proof-composed = تم إنشاء الشهادة. سيؤكّدها المنسق.
proof-title = شهادة عمل تطوعي كرفيق رقمي
proof-lead = خبرة في العمل التطوعي كرفيق رقمي لدى { $organisation }. الرفيق الرقمي يساعد الناس في الخدمات الرقمية حتى يتعلّموا القيام بها بأنفسهم.
proof-period = { $from } – { $until }
proof-times = { $count ->
    [zero] { $count } مرة
    [one] مرة واحدة
    [two] مرتان
    [few] { $count } مرات
    [many] { $count } مرة
   *[other] { $count } مرة
}
proof-evidence = { $count ->
    [zero] { $count } مساعدة
    [one] مساعدة واحدة
    [two] مساعدتان
    [few] { $count } مساعدات
    [many] { $count } مساعدة
   *[other] { $count } مساعدة
}، { $first } – { $last }
proof-level-self = { $step } (تقييم ذاتي، { $date })
proof-level-observed = { $step } (ملاحظة المنسق، { $date })
proof-signed = تم تأكيدها من قِبل { $name }، { $date }
proof-not-signed = لم يؤكّد المنسق هذه الشهادة بعد.
proof-withdrawn = سحب المتطوع هذه الشهادة في { $date }.
proof-verify-at = تحقّق من الشهادة على هذا العنوان
proof-code = الرمز:
proof-qr-label = رمز QR للتحقق من الشهادة
proof-print = للطباعة، استخدم أمر الطباعة في المتصفح (Ctrl+P).
proof-withdraw = اسحب الشهادة
flash-proof-withdrawn = تم سحب الشهادة. لم يعد من الممكن التحقق منها.
proofs-waiting-title = شهادات تنتظر التأكيد
proofs-waiting-lead = اقرأ الشهادة وأكّدها إذا كانت المعلومات صحيحة.
proofs-waiting-none = لا توجد شهادات تنتظر التأكيد.
proof-confirm-lead = عندما تؤكّد الشهادة، فأنت تقول إن المعلومات صحيحة. يظهر اسمك والتاريخ على الشهادة.
proof-confirm = أكّد الشهادة
flash-proof-signed = تم تأكيد الشهادة.
volunteer-proofs = شهادات تنتظر التأكيد
audit-proof-signed = أكّد شهادة
audit-subject-proof = الشهادة { $id }
