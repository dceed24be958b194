## Help topics: what a person can get help with. Short labels; they appear next to an icon.

topic-strong-eid = رموز البنك والتحقق القوي من الهوية
topic-suomifi = خدمة Suomi.fi (الرسائل والتفويضات)
topic-kela = إعانات كيلا (Kela) وطلباتها
topic-omakanta = الوصفات الطبية والمعلومات الصحية في OmaKanta
topic-health-eservices = الخدمات الإلكترونية للمركز الصحي وحجز المواعيد
topic-migri = تصريح الإقامة (Enter Finland)
topic-finnish-authenticator = التحقق من الهوية بدون رقم هوية شخصي فنلندي
topic-jobmarket = موقع Työmarkkinatori والتسجيل كباحث عن عمل
topic-job-applications = السيرة الذاتية وطلبات العمل عبر الإنترنت
topic-banking = البنك عبر الإنترنت ودفع الفواتير
topic-email = البريد الإلكتروني
topic-smartphone-basics = أساسيات الهاتف الذكي
topic-apps = تثبيت التطبيقات
topic-passwords = كلمات المرور واستعادة الحساب
topic-scams-security = الاحتيال والأمان على الإنترنت
topic-transport-app = تطبيق النقل العام والتذاكر
topic-video-messaging = مكالمات الفيديو وتطبيقات الرسائل
topic-wilma = رسائل المدرسة وروضة الأطفال (Wilma)
topic-tax = بطاقة الضريبة وخدمة OmaVero
topic-documents = المرفقات والمسح الضوئي والطباعة
topic-device-connectivity = الجهاز واشتراك الهاتف والواي فاي
topic-digital-id = بطاقة الهوية الرقمية
topic-finding-info = العثور على المعلومات والخدمة المناسبة
topic-other = أمر آخر
