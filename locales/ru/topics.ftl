## Help topics: what a person can get help with. Short labels; they appear next to an icon.

topic-strong-eid = Банковские коды и электронная идентификация
topic-suomifi = Suomi.fi (Сообщения, Полномочия)
topic-kela = Kela: пособия и заявления
topic-omakanta = OmaKanta: рецепты и медицинские данные
topic-health-eservices = Онлайн-услуги поликлиники и запись на приём
topic-migri = Вид на жительство (Enter Finland)
topic-finnish-authenticator = Идентификация без финского личного кода
topic-jobmarket = Työmarkkinatori и регистрация как соискатель работы
topic-job-applications = Резюме и заявления на работу онлайн
topic-banking = Интернет-банк и оплата счетов
topic-email = Электронная почта
topic-smartphone-basics = Основы работы со смартфоном
topic-apps = Установка приложений
topic-passwords = Пароли и восстановление доступа
topic-scams-security = Мошенничество и безопасность в интернете
topic-transport-app = Приложение общественного транспорта и билеты
topic-video-messaging = Видеозвонки и мессенджеры
topic-wilma = Сообщения из школы и детского сада (Wilma)
topic-tax = Налоговая карточка и OmaVero
topic-documents = Вложения, сканирование и печать
topic-device-connectivity = Устройство, тарифный план и Wi-Fi
topic-digital-id = Цифровое удостоверение личности
topic-finding-info = Поиск нужной информации и услуги
topic-other = Другое
