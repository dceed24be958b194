## Front page

home-title = کمک در کارهای دیجیتال
home-lead = همیاران دیجیتال داوطلب هستند. آن‌ها در کار با تلفن، ایمیل و خدمات اینترنتی به شما کمک می‌کنند. این کمک رایگان است. می‌توانید به زبان خودتان کمک بگیرید.
home-steps-title = چطور کمک بگیرید
home-step-come = وقتی همیار دیجیتال آنجاست، به آنجا بیایید.
home-step-tell = بگویید در چه کاری کمک لازم دارید.
home-step-yourself = شما کار را خودتان با دستگاه خودتان انجام می‌دهید. همیار دیجیتال کنار شماست و راهنمایی می‌کند.
home-safety-title = رمزهای خود را به کسی ندهید
home-safety-body = همیار دیجیتال هیچ‌وقت رمزهای بانکی، کد PIN یا رمز عبور شما را نمی‌پرسد. او کارها را به جای شما انجام نمی‌دهد.
home-sites-title = کجا کمک می‌کنیم
home-sites-empty = هنوز هیچ مکانی اضافه نشده است.
home-site-address = نشانی:
home-site-organisation = برگزارکننده: { $organisation }

# The directory of places, when a city has too many for the front page.
home-sites-many = همیاران دیجیتال در { $count } مکان کمک می‌کنند. مکانی نزدیک خودتان پیدا کنید یا همه را ببینید.
places-search-label = نام، نشانی یا کد مکان
places-search = جستجوی مکان
places-all = نمایش همه مکان‌ها
places-found = { $count ->
    [one] یک مکان پیدا شد.
   *[other] { $count } مکان پیدا شد.
}
places-none = هیچ مکانی پیدا نشد. کلمه‌های کمتر یا کوتاه‌تری را امتحان کنید.
