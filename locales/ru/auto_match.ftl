# Automatic matching: the engine confirms its own suggestions at a site.
duty-by-engine-title = Назначено системой
duty-by-engine-lead = Система назначила их сама. Причины указаны ниже.
duty-auto-is-on = В этом месте система сама назначает помощников.
duty-auto-is-off = Помощников назначают вручную. Система только предлагает.
duty-auto-on = Пусть система назначает сама
duty-auto-off = Назначать вручную
flash-auto-match-on = Теперь система назначает сама.
flash-auto-match-off = Теперь помощников назначают вручную.
audit-auto-match-on = Включение автоматического назначения
audit-auto-match-off = Выключение автоматического назначения
