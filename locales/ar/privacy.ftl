# The privacy notice, the retention rules and a volunteer's own data.
footer-privacy = حماية البيانات: ما نحفظه ومدة حفظه
privacy-title = حماية البيانات
privacy-intro = يحفظ Digikaveri فقط ما تحتاجه المساعدة ومناوبات المتطوعين والتقارير للجهات الممولة. فيما يلي ما يُحفظ ولماذا وإلى متى.
privacy-kept-title = ما يُحفظ ومدة حفظه
privacy-rights-title = بياناتك
privacy-rights = يستطيع المتطوع تنزيل كل ما هو محفوظ عنه من صفحة بياناتي، ورؤية الموظفين الذين اطلعوا على صفحته. لا نحفظ اسم من يأتون لطلب المساعدة ولا بيانات الاتصال بهم.
rule-unclaimed-tickets = أرقام الدور
rule-unclaimed-tickets-why = الرقم واللغات والمواضيع لازمة لإيجاد المتطوع المناسب. تبقى أرقام اليوم للتقارير بدون رقم الدور.
rule-ticket-links = الربط بين رقم الدور والمساعدة المسجلة
rule-ticket-links-why = الربط لازم للرأي والتسجيل. يُحذف بعد إبداء الرأي أو في نهاية اليوم.
rule-sign-in-sessions = تسجيلات الدخول
rule-sign-in-sessions-why = ينتهي تسجيل الدخول بعد ثماني ساعات بلا استخدام. ويُحذف تسجيل الدخول المنتهي.
rule-sign-in-attempts = محاولات تسجيل الدخول
rule-sign-in-attempts-why = تُعد المحاولات حتى لا يستطيع أحد تخمين كلمة المرور.
rule-used-links = الروابط المستعملة والمنتهية
rule-used-links-why = تُحذف روابط تغيير كلمة المرور والدعوة والانضمام بعد استعمالها أو انتهاء صلاحيتها.
rule-limit-counts = حدود النماذج العامة
rule-limit-counts-why = تُعد حتى لا يستطيع أحد ملء الدور. لا يُحفظ من العنوان إلا قيمة مشفرة.
rule-audit-log = سجل الأحداث
rule-audit-log-why = يبين السجل من فعل ماذا ومن اطلع على بيانات من.
rule-inactive-volunteers = حساب المتطوع
rule-inactive-volunteers-why = إذا لم تسجل الدخول منذ سنة، نسألك هل تريد الاحتفاظ بحسابك. إذا لم تجب خلال شهر، يُحذف اسمك وبريدك ورقم هاتفك. يبقى عدد المساعدات المسجلة في التقارير.
period-end-of-day = حتى نهاية يوم الدور.
period-hours = { $count ->
    [one] ساعة واحدة.
    [two] ساعتان.
    [few] { $count } ساعات.
   *[other] { $count } ساعة.
}
period-days = { $count ->
    [one] يوم واحد.
    [two] يومان.
    [few] { $count } أيام.
   *[other] { $count } يومًا.
}
period-months = { $count ->
    [one] شهر واحد.
    [two] شهران.
    [few] { $count } أشهر.
   *[other] { $count } شهرًا.
}
period-years = { $count ->
    [one] سنة واحدة.
    [two] سنتان.
    [few] { $count } سنوات.
   *[other] { $count } سنة.
}
retention-title = حفظ البيانات
retention-help = تحذف هذه القواعد البيانات تلقائيًا عند انتهاء مدتها. وهي تعمل مرة كل ساعة.
retention-last-run = آخر تشغيل { $when }.
retention-never-run = لم تعمل القواعد بعد.
retention-col-rule = ماذا
retention-col-period = إلى متى
retention-col-removed = ما حُذف في المرة الأخيرة
retention-asked = { $count ->
    [0] لم يُسأل أحد في المرة الأخيرة.
    [one] في المرة الأخيرة سُئل متطوع واحد هل يحتفظ بحسابه.
   *[other] في المرة الأخيرة سُئل { $count } من المتطوعين هل يحتفظون بحساباتهم.
}
audit-retention-run = حُذفت بيانات قديمة
audit-account-kept = اختار متطوع الاحتفاظ بحسابه
audit-data-exported = نُزّلت البيانات الشخصية
audit-subject-service = الخدمة
inactive-title = هل تريد الاحتفاظ بحسابك؟
inactive-help = لم تسجل الدخول منذ سنة. إذا لم تجب خلال شهر، ستُحذف بياناتك.
inactive-keep = احتفظ بحسابي
flash-account-kept = شكرًا! حسابك باقٍ.
mail-inactive-subject = هل تريد الاحتفاظ بحسابك في Digikaveri؟
mail-inactive-body = لم تسجل الدخول إلى Digikaveri منذ سنة. للاحتفاظ بحسابك، سجل الدخول خلال شهر: { $link }
    وإلا فسيُحذف اسمك وبريدك ورقم هاتفك.
account-data-link = بياناتي: ما هو محفوظ عني
data-title = بياناتي
data-help = هنا كل ما هو محفوظ عنك. يمكنك تنزيل البيانات نفسها في ملف. يُكتب كل تنزيل في سجل الأحداث.
data-download = نزّل بياناتي (JSON)
data-staff-views-title = الموظفون الذين اطلعوا على صفحتك
data-staff-view = { $when }: { $who }
data-staff-view-gone = { $when }: حساب محذوف
data-staff-views-empty = لم يطلع أي موظف على صفحتك.
data-section-empty = لا توجد بيانات.
