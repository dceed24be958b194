# Automatic matching: the engine confirms its own suggestions at a site.
duty-by-engine-title = وصل‌شده به دست سامانه
duty-by-engine-lead = سامانه این‌ها را خودش وصل کرد. دلیل‌ها پایین آمده است.
duty-auto-is-on = در این مکان سامانه خودش آدم‌ها را وصل می‌کند.
duty-auto-is-off = آدم‌ها با دست وصل می‌شوند. سامانه فقط پیشنهاد می‌دهد.
duty-auto-on = بگذار سامانه خودش وصل کند
duty-auto-off = وصل کردن با دست
flash-auto-match-on = حالا سامانه خودش وصل می‌کند.
flash-auto-match-off = حالا آدم‌ها با دست وصل می‌شوند.
audit-auto-match-on = وصل کردن خودکار را روشن کرد
audit-auto-match-off = وصل کردن خودکار را خاموش کرد
