## Signing in

login-title = تسجيل الدخول
login-submit = تسجيل الدخول
login-error-refused = البريد الإلكتروني أو كلمة المرور غير صحيحة.
login-error-throttled = محاولات كثيرة جدًا. انتظر 15 دقيقة، ثم حاول مرة أخرى.

## New password from a link

reset-title = إنشاء كلمة مرور جديدة
reset-help = اكتب كلمة مرور جديدة. ثم سجّل الدخول بكلمة المرور الجديدة.
reset-submit = احفظ كلمة المرور
reset-link-created-title = رابط لكلمة مرور جديدة
reset-link-created-help = أعطِ هذا الرابط للمتطوع بنفسك. يعمل الرابط مرة واحدة فقط، لمدة 24 ساعة.

## My page

dashboard-title = صفحتي
dashboard-hello = مرحبًا { $name }!
dashboard-status-title = وضعك الآن
dashboard-applicant-help = سينظر المنسق في طلبك. بعد ذلك ستحصل على معلومات عن التدريب.
dashboard-in-training-help = أنت في التدريب. عندما ينتهي التدريب، يمكنك أخذ مناوبات.
dashboard-active-help = يمكنك أخذ مناوبات ومساعدة الناس.
dashboard-paused-help = أنت في استراحة. تواصل مع المنسق عندما تريد أن تستمر.
dashboard-left-help = لقد توقفت عن التطوع. شكرًا لك على مساعدتك!
dashboard-coordinator-title = بانتظارك
dashboard-applicants-waiting = { $count ->
    [0] لا توجد طلبات جديدة.
    [one] يوجد طلب جديد واحد ينتظر الموافقة.
    [two] يوجد طلبان جديدان ينتظران الموافقة.
    [few] توجد { $count } طلبات جديدة تنتظر الموافقة.
    [many] يوجد { $count } طلبًا جديدًا ينتظر الموافقة.
   *[other] يوجد { $count } طلب جديد ينتظر الموافقة.
}
dashboard-admin-title = الإدارة

## Volunteer statuses

status-applicant = مقدّم طلب
status-in-training = في التدريب
status-active = نشط
status-paused = في استراحة
status-left = ترك التطوع

## My details

account-title = بياناتي
account-profile-title = الاسم واللغة
account-email = البريد الإلكتروني:
account-save = احفظ بياناتي
account-password-title = غيّر كلمة المرور
account-password-submit = غيّر كلمة المرور
account-delete-title = احذف حسابك
account-delete-help = سيتم حذف حسابك وبياناتك. تبقى جلسات المساعدة في الإحصاءات، لكن بدون اسمك. لا يمكنك التراجع عن هذا.
account-delete-submit = احذف حسابي

## Joining as a volunteer

join-title = كن رفيقًا رقميًا
join-intro = ستنضم إلى { $organisation } كمتطوع. المنسق يوافق عليك ويخبرك عن التدريب.
join-privacy = منظمتك فقط تستخدم بياناتك. يمكنك حذف حسابك في أي وقت.
join-submit = أرسل الطلب

## Invitations for coordinators

invitation-accept-title = أنشئ حساب منسق
invitation-accept-intro = أنت مدعو لتكون منسقًا في { $organisation }.
invitation-accept-submit = أنشئ الحساب
invitation-error-email-taken = يوجد حساب بهذا البريد الإلكتروني من قبل. سجّل الدخول به.
invitation-created-title = تم إنشاء الدعوة
invitation-created-help = أرسلنا الدعوة بالبريد الإلكتروني. يمكنك أيضًا أن تعطي هذا الرابط بنفسك. يعمل الرابط مرة واحدة فقط، لمدة 7 أيام.

## Mail

mail-invitation-subject = دعوة إلى Digikaveri: { $organisation }
mail-invitation-body = مرحبًا! أنت مدعو لتكون منسقًا في { $organisation } في خدمة Digikaveri. أنشئ حسابك بهذا الرابط: { $link } يعمل الرابط مرة واحدة فقط، لمدة 7 أيام.
