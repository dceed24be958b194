## Kinds of site

site-kind-drop-in = Mötesplats
site-kind-food-aid = Mathjälp
site-kind-library = Bibliotek
site-kind-other = Annan plats
