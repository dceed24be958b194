## Help topics: what a person can get help with. Short labels; they appear next to an icon.

topic-strong-eid = رمزهای بانکی و احراز هویت قوی
topic-suomifi = سایت Suomi.fi (پیام‌ها و وکالت‌ها)
topic-kela = کمک‌هزینه‌های Kela و درخواست‌ها
topic-omakanta = نسخه‌های پزشکی و اطلاعات سلامت در OmaKanta
topic-health-eservices = خدمات اینترنتی درمانگاه و گرفتن نوبت
topic-migri = اجازه اقامت (Enter Finland)
topic-finnish-authenticator = احراز هویت بدون شماره شناسایی فنلاندی
topic-jobmarket = سایت Työmarkkinatori و ثبت‌نام به‌عنوان جویای کار
topic-job-applications = رزومه و درخواست کار در اینترنت
topic-banking = بانک اینترنتی و پرداخت قبض‌ها
topic-email = ایمیل
topic-smartphone-basics = اصول اولیه کار با گوشی هوشمند
topic-apps = نصب برنامه‌ها
topic-passwords = رمزهای عبور و بازیابی حساب
topic-scams-security = کلاهبرداری و امنیت در اینترنت
topic-transport-app = برنامه حمل‌ونقل عمومی و بلیت‌ها
topic-video-messaging = تماس تصویری و برنامه‌های پیام‌رسان
topic-wilma = پیام‌های مدرسه و مهدکودک (Wilma)
topic-tax = کارت مالیاتی و سایت OmaVero
topic-documents = پیوست‌ها، اسکن و چاپ
topic-device-connectivity = دستگاه، اشتراک تلفن همراه و وای‌فای
topic-digital-id = کارت شناسایی دیجیتال
topic-finding-info = پیدا کردن اطلاعات و خدمات مناسب
topic-other = موضوع دیگر
