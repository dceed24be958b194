## Kinds of site

site-kind-drop-in = Goob kulan
site-kind-food-aid = Gargaar cunto
site-kind-library = Maktabad
site-kind-other = Goob kale
