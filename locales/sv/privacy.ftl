# The privacy notice, the retention rules and a volunteer's own data.
footer-privacy = Dataskydd: vad vi sparar och hur länge
privacy-title = Dataskydd
privacy-intro = Digikaveri sparar bara det som hjälpen, volontärernas pass och rapporterna till finansiärer behöver. Här står vad som sparas, varför och hur länge.
privacy-kept-title = Vad som sparas och hur länge
privacy-rights-title = Dina egna uppgifter
privacy-rights = En volontär kan ladda ner allt som sparats om hen under Mina uppgifter och se vilka anställda som har tittat på hens sida. Vi sparar inte namn eller kontaktuppgifter för dem som får hjälp.
rule-unclaimed-tickets = Könummer
rule-unclaimed-tickets-why = Numret, språken och ämnena behövs för att hitta rätt volontär. Dagens siffror sparas för rapporter, utan numret.
rule-ticket-links = Kopplingen mellan könummer och registrerad hjälp
rule-ticket-links-why = Kopplingen behövs för respons och registrering. Den tas bort efter responsen eller senast när dagen är slut.
rule-sign-in-sessions = Inloggningar
rule-sign-in-sessions-why = En inloggning upphör efter åtta timmar utan användning. En avslutad inloggning raderas.
rule-sign-in-attempts = Inloggningsförsök
rule-sign-in-attempts-why = Försöken räknas så att ingen kan gissa ett lösenord.
rule-used-links = Använda och utgångna länkar
rule-used-links-why = Länkar för nytt lösenord, inbjudningar och anslutning raderas när de har använts eller gått ut.
rule-limit-counts = Gränser för offentliga formulär
rule-limit-counts-why = Räknas så att ingen kan fylla kön. Bara en hash av adressen sparas.
rule-audit-log = Händelselogg
rule-audit-log-why = Loggen visar vem som gjorde vad och vem som tittade på vems uppgifter.
rule-inactive-volunteers = En volontärs konto
rule-inactive-volunteers-why = Om du inte har loggat in på ett år frågar vi om du vill behålla ditt konto. Om du inte svarar inom en månad tas ditt namn, din e-post och ditt telefonnummer bort. Antalet registrerade hjälptillfällen stannar i rapporterna.
period-end-of-day = Tills köns dag är slut.
period-hours = { $count ->
    [one] En timme.
   *[other] { $count } timmar.
}
period-days = { $count ->
    [one] En dag.
   *[other] { $count } dagar.
}
period-months = { $count ->
    [one] En månad.
   *[other] { $count } månader.
}
period-years = { $count ->
    [one] Ett år.
   *[other] { $count } år.
}
retention-title = Lagring av uppgifter
retention-help = Dessa regler raderar uppgifter automatiskt när deras tid är slut. De körs en gång i timmen.
retention-last-run = Kördes senast { $when }.
retention-never-run = Reglerna har inte körts ännu.
retention-col-rule = Vad
retention-col-period = Hur länge
retention-col-removed = Raderat senast
retention-asked = { $count ->
    [0] Ingen tillfrågades senast.
    [one] Senast tillfrågades en volontär om kontot ska behållas.
   *[other] Senast tillfrågades { $count } volontärer om kontot ska behållas.
}
audit-retention-run = Gamla uppgifter raderades
audit-account-kept = En volontär ville behålla sitt konto
audit-data-exported = Egna uppgifter laddades ner
audit-subject-service = Tjänsten
inactive-title = Vill du behålla ditt konto?
inactive-help = Du har inte loggat in på ett år. Om du inte svarar inom en månad tas dina uppgifter bort.
inactive-keep = Behåll mitt konto
flash-account-kept = Tack! Ditt konto finns kvar.
mail-inactive-subject = Vill du behålla ditt Digikaveri-konto?
mail-inactive-body = Du har inte loggat in på Digikaveri på ett år. Logga in inom en månad om du vill behålla ditt konto: { $link }
    Annars tas ditt namn, din e-post och ditt telefonnummer bort.
account-data-link = Mina uppgifter: vad som sparats om mig
data-title = Mina uppgifter
data-help = Här finns allt som sparats om dig. Du kan ladda ner samma uppgifter som en fil. Varje nedladdning skrivs i händelseloggen.
data-download = Ladda ner mina uppgifter (JSON)
data-staff-views-title = Vilka anställda tittade på din sida
data-staff-view = { $when }: { $who }
data-staff-view-gone = { $when }: ett raderat konto
data-staff-views-empty = Ingen anställd har tittat på din sida.
data-section-empty = Inga uppgifter.
