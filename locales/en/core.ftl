## Layout: header, navigation, language choice, footer

app-name = Digikaveri
skip-to-content = Skip to content
nav-label = Main menu
nav-home = Home
language-switcher-label = Language
footer-about = Digital buddies are volunteers. They help with digital things for free.

nav-sign-in = Sign in
nav-sign-out = Sign out
nav-dashboard = My page
nav-account = My details
nav-organisations = Organisations
nav-volunteers = Volunteers
nav-coordinators = Coordinators
nav-audit = Event log
nav-retention = Data retention

## A day and its hours, each written by the code from CLDR data in Finnish time.
## Translate only what joins them.

time-span = { $day }, { $times }

## Error pages

error-code = Error code { $code }
error-back-home = Go to the home page
error-400-title = The request did not work
error-400-body = Something went wrong. Go back and try again.
error-403-title = No access
error-403-body = You do not have permission to see this page.
error-404-title = Page not found
error-404-body = This page does not exist, or it has moved. Check the address.
error-422-title = Something in the form is wrong
error-422-body = The form has information we cannot use. Go back and check it.
error-429-title = Too many tries
error-429-body = Wait a moment, then try again.
error-500-title = Something went wrong
error-500-body = The service has a fault. Try again in a moment.
error-503-title = The service is not available now
error-503-body = The service is down for a moment. Try again soon.
error-other-title = The request did not work
error-other-body = Something went wrong. Go to the home page and try again.
