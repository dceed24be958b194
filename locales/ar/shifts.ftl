## Navigation

nav-shifts = المناوبات
nav-shift-board = مناوبات الأسبوع
nav-help = مساعدة بلغتي

## Shift form (coordinator)

shift-new-title = مناوبة جديدة
shift-edit-title = غيّر المناوبة
shift-create = أنشئ المناوبة
shift-edit = غيّر
shift-cancel = ألغِ المناوبة
field-site = المكان
field-date = اليوم
field-start = وقت البداية
field-end = وقت النهاية
field-places = عدد المقاعد للمتطوعين
form-hint-places = كم رفيقًا رقميًا يمكن أن يكون في المناوبة (1–50).
shift-wanted-languages = اللغات المطلوبة
form-hint-wanted-languages = اللغات التي يحتاجها هذا المكان بشكل خاص. يمكنك ترك هذا فارغًا.
field-shift-notes = معلومات إضافية للمتطوعين
form-hint-shift-notes = مثلًا: من أي باب يدخل المتطوعون.
field-repeat = هل تتكرر المناوبة؟
shift-repeat-once = مرة واحدة فقط
shift-repeat-weekly = كل أسبوع في نفس الوقت
field-until = اليوم الأخير
form-hint-until = اليوم الأخير للمناوبة الأسبوعية.
shift-error-ends-before-start = يجب أن تنتهي المناوبة بعد وقت بدايتها.
shift-error-places = اكتب رقمًا من 1 إلى 50.
shift-error-places-taken = يوجد في المناوبة متطوعون أكثر من هذا العدد. لا يمكن أن يكون عدد المقاعد أقل.
shift-error-series-end = اكتب اليوم الأخير إذا كانت المناوبة تتكرر كل أسبوع.
shift-error-series-end-before = لا يمكن أن يكون اليوم الأخير قبل اليوم الأول.
shift-error-series-too-long = المناوبة المتكررة تستمر سنة واحدة على الأكثر.
board-back = ارجع إلى مناوبات الأسبوع

## Week board (coordinator)

board-title = مناوبات الأسبوع
board-week-nav = الأسابيع
board-previous-week = الأسبوع السابق
board-next-week = الأسبوع التالي
board-gaps-title = ما ينقص هذا الأسبوع
board-no-gaps = لا ينقص شيء. في كل المناوبات عدد كافٍ من الناس واللغات.
board-empty = لا توجد مناوبات هذا الأسبوع.
board-places = المقاعد المشغولة: { $confirmed } من { $places }
board-waiting = { $count ->
    [zero] لا أحد في قائمة الانتظار
    [one] شخص واحد في قائمة الانتظار
    [two] شخصان في قائمة الانتظار
    [few] { $count } أشخاص في قائمة الانتظار
    [many] { $count } شخصًا في قائمة الانتظار
   *[other] { $count } شخص في قائمة الانتظار
}
board-nobody = لم يسجّل أحد في المناوبة بعد.
board-new-volunteer = جديد
board-checked-in = حاضر
board-no-show = لم يحضر
board-check-in = سجّل الحضور: { $name }
board-mark-no-show = لم يحضر: { $name }
board-gap-language = لا أحد يتكلم { $language }
board-gap-places = { $count ->
    [zero] لا توجد مقاعد فارغة
    [one] مقعد واحد فارغ
    [two] مقعدان فارغان
    [few] { $count } مقاعد فارغة
    [many] { $count } مقعدًا فارغًا
   *[other] { $count } مقعد فارغ
}
board-gap-new-alone = المتطوع الجديد سيكون وحده
board-gap-line = { $when }، { $site }: { $gap }
board-settings-title = الإعدادات
field-withdraw-limit = آخر وقت للإلغاء، بالساعات
form-hint-withdraw-limit = يمكن للمتطوع أن يلغي مشاركته في المناوبة بنفسه حتى هذا العدد من الساعات قبل بدايتها (0–336).
shift-error-withdraw-limit = اكتب رقمًا من 0 إلى 336.
shift-cancelled = تم إلغاء المناوبة.

## A volunteer's shifts

shifts-mine-title = مناوباتي
shifts-mine-coming = مناوباتي القادمة
shifts-mine-none = ليس لديك مناوبات قادمة.
shift-you-are-confirmed = أنت في هذه المناوبة
shift-you-are-waiting = أنت في قائمة الانتظار. رقمك: { $place }
shift-you-checked-in = تم تسجيل حضورك.
shift-check-in = أنا هنا
shift-check-out = سأغادر الآن
shift-withdraw = ألغِ مشاركتي
shifts-open-title = مناوبات يمكنك أن تأخذها
shifts-open-none = لا توجد مناوبات فيها مقاعد فارغة الآن.
shift-free-places = { $count ->
    [zero] لا توجد مقاعد فارغة
    [one] مقعد واحد فارغ
    [two] مقعدان فارغان
    [few] { $count } مقاعد فارغة
    [many] { $count } مقعدًا فارغًا
   *[other] { $count } مقعد فارغ
}
shift-sign-up = سأحضر هذه المناوبة
shifts-full-title = مناوبات ممتلئة
shift-join-waiting-list = انضم إلى قائمة الانتظار
shifts-not-active = يمكنك اختيار المناوبات عندما يوافق المنسق على تدريبك.
shifts-past-title = المناوبات السابقة
shifts-past-when = متى
shifts-past-hours = الساعات
notices-title = تغييرات في مناوباتك
notices-read = قرأت هذه الرسائل
notice-changed = تغيّرت مناوبة: { $when }، { $site }.
notice-cancelled = أُلغيت مناوبة: { $when }، { $site }.
notice-promoted = انتقلت من قائمة الانتظار إلى المناوبة: { $when }، { $site }.
shift-refusal-not-active = يمكنك اختيار المناوبات فقط بعد أن يوافق المنسق على تدريبك.
shift-refusal-no-such-shift = المناوبة غير موجودة.
shift-refusal-cancelled = تم إلغاء المناوبة.
shift-refusal-started = المناوبة بدأت من قبل.
shift-refusal-already = أنت مسجّل في هذه المناوبة من قبل.
shift-refusal-overlaps = لديك مناوبة أخرى في نفس الوقت.
shift-refusal-not-signed-up = أنت لست في هذه المناوبة.
shift-refusal-too-late = لا يمكنك إلغاء المناوبة بنفسك الآن، فالوقت متأخر. اتصل بالمنسق.
shift-refusal-check-in-closed = يمكنك تسجيل الحضور فقط قبل بداية المناوبة بوقت قصير.
flash-signed-up = أنت في المناوبة الآن.
flash-waiting-list = المناوبة ممتلئة. أنت في قائمة الانتظار. إذا أصبح مقعد فارغًا، تصلك رسالة في هذه الصفحة.
flash-withdrawn = تم إلغاء مشاركتك.
flash-checked-in = تم تسجيل حضورك. مناوبة موفقة!
flash-checked-out = تم تسجيل مغادرتك. شكرًا لك!
flash-notices-read = تمت قراءة الرسائل.
flash-shifts-created = تم إنشاء المناوبات.
flash-shift-changed = تم تغيير المناوبة. يرى المشاركون فيها التغيير في صفحتهم.
flash-shift-cancelled = تم إلغاء المناوبة. يرى المشاركون فيها ذلك في صفحتهم.
flash-attendance-recorded = تم الحفظ.
flash-withdraw-limit-saved = تم حفظ آخر وقت للإلغاء.
flash-calendar-link-renewed = لتقويمك عنوان جديد الآن. العنوان القديم لا يعمل بعد الآن.

## Calendar feed

calendar-title = المناوبات في تقويمك
calendar-help = أضف هذا العنوان إلى التقويم في هاتفك. يُظهر التقويم مناوباتك. لا تُعطِ العنوان لأحد.
calendar-renew = أنشئ عنوانًا جديدًا
calendar-name = مناوبات Digikaveri
calendar-event = Digikaveri: { $site }

## Help in my language (public)

help-title = مساعدة بلغتي
help-lead = اختر لغة. سترى متى وأين يتكلم رفيق رقمي هذه اللغة.
field-help-language = اللغة
field-help-topic = في أي شيء تحتاج المساعدة؟ (اختياري)
help-any-topic = أي شيء
help-search = اعرض الأوقات
help-times-title = المساعدة باللغة { $language }
help-topic-fallback = لم يذكر أحد أنه يعرف هذا الموضوع بالضبط. هؤلاء الرفقاء الرقميون يتكلمون لغتك، وربما يستطيعون المساعدة.
help-none = { $days ->
    [one] لا توجد أوقات بهذه اللغة في اليوم القادم بعد. انظر مرة أخرى لاحقًا.
    [two] لا توجد أوقات بهذه اللغة في اليومين القادمين بعد. انظر مرة أخرى لاحقًا.
    [few] لا توجد أوقات بهذه اللغة في الـ{ $days } أيام القادمة بعد. انظر مرة أخرى لاحقًا.
    [many] لا توجد أوقات بهذه اللغة في الـ{ $days } يومًا القادمة بعد. انظر مرة أخرى لاحقًا.
   *[other] لا توجد أوقات بهذه اللغة في الـ{ $days } يوم القادمة بعد. انظر مرة أخرى لاحقًا.
}
