## Kinds of site

site-kind-drop-in = Місце зустрічей
site-kind-food-aid = Продуктова допомога
site-kind-library = Бібліотека
site-kind-other = Інше місце
