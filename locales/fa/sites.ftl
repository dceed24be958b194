## Kinds of site

site-kind-drop-in = مرکز دیدار
site-kind-food-aid = کمک غذایی
site-kind-library = کتابخانه
site-kind-other = مکان دیگر
