## Kinds of site

site-kind-drop-in = مركز لقاء مفتوح
site-kind-food-aid = مساعدات غذائية
site-kind-library = مكتبة
site-kind-other = مكان آخر
