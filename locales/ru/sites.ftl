## Kinds of site

site-kind-drop-in = Место встреч
site-kind-food-aid = Продуктовая помощь
site-kind-library = Библиотека
site-kind-other = Другое место
