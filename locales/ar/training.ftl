## Navigation and the volunteer's dashboard

nav-training = التدريبات
nav-profile = مهاراتي ولغاتي
dashboard-skills-title = أخبرنا بما تعرفه
dashboard-skills-missing = أخبرنا بأي لغات يمكنك أن تساعد، وفي أي أمور. هكذا يحصل الشخص المناسب على المساعدة منك.

## Language levels

level-native = اللغة الأم
level-fluent = بطلاقة
level-basic = مستوى أساسي

## The volunteer's own page: languages, topics, training, badges

profile-title = مهاراتي ولغاتي
profile-intro = أخبرنا بأي لغات يمكنك أن تساعد، وفي أي أمور. يمكنك تغيير هذه البيانات في أي وقت.
profile-skills-title = اللغات والمواضيع
profile-languages-legend = اللغات التي يمكنك أن تساعد بها
profile-languages-hint = اختر مستوى لكل لغة تتكلمها. اختر لغة واحدة على الأقل.
profile-level-none = لا أتكلمها
profile-topics-legend = المواضيع
profile-topics-hint = اختر الأمور التي يمكنك أن تساعد فيها. يمكنك أيضًا اختيار أمور تريد أن تتعلمها.
profile-topic-none = ليس الآن
profile-topic-confident = يمكنني المساعدة في هذا
profile-topic-learning = أريد أن أتعلم هذا
profile-languages-more = المزيد من اللغات
profile-group-chosen = المختارة: { $count }
profile-group-identity = التحقق من الهوية والجهات الرسمية
profile-group-health = الصحة
profile-group-work = العمل
profile-group-money = البنك والأمان على الإنترنت
profile-group-devices = الهاتف والتطبيقات والأجهزة
profile-group-everyday = الرسائل والحياة اليومية
profile-save = احفظ اللغات والمواضيع
profile-error-no-language = اختر لغة واحدة على الأقل ومستواها.
profile-training-title = تدريباتي
profile-training-help = يسجّل المنسق التدريب هنا عندما تنهيه.

## External badges and courses

credentials-title = الشارات والدورات
credentials-help = أضف الشارات والدورات التي أنهيتها في مكان آخر. المنسق يراها.
credentials-empty = لم تُضِف أي شارات أو دورات بعد.
credentials-issued = { $issuer }، { $date }
credentials-link = افتح الرابط
credentials-delete = احذف
credentials-add-title = أضف شارة أو دورة
credentials-add = أضف
field-credential-name = اسم الشارة أو الدورة
field-credential-issuer = الجهة التي أعطتها
field-credential-date = التاريخ
field-credential-link = الرابط (اختياري)
form-hint-credential-name = اكتب الاسم كما هو في الشهادة.
form-hint-credential-issuer = مثلًا منظمة أو مدرسة.
form-hint-credential-link = يبدأ العنوان بـ https://

## Training modules

training-title = التدريبات
training-intro = يأخذ المتطوعون هذه التدريبات. يمكن للمتطوع أن يبدأ عندما ينهي كل التدريبات الإلزامية.
training-modules-title = تدريبات منظمتك
training-column-module = التدريب
training-column-required = إلزامي؟
training-column-done = تم
training-required = إلزامي
training-optional = اختياري
training-not-yet = ليس بعد
training-empty = لا توجد تدريبات بعد.
training-make-optional = اجعله اختياريًا
training-make-required = اجعله إلزاميًا
training-add-title = أضف تدريبًا
training-add = أضف التدريب
field-training-title = اسم التدريب
field-training-required = تدريب إلزامي
form-hint-max-length = { $count ->
    [zero] { $count } حرف على الأكثر.
    [one] حرف واحد على الأكثر.
    [two] حرفان على الأكثر.
    [few] { $count } أحرف على الأكثر.
    [many] { $count } حرفًا على الأكثر.
   *[other] { $count } حرف على الأكثر.
}
training-seed-role = دور الرفيق الرقمي
training-seed-ethics = قواعد المساعدة الرقمية: لا نأخذ الرموز، لا نقوم بالأمور بدلًا من الشخص، ومتى نرسله إلى جهة أخرى
training-seed-data-protection = حماية البيانات والسرية
training-seed-security = أمان المعلومات والاحتيال

## One volunteer (coordinator)

volunteer-title = بيانات المتطوع
volunteer-back = ارجع إلى المتطوعين
volunteer-status-title = الحالة
volunteer-status-new = الحالة الجديدة
volunteer-status-hint = يمكن تغيير الحالة إلى نشط فقط عندما ينهي المتطوع كل التدريبات الإلزامية.
volunteer-status-save = غيّر الحالة
volunteer-status-error-training = لا يمكن تغيير الحالة إلى نشط بعد. هذه التدريبات الإلزامية ناقصة:
volunteer-history-title = تغييرات الحالة
volunteer-history-when = الوقت
volunteer-history-from = قبل
volunteer-history-to = بعد
volunteer-history-by = مَن غيّرها
volunteer-history-empty = لم تتغير الحالة بعد.
volunteer-languages-title = اللغات
volunteer-languages-empty = لم يختر المتطوع أي لغة بعد.
volunteer-topics-title = المواضيع
volunteer-topics-confident = يمكنه المساعدة في
volunteer-topics-learning = يريد أن يتعلم
volunteer-topics-empty = لا توجد مواضيع.
volunteer-training-title = التدريبات
volunteer-training-date = تاريخ الإنهاء
volunteer-training-record = سجّله كمُنجَز
volunteer-credentials-empty = لا توجد شارات أو دورات.

## Errors next to fields

form-error-date = تحقق من التاريخ.
form-error-future-date = لا يمكن أن يكون التاريخ في المستقبل.
form-error-link = تحقق من الرابط. يجب أن يبدأ بـ https:// أو http://.

## Messages after an action

flash-skills-saved = تم حفظ اللغات والمواضيع.
flash-credential-added = تمت إضافة الشارة أو الدورة.
flash-credential-deleted = تم حذف الشارة أو الدورة.
flash-training-module-added = تمت إضافة التدريب.
flash-training-module-saved = تم تغيير التدريب.
flash-training-recorded = تم تسجيل التدريب كمُنجَز.
flash-status-changed = تم تغيير الحالة.
flash-status-unchanged = كانت الحالة هكذا من قبل. لم يتغير شيء.

## Event log

audit-volunteer-viewed = اطّلع على بيانات متطوع
audit-volunteer-status-changed = غيّر حالة متطوع
audit-training-recorded = سجّل تدريبًا كمُنجَز
audit-training-module-added = أضاف تدريبًا
audit-training-module-changed = غيّر تدريبًا
audit-subject-training-module = التدريب { $id }
