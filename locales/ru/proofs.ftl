## Proof of experience: composing it, the printable page, confirming it, verifying it

proofs-title = Справка об опыте
proofs-lead = Составьте справку для поиска работы. Выберите, что в ней будет и на каком языке. Координатор подтвердит её, а работодатель сможет проверить её по коду.
field-proof-language = Язык справки
form-hint-proof-language = Языки, на которых читают работодатели в Финляндии.
proof-language-fi = финский
proof-language-sv = шведский
proof-language-en = английский
field-proof-parts = Что будет в справке
proof-part-work = Смены и часы
proof-part-topics = Помощь по темам
proof-part-languages = Языки, на которых я помогаю
proof-part-trainings = Обучение
proof-part-credentials = Цифровые значки и курсы
proof-part-skills = Навыки и что показывает работа
proof-part-levels = Уровни навыков
proof-error-parts = Выберите хотя бы один пункт.
proof-compose = Составить справку
proofs-own-title = Мои справки
proofs-none = У вас пока нет справок.
proof-status-waiting = Ждёт подтверждения координатора
proof-status-confirmed = Подтверждена
proof-status-withdrawn = Отозвана
flash-proof-composed = Справка составлена. Координатор подтвердит её.
proof-title = Справка о волонтёрской работе в качестве цифрового помощника
proof-lead = Опыт волонтёрской работы в качестве цифрового помощника в организации { $organisation }. Цифровой помощник помогает людям с цифровыми услугами так, чтобы они научились делать это сами.
proof-period = { $from } – { $until }
proof-times = { $count ->
    [one] { $count } раз
    [few] { $count } раза
    [many] { $count } раз
   *[other] { $count } раза
}
proof-evidence = { $count ->
    [one] { $count } случай помощи
    [few] { $count } случая помощи
    [many] { $count } случаев помощи
   *[other] { $count } случая помощи
}, { $first } – { $last }
proof-level-self = { $step } (собственная оценка от { $date })
proof-level-observed = { $step } (наблюдение координатора от { $date })
proof-signed = Подтверждено: { $name }, { $date }
proof-not-signed = Координатор ещё не подтвердил эту справку.
proof-withdrawn = Справка отозвана волонтёром { $date }.
proof-verify-at = Проверить справку можно по адресу
proof-code = Код:
proof-qr-label = QR-код для проверки справки
proof-print = Чтобы распечатать справку, используйте печать в браузере (Ctrl+P).
proof-withdraw = Отозвать справку
flash-proof-withdrawn = Справка отозвана. Её больше нельзя проверить.
proofs-waiting-title = Справки для подтверждения
proofs-waiting-lead = Прочитайте справку и подтвердите её, если всё указано верно.
proofs-waiting-none = Справок для подтверждения нет.
proof-confirm-lead = Когда вы подтверждаете справку, вы говорите, что всё указано верно. Ваше имя и дата будут видны в справке.
proof-confirm = Подтвердить справку
flash-proof-signed = Справка подтверждена.
volunteer-proofs = Справки для подтверждения
audit-proof-signed = Подтверждение справки
audit-subject-proof = Справка { $id }
