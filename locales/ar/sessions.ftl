## Help sessions: the volunteer's record, the coordinator's lists, the person's answers

session-record-title = سجّل المساعدة
session-walk-in-lead = سجّل المساعدة عندما يأتي شخص إلى طاولتك مباشرة بدون رقم انتظار، أو عندما تساعد مجموعة صغيرة.
field-session-outcome = كيف انتهت المساعدة؟
outcome-self = تعلّم الشخص أن يقوم بذلك بنفسه
outcome-together = قمنا بذلك معًا
outcome-partly = تم جزء منه فقط
outcome-referred = وجّهته إلى جهة أخرى
outcome-unsolved = لم يكن الحل ممكنًا
field-session-referred-to = إلى أين وجّهته؟
form-hint-session-referred-to = فقط إذا وجّهت الشخص إلى جهة أخرى.
session-not-referred = لم أوجّهه إلى جهة أخرى
referral-kela = مكتب خدمة كيلا (Kela)
referral-city-digital-support = الدعم الرقمي في البلدية
referral-library = المكتبة
referral-employment-services = خدمات التوظيف
referral-social-worker = أخصائي اجتماعي
referral-family = العائلة أو أحد المعارف
referral-other-service = خدمة أخرى
field-session-saw-codes = هل رأيت أو كتبت رموز الشخص أو كلمات المرور الخاصة به؟
form-hint-session-saw-codes = أجب بصدق. سيتحدث المنسق معك عن ذلك. هذه ليست عقوبة.
session-saw-codes-no = لا
session-saw-codes-yes = نعم، رأيت أو كتبت رموزًا
session-save = احفظ
session-details = تحقق من التفاصيل
field-session-minutes = المدة بالدقائق
form-hint-session-minutes = 1–480 دقيقة.
field-session-people = كم عدد الأشخاص؟
form-hint-session-people = 1 لشخص واحد، 2–10 لمجموعة صغيرة.
field-session-language = اللغة التي ساعدت بها
field-session-device = جهاز مَن؟
device-own-phone = هاتف الشخص نفسه
device-own-computer = حاسوب الشخص نفسه
device-site-computer = حاسوب المكان
field-session-topics = المواضيع التي ساعدت فيها
field-session-first-visit = كانت هذه أول زيارة للشخص
field-session-note = ما تعلّمته اليوم (اختياري)
form-hint-session-note = أنت فقط ترى هذا. اكتب عن تعلّمك أنت، لا عن الشخص.
form-error-identifies = احذف رقم الهوية الشخصي أو رقم الهاتف أو البريد الإلكتروني أو رقم البطاقة. يجب ألا تكشف الملاحظة مَن هو الشخص.
session-error-minutes = اكتب المدة بالدقائق، 1–480.
session-error-people = اكتب عدد الأشخاص، 1–10.
session-error-outcome = اختر كيف انتهت المساعدة.
session-error-referred-to = اختر إلى أين وجّهت الشخص.
session-error-not-on-duty = يمكنك تسجيل هذا النوع من المساعدة فقط بعد أن تسجّل حضورك في مناوبة.
flash-session-recorded = تم تسجيل المساعدة. شكرًا لك!
duty-to-record = لم تُسجَّل بعد
duty-record-ticket = سجّل { $code }
duty-record-walk-in = سجّل مساعدة بدون رقم انتظار
sessions-own-title = جلسات المساعدة التي قدّمتها
sessions-none = لم تسجّل أي مساعدة بعد.
# Two selectors, so that both the minutes and the people take the Arabic plural forms.
session-line = { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}{ $people ->
    [zero] {""}
    [one] {""}
    [two] ، شخصان
    [few] ، { $people } أشخاص
    [many] ، { $people } شخصًا
   *[other] ، { $people } شخص
}
session-own-note = ملاحظتي
sessions-feedback-title = ماذا قال مَن حصلوا على المساعدة
sessions-feedback-totals = عدد الإجابات: { $answers }. جيدة: { $good }، مقبولة: { $okay }، سيئة: { $bad }.
sessions-feedback-alone = { $count ->
    [zero] لم يقل أحد إنه يستطيع القيام بذلك وحده في المرة القادمة.
    [one] قال شخص واحد إنه يستطيع القيام بذلك وحده في المرة القادمة.
    [two] قال شخصان إنهما يستطيعان القيام بذلك وحدهما في المرة القادمة.
    [few] قال { $count } أشخاص إنهم يستطيعون القيام بذلك وحدهم في المرة القادمة.
    [many] قال { $count } شخصًا إنهم يستطيعون القيام بذلك وحدهم في المرة القادمة.
   *[other] قال { $count } شخص إنهم يستطيعون القيام بذلك وحدهم في المرة القادمة.
}
sessions-feedback-too-few = سترى ملخصًا عندما يصل عدد الإجابات إلى { $count } على الأقل. هكذا لا يعرف أحد مَن أجاب بماذا.
sessions-title = جلسات المساعدة
field-session-site = المكان
field-session-day = اليوم
sessions-show = اعرض
sessions-none-day = لم تُسجَّل أي مساعدة في هذا المكان في هذا اليوم.
sessions-follow-up-link = { $count ->
    [zero] لا توجد جلسات تنتظر النقاش
    [one] جلسة واحدة تنتظر النقاش
    [two] جلستان تنتظران النقاش
    [few] { $count } جلسات تنتظر النقاش
    [many] { $count } جلسة تنتظر النقاش
   *[other] { $count } جلسة تنتظر النقاش
}
follow-up-title = ناقش الأمر مع المتطوع
follow-up-lead = في هذه الجلسات رأى المتطوع رموز شخص آخر أو كتبها. تحدّث معه لتدعمه، لا لتعاقبه.
follow-up-done = تم النقاش
follow-up-none = لا يوجد شيء للنقاش.
flash-followed-up = تم التسجيل: تم النقاش.
nav-sessions = جلسات المساعدة
feedback-title = أخبرنا
feedback-how-was-it = كيف كانت المساعدة؟
feedback-face-good = جيدة
feedback-face-okay = مقبولة
feedback-face-bad = سيئة
feedback-next-time = هل تستطيع أن تقوم بهذا وحدك في المرة القادمة؟
feedback-next-alone = نعم
feedback-next-little-help = مع قليل من المساعدة
feedback-next-not-yet = ليس بعد
feedback-come-again = هل ستأتي مرة أخرى؟
feedback-yes = نعم
feedback-no = لا
feedback-anonymous = جوابك بدون اسم.
feedback-send = أرسل
flash-feedback-thanks = شكرًا على جوابك!
flash-feedback-closed = لقد أجبت من قبل، أو انتهى وقت الإجابة.

## Changing a record afterwards, the person's answers on the volunteer's phone, unrecorded help

session-edit-title = غيّر التسجيل
session-edit = غيّر
session-correct = صحّح
session-hand-over = ليس معه هاتف؟ دعه يجيب على هاتفك
flash-session-changed = تم تغيير التسجيل.
flash-session-corrected = تم تصحيح التسجيل. التصحيح موجود في سجل الأحداث.
flash-feedback-handed-back = تم حفظ الجواب. شكرًا! الآن يمكنك تسجيل المساعدة.
sessions-unrecorded-title = مساعدة لم تُسجَّل
sessions-unrecorded-lead = هذه المساعدة انتهت ولكنها لم تُسجَّل خلال اليوم. تحدّث عن ذلك مع الرفيق الرقمي.
sessions-unrecorded = { $volunteer }: { $count ->
    [zero] لا مساعدة غير مسجلة
    [one] مساعدة واحدة غير مسجلة
    [two] مساعدتان غير مسجلتين
    [few] { $count } مساعدات غير مسجلة
    [many] { $count } مساعدة غير مسجلة
   *[other] { $count } مساعدة غير مسجلة
} في { $site }، { $day }
sessions-unrecorded-done = تم النقاش
flash-reminder-done = تم التسجيل: تم النقاش.
audit-session-corrected = صحّح تسجيل مساعدة
audit-subject-help-session = مساعدة مسجلة { $id }
