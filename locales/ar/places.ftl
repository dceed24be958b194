## Sites run by the coordinators

nav-sites = الأماكن
sites-title = الأماكن
site-add = أضف مكانًا
site-new-title = مكان جديد
site-edit-title = بيانات المكان
site-create = أضف المكان
site-edit = غيّر
site-close = أغلق المكان
site-reopen = افتح المكان مرة أخرى
site-closed = هذا المكان مغلق.
site-queue-paused = أخذ أرقام الانتظار متوقف مؤقتًا.
sites-back = ارجع إلى الأماكن
sites-empty-title = لا توجد أماكن بعد
sites-empty-help = أضف أولًا مكانًا يساعد فيه الرفقاء الرقميون. بعد ذلك يمكنك إنشاء مناوبات فيه وطباعة ملصق المكان.
field-site-name = اسم المكان
field-site-kind = نوع المكان
field-site-address = العنوان
field-site-code = رمز قصير
form-hint-site-code = من 3 إلى 10 حروف A–Z أو أرقام، ويبدأ بحرف. الرمز مكتوب على الملصق وعلى أرقام الانتظار. إذا غيّرت الرمز، يبقى عنوان الملصق القديم يعمل نصف سنة.
field-site-opening = أوقات العمل وكيف تجد المساعدة
form-hint-site-opening = هذا النص يراه الأشخاص الذين يبحثون عن المساعدة. اكتب بلغتك. يمكنك أيضًا الكتابة بلغات أخرى.
field-site-access = سهولة الوصول
form-hint-site-access = مثلًا: درج، أو مصعد، أو مدخل بدون درج.
field-site-tables = الطاولات
form-hint-site-tables = طاولة أو مكتب واحد في كل سطر، مثلًا 1 و 2. يختار الرفيق الرقمي طاولة عندما يصل إلى مناوبته.
site-error-code = الرمز فيه من 3 إلى 10 حروف A–Z أو أرقام، ويبدأ بحرف.
site-error-code-taken = هذا الرمز مستخدم من قبل. اختر رمزًا آخر.
site-error-tables = تحقق من الطاولات: 30 طاولة على الأكثر، لكل طاولة اسم مختلف، والاسم 30 حرفًا على الأكثر.
flash-site-created = تمت إضافة المكان.
flash-site-saved = تم حفظ بيانات المكان.
flash-site-closed = تم إغلاق المكان.
flash-site-reopened = المكان مفتوح مرة أخرى.
site-close-title = هل تريد إغلاق المكان؟
site-close-help = لا يمكن لأحد أخذ رقم انتظار في مكان مغلق، ولا يراه الأشخاص الذين يبحثون عن المساعدة. تبقى مناوبات المكان وسجله محفوظة. يمكنك فتح المكان مرة أخرى.
site-close-confirm = نعم، أغلق المكان
form-keep = لا، ارجع
form-other-languages = بلغات أخرى
audit-site-created = أضاف مكانًا
audit-site-changed = غيّر بيانات مكان
audit-site-closed = أغلق مكانًا
audit-site-reopened = فتح مكانًا مرة أخرى
audit-subject-site = المكان { $id }

## The first steps of a new organisation

steps-title = كيف تبدأ
steps-site = أضف مكانك الأول
steps-series = أنشئ مناوبة أسبوعية
steps-join-link = أرسل رابط الانضمام إلى المتطوعين
steps-poster = اطبع ملصق المكان
steps-done = تم
shift-no-sites = المناوبة تكون دائمًا في مكان. أضف مكانًا أولًا.

## The day at the site

nav-today = اليوم
today-title = اليوم
today-open = يمكن أخذ أرقام الانتظار
today-not-open = غير مفتوح الآن
today-waiting = { $count ->
    [zero] لا أحد ينتظر
    [one] شخص واحد ينتظر
    [two] شخصان ينتظران
    [few] { $count } أشخاص ينتظرون
    [many] { $count } شخصًا ينتظرون
   *[other] { $count } شخص ينتظرون
}
today-empty-title = لا توجد مناوبات اليوم
today-empty-help = عندما تكون في مكان مناوبة اليوم، ترى هنا من هو حاضر وكم شخصًا ينتظر.
nav-queue = قائمة الانتظار
field-table = الطاولة
table-none = بدون طاولة
duty-at-table = الطاولة { $table }
duty-seat = غيّر الطاولة
flash-duty-seated = تم تغيير الطاولة.
flash-duty-not-on-duty = هذا الرفيق الرقمي غير موجود هنا الآن.
duty-undo-title = ما زال يمكنك التراجع
duty-undo-unserved = تراجع: لم نستطع المساعدة ({ $code })
flash-duty-undone = تم التراجع. الرقم في قائمة الانتظار مرة أخرى.
flash-duty-undo-too-late = لم يعد التراجع عن هذا ممكنًا.
duty-controls-title = التحكم في قائمة الانتظار
duty-pause = أوقف أخذ الأرقام مؤقتًا
duty-resume = اسمح بأخذ الأرقام مرة أخرى
flash-queue-paused = لا يمكن لأحد أخذ أرقام جديدة الآن.
flash-queue-resumed = يمكن أخذ الأرقام مرة أخرى.
field-remove-minutes = احذف أرقام الانتظار التي أُخذت في الدقائق الأخيرة
form-hint-remove-minutes = عندما يأخذ شخص أرقامًا كثيرة لا يستخدمها أحد. اكتب عدد الدقائق (من 1 إلى 240).
duty-remove = احذف الأرقام
flash-queue-removed = تم حذف الأرقام.
duty-on-duty-at = أنت في مناوبة في { $site }. هذه الصفحة تتحدّث تلقائيًا.
duty-check-in-first = سجّل حضورك أولًا في صفحة مناوبتك.
board-undo-check-in = تراجع عن «حاضر»: { $name }
board-undo-no-show = تراجع عن «لم يحضر»: { $name }
shift-refusal-not-started = المناوبة لم تبدأ بعد.
shift-refusal-undo-too-late = لم يعد التراجع عن هذه العلامة ممكنًا.

## Queue numbers: one per phone, pauses, help in another language

queue-you-have = لديك رقم في هذا المكان من قبل: { $code }.
queue-open-yours = افتح رقمك
flash-ticket-already = لديك رقم من قبل. هذا هو رقمك.
queue-paused = لا يمكن أخذ رقم الآن. اسأل الموظفين هنا.
queue-site-closed = هذا المكان مغلق.
queue-too-many = أُخذت أرقام كثيرة جدًا الآن. انتظر قليلًا وحاول مرة أخرى.
ticket-status-helping = رفيق رقمي يساعدك الآن
ticket-helping-help = بدأت المساعدة. أنت تفعل ذلك بنفسك، والرفيق الرقمي يرشدك.
ticket-status-removed = حذف الموظفون هذا الرقم.
ticket-your-helper-table = رفيقك الرقمي هو { $name }. اذهب إلى الطاولة { $table }.
ticket-requeued = رفيقك الرقمي لا يستطيع المساعدة. أنت ما زلت في قائمة الانتظار في نفس دورك، ونبحث لك عن رفيق رقمي آخر.
ticket-nobody-speaks = لا يوجد هنا الآن أحد يتكلم { $language }.
ticket-second-language = لا أحد هنا يتكلم لغتك الأولى. يمكن لرفيق رقمي أن يساعدك باللغة { $language }.
ticket-next-help = المساعدة القادمة بلغتك: { $when }، في { $site }.
ticket-next-help-none = لا توجد مساعدة بهذه اللغة في الأسبوعين القادمين.
ticket-may-wait = يمكنك أن تبقى في قائمة الانتظار. ربما يساعدك شخص بلغة أخرى.
ticket-leave-title = هل تريد مغادرة قائمة الانتظار؟
ticket-leave-help = إذا غادرت، يُحذف رقمك من قائمة الانتظار. يمكنك أخذ رقم جديد إذا رجعت.
ticket-leave-confirm = نعم، سأغادر قائمة الانتظار
ticket-stay = لا، سأبقى في قائمة الانتظار

## Weekly series: one shift or more

shift-scope-title = على أي مناوبات ينطبق التغيير؟
form-hint-shift-scope = في السلسلة الأسبوعية تبقى كل مناوبة في يومها. تتغير الأوقات والأماكن واللغات في المناوبات التي تختارها.
shift-scope-one = هذه المناوبة فقط
shift-scope-following = هذه المناوبة والمناوبات التي بعدها
shift-scope-series = كل المناوبات في هذه السلسلة
shift-cancel-title = هل تريد إلغاء المناوبة؟
shift-cancel-help = يُبلَّغ المسجّلون في المناوبة بأنها أُلغيت.
shift-cancel-confirm = نعم، ألغِ
shift-error-date-window = اختر يومًا ليس قبل أكثر من سنة، وليس بعد أكثر من سنتين.

## Passwords and joining by mail

login-forgot-link = هل نسيت كلمة المرور؟
forgot-title = نسيت كلمة المرور
forgot-help = اكتب عنوان بريدك الإلكتروني. نرسل إليه رابطًا، وبالرابط يمكنك إنشاء كلمة مرور جديدة.
forgot-submit = أرسل الرابط
forgot-sent = إذا كان هناك حساب بهذا العنوان، فالرابط في الطريق إليك. انظر في بريدك الإلكتروني. يعمل الرابط يومًا واحدًا.
forgot-too-many = طُلبت روابط كثيرة جدًا. حاول مرة أخرى لاحقًا.
mail-reset-subject = كلمة مرور جديدة لخدمة Digikaveri
mail-reset-body = طلب شخص كلمة مرور جديدة لهذا البريد الإلكتروني. أنشئ كلمة مرور جديدة بهذا الرابط: { $link } يعمل الرابط يومًا واحدًا. إذا لم تطلب ذلك، يمكنك تجاهل هذه الرسالة.
join-mailed-title = انظر في بريدك الإلكتروني
join-mailed-body = أرسلنا رابطًا إلى { $email }.
join-mailed-help = افتح الرابط خلال يومين. بعد ذلك تكون قد انضممت، وسيتواصل معك المنسق.
mail-join-subject = انضم كرفيق رقمي: { $organisation }
mail-join-body = شكرًا لأنك تريد أن تكون رفيقًا رقميًا! أكمل الانضمام بهذا الرابط: { $link } يعمل الرابط يومين.
mail-join-member-subject = لديك حساب في Digikaveri من قبل
mail-join-member-body = حاول شخص الانضمام إلى { $organisation } بهذا البريد الإلكتروني. لديك حساب من قبل. إذا نسيت كلمة المرور، أنشئ كلمة مرور جديدة هنا: { $link }
join-confirm-title = أكمل الانضمام
join-confirm-help = اضغط على الزر، فيتم إنشاء حسابك وتنضم.
join-confirm-submit = انضم كرفيق رقمي
flash-join-member = لديك حساب من قبل. سجّل الدخول.
form-error-too-often = تمت المحاولة مرات كثيرة جدًا. حاول مرة أخرى لاحقًا.
audit-password-reset-requested = طلب رابط كلمة مرور جديدة
error-403-form-body = لم يكن ممكنًا التحقق من النموذج. المتصفح لم يُعِد ملف تعريف الارتباط (cookie). افتح الخدمة من عنوانها الصحيح واسمح بملفات تعريف الارتباط:
