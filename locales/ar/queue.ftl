## Taking a queue number at a site (no account, nothing personal)

queue-take-title = خذ رقم انتظار
queue-take-help = ستحصل على رقم. سينادي رفيق رقمي رقمك.
field-first-language = بأي لغة تريد المساعدة؟
queue-error-language = اختر لغة.
field-second-language = لغة أخرى تناسبك (اختياري)
form-hint-second-language = إذا لم يتكلم أحد لغتك الأولى، تحصل على المساعدة أسرع بلغة أخرى.
queue-no-second-language = بدون لغة ثانية
queue-second-language-open = أتكلم لغة أخرى أيضًا
field-ticket-topics = في أي شيء تحتاج المساعدة؟
form-hint-ticket-topics = اختر شيئًا واحدًا أو أكثر. يمكنك أيضًا ترك هذا فارغًا.
queue-more-topics = المزيد من المواضيع
queue-tile-strong-eid = رموز البنك
queue-tile-kela = كيلا (Kela)
queue-tile-omakanta = OmaKanta
queue-tile-jobmarket = البحث عن عمل
queue-tile-banking = البنك عبر الإنترنت
queue-tile-email = البريد الإلكتروني
queue-tile-smartphone-basics = الهاتف الذكي
queue-tile-scams-security = الاحتيال
field-first-visit = هذه أول مرة آتي فيها إلى هنا
queue-nothing-personal = لا نسأل عن اسمك ولا عن أي شيء آخر عنك.
queue-take-submit = خذ رقمًا
queue-closed-title = لا يوجد رفيق رقمي هنا الآن
queue-closed-next = موعد المساعدة القادم هنا: { $when }.
queue-closed-none = لا نعرف بعد متى يأتي رفيق رقمي إلى هنا. انظر الأماكن الأخرى.
flash-ticket-taken = لديك رقم الآن. اترك هذه الصفحة مفتوحة.

## The ticket page

ticket-title = رقم انتظارك
ticket-status-waiting = أنت تنتظر دورك
ticket-status-matched = رفيق رقمي قادم إليك
ticket-status-done = حصلت على المساعدة. شكرًا لأنك جئت!
ticket-status-left = خرجت من قائمة الانتظار.
ticket-status-unserved = عذرًا، لم يكن هناك وقت لمساعدتك اليوم.
ticket-ahead = { $count ->
    [0] أنت التالي.
    [zero] أنت التالي.
    [one] يوجد شخص واحد قبلك.
    [two] يوجد شخصان قبلك.
    [few] يوجد { $count } أشخاص قبلك.
    [many] يوجد { $count } شخصًا قبلك.
   *[other] يوجد { $count } شخص قبلك.
}
ticket-expected-wait = { $minutes ->
    [one] مدة الانتظار دقيقة واحدة تقريبًا.
    [two] مدة الانتظار دقيقتان تقريبًا.
    [few] مدة الانتظار { $minutes } دقائق تقريبًا.
    [many] مدة الانتظار { $minutes } دقيقة تقريبًا.
   *[other] مدة الانتظار { $minutes } دقيقة تقريبًا.
}
ticket-refresh = حدّث الصفحة
ticket-needs-title = ما تحتاج المساعدة فيه
ticket-safety = الرفيق الرقمي لا يطلب منك أبدًا رموز البنك أو رمز PIN أو كلمة المرور. أنت تكتبها بنفسك.
ticket-leave = سأغادر قائمة الانتظار
flash-ticket-left = خرجت من قائمة الانتظار. يمكنك أخذ رقم جديد إذا رجعت.
flash-ticket-not-waiting = هذا الرقم لم يعد في قائمة الانتظار.

## The poster at the site

poster-title = ملصق
poster-call = خذ رقم انتظار بهاتفك
poster-qr-label = رمز QR: العنوان الذي تأخذ منه رقم انتظار
poster-print-help = اطبع هذه الصفحة وعلّقها على باب المكان.
board-posters-title = ملصقات أرقام الانتظار
board-poster-link = ملصق: { $site }
board-queue-link = قائمة الانتظار الآن: { $site }
ticket-your-helper = رفيقك الرقمي هو { $name }. سيأتي إليك أو ستأتي إليك في { $site }.

## The queue board of a site (staff on duty)

duty-board-title = قائمة الانتظار الآن
duty-suggestions-title = اقتراحات
duty-suggestions-none = لا توجد اقتراحات الآن.
duty-accept = اربط { $code } مع { $name }
duty-unmatched-title = لم نجد أحدًا بعد
duty-widening = يمكن أن يساعد:
duty-waiting-title = في قائمة الانتظار
duty-waiting-none = لا أحد في قائمة الانتظار.
duty-waited = { $minutes ->
    [one] مدة الانتظار: دقيقة واحدة
    [two] مدة الانتظار: دقيقتان
    [few] مدة الانتظار: { $minutes } دقائق
    [many] مدة الانتظار: { $minutes } دقيقة
   *[other] مدة الانتظار: { $minutes } دقيقة
}
field-duty-volunteer = الرفيق الرقمي
duty-match = اربط
duty-volunteers-title = الرفقاء الرقميون الموجودون هنا
duty-volunteers-none = لم يسجّل أحد حضوره بعد.
duty-free = متاح
duty-busy-with = يساعد: { $code }
flash-duty-matched = تم الربط. يرى الرفيق الرقمي ذلك في هاتفه.
flash-duty-taken = لم يكن الربط ممكنًا. سبقك شخص آخر، أو الرفيق الرقمي لم يعد متاحًا.
reason-speaks = يتكلم { $language } ({ $level })
reason-speaks-second = يتكلم اللغة الثانية المختارة: { $language } ({ $level })
reason-confident = يمكنه المساعدة في: { $topic }
reason-learning = يريد أن يتعلم: { $topic }
reason-helped-before = ساعد نفس الشخص من قبل
reason-waiting = { $minutes ->
    [one] مدة الانتظار: دقيقة واحدة
    [two] مدة الانتظار: دقيقتان
    [few] مدة الانتظار: { $minutes } دقائق
    [many] مدة الانتظار: { $minutes } دقيقة
   *[other] مدة الانتظار: { $minutes } دقيقة
}
reason-sessions-today = { $count ->
    [one] ساعد مرة واحدة اليوم
    [two] ساعد مرتين اليوم
    [few] ساعد { $count } مرات اليوم
    [many] ساعد { $count } مرة اليوم
   *[other] ساعد { $count } مرة اليوم
}
why-nobody-speaks = لا أحد هنا يتكلم اللغة المطلوبة: { $languages }.
why-only-trainee = لا يتكلم اللغة المطلوبة إلا متطوع في التدريب: { $languages }.
why-all-busy = كل من يتكلم اللغة يساعد شخصًا آخر الآن.
widening-second-language = اللغة الثانية المختارة، { $language }
widening-pair-trainee = { $trainee } مع { $with }

## The volunteer's next person

nav-duty = الشخص التالي
duty-next-title = الشخص التالي
duty-next-none = ليس لديك أحد الآن. انظر مرة أخرى بعد قليل.
duty-call-help = نادِ الرقم وقل من أنت.
duty-start = أبدأ المساعدة
duty-finish = انتهيت
flash-duty-started = عملًا موفقًا!
flash-duty-finished = شكرًا لك! تم تسجيل المساعدة كمُنجَزة.

## Nobody can help today

field-unserved-reason = لماذا لا يستطيع أحد المساعدة؟
duty-unserved = لا أحد يستطيع المساعدة اليوم
unserved-no-language = لا أحد يتكلم اللغة اليوم
unserved-no-time = لا يوجد وقت كافٍ اليوم
unserved-needs-authority = هذا الأمر من عمل جهة رسمية
flash-duty-unserved = تم التسجيل. يرى الشخص السبب في صفحته.
ticket-unserved-no-language = اليوم لا يوجد هنا أحد يتكلم لغتك. انظر متى توجد مساعدة بلغتك.
ticket-unserved-no-time = اليوم لا يوجد وقت كافٍ. من فضلك تعال في يوم آخر.
ticket-unserved-needs-authority = جهة رسمية تساعدك في هذا الأمر، مثلًا كيلا (Kela) أو البلدية. اطلب النصيحة من الموظفين هنا.

## Volunteers on duty may match

field-volunteers-may-match = يمكن للرفقاء الرقميين الموجودين هنا استخدام قائمة الانتظار وربط الأشخاص
flash-volunteer-matching-saved = تم حفظ الإعداد.
