# Automatic matching: the engine confirms its own suggestions at a site.
duty-by-engine-title = Призначено системою
duty-by-engine-lead = Система призначила їх сама. Причини вказано нижче.
duty-auto-is-on = У цьому місці система сама призначає помічників.
duty-auto-is-off = Помічників призначають вручну. Система лише пропонує.
duty-auto-on = Нехай система призначає сама
duty-auto-off = Призначати вручну
flash-auto-match-on = Тепер система призначає сама.
flash-auto-match-off = Тепер помічників призначають вручну.
audit-auto-match-on = Увімкнення автоматичного призначення
audit-auto-match-off = Вимкнення автоматичного призначення
