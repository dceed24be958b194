## Form fields

field-email = البريد الإلكتروني
field-password = كلمة المرور
field-new-password = كلمة المرور الجديدة
field-current-password = كلمة المرور الحالية
field-password-to-confirm = اكتب كلمة المرور للتأكيد
field-display-name = الاسم الذي يظهر
field-locale = لغة الخدمة
field-phone = رقم الهاتف (اختياري)
field-organisation-name = اسم المنظمة
field-coordinator-email = البريد الإلكتروني للمنسق الأول

## Hints under fields

form-hint-password = { $count ->
    [few] { $count } أحرف على الأقل. الجملة الطويلة كلمة مرور جيدة.
    [many] { $count } حرفًا على الأقل. الجملة الطويلة كلمة مرور جيدة.
   *[other] { $count } حرف على الأقل. الجملة الطويلة كلمة مرور جيدة.
}
form-hint-display-name = مثلًا اسمك الأول. الأشخاص الذين تساعدهم يرون هذا الاسم.
form-hint-phone = لا يرى الرقم إلا منسقو منظمتك.

## Errors next to fields

form-error-required = هذه المعلومة ناقصة.
form-error-too-long = النص طويل جدًا.
form-error-email = تحقق من عنوان البريد الإلكتروني. يجب أن يكون فيه العلامة @، مثلًا name@example.com.
form-error-password-short = كلمة المرور قصيرة جدًا.
form-error-phone = تحقق من رقم الهاتف. استخدم الأرقام فقط، مثلًا 0401234567.
form-error-choose = اختر أحد الخيارات.
form-error-wrong-password = كلمة المرور غير صحيحة.

## Links to pass on

link-label = الرابط
link-closed-title = هذا الرابط لا يعمل
link-closed-body = الرابط استُخدم من قبل، أو هو قديم جدًا، أو غير صحيح. اطلب من المنسق رابطًا جديدًا.

## Messages after an action

flash-signed-in = لقد سجّلت الدخول.
flash-signed-out = لقد سجّلت الخروج.
flash-profile-saved = تم حفظ بياناتك.
flash-password-changed = تم تغيير كلمة المرور. تم تسجيل خروجك من الأجهزة الأخرى.
flash-password-reset = تم حفظ كلمة المرور الجديدة. سجّل الدخول الآن.
flash-account-deleted = تم حذف حسابك.
flash-organisation-created = تم إنشاء المنظمة.
flash-volunteer-approved = تمت الموافقة على المتطوع للتدريب.
flash-join-link-renewed = رابط الانضمام جديد الآن. الرابط القديم لا يعمل بعد الآن.
flash-welcome-volunteer = أهلًا بك! سينظر المنسق في طلبك.
flash-welcome-coordinator = أهلًا بك! حسابك جاهز.

## Shared by many forms

form-error-time = اكتب الوقت بالأرقام، مثلًا 10:00 أو 14:30.
form-problem = يوجد خطأ في النموذج. اقرأ الرسائل بجانب الحقول.
form-choose = اختر
form-save = احفظ
