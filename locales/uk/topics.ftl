## Help topics: what a person can get help with. Short labels; they appear next to an icon.

topic-strong-eid = Банківські коди та електронна ідентифікація
topic-suomifi = Suomi.fi (Повідомлення, Повноваження)
topic-kela = Kela: виплати та заяви
topic-omakanta = OmaKanta: рецепти та медичні дані
topic-health-eservices = Онлайн-послуги поліклініки та запис на прийом
topic-migri = Дозвіл на проживання (Enter Finland)
topic-finnish-authenticator = Ідентифікація без фінського особового коду
topic-jobmarket = Työmarkkinatori та реєстрація як шукача роботи
topic-job-applications = Резюме та заяви на роботу онлайн
topic-banking = Інтернет-банк та оплата рахунків
topic-email = Електронна пошта
topic-smartphone-basics = Основи роботи зі смартфоном
topic-apps = Встановлення застосунків
topic-passwords = Паролі та відновлення доступу
topic-scams-security = Шахрайство та безпека в інтернеті
topic-transport-app = Застосунок громадського транспорту та квитки
topic-video-messaging = Відеодзвінки та месенджери
topic-wilma = Повідомлення зі школи та дитячого садка (Wilma)
topic-tax = Податкова картка та OmaVero
topic-documents = Вкладення, сканування та друк
topic-device-connectivity = Пристрій, тарифний план і Wi-Fi
topic-digital-id = Цифрове посвідчення особи
topic-finding-info = Пошук потрібної інформації та послуги
topic-other = Інше
