## Organisations (administrator)

organisations-title = المنظمات
organisations-new-title = منظمة جديدة
organisations-create = أنشئ المنظمة
organisations-list-title = كل المنظمات
organisations-people = المنسقون: { $coordinators }، المتطوعون: { $volunteers }
organisations-invite = أرسل دعوة
organisations-empty = لا توجد منظمات بعد.

## Coordinators

coordinators-title = المنسقون
coordinators-list-title = منسقو منظمتك
coordinators-pending-title = دعوات لم تُقبل بعد
coordinators-pending-expires = صالحة حتى { $time }
coordinators-invite-title = ادعُ منسقًا
coordinators-invite-help = يحصل الشخص على رابط لإنشاء حساب. يصبح منسقًا في منظمتك.
coordinators-invite-submit = أنشئ الدعوة

## Volunteers (coordinator)

volunteers-title = المتطوعون
volunteers-join-link-title = رابط الانضمام
volunteers-join-link-help = ينضم المتطوعون الجدد بهذا الرابط. أرسله فقط للأشخاص الذين تريد أن ينضموا.
volunteers-join-link-renew = أنشئ رابطًا جديدًا
volunteers-list-title = كل المتطوعين
volunteers-contact = معلومات التواصل
volunteers-status = الحالة
volunteers-joined = تاريخ الانضمام
volunteers-actions = الإجراءات
volunteers-approve = وافق على { $name }
volunteers-reset-link = رابط كلمة المرور: { $name }
volunteers-empty = لا يوجد متطوعون بعد. أرسل رابط الانضمام.

## Event log

audit-title = سجل الأحداث
audit-help = يبيّن السجل من فعل ماذا ومتى. الأحدث أولًا.
audit-when = الوقت
audit-who = مَن
audit-what = ماذا
audit-record = العنصر
audit-nobody = (غير معروف)
audit-empty = لا توجد أحداث بعد.
audit-sign-in = سجّل الدخول
audit-sign-in-failed = فشل تسجيل الدخول
audit-sign-out = سجّل الخروج
audit-organisation-created = أنشأ منظمة
audit-invitation-created = أنشأ دعوة
audit-invitation-accepted = قبل دعوة
audit-volunteer-registered = انضم كمتطوع
audit-volunteer-approved = وافق على متطوع
audit-volunteers-viewed = اطّلع على بيانات المتطوعين
audit-join-link-renewed = أنشأ رابط انضمام جديدًا
audit-password-reset-link-created = أنشأ رابط كلمة مرور
audit-password-reset = أنشأ كلمة مرور جديدة برابط
audit-password-changed = غيّر كلمة المرور
audit-profile-changed = غيّر بياناته
audit-account-deleted = تم حذف الحساب
audit-admin-created = تم إنشاء مدير
audit-subject-user = المستخدم { $id }
audit-subject-organisation = المنظمة { $id }
audit-subject-invitation = الدعوة { $id }
audit-subject-unknown-account = بريد إلكتروني غير معروف
