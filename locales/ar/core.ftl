## Layout: header, navigation, language choice, footer

app-name = Digikaveri
skip-to-content = انتقل إلى المحتوى
nav-label = القائمة الرئيسية
nav-home = الصفحة الرئيسية
language-switcher-label = اللغة
footer-about = الرفقاء الرقميون متطوعون. يساعدون في الأمور الرقمية مجانًا.

nav-sign-in = تسجيل الدخول
nav-sign-out = تسجيل الخروج
nav-dashboard = صفحتي
nav-account = بياناتي
nav-organisations = المنظمات
nav-volunteers = المتطوعون
nav-coordinators = المنسقون
nav-audit = سجل الأحداث
nav-retention = حفظ البيانات

## A day and its hours, each written by the code from CLDR data in Finnish time.
## Translate only what joins them.

time-span = { $day }، { $times }

## Error pages

error-code = رمز الخطأ { $code }
error-back-home = اذهب إلى الصفحة الرئيسية
error-400-title = لم ينجح الطلب
error-400-body = حدث خطأ ما. ارجع وحاول مرة أخرى.
error-403-title = لا يمكنك الدخول
error-403-body = ليس لديك إذن لفتح هذه الصفحة.
error-404-title = الصفحة غير موجودة
error-404-body = هذه الصفحة غير موجودة، أو نُقلت إلى مكان آخر. تحقق من العنوان.
error-422-title = يوجد خطأ في البيانات
error-422-body = بيانات النموذج غير صحيحة. ارجع وتحقق من البيانات.
error-429-title = محاولات كثيرة جدًا
error-429-body = انتظر قليلًا، ثم حاول مرة أخرى.
error-500-title = حدث خطأ ما
error-500-body = يوجد عطل في الخدمة. حاول مرة أخرى بعد قليل.
error-503-title = الخدمة غير متاحة الآن
error-503-body = الخدمة متوقفة لوقت قصير. حاول مرة أخرى بعد قليل.
error-other-title = لم ينجح الطلب
error-other-body = حدث خطأ ما. اذهب إلى الصفحة الرئيسية وحاول مرة أخرى.
