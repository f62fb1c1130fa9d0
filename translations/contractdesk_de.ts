<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AtomicFileWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Authenticator</name>
    <message>
        <source>No secret for profile &apos;%1&apos;: save one in the system keychain (profile add) or set the environment variable it names.</source>
        <translation>Kein Geheimnis für das Profil &apos;%1&apos;: speichern Sie eines im Schlüsselbund des Systems (profile add) oder setzen Sie die Umgebungsvariable, die es nennt.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 refused the sign-in (HTTP %2): check the client id, user name and secret of profile &apos;%3&apos;, then sign in again.</source>
        <translation>%1 hat die Anmeldung abgelehnt (HTTP %2): prüfen Sie Client-ID, Benutzername und Geheimnis des Profils &apos;%3&apos; und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in answer of %1 holds no token (HTTP %2).</source>
        <translation>Die Anmeldeantwort von %1 enthält kein Token (HTTP %2).</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; signs in as a user: sign in first (File ▸ Connection Profiles ▸ Sign In).</source>
        <translation>Profil &apos;%1&apos; meldet sich als Benutzer an: melden Sie sich zuerst an (Datei ▸ Verbindungsprofile ▸ Anmelden).</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Try &apos;contractdesk-cli %1 --help&apos;.</source>
        <translation>Siehe &apos;contractdesk-cli %1 --help&apos;.</translation>
    </message>
    <message>
        <source>%1: --target is required (one of: %2)</source>
        <translation>%1: --target ist erforderlich (eines von: %2)</translation>
    </message>
    <message>
        <source>%1: unknown target &apos;%2&apos; (one of: %3)</source>
        <translation>%1: unbekanntes Ziel &apos;%2&apos; (eines von: %3)</translation>
    </message>
    <message>
        <source>%1: there is no profile &apos;%2&apos; (profile list shows them).</source>
        <translation>%1: es gibt kein Profil &apos;%2&apos; (profile list zeigt sie).</translation>
    </message>
    <message>
        <source>%1: profile &apos;%2&apos; is for %3, not %4.</source>
        <translation>%1: Profil &apos;%2&apos; ist für %3, nicht für %4.</translation>
    </message>
    <message>
        <source>%1: --workspace, --target and --profile are required.</source>
        <translation>%1: --workspace, --target und --profile sind erforderlich.</translation>
    </message>
    <message>
        <source>The workspace: a .cdw file, or a team workspace as postgresql://USER@HOST[:PORT]/DBNAME[?sslmode=MODE] (the password comes from PGPASSWORD or ~/.pgpass).</source>
        <translation>Der Arbeitsbereich: eine .cdw-Datei oder ein Team-Arbeitsbereich als postgresql://BENUTZER@HOST[:PORT]/DATENBANK[?sslmode=MODUS] (das Passwort kommt aus PGPASSWORD oder ~/.pgpass).</translation>
    </message>
</context>
<context>
    <name>CliMain</name>
    <message>
        <source>Usage: contractdesk-cli COMMAND [OPTIONS]</source>
        <translation>Aufruf: contractdesk-cli BEFEHL [OPTIONEN]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;contractdesk-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>&apos;contractdesk-cli BEFEHL --help&apos; zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Exit codes: 0 all well, 1 problems found in the data, 2 usage or file errors.</source>
        <translation>Exit-Codes: 0 alles in Ordnung, 1 Probleme in den Daten, 2 Aufruf- oder Dateifehler.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Unbekannter Befehl &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Log what ContractDesk does (sign-in, requests, retries, storage, import) to standard error; before or after COMMAND.</source>
        <translation>Protokolliert, was ContractDesk tut (Anmeldung, Anfragen, Wiederholungen, Speicherung, Import), auf die Standardfehlerausgabe; vor oder nach BEFEHL.</translation>
    </message>
    <message>
        <source>--workspace takes a .cdw file or a team workspace as postgresql://USER@HOST[:PORT]/DBNAME; its password comes from PGPASSWORD or ~/.pgpass.</source>
        <translation>--workspace nimmt eine .cdw-Datei oder einen Team-Arbeitsbereich als postgresql://BENUTZER@HOST[:PORT]/DATENBANK; das Passwort kommt aus PGPASSWORD oder ~/.pgpass.</translation>
    </message>
</context>
<context>
    <name>ColumnMatcher</name>
    <message>
        <source>not matched</source>
        <translation>nicht zugeordnet</translation>
    </message>
    <message>
        <source>field name</source>
        <translation>Feldname</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>synonym</source>
        <translation>Synonym</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>&amp;Deren behalten</translation>
    </message>
    <message>
        <source>Changed by Someone Else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>Someone else changed these cells after you started your edit. Choose which value to keep.</source>
        <translation>Jemand anderes hat diese Zellen geändert, nachdem Sie mit Ihrer Bearbeitung begonnen haben. Wählen Sie, welche Werte bleiben sollen.</translation>
    </message>
    <message>
        <source>Sheet: %1</source>
        <translation>Blatt: %1</translation>
    </message>
    <message>
        <source>Keep Mine writes your values over theirs (Edit ▸ Undo takes that back). Keep Theirs leaves their values, as the sheet shows them now.</source>
        <translation>„Meine behalten“ überschreibt die Werte der anderen Person mit Ihren (Bearbeiten ▸ Rückgängig nimmt das zurück). „Deren behalten“ lässt die Werte der anderen Person so, wie das Blatt sie jetzt zeigt.</translation>
    </message>
    <message>
        <source>Write the values you entered over the ones in the workspace</source>
        <translation>Die Werte im Arbeitsbereich mit Ihren Eingaben überschreiben</translation>
    </message>
    <message>
        <source>Leave the values someone else saved; yours are dropped</source>
        <translation>Die von der anderen Person gespeicherten Werte lassen; Ihre Eingaben werden verworfen</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>You changed it from</source>
        <translation>Vor Ihrer Änderung</translation>
    </message>
    <message>
        <source>To (mine)</source>
        <translation>Nach Ihrer Änderung (meine)</translation>
    </message>
    <message>
        <source>Now in the workspace (theirs)</source>
        <translation>Jetzt im Arbeitsbereich (deren)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>Das Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>Vendor &apos;%1&apos; is not one of: %2.</source>
        <translation>Anbieter &apos;%1&apos; ist keiner von: %2.</translation>
    </message>
    <message>
        <source>The base URL &apos;%1&apos; is not a web address (https://...).</source>
        <translation>Die Basis-URL &apos;%1&apos; ist keine Webadresse (https://...).</translation>
    </message>
    <message>
        <source>A Procore profile needs the company id (--company-id).</source>
        <translation>Ein Procore-Profil braucht die Firmen-ID (--company-id).</translation>
    </message>
    <message>
        <source>This profile signs in with a client id and secret: give the client id (--client-id).</source>
        <translation>Dieses Profil meldet sich mit Client-ID und Geheimnis an: geben Sie die Client-ID an (--client-id).</translation>
    </message>
    <message>
        <source>This profile signs in with a user name and password: give the user name (--username).</source>
        <translation>Dieses Profil meldet sich mit Benutzername und Passwort an: geben Sie den Benutzernamen an (--username).</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Test host</source>
        <translation>Testserver</translation>
    </message>
</context>
<context>
    <name>CopyWorkspaceCommand</name>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln snapshot(s)</source>
        <translation>
            <numerusform>%Ln Abrufstand</numerusform>
            <numerusform>%Ln Abrufstände</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln history line(s)</source>
        <translation>
            <numerusform>%Ln Protokollzeile</numerusform>
            <numerusform>%Ln Protokollzeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln template(s)</source>
        <translation>
            <numerusform>%Ln Vorlage</numerusform>
            <numerusform>%Ln Vorlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference list(s)</source>
        <translation>
            <numerusform>%Ln Referenzliste</numerusform>
            <numerusform>%Ln Referenzlisten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln choice(s)</source>
        <translation>
            <numerusform>%Ln Zuordnung</numerusform>
            <numerusform>%Ln Zuordnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln target(s)</source>
        <translation>
            <numerusform>%Ln Ziel</numerusform>
            <numerusform>%Ln Ziele</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy a whole workspace between a .cdw file and a team workspace.</source>
        <translation>Kopiert einen ganzen Arbeitsbereich zwischen einer .cdw-Datei und einem Team-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The workspace to copy: a .cdw file or postgresql://USER@HOST[:PORT]/DBNAME.</source>
        <translation>Der zu kopierende Arbeitsbereich: eine .cdw-Datei oder postgresql://BENUTZER@HOST[:PORT]/DATENBANK.</translation>
    </message>
    <message>
        <source>Where the copy goes: a new .cdw file, or an empty database on a PostgreSQL server (it is set up for ContractDesk). A workspace that already holds anything is refused and left as it was. Passwords come from PGPASSWORD or ~/.pgpass.</source>
        <translation>Wohin die Kopie geht: eine neue .cdw-Datei oder eine leere Datenbank auf einem PostgreSQL-Server (sie wird für ContractDesk eingerichtet). Ein Arbeitsbereich, der schon etwas enthält, wird abgelehnt und bleibt, wie er war. Passwörter kommen aus PGPASSWORD oder ~/.pgpass.</translation>
    </message>
    <message>
        <source>copy-workspace: give the workspace to copy and where to copy it: copy-workspace FROM TO.</source>
        <translation>copy-workspace: nennen Sie den zu kopierenden Arbeitsbereich und das Ziel: copy-workspace VON NACH.</translation>
    </message>
    <message>
        <source>copy-workspace: %1</source>
        <translation>copy-workspace: %1</translation>
    </message>
    <message>
        <source>copy-workspace: %1 and %2 are the same workspace; name another place to copy it to.</source>
        <translation>copy-workspace: %1 und %2 sind derselbe Arbeitsbereich; nennen Sie einen anderen Ort für die Kopie.</translation>
    </message>
    <message>
        <source>copy-workspace: cannot read %1: %2</source>
        <translation>copy-workspace: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>copy-workspace: %1 already holds a workspace (%2). Nothing was changed: copy into a new .cdw file or an empty database.</source>
        <translation>copy-workspace: %1 enthält schon einen Arbeitsbereich (%2). Nichts wurde geändert: kopieren Sie in eine neue .cdw-Datei oder eine leere Datenbank.</translation>
    </message>
    <message>
        <source>copy-workspace: nothing was copied to %1: %2</source>
        <translation>copy-workspace: nichts wurde nach %1 kopiert: %2</translation>
    </message>
    <message>
        <source>copy-workspace: the copy in %1 cannot be read back: %2</source>
        <translation>copy-workspace: die Kopie in %1 lässt sich nicht zurücklesen: %2</translation>
    </message>
    <message>
        <source>copy-workspace: the copy in %1 does not match %2: it holds %3 where %4 were copied.</source>
        <translation>copy-workspace: die Kopie in %1 stimmt nicht mit %2 überein: sie enthält %3, kopiert wurden %4.</translation>
    </message>
    <message>
        <source>Copied %1 from %2 to %3.</source>
        <translation>%1 von %2 nach %3 kopiert.</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>The secret cannot be saved in the system keychain: %1</source>
        <translation>Das Geheimnis kann nicht im Schlüsselbund des Systems gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The secret cannot be read from the system keychain: %1</source>
        <translation>Das Geheimnis kann nicht aus dem Schlüsselbund des Systems gelesen werden: %1</translation>
    </message>
    <message>
        <source>The secret cannot be removed from the system keychain: %1</source>
        <translation>Das Geheimnis kann nicht aus dem Schlüsselbund des Systems entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>CrosswalkExporter</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Field label</source>
        <translation>Feldbezeichnung</translation>
    </message>
    <message>
        <source>Value in the sheet</source>
        <translation>Wert im Blatt</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Vendor id</source>
        <translation>ID beim Anbieter</translation>
    </message>
    <message>
        <source>Vendor name</source>
        <translation>Name beim Anbieter</translation>
    </message>
    <message>
        <source>Chosen at (UTC)</source>
        <translation>Gewählt am (UTC)</translation>
    </message>
</context>
<context>
    <name>CrosswalkPane</name>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>What you chose before. Every later import and resolve through this profile applies these choices to the same value.</source>
        <translation>Was Sie früher gewählt haben. Jeder spätere Import und jedes Auflösen über dieses Profil wendet diese Auswahl auf denselben Wert an.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>In the sheet</source>
        <translation>Im Blatt</translation>
    </message>
    <message>
        <source>Vendor record</source>
        <translation>Datensatz beim Anbieter</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Gewählt</translation>
    </message>
    <message>
        <source>Forget this choice: the value is resolved afresh (Delete)</source>
        <translation>Diese Auswahl vergessen: der Wert wird neu aufgelöst (Entf)</translation>
    </message>
    <message>
        <source>Save the remembered choices as a CSV file</source>
        <translation>Die gemerkte Auswahl als CSV-Datei speichern</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1, row %2: a quoted value is never closed (a &quot; is missing).</source>
        <translation>%1, Zeile %2: ein Wert in Anführungszeichen wird nie geschlossen (ein &quot; fehlt).</translation>
    </message>
    <message>
        <source>%1, row %2, column %3: a cell holds %L4 characters, more than the %L5 a spreadsheet cell can hold (its quoted text runs on to row %6: is a &quot; missing or one too many?)</source>
        <translation>%1, Zeile %2, Spalte %3: eine Zelle enthält %L4 Zeichen, mehr als die %L5, die eine Tabellenzelle fassen kann (ihr Text in Anführungszeichen reicht bis Zeile %6: fehlt ein &quot; oder ist eines zu viel?)</translation>
    </message>
    <message>
        <source>%1, row %2, column %3: a cell holds %L4 characters, more than the %L5 a spreadsheet cell can hold</source>
        <translation>%1, Zeile %2, Spalte %3: eine Zelle enthält %L4 Zeichen, mehr als die %L5, die eine Tabellenzelle fassen kann</translation>
    </message>
    <message>
        <source>%1, row %2: the row has more than %L3 cells, more than a spreadsheet can hold</source>
        <translation>%1, Zeile %2: die Zeile hat mehr als %L3 Zellen, mehr als eine Tabelle fassen kann</translation>
    </message>
    <message>
        <source>%1: reading was cancelled</source>
        <translation>%1: das Lesen wurde abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more row(s) with a different number of cells</source>
        <translation>
            <numerusform>... und %n weitere Zeile mit einer anderen Zellenzahl</numerusform>
            <numerusform>... und %n weitere Zeilen mit einer anderen Zellenzahl</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, row %2: byte 0x%3 is not UTF-8 text. Choose the encoding the file was saved in (often Windows-1252) or save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>%1, Zeile %2: Byte 0x%3 ist kein UTF-8-Text. Wählen Sie die Kodierung, in der die Datei gespeichert wurde (oft Windows-1252), oder speichern Sie sie als &quot;CSV UTF-8&quot; und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1: %2 cannot separate cells; choose another delimiter</source>
        <translation>%1: %2 kann keine Zellen trennen; wählen Sie ein anderes Trennzeichen</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <source>%1: ContractDesk does not know the encoding &apos;%2&apos;. Choose one of %3.</source>
        <translation>%1: ContractDesk kennt die Kodierung „%2“ nicht. Wählen Sie eine von %3.</translation>
    </message>
    <message numerus="yes">
        <source>the row has %n cell(s) where most rows have %1: check it for a missing or extra delimiter or quote</source>
        <translation>
            <numerusform>die Zeile hat %n Zelle, wo die meisten Zeilen %1 haben: prüfen Sie sie auf ein fehlendes oder überzähliges Trennzeichen oder Anführungszeichen</numerusform>
            <numerusform>die Zeile hat %n Zellen, wo die meisten Zeilen %1 haben: prüfen Sie sie auf ein fehlendes oder überzähliges Trennzeichen oder Anführungszeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>some bytes are not %1 text and were read as «�», here first: the file is probably in another encoding. Choose it under Encoding (on the command line: --encoding); until then the text of these cells is not right.</source>
        <translation>einige Bytes sind kein %1-Text und wurden als «�» gelesen, hier zuerst: Die Datei hat vermutlich eine andere Kodierung. Wählen Sie sie unter „Kodierung“ (auf der Kommandozeile: --encoding); bis dahin ist der Text dieser Zellen nicht richtig.</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>The demo rows of %1 are broken: %2</source>
        <translation>Die Demozeilen von %1 sind fehlerhaft: %2</translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <source>Compare a target&apos;s rows with what the vendor held at the last pull.</source>
        <translation>Vergleicht die Zeilen eines Ziels mit dem, was der Anbieter beim letzten Abruf hatte.</translation>
    </message>
    <message>
        <source>The target to compare.</source>
        <translation>Das zu vergleichende Ziel.</translation>
    </message>
    <message>
        <source>Compare with this profile&apos;s pull (default: the newest pull).</source>
        <translation>Mit dem Abruf dieses Profils vergleichen (Standard: der neueste Abruf).</translation>
    </message>
    <message>
        <source>text or json.</source>
        <translation>text oder json.</translation>
    </message>
    <message>
        <source>diff: --workspace and --target are required.</source>
        <translation>diff: --workspace und --target sind erforderlich.</translation>
    </message>
    <message>
        <source>diff: --format must be text or json, not &apos;%1&apos;.</source>
        <translation>diff: --format muss text oder json sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>diff: nothing was pulled for %1 yet; run contractdesk-cli pull first.</source>
        <translation>diff: für %1 wurde noch nichts abgerufen; führen Sie zuerst contractdesk-cli pull aus.</translation>
    </message>
    <message>
        <source>%1 against the pull of %2 through &apos;%3&apos;: %4 same, %5 differ, %6 only in the sheet, %7 only at the vendor, %8 ambiguous.</source>
        <translation>%1 gegen den Abruf vom %2 über &apos;%3&apos;: %4 gleich, %5 abweichend, %6 nur im Blatt, %7 nur beim Anbieter, %8 mehrdeutig.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) matched only by %1 or another match field, not by vendor id or key: confirm them in the reconcile view (or push, which links them).</source>
        <translation>
            <numerusform>%n Paar nur über %1 oder ein anderes Abgleichfeld gefunden, nicht über Anbieter-ID oder Schlüssel: bestätigen Sie es in der Abgleichansicht (oder senden Sie, was es verknüpft).</numerusform>
            <numerusform>%n Paare nur über %1 oder ein anderes Abgleichfeld gefunden, nicht über Anbieter-ID oder Schlüssel: bestätigen Sie sie in der Abgleichansicht (oder senden Sie, was sie verknüpft).</numerusform>
        </translation>
    </message>
    <message>
        <source>Also write the reconciliation to this .xlsx (a sheet per state) or .csv file.</source>
        <translation>Den Abgleich außerdem in diese .xlsx- (ein Blatt je Zustand) oder .csv-Datei schreiben.</translation>
    </message>
</context>
<context>
    <name>EditCellsCommand</name>
    <message>
        <source>Undo %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Wiederholen: %1</translation>
    </message>
</context>
<context>
    <name>EntitySchema</name>
    <message>
        <source>%1: a field has no path</source>
        <translation>%1: ein Feld hat keinen Pfad</translation>
    </message>
    <message>
        <source>%1: field %2 has an unknown type &apos;%3&apos;</source>
        <translation>%1: Feld %2 hat einen unbekannten Typ &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1: integer field %2 must be 32 or 64 bits wide</source>
        <translation>%1: Ganzzahlfeld %2 muss 32 oder 64 Bit breit sein</translation>
    </message>
    <message>
        <source>%1: enum field %2 lists no values</source>
        <translation>%1: Auswahlfeld %2 nennt keine Werte</translation>
    </message>
    <message>
        <source>%1: field %2 has an unknown location &apos;%3&apos;</source>
        <translation>%1: Feld %2 hat einen unbekannten Ort &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1: the schema has no id</source>
        <translation>%1: das Schema hat keine ID</translation>
    </message>
    <message>
        <source>%1: field %2 is listed twice</source>
        <translation>%1: Feld %2 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>%1: the schema lists no fields</source>
        <translation>%1: das Schema nennt keine Felder</translation>
    </message>
    <message>
        <source>%1: key field &apos;%2&apos; is not one of the schema&apos;s fields</source>
        <translation>%1: Schlüsselfeld &apos;%2&apos; ist kein Feld des Schemas</translation>
    </message>
    <message>
        <source>%1: rule field &apos;%2&apos; is not one of the schema&apos;s fields</source>
        <translation>%1: das Regelfeld &apos;%2&apos; ist kein Feld des Schemas</translation>
    </message>
    <message>
        <source>%1: field %2 has a reference scope but no reference list</source>
        <translation>%1: Feld %2 hat einen Bezugsbereich, aber keine Bezugsliste</translation>
    </message>
    <message>
        <source>%1: the reference of field %2 is scoped by &apos;%3&apos;, which is not another field of the schema</source>
        <translation>%1: Der Bezug von Feld %2 ist durch &apos;%3&apos; eingegrenzt, das kein anderes Feld des Schemas ist</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>The target to export.</source>
        <translation>Das zu exportierende Ziel.</translation>
    </message>
    <message>
        <source>The file to write (&apos;-&apos; for standard output).</source>
        <translation>Die zu schreibende Datei (&apos;-&apos; für die Standardausgabe).</translation>
    </message>
    <message>
        <source>export: --workspace, --target and --out are required.</source>
        <translation>export: --workspace, --target und --out sind erforderlich.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) of %1 to %2.</source>
        <translation>
            <numerusform>%n Zeile von %1 nach %2 exportiert.</numerusform>
            <numerusform>%n Zeilen von %1 nach %2 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the rows of a target sheet to a JSON, CSV or XLSX file.</source>
        <translation>Schreibt die Zeilen eines Zielblatts in eine JSON-, CSV- oder XLSX-Datei.</translation>
    </message>
    <message>
        <source>json, csv or xlsx.</source>
        <translation>json, csv oder xlsx.</translation>
    </message>
    <message>
        <source>export: --format must be json, csv or xlsx, not &apos;%1&apos;.</source>
        <translation>export: --format muss json, csv oder xlsx sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>export: a workbook cannot go to standard output; name a file with --out.</source>
        <translation>export: eine Arbeitsmappe kann nicht auf die Standardausgabe gehen; nennen Sie eine Datei mit --out.</translation>
    </message>
    <message>
        <source>export: cannot write to standard output: %1</source>
        <translation>export: auf die Standardausgabe kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>FileFlow</name>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>ContractDesk workspaces (*.cdw)</source>
        <translation>ContractDesk-Arbeitsbereiche (*.cdw)</translation>
    </message>
    <message>
        <source>%1 already exists. Open it with File ▸ Open, or choose another name.</source>
        <translation>%1 existiert bereits. Öffnen Sie die Datei mit Datei ▸ Öffnen oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>ContractDesk workspaces (*.cdw);;All files (*)</source>
        <translation>ContractDesk-Arbeitsbereiche (*.cdw);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Spreadsheet</source>
        <translation>Tabelle importieren</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv *.tsv *.txt);;All files (*)</source>
        <translation>Tabellen (*.xlsx *.xls *.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The clipboard holds no text to import.</source>
        <translation>Die Zwischenablage enthält keinen Text zum Importieren.</translation>
    </message>
    <message>
        <source>Cannot keep the clipboard for the import: %1</source>
        <translation>Die Zwischenablage kann für den Import nicht gesichert werden: %1</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Keine zuletzt geöffneten Arbeitsbereiche</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Open a workspace first (Ctrl+O), then share it.</source>
        <translation>Öffnen Sie zuerst einen Arbeitsbereich (Strg+O) und geben Sie ihn dann frei.</translation>
    </message>
    <message>
        <source>This workspace is a team workspace already.</source>
        <translation>Dieser Arbeitsbereich ist bereits ein Team-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Set Up Team Workspace</source>
        <translation>Team-Arbeitsbereich einrichten</translation>
    </message>
    <message>
        <source>%1 holds no ContractDesk workspace yet. Set one up there?</source>
        <translation>%1 enthält noch keinen ContractDesk-Arbeitsbereich. Dort einen einrichten?</translation>
    </message>
    <message>
        <source>ContractDesk keeps its tables in a schema of its own, named contractdesk; anything else in the database is left alone.</source>
        <translation>ContractDesk legt seine Tabellen in einem eigenen Schema namens contractdesk ab; alles andere in der Datenbank bleibt unberührt.</translation>
    </message>
    <message>
        <source>&amp;Set Up</source>
        <translation>&amp;Einrichten</translation>
    </message>
    <message>
        <source>%1 was copied to %2, but the copy could not be opened: %3</source>
        <translation>%1 wurde nach %2 kopiert, aber die Kopie konnte nicht geöffnet werden: %3</translation>
    </message>
    <message>
        <source>%1 is now shared at %2. The file stays as it was; work in the team workspace from now on.</source>
        <translation>%1 ist jetzt unter %2 freigegeben. Die Datei bleibt unverändert; arbeiten Sie ab jetzt im Team-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The password could not be kept in the keychain: %1</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>&amp;%1 %2 (Team)</source>
        <translation>&amp;%1 %2 (Team)</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>&amp;Whole cell</source>
        <translation>&amp;Ganze Zelle</translation>
    </message>
    <message>
        <source>Find and Replace</source>
        <translation>Suchen und Ersetzen</translation>
    </message>
    <message>
        <source>Selected cells</source>
        <translation>Ausgewählte Zellen</translation>
    </message>
    <message>
        <source>Current column</source>
        <translation>Aktuelle Spalte</translation>
    </message>
    <message>
        <source>Whole sheet</source>
        <translation>Ganzes Blatt</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation>Ersetzen &amp;durch:</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>Suchen &amp;in:</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>&amp;Alle ersetzen</translation>
    </message>
    <message>
        <source>Open a sheet first.</source>
        <translation>Öffnen Sie zuerst ein Blatt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was not found.</source>
        <translation>&apos;%1&apos; wurde nicht gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>Replaced in %n cell(s). Undo (Ctrl+Z) takes it back.</source>
        <translation>
            <numerusform>In %n Zelle ersetzt. Rückgängig (Strg+Z) nimmt es zurück.</numerusform>
            <numerusform>In %n Zellen ersetzt. Rückgängig (Strg+Z) nimmt es zurück.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>import: give one FILE, --target and --workspace.</source>
        <translation>import: geben Sie eine DATEI, --target und --workspace an.</translation>
    </message>
    <message>
        <source>mapped: %1</source>
        <translation>zugeordnet: %1</translation>
    </message>
    <message>
        <source>ignored column: %1 (names no field of %2)</source>
        <translation>ignorierte Spalte: %1 (benennt kein Feld von %2)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) into %1.</source>
        <translation>
            <numerusform>%n Zeile in %1 importiert.</numerusform>
            <numerusform>%n Zeilen in %1 importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The spreadsheet to import.</source>
        <translation>Die zu importierende Tabelle.</translation>
    </message>
    <message>
        <source>The target, e.g. procore.work_order_contract.</source>
        <translation>Das Ziel, z. B. procore.work_order_contract.</translation>
    </message>
    <message>
        <source>The workbook sheet to read (default: the first visible one).</source>
        <translation>Das zu lesende Arbeitsblatt (Standard: das erste sichtbare).</translation>
    </message>
    <message>
        <source>A mapping file (JSON) naming the field of each column, constants and formats.</source>
        <translation>Eine Zuordnungsdatei (JSON) mit dem Feld jeder Spalte, festen Werten und Formaten.</translation>
    </message>
    <message>
        <source>The row holding the headers, counting non-blank rows from 1 (default: found).</source>
        <translation>Die Zeile mit den Überschriften, nicht leere Zeilen ab 1 gezählt (Standard: wird ermittelt).</translation>
    </message>
    <message>
        <source>Text files: , ; tab or | (default: detected).</source>
        <translation>Textdateien: , ; tab oder | (Standard: wird erkannt).</translation>
    </message>
    <message>
        <source>import: --delimiter takes one character or &apos;tab&apos;.</source>
        <translation>import: --delimiter erwartet ein Zeichen oder &apos;tab&apos;.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a mapping file: %2 at character %3</source>
        <translation>%1 ist keine Zuordnungsdatei: %2 bei Zeichen %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>import: --header-row takes a row number from 1.</source>
        <translation>import: --header-row erwartet eine Zeilennummer ab 1.</translation>
    </message>
    <message>
        <source>warning: %1 is a text file with one sheet; --sheet is ignored.</source>
        <translation>Warnung: %1 ist eine Textdatei mit nur einem Blatt; --sheet wird ignoriert.</translation>
    </message>
    <message>
        <source>sheet: %1</source>
        <translation>Blatt: %1</translation>
    </message>
    <message>
        <source>encoding: %1, delimiter: %2</source>
        <translation>Kodierung: %1, Trennzeichen: %2</translation>
    </message>
    <message>
        <source>header row: %1 (line %2)</source>
        <translation>Kopfzeile: %1 (Zeile %2)</translation>
    </message>
    <message>
        <source>template: %1</source>
        <translation>Vorlage: %1</translation>
    </message>
    <message>
        <source>Import a spreadsheet (.xlsx, .xls, .csv, .tsv) into a target sheet of a workspace (created if missing). Columns are mapped by header like the import wizard does, or by --mapping. Cells that cannot be read are kept as text and reported.</source>
        <translation>Importiert eine Tabelle (.xlsx, .xls, .csv, .tsv) in ein Zielblatt eines Arbeitsbereichs (wird angelegt, falls er fehlt). Spalten werden wie im Importassistenten über ihre Überschrift zugeordnet oder über --mapping. Zellen, die nicht gelesen werden können, bleiben als Text erhalten und werden gemeldet.</translation>
    </message>
    <message>
        <source>Text files: the encoding, e.g. UTF-8, Windows-1250, ISO-8859-2, Shift_JIS or GB18030 (any case; default: detected). An unknown name lists them all.</source>
        <translation>Textdateien: die Kodierung, z. B. UTF-8, Windows-1250, ISO-8859-2, Shift_JIS oder GB18030 (Groß-/Kleinschreibung egal; Standard: erkannt). Ein unbekannter Name listet alle auf.</translation>
    </message>
    <message>
        <source>import: ContractDesk does not know the encoding &apos;%1&apos;. Choose one of %2.</source>
        <translation>import: ContractDesk kennt die Kodierung „%1“ nicht. Wählen Sie eine von %2.</translation>
    </message>
    <message>
        <source>No column names a field of %1.</source>
        <translation>Keine Spalte benennt ein Feld von %1.</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was saved.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s).</source>
        <translation>
            <numerusform>%n Zeile importiert.</numerusform>
            <numerusform>%n Zeilen importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source> The column mapping was not remembered for next time: %1</source>
        <translation> Die Spaltenzuordnung wurde für das nächste Mal nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Converting and saving rows…</source>
        <translation>Zeilen werden umgewandelt und gespeichert …</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>the mapping is for %1, not %2</source>
        <translation>die Zuordnung gilt für %1, nicht für %2</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: the field must be a field path or null</source>
        <translation>Spalte &apos;%1&apos;: das Feld muss ein Feldpfad oder null sein</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: %2 has no field &apos;%3&apos;</source>
        <translation>Spalte &apos;%1&apos;: %2 hat kein Feld &apos;%3&apos;</translation>
    </message>
    <message>
        <source>constant: %1 has no field &apos;%2&apos;</source>
        <translation>fester Wert: %1 hat kein Feld &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>&amp;Remember this mapping for sheets with the same headers</source>
        <translation>Diese Zuordnung für Tabellen mit denselben Überschriften &amp;merken</translation>
    </message>
    <message>
        <source>Match columns to fields</source>
        <translation>Spalten Feldern zuordnen</translation>
    </message>
    <message>
        <source>ContractDesk proposed a field for each column it recognised. Change any of them, ignore columns, or set a value for all rows.</source>
        <translation>ContractDesk hat für jede erkannte Spalte ein Feld vorgeschlagen. Ändern Sie beliebige Zuordnungen, ignorieren Sie Spalten oder setzen Sie einen Wert für alle Zeilen.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>Überschrift in der Datei</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Erste Werte</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Gefunden über</translation>
    </message>
    <message>
        <source>Value for all rows</source>
        <translation>Wert für alle Zeilen</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&amp;Set for all rows</source>
        <translation>Für alle Zeilen &amp;setzen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Detect (ISO, or decided by the values)</source>
        <translation>Erkennen (ISO oder aus den Werten)</translation>
    </message>
    <message>
        <source>Month first (02/28/2026)</source>
        <translation>Monat zuerst (02/28/2026)</translation>
    </message>
    <message>
        <source>Day first (28/02/2026, 28.02.2026)</source>
        <translation>Tag zuerst (28/02/2026, 28.02.2026)</translation>
    </message>
    <message>
        <source>Point (1,250.50)</source>
        <translation>Punkt (1,250.50)</translation>
    </message>
    <message>
        <source>Comma (1.250,50)</source>
        <translation>Komma (1.250,50)</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Name der Vorlage</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Datumsangaben:</translation>
    </message>
    <message>
        <source>Decimal separator:</source>
        <translation>Dezimaltrennzeichen:</translation>
    </message>
    <message>
        <source>(ignore this column)</source>
        <translation>(Spalte ignorieren)</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoriert</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>Ihre Wahl</translation>
    </message>
    <message>
        <source>template %1</source>
        <translation>Vorlage %1</translation>
    </message>
    <message>
        <source>Cannot be read as %1</source>
        <translation>Kann nicht als %1 gelesen werden</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to import.</source>
        <translation>
            <numerusform>%n Zeile zu importieren.</numerusform>
            <numerusform>%n Zeilen zu importieren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) mapped.</source>
        <translation>
            <numerusform>%n Spalte zugeordnet.</numerusform>
            <numerusform>%n Spalten zugeordnet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) in the first rows cannot be read (they are kept as text, marked red, to fix after the import):</source>
        <translation>
            <numerusform>%n Zelle in den ersten Zeilen kann nicht gelesen werden (sie bleibt als Text erhalten, rot markiert, zum Korrigieren nach dem Import):</numerusform>
            <numerusform>%n Zellen in den ersten Zeilen können nicht gelesen werden (sie bleiben als Text erhalten, rot markiert, zum Korrigieren nach dem Import):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSourcePage</name>
    <message>
        <source>Cancel reading</source>
        <translation>Lesen abbrechen</translation>
    </message>
    <message>
        <source>What to import</source>
        <translation>Was importiert wird</translation>
    </message>
    <message>
        <source>Check the sheet, the target and the row that holds the column headers.</source>
        <translation>Prüfen Sie das Blatt, das Ziel und die Zeile mit den Spaltenüberschriften.</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (ausgeblendet)</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>Senkrechter Strich ( | )</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Blatt:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>&amp;Kopfzeile:</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n Zeile gelesen</numerusform>
            <numerusform>%n Zeilen gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>encoding %1, delimiter &apos;%2&apos;</source>
        <translation>Kodierung %1, Trennzeichen &apos;%2&apos;</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
</context>
<context>
    <name>IntacctProtocol</name>
    <message>
        <source>Sage Intacct&apos;s answer could not be read: %1</source>
        <translation>Die Antwort von Sage Intacct konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>InteractiveSignIn</name>
    <message>
        <source>Cannot listen on this machine for the sign-in answer.</source>
        <translation>Auf diesem Rechner kann nicht auf die Anmeldeantwort gewartet werden.</translation>
    </message>
    <message>
        <source>The sign-in at %1 did not finish.</source>
        <translation>Die Anmeldung bei %1 wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>%1 signed you in but gave no refresh token.</source>
        <translation>%1 hat Sie angemeldet, aber kein Refresh-Token geliefert.</translation>
    </message>
</context>
<context>
    <name>IssueListModel</name>
    <message>
        <source>(whole row)</source>
        <translation>(ganze Zeile)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Was nicht stimmt</translation>
    </message>
</context>
<context>
    <name>IssuesPane</name>
    <message>
        <source>Issues</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>No sheet open.</source>
        <translation>Kein Blatt geöffnet.</translation>
    </message>
    <message>
        <source>%1: no issues. Every row meets %2&apos;s rules.</source>
        <translation>%1: keine Probleme. Jede Zeile erfüllt die Regeln von %2.</translation>
    </message>
    <message>
        <source>%1: %2 and %3. Errors block a push; warnings do not. F8 goes to the next issue, Shift+F8 to the previous one.</source>
        <translation>%1: %2 und %3. Fehler verhindern das Senden, Warnungen nicht. F8 springt zum nächsten Problem, Umschalt+F8 zum vorigen.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinkRecordDialog</name>
    <message>
        <source>Type to narrow the list…</source>
        <translation>Zum Eingrenzen tippen…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>%1 — fits by its key</source>
        <translation>%1 — passt über den Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Verknüpfen</translation>
    </message>
    <message>
        <source>Nothing is left to link: every line has its partner.</source>
        <translation>Nichts mehr zu verknüpfen: jede Zeile hat ihr Gegenstück.</translation>
    </message>
</context>
<context>
    <name>LocatedIssue</name>
    <message>
        <source>sheet %1</source>
        <translation>Blatt %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sync log</source>
        <translation>Übertragungsprotokoll</translation>
    </message>
    <message>
        <source>ContractDesk</source>
        <translation>ContractDesk</translation>
    </message>
    <message>
        <source>%1 — ContractDesk</source>
        <translation>%1 — ContractDesk</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n angezeigt</numerusform>
            <numerusform>%n angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>About ContractDesk</source>
        <translation>Über ContractDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ContractDesk %1&lt;/h3&gt;&lt;p&gt;Push spreadsheets of contracts and change orders to Procore, Oracle Primavera Cloud and Sage Intacct, and reconcile them field by field.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ContractDesk %1&lt;/h3&gt;&lt;p&gt;Übertragen Sie Tabellen mit Verträgen und Nachträgen an Procore, Oracle Primavera Cloud und Sage Intacct und gleichen Sie sie Feld für Feld ab.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) could not be read and are marked red.</source>
        <translation>
            <numerusform>%n Zelle konnte nicht gelesen werden und ist rot markiert.</numerusform>
            <numerusform>%n Zellen konnten nicht gelesen werden und sind rot markiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pasted cell(s) fell outside the sheet and were not pasted.</source>
        <translation>
            <numerusform>%n eingefügte Zelle lag außerhalb der Tabelle und wurde nicht eingefügt.</numerusform>
            <numerusform>%n eingefügte Zellen lagen außerhalb der Tabelle und wurden nicht eingefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Open a workspace first (Ctrl+O).</source>
        <translation>Öffnen Sie zuerst einen Arbeitsbereich (Strg+O).</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Sync Log</source>
        <translation>Sync-Protokoll exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Pulled through %1: %2</source>
        <translation>Abgerufen über %1: %2</translation>
    </message>
    <message>
        <source>%1 — Team — ContractDesk</source>
        <translation>%1 — Team — ContractDesk</translation>
    </message>
    <message>
        <source>Your values were kept. Edit ▸ Undo takes them back.</source>
        <translation>Ihre Werte wurden beibehalten. Bearbeiten ▸ Rückgängig nimmt sie zurück.</translation>
    </message>
    <message>
        <source>Your values could not be kept: %1</source>
        <translation>Ihre Werte konnten nicht beibehalten werden: %1</translation>
    </message>
    <message>
        <source>Back in touch with the team workspace: every sheet shows what it holds now.</source>
        <translation>Wieder mit dem Team-Arbeitsbereich verbunden: Jedes Blatt zeigt seinen aktuellen Stand.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 changed by others — shown</source>
        <translation>
            <numerusform>%n Zeile von %1 wurde von anderen geändert — jetzt angezeigt</numerusform>
            <numerusform>%n Zeilen von %1 wurden von anderen geändert — jetzt angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostgresWorkspace</name>
    <message>
        <source>the team workspace %1 on %2:%3</source>
        <translation>Team-Arbeitsbereich %1 auf %2:%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: this installation has no PostgreSQL driver for Qt (on Debian and Ubuntu, install the package libqt6sql6-psql).</source>
        <translation>%1 kann nicht geöffnet werden: Diese Installation hat keinen PostgreSQL-Treiber für Qt (unter Debian und Ubuntu installieren Sie das Paket libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to %1 as %2: %3</source>
        <translation>Keine Verbindung möglich (%1, Benutzer %2): %3</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is a workspace file, not a team workspace.</source>
        <translation>%1 ist eine Arbeitsbereichsdatei, kein Team-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The database %1 on %2 holds no ContractDesk team workspace yet. Share a workspace to it, or open it to start a new one.</source>
        <translation>Die Datenbank %1 auf %2 enthält noch keinen ContractDesk-Team-Arbeitsbereich. Geben Sie einen Arbeitsbereich in diese Datenbank frei oder öffnen Sie sie, um einen neuen anzulegen.</translation>
    </message>
    <message>
        <source>The team workspace %1 on %2:%3 was set up by a newer version of ContractDesk (team workspace format %4; this version reads up to %5). It was left unchanged; update ContractDesk to open it.</source>
        <translation>Der Team-Arbeitsbereich %1 auf %2:%3 wurde von einer neueren ContractDesk-Version eingerichtet (Team-Arbeitsbereichsformat %4; diese Version liest bis %5). Er wurde nicht verändert; aktualisieren Sie ContractDesk, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot set up %1: %2</source>
        <translation>%1 kann nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the rows of %1</source>
        <translation>Die Zeilen von %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot save the rows</source>
        <translation>Die Zeilen können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot save the import</source>
        <translation>Der Import kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was saved.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The change could not be saved</source>
        <translation>Die Änderung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The change could not be saved: the row is no longer in the workspace.</source>
        <translation>Die Änderung konnte nicht gespeichert werden: die Zeile ist nicht mehr im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The change could not be saved: someone else changed this row after you read it (your copy is version %1, the workspace holds version %2).</source>
        <translation>Die Änderung konnte nicht gespeichert werden: Jemand anderes hat diese Zeile geändert, nachdem Sie sie gelesen haben (Ihr Stand ist Version %1, der Arbeitsbereich enthält Version %2).</translation>
    </message>
    <message>
        <source>Cannot delete rows</source>
        <translation>Zeilen können nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Cannot delete rows: a row no longer exists.</source>
        <translation>Zeilen können nicht gelöscht werden: eine Zeile existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Cannot restore rows: their places are unknown.</source>
        <translation>Zeilen können nicht wiederhergestellt werden: ihre Positionen sind unbekannt.</translation>
    </message>
    <message>
        <source>Cannot restore rows</source>
        <translation>Zeilen können nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Cannot save the mapping</source>
        <translation>Die Zuordnung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot save the sync results</source>
        <translation>Die Übertragungsergebnisse können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot read what was last pushed</source>
        <translation>Was zuletzt gesendet wurde, kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot save what was pulled</source>
        <translation>Das Abgerufene kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot read what was pulled</source>
        <translation>Das Abgerufene kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot keep the list %1 read from the vendor</source>
        <translation>Die vom Anbieter gelesene Liste %1 kann nicht aufbewahrt werden</translation>
    </message>
    <message>
        <source>Cannot read the list %1</source>
        <translation>Die Liste %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot keep the choice for &apos;%1&apos;</source>
        <translation>Die Auswahl für &apos;%1&apos; kann nicht aufbewahrt werden</translation>
    </message>
    <message>
        <source>%1: no id was chosen.</source>
        <translation>%1: Es wurde keine ID gewählt.</translation>
    </message>
    <message>
        <source>Cannot forget the choice for &apos;%1&apos;</source>
        <translation>Die Auswahl für &apos;%1&apos; kann nicht verworfen werden</translation>
    </message>
    <message>
        <source>Cannot reserve the rows for this push</source>
        <translation>Die Zeilen können für diese Übertragung nicht reserviert werden</translation>
    </message>
    <message>
        <source>%1: the push has no name.</source>
        <translation>%1: Die Übertragung hat keinen Namen.</translation>
    </message>
    <message>
        <source>Cannot extend the reservation of the rows being pushed</source>
        <translation>Die Reservierung der Zeilen, die gerade übertragen werden, kann nicht verlängert werden</translation>
    </message>
    <message>
        <source>Cannot release the rows that were pushed</source>
        <translation>Die übertragenen Zeilen können nicht freigegeben werden</translation>
    </message>
    <message>
        <source>Cannot read the whole workspace</source>
        <translation>Der Arbeitsbereich kann nicht vollständig gelesen werden</translation>
    </message>
    <message>
        <source>The workspace holds rows of %1, which this version does not know.</source>
        <translation>Der Arbeitsbereich enthält Zeilen von %1, einem Ziel, das diese Version nicht kennt.</translation>
    </message>
    <message>
        <source>Cannot copy the rows of %1</source>
        <translation>Die Zeilen von %1 können nicht kopiert werden</translation>
    </message>
    <message>
        <source>Cannot copy the workspace into %1</source>
        <translation>Der Arbeitsbereich kann nicht nach %1 kopiert werden</translation>
    </message>
    <message>
        <source>%1: it already holds rows or history. Copy into an empty database.</source>
        <translation>%1: Die Datenbank enthält bereits Zeilen oder Verlaufsdaten. Kopieren Sie in eine leere Datenbank.</translation>
    </message>
</context>
<context>
    <name>PrimaveraProtocol</name>
    <message>
        <source>Primavera&apos;s answer could not be read: %1</source>
        <translation>Die Antwort von Primavera konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ProcoreProtocol</name>
    <message>
        <source>Procore&apos;s answer could not be read: %1</source>
        <translation>Die Antwort von Procore konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ProfileBadge</name>
    <message>
        <source>%1 pushes to the live %2 account at %3.</source>
        <translation>%1 überträgt in das Live-Konto bei %2 unter %3.</translation>
    </message>
    <message>
        <source>%1 pushes to %2, not to the live account.</source>
        <translation>%1 überträgt nach %2, nicht in das Live-Konto.</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>Add, list, remove or test connection profiles (add, list, remove, test).</source>
        <translation>Verbindungsprofile anlegen, auflisten, entfernen oder testen (add, list, remove, test).</translation>
    </message>
    <message>
        <source>profile: there is no profile &apos;%1&apos;.</source>
        <translation>profile: es gibt kein Profil &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Removed profile &apos;%1&apos; and its secret.</source>
        <translation>Profil &apos;%1&apos; und sein Geheimnis entfernt.</translation>
    </message>
    <message>
        <source>Connection test of &apos;%1&apos; failed: %2</source>
        <translation>Verbindungstest von &apos;%1&apos; fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Connection to &apos;%1&apos; works: signed in to %2.</source>
        <translation>Verbindung zu &apos;%1&apos; funktioniert: bei %2 angemeldet.</translation>
    </message>
    <message>
        <source>usage: profile add NAME --vendor V --base-url URL [...] | profile list | profile remove NAME | profile test NAME</source>
        <translation>Aufruf: profile add NAME --vendor V --base-url URL [...] | profile list | profile remove NAME | profile test NAME</translation>
    </message>
    <message>
        <source>procore, primavera or intacct.</source>
        <translation>procore, primavera oder intacct.</translation>
    </message>
    <message>
        <source>The vendor&apos;s API address (production, sandbox or a local stand-in).</source>
        <translation>Die API-Adresse des Anbieters (Produktion, Sandbox oder ein lokaler Ersatz).</translation>
    </message>
    <message>
        <source>Procore company id.</source>
        <translation>Procore-Firmen-ID.</translation>
    </message>
    <message>
        <source>The project.</source>
        <translation>Das Projekt.</translation>
    </message>
    <message>
        <source>OAuth client id (Procore, Intacct).</source>
        <translation>OAuth-Client-ID (Procore, Intacct).</translation>
    </message>
    <message>
        <source>User name (Primavera).</source>
        <translation>Benutzername (Primavera).</translation>
    </message>
    <message>
        <source>An environment variable holding the client secret or password.</source>
        <translation>Eine Umgebungsvariable mit dem Client-Geheimnis oder Passwort.</translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation>Der Name des Profils.</translation>
    </message>
    <message>
        <source>profile add: %1</source>
        <translation>profile add: %1</translation>
    </message>
    <message>
        <source>Saved profile &apos;%1&apos; (%2, %3).</source>
        <translation>Profil &apos;%1&apos; gespeichert (%2, %3).</translation>
    </message>
    <message>
        <source>basic: plain Basic credentials on every call (older Primavera tenants).</source>
        <translation>basic: einfache Basic-Anmeldedaten bei jedem Aufruf (ältere Primavera-Mandanten).</translation>
    </message>
    <message>
        <source>profile add: --auth basic is for Primavera profiles.</source>
        <translation>profile add: --auth basic ist für Primavera-Profile.</translation>
    </message>
    <message>
        <source>Removed profile &apos;%1&apos;, but not its secret. %2 Remove the entry &apos;%3&apos; with your system&apos;s keychain tool.</source>
        <translation>Profil „%1“ entfernt, aber nicht sein Geheimnis. %2 Entfernen Sie den Eintrag „%3“ mit dem Schlüsselbund-Programm Ihres Systems.</translation>
    </message>
    <message>
        <source>Saved profile &apos;%1&apos; (%2, %3). %4 The secret will be read from the environment variable %5 each time the profile is used.</source>
        <translation>Profil „%1“ gespeichert (%2, %3). %4 Das Geheimnis wird bei jeder Verwendung des Profils aus der Umgebungsvariablen %5 gelesen.</translation>
    </message>
</context>
<context>
    <name>ProfileSecret</name>
    <message>
        <source>No secret for profile &apos;%1&apos; in the system keychain%2.</source>
        <translation>Kein Geheimnis für das Profil &apos;%1&apos; im Schlüsselbund des Systems%2.</translation>
    </message>
    <message>
        <source> and %1 is not set</source>
        <translation> und %1 ist nicht gesetzt</translation>
    </message>
</context>
<context>
    <name>ProfileSelector</name>
    <message>
        <source>P&amp;rofile:</source>
        <translation>P&amp;rofil:</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Verbindungsprofil</translation>
    </message>
    <message>
        <source>No profile yet (Ctrl+Alt+P)</source>
        <translation>Noch kein Profil (Strg+Alt+P)</translation>
    </message>
    <message>
        <source>No %1 profile yet (Ctrl+Alt+P)</source>
        <translation>Noch kein %1-Profil (Strg+Alt+P)</translation>
    </message>
    <message>
        <source>Add a connection profile in File ▸ Connection Profiles (Ctrl+Alt+P).</source>
        <translation>Legen Sie ein Verbindungsprofil unter Datei ▸ Verbindungsprofile an (Strg+Alt+P).</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Connection Profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>Kept in the system keychain; leave empty to keep the saved one</source>
        <translation>Im Schlüsselbund des Systems gespeichert; leer lassen, um das gespeicherte zu behalten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>&amp;Company id:</source>
        <translation>&amp;Firmen-ID:</translation>
    </message>
    <message>
        <source>&amp;Project id:</source>
        <translation>&amp;Projekt-ID:</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>A new profile: fill in the fields and Save.</source>
        <translation>Ein neues Profil: füllen Sie die Felder aus und speichern Sie.</translation>
    </message>
    <message>
        <source>Saved profile &apos;%1&apos;.</source>
        <translation>Profil &apos;%1&apos; gespeichert.</translation>
    </message>
    <message>
        <source>Removed profile &apos;%1&apos; and its secret.</source>
        <translation>Profil &apos;%1&apos; und sein Geheimnis entfernt.</translation>
    </message>
    <message>
        <source>Save the profile first.</source>
        <translation>Speichern Sie das Profil zuerst.</translation>
    </message>
    <message>
        <source>Connection works: signed in to %1.</source>
        <translation>Verbindung funktioniert: bei %1 angemeldet.</translation>
    </message>
    <message>
        <source>Sign In in &amp;Browser…</source>
        <translation>Im &amp;Browser anmelden…</translation>
    </message>
    <message>
        <source>For Procore and Intacct users: sign in on the vendor&apos;s page; the profile then stays signed in.</source>
        <translation>Für Procore- und Intacct-Benutzer: melden Sie sich auf der Seite des Anbieters an; das Profil bleibt dann angemeldet.</translation>
    </message>
    <message>
        <source>Primavera signs in with a user name and password.</source>
        <translation>Primavera meldet sich mit Benutzername und Passwort an.</translation>
    </message>
    <message>
        <source>Sign in on the page that opened in your browser…</source>
        <translation>Melden Sie sich auf der Seite an, die sich in Ihrem Browser geöffnet hat…</translation>
    </message>
    <message>
        <source>Signed in: profile &apos;%1&apos; stays signed in.</source>
        <translation>Angemeldet: Profil &apos;%1&apos; bleibt angemeldet.</translation>
    </message>
    <message>
        <source>Plain &amp;Basic credentials on every call (older Primavera tenants)</source>
        <translation>Einfache &amp;Basic-Anmeldedaten bei jedem Aufruf (ältere Primavera-Mandanten)</translation>
    </message>
    <message>
        <source>Removed profile &apos;%1&apos;, but not its secret. %2 Remove the entry &apos;%3&apos; with your system&apos;s keychain tool.</source>
        <translation>Profil „%1“ entfernt, aber nicht sein Geheimnis. %2 Entfernen Sie den Eintrag „%3“ mit dem Schlüsselbund-Programm Ihres Systems.</translation>
    </message>
</context>
<context>
    <name>PullCommand</name>
    <message>
        <source>Read back what a vendor holds for a target and keep it in the workspace for diff.</source>
        <translation>Liest zurück, was ein Anbieter für ein Ziel hat, und bewahrt es im Arbeitsbereich für diff auf.</translation>
    </message>
    <message>
        <source>The target to pull.</source>
        <translation>Das abzurufende Ziel.</translation>
    </message>
    <message>
        <source>The connection profile.</source>
        <translation>Das Verbindungsprofil.</translation>
    </message>
    <message>
        <source>pull: %1</source>
        <translation>pull: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s) read from %2 through profile &apos;%3&apos; (HTTP requests: %4); kept as the snapshot of %5.</source>
        <translation>
            <numerusform>%1: %n Datensatz von %2 über Profil &apos;%3&apos; gelesen (HTTP-Anfragen: %4); als Stand vom %5 aufbewahrt.</numerusform>
            <numerusform>%1: %n Datensätze von %2 über Profil &apos;%3&apos; gelesen (HTTP-Anfragen: %4); als Stand vom %5 aufbewahrt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PullDialog</name>
    <message>
        <source>&amp;Pull</source>
        <translation>&amp;Abrufen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Pull from %1</source>
        <translation>Von %1 abrufen</translation>
    </message>
    <message>
        <source>The %1 account to read from; its project says which records.</source>
        <translation>Das Konto bei %1, aus dem gelesen wird; sein Projekt bestimmt die Datensätze.</translation>
    </message>
    <message>
        <source>Reads every %1 record %2 holds for the profile&apos;s project and keeps it in the workspace, to compare field by field with the sheet. Nothing is changed at %2.</source>
        <translation>Liest alle Datensätze vom Typ %1, die %2 für das Projekt des Profils führt, und bewahrt sie im Arbeitsbereich auf, um sie Feld für Feld mit dem Blatt zu vergleichen. Bei %2 wird nichts geändert.</translation>
    </message>
    <message>
        <source>%v records read</source>
        <translation>%v Datensätze gelesen</translation>
    </message>
    <message>
        <source>Sign in and read (Enter)</source>
        <translation>Anmelden und lesen (Enter)</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>No connection profile for %1 yet: add one in File ▸ Connection Profiles (Ctrl+Alt+P) or with contractdesk-cli profile add.</source>
        <translation>Noch kein Verbindungsprofil für %1: legen Sie eines unter Datei ▸ Verbindungsprofile (Strg+Alt+P) oder mit contractdesk-cli profile add an.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Choose a connection profile first.</source>
        <translation>Wählen Sie zuerst ein Verbindungsprofil.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Anmeldung bei %1…</translation>
    </message>
    <message>
        <source>%1 of %2 records read…</source>
        <translation>%1 von %2 Datensätzen gelesen…</translation>
    </message>
    <message>
        <source>Records read: %1…</source>
        <translation>Gelesene Datensätze: %1…</translation>
    </message>
    <message>
        <source>Records read and kept: %1.</source>
        <translation>Gelesene und aufbewahrte Datensätze: %1.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was kept; the last pull stays.</source>
        <translation>Abgebrochen. Nichts wurde aufbewahrt; der letzte Abruf bleibt bestehen.</translation>
    </message>
    <message>
        <source>The pull failed: %1
Nothing was kept; the last pull stays.</source>
        <translation>Der Abruf ist fehlgeschlagen: %1
Nichts wurde aufbewahrt; der letzte Abruf bleibt bestehen.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>PullService</name>
    <message>
        <source>%1 lists records by project: set the project in profile &apos;%2&apos; (or give the rows a project id).</source>
        <translation>%1 listet Datensätze nach Projekt: legen Sie das Projekt im Profil &apos;%2&apos; fest (oder geben Sie den Zeilen eine Projekt-ID).</translation>
    </message>
    <message>
        <source>ContractDesk cannot read from %1 yet.</source>
        <translation>ContractDesk kann noch nicht von %1 lesen.</translation>
    </message>
    <message>
        <source>ContractDesk cannot read %1 back from %2 yet.</source>
        <translation>ContractDesk kann %1 noch nicht von %2 zurücklesen.</translation>
    </message>
</context>
<context>
    <name>PushCommand</name>
    <message>
        <source>Push a target&apos;s rows to a vendor and report every row&apos;s result.</source>
        <translation>Sendet die Zeilen eines Ziels an einen Anbieter und meldet das Ergebnis jeder Zeile.</translation>
    </message>
    <message>
        <source>The target to push.</source>
        <translation>Das zu sendende Ziel.</translation>
    </message>
    <message>
        <source>The connection profile.</source>
        <translation>Das Verbindungsprofil.</translation>
    </message>
    <message>
        <source>Rows to push, in sheet order: 1-20,25.</source>
        <translation>Zu sendende Zeilen, in Blattreihenfolge: 1-20,25.</translation>
    </message>
    <message>
        <source>Show what would be sent; send nothing.</source>
        <translation>Zeigen, was gesendet würde; nichts senden.</translation>
    </message>
    <message>
        <source>Write one JSON line per row here.</source>
        <translation>Hier eine JSON-Zeile pro Zeile schreiben.</translation>
    </message>
    <message>
        <source>push: --rows &apos;%1&apos; is not a list of rows between 1 and %2 such as 1-20,25.</source>
        <translation>push: --rows &apos;%1&apos; ist keine Liste von Zeilen zwischen 1 und %2 wie 1-20,25.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>not sent: the row has errors (validate shows them)</source>
        <translation>nicht gesendet: die Zeile hat Fehler (validate zeigt sie)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) failed or skipped.</source>
        <translation>
            <numerusform>%1: %n Zeile fehlgeschlagen oder übersprungen.</numerusform>
            <numerusform>%1: %n Zeilen fehlgeschlagen oder übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 to create, %3 to update, %4 blocked by errors; requests: %5.</source>
        <translation>%1: %2 anzulegen, %3 zu aktualisieren, %4 wegen Fehlern gesperrt; Anfragen: %5.</translation>
    </message>
</context>
<context>
    <name>PushDialog</name>
    <message>
        <source>&amp;Push</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Push to %1</source>
        <translation>An %1 senden</translation>
    </message>
    <message>
        <source>The exact requests appear here.</source>
        <translation>Hier erscheinen die genauen Anfragen.</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to create</source>
        <translation>
            <numerusform>%n Zeile anzulegen</numerusform>
            <numerusform>%n Zeilen anzulegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n zu aktualisieren</numerusform>
            <numerusform>%n zu aktualisieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked by errors (fix them first: F8 finds them)</source>
        <translation>
            <numerusform>%n wegen Fehlern gesperrt (zuerst beheben: F8 findet sie)</numerusform>
            <numerusform>%n wegen Fehlern gesperrt (zuerst beheben: F8 findet sie)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s).</source>
        <translation>
            <numerusform>%n Anfrage.</numerusform>
            <numerusform>%n Anfragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>… (the rest is left out here)</source>
        <translation>… (der Rest ist hier ausgelassen)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 of %2 rows answered, %3 failed.</source>
        <translation>%1 von %2 Zeilen beantwortet, %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translation>Abgebrochen. </translation>
    </message>
    <message>
        <source>%1 of %2 rows answered, %3 failed. The sync log has every row&apos;s result.</source>
        <translation>%1 von %2 Zeilen beantwortet, %3 fehlgeschlagen. Das Sync-Protokoll enthält das Ergebnis jeder Zeile.</translation>
    </message>
    <message>
        <source>No connection profile for %1 yet: add one in File ▸ Connection Profiles (Ctrl+Alt+P) or with contractdesk-cli profile add.</source>
        <translation>Noch kein Verbindungsprofil für %1: legen Sie eines unter Datei ▸ Verbindungsprofile (Strg+Alt+P) oder mit contractdesk-cli profile add an.</translation>
    </message>
    <message>
        <source>What the push does with each row</source>
        <translation>Was die Übertragung mit jeder Zeile tut</translation>
    </message>
    <message>
        <source>Pla&amp;n</source>
        <translation>Pla&amp;n</translation>
    </message>
    <message>
        <source>E&amp;xact Requests (JSON)</source>
        <translation>E&amp;xakte Anfragen (JSON)</translation>
    </message>
    <message>
        <source>Every request exactly as it will be sent, never a secret</source>
        <translation>Jede Anfrage genau so, wie sie gesendet wird, nie ein Geheimnis</translation>
    </message>
    <message>
        <source>Push to Production?</source>
        <translation>In die Produktion übertragen?</translation>
    </message>
    <message numerus="yes">
        <source>Push %n row(s) to %1, the live %2 account?</source>
        <translation>
            <numerusform>%n Zeile an %1, das Live-Konto bei %2, übertragen?</numerusform>
            <numerusform>%n Zeilen an %1, das Live-Konto bei %2, übertragen?</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a production profile: the vendor keeps what is sent. Choose No to check the plan again or to push to a sandbox first.</source>
        <translation>Dies ist ein Produktionsprofil: Der Anbieter behält, was gesendet wird. Wählen Sie Nein, um den Plan erneut zu prüfen oder zuerst in eine Sandbox zu übertragen.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Push %n Row(s)</source>
        <translation>
            <numerusform>%n Zeile &amp;übertragen</numerusform>
            <numerusform>%n Zeilen &amp;übertragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was pushed.</source>
        <translation>Es wurde nichts übertragen.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
</context>
<context>
    <name>PushPlanModel</name>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>New in %1</source>
        <translation>Neu in %1</translation>
    </message>
    <message>
        <source>Changes %1 id %2</source>
        <translation>Ändert %1-ID %2</translation>
    </message>
    <message>
        <source>Has errors: fix them first (F8 finds them)</source>
        <translation>Hat Fehler: zuerst beheben (F8 findet sie)</translation>
    </message>
    <message>
        <source>(record %1)</source>
        <translation>(Datensatz %1)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>PushService</name>
    <message>
        <source>ContractDesk cannot push to %1 yet.</source>
        <translation>ContractDesk kann noch nicht an %1 senden.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; cannot be checked: %3&apos;s list for it has not been read</source>
        <translation>%1 „%2“ kann nicht geprüft werden: die Liste von %3 dafür wurde noch nicht gelesen</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; cannot be checked until the row&apos;s project is resolved</source>
        <translation>%1 „%2“ kann erst geprüft werden, wenn das Projekt der Zeile aufgelöst ist</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; names more than one record at %3</source>
        <translation>%1 „%2“ benennt mehr als einen Datensatz bei %3</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not at %3; near names wait for a choice</source>
        <translation>%1 „%2“ gibt es bei %3 nicht; ähnliche Namen warten auf eine Auswahl</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is inactive at %3</source>
        <translation>%1 „%2“ ist bei %3 inaktiv</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not at %3</source>
        <translation>%1 „%2“ gibt es bei %3 nicht</translation>
    </message>
    <message>
        <source>not sent: %1; run contractdesk-cli resolve --workspace W --target %2 --profile %3 (or Resolve References in the window)</source>
        <translation>nicht gesendet: %1; contractdesk-cli resolve --workspace W --target %2 --profile %3 ausführen (oder im Fenster „Bezüge auflösen“)</translation>
    </message>
    <message>
        <source>The push could not renew its hold on its rows: %1</source>
        <translation>Die Übertragung konnte die Reservierung ihrer Zeilen nicht verlängern: %1</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) changed since the push was planned (someone else pushed or edited them). Nothing was sent; plan the push again to send them as they are now.</source>
        <translation>
            <numerusform>%n Zeile wurde geändert, seit die Übertragung geplant wurde (jemand anderes hat sie übertragen oder bearbeitet). Es wurde nichts gesendet; planen Sie die Übertragung erneut, um den jetzigen Stand zu senden.</numerusform>
            <numerusform>%n Zeilen wurden geändert, seit die Übertragung geplant wurde (jemand anderes hat sie übertragen oder bearbeitet). Es wurde nichts gesendet; planen Sie die Übertragung erneut, um den jetzigen Stand zu senden.</numerusform>
        </translation>
    </message>
    <message>
        <source>not sent: %1 is pushing this row right now</source>
        <translation>nicht gesendet: %1 überträgt diese Zeile gerade</translation>
    </message>
</context>
<context>
    <name>ReconcileExporter</name>
    <message>
        <source>vendor id</source>
        <translation>Anbieter-ID</translation>
    </message>
    <message>
        <source>key (%1)</source>
        <translation>Schlüssel (%1)</translation>
    </message>
    <message>
        <source>offered by %1 — confirm</source>
        <translation>angeboten über %1 — bestätigen</translation>
    </message>
    <message>
        <source>linked by hand</source>
        <translation>von Hand verknüpft</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>candidates: %1</source>
        <translation>Kandidaten: %1</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Gefunden über</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>In the sheet</source>
        <translation>Im Blatt</translation>
    </message>
    <message>
        <source>At the vendor</source>
        <translation>Beim Anbieter</translation>
    </message>
    <message>
        <source>Last pushed</source>
        <translation>Zuletzt gesendet</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Abweichend</translation>
    </message>
    <message>
        <source>Only in the sheet</source>
        <translation>Nur im Blatt</translation>
    </message>
    <message>
        <source>Only at the vendor</source>
        <translation>Nur beim Anbieter</translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation>Mehrdeutig</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <source>Vendor id</source>
        <translation>Anbieter-ID</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>%1 (sheet)</source>
        <translation>%1 (Blatt)</translation>
    </message>
    <message>
        <source>%1 (vendor)</source>
        <translation>%1 (Anbieter)</translation>
    </message>
</context>
<context>
    <name>ReconcileTableModel</name>
    <message>
        <source>%1 id %2</source>
        <translation>%1-ID %2</translation>
    </message>
    <message>
        <source>(row %1)</source>
        <translation>(Zeile %1)</translation>
    </message>
    <message>
        <source>(record %1)</source>
        <translation>(Datensatz %1)</translation>
    </message>
    <message>
        <source>vendor id</source>
        <translation>Anbieter-ID</translation>
    </message>
    <message>
        <source>sync key</source>
        <translation>Sync-Schlüssel</translation>
    </message>
    <message>
        <source>link</source>
        <translation>Verknüpfung</translation>
    </message>
    <message>
        <source>Another row fits the same vendor record by %1</source>
        <translation>Eine weitere Zeile passt über %1 zum selben Datensatz des Anbieters</translation>
    </message>
    <message>
        <source>%1 vendor records fit by %2: pick one</source>
        <translation>%1 Datensätze des Anbieters passen über %2: wählen Sie einen aus</translation>
    </message>
    <message>
        <source>Vendor id %1</source>
        <translation>Anbieter-ID %1</translation>
    </message>
    <message>
        <source>Sync key</source>
        <translation>Sync-Schlüssel</translation>
    </message>
    <message>
        <source>Sync key %1</source>
        <translation>Sync-Schlüssel %1</translation>
    </message>
    <message>
        <source>Offered: same %1 — confirm?</source>
        <translation>Angeboten: %1 stimmt überein — bestätigen?</translation>
    </message>
    <message>
        <source>Linked by hand</source>
        <translation>Von Hand verknüpft</translation>
    </message>
    <message>
        <source>No sheet row fits</source>
        <translation>Keine Zeile des Blatts passt</translation>
    </message>
    <message>
        <source>No vendor record fits</source>
        <translation>Kein Datensatz des Anbieters passt</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Abweichend</translation>
    </message>
    <message>
        <source>Only in the sheet</source>
        <translation>Nur im Blatt</translation>
    </message>
    <message>
        <source>Only at the vendor</source>
        <translation>Nur beim Anbieter</translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation>Mehrdeutig</translation>
    </message>
    <message>
        <source>Never pushed from here</source>
        <translation>Nie von hier gesendet</translation>
    </message>
    <message>
        <source>Neither since the push</source>
        <translation>Keine Änderung seit dem Senden</translation>
    </message>
    <message>
        <source>Sheet changed since the push</source>
        <translation>Blatt seit dem Senden geändert</translation>
    </message>
    <message>
        <source>Vendor changed since the push</source>
        <translation>Anbieter seit dem Senden geändert</translation>
    </message>
    <message>
        <source>Both changed since the push</source>
        <translation>Beide seit dem Senden geändert</translation>
    </message>
    <message>
        <source>The sheet and %1 agree on every compared field.</source>
        <translation>Blatt und %1 stimmen in jedem verglichenen Feld überein.</translation>
    </message>
    <message>
        <source>The sheet and %1 hold different values; the differing cells are tinted.</source>
        <translation>Blatt und %1 enthalten unterschiedliche Werte; die abweichenden Zellen sind farbig hinterlegt.</translation>
    </message>
    <message>
        <source>%1 holds no record for this row: push it, or link it to a record by hand.</source>
        <translation>%1 hat keinen Datensatz zu dieser Zeile: senden Sie sie oder verknüpfen Sie sie von Hand mit einem Datensatz.</translation>
    </message>
    <message>
        <source>No row of the sheet is this %1 record: import it into the sheet, or link a row to it.</source>
        <translation>Keine Zeile des Blatts entspricht diesem Datensatz von %1: importieren Sie ihn ins Blatt oder verknüpfen Sie eine Zeile damit.</translation>
    </message>
    <message>
        <source>More than one record fits: never guessed. Link the row to the right one by hand.</source>
        <translation>Mehr als ein Datensatz passt: hier wird nie geraten. Verknüpfen Sie die Zeile von Hand mit dem richtigen.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1 ≠ %2</source>
        <translation>%1 ≠ %2</translation>
    </message>
    <message>
        <source>In the sheet: %1</source>
        <translation>Im Blatt: %1</translation>
    </message>
    <message>
        <source>At the vendor: %1</source>
        <translation>Beim Anbieter: %1</translation>
    </message>
    <message>
        <source>Last pushed: %1</source>
        <translation>Zuletzt gesendet: %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Gefunden über</translation>
    </message>
    <message>
        <source>Where the row stands against what %1 holds.</source>
        <translation>Der Stand der Zeile im Vergleich zu %1.</translation>
    </message>
    <message>
        <source>The row&apos;s key, else the vendor record&apos;s.</source>
        <translation>Der Schlüssel der Zeile, sonst der des Datensatzes beim Anbieter.</translation>
    </message>
    <message>
        <source>What paired the row with the vendor&apos;s record: its vendor id or sync key (certain), or the same number or name (an offer you confirm).</source>
        <translation>Wodurch die Zeile dem Datensatz des Anbieters zugeordnet wurde: Anbieter-ID oder Sync-Schlüssel (sicher) oder gleiche Nummer bzw. gleicher Name (ein Angebot, das Sie bestätigen).</translation>
    </message>
    <message>
        <source>%1 (%2): the sheet&apos;s value; a differing cell reads &quot;sheet ≠ vendor&quot;.</source>
        <translation>%1 (%2): der Wert im Blatt; eine abweichende Zelle zeigt &quot;Blatt ≠ Anbieter&quot;.</translation>
    </message>
</context>
<context>
    <name>ReconcileView</name>
    <message>
        <source>Only &amp;columns with differences</source>
        <translation>Nur &amp;Spalten mit Abweichungen</translation>
    </message>
    <message>
        <source>Pull Again…</source>
        <translation>Erneut abrufen…</translation>
    </message>
    <message>
        <source>Read what %1 holds now (Ctrl+Shift+L)</source>
        <translation>Lesen, was jetzt bei %1 vorliegt (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Hide the fields that agree on every line; the detail below still lists them.</source>
        <translation>Felder ausblenden, die in jeder Zeile übereinstimmen; die Detailansicht unten listet sie weiterhin auf.</translation>
    </message>
    <message>
        <source>Reconcile</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>Reconciliation of %1</source>
        <translation>Abgleich von %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>In the sheet</source>
        <translation>Im Blatt</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>Bei %1</translation>
    </message>
    <message>
        <source>Last pushed</source>
        <translation>Zuletzt gesendet</translation>
    </message>
    <message>
        <source>Who changed it</source>
        <translation>Geändert von</translation>
    </message>
    <message>
        <source>What the last accepted push sent: the common ground that tells who changed a value since.</source>
        <translation>Was beim letzten angenommenen Senden übertragen wurde: die gemeinsame Basis, an der sich zeigt, wer einen Wert seitdem geändert hat.</translation>
    </message>
    <message>
        <source>The current line, field by field</source>
        <translation>Die aktuelle Zeile, Feld für Feld</translation>
    </message>
    <message>
        <source>Take %1&apos;s &amp;Value</source>
        <translation>&amp;Wert von %1 übernehmen</translation>
    </message>
    <message>
        <source>Put %1&apos;s value of the current field into the sheet</source>
        <translation>Den Wert von %1 für das aktuelle Feld ins Blatt übernehmen</translation>
    </message>
    <message>
        <source>Take %1&apos;s &amp;Rows</source>
        <translation>&amp;Zeilen von %1 übernehmen</translation>
    </message>
    <message>
        <source>Put %1&apos;s values of every differing field of the selected rows into the sheet</source>
        <translation>Die Werte von %1 für jedes abweichende Feld der ausgewählten Zeilen ins Blatt übernehmen</translation>
    </message>
    <message>
        <source>Sheet Is Right: &amp;Push…</source>
        <translation>Blatt stimmt: Se&amp;nden…</translation>
    </message>
    <message>
        <source>Send the selected rows to %1 through the push dialog; its plan is the dry run</source>
        <translation>Die ausgewählten Zeilen über den Dialog &quot;Zeilen senden&quot; an %1 senden; dessen Plan dient als Probelauf</translation>
    </message>
    <message>
        <source>&amp;Import into Sheet</source>
        <translation>Ins Blatt &amp;importieren</translation>
    </message>
    <message>
        <source>Add the selected records only %1 holds to the sheet, with their %1 ids</source>
        <translation>Die ausgewählten Datensätze, die nur %1 hat, mit ihren %1-IDs ins Blatt aufnehmen</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Verknüpfen…</translation>
    </message>
    <message>
        <source>Pair an unmatched row with a %1 record by hand, or confirm an offered match</source>
        <translation>Eine Zeile ohne Gegenstück von Hand einem Datensatz von %1 zuordnen oder eine angebotene Zuordnung bestätigen</translation>
    </message>
    <message>
        <source>Previous Difference</source>
        <translation>Vorige Abweichung</translation>
    </message>
    <message>
        <source>Go to the previous difference</source>
        <translation>Zur vorigen Abweichung springen</translation>
    </message>
    <message>
        <source>No differences to go to.</source>
        <translation>Keine Abweichungen vorhanden.</translation>
    </message>
    <message>
        <source>Next Difference</source>
        <translation>Nächste Abweichung</translation>
    </message>
    <message>
        <source>Go to the next difference</source>
        <translation>Zur nächsten Abweichung springen</translation>
    </message>
    <message>
        <source>&amp;Export Reconciliation…</source>
        <translation>Abgleich &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the reconciliation as an Excel workbook or CSV</source>
        <translation>Den Abgleich als Excel-Arbeitsmappe oder CSV speichern</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Close Reconciliation</source>
        <translation>Abgleich s&amp;chließen</translation>
    </message>
    <message>
        <source>Close this view; the pulled records stay in the workspace</source>
        <translation>Diese Ansicht schließen; die abgerufenen Datensätze bleiben im Arbeitsbereich</translation>
    </message>
    <message>
        <source>Nothing pulled yet</source>
        <translation>Noch nichts abgerufen</translation>
    </message>
    <message>
        <source>Differs: %1</source>
        <translation>Abweichend: %1</translation>
    </message>
    <message>
        <source>Only in the sheet: %1</source>
        <translation>Nur im Blatt: %1</translation>
    </message>
    <message>
        <source>Only at the vendor: %1</source>
        <translation>Nur beim Anbieter: %1</translation>
    </message>
    <message>
        <source>Ambiguous: %1</source>
        <translation>Mehrdeutig: %1</translation>
    </message>
    <message>
        <source>Same: %1</source>
        <translation>Gleich: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Nothing has been pulled from %2 for this sheet yet. Pull (Ctrl+Shift+L) to see, field by field, what %2 holds against the sheet.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Für dieses Blatt wurde noch nichts von %2 abgerufen. Rufen Sie ab (Ctrl+Shift+L), um Feld für Feld zu sehen, was bei %2 im Vergleich zum Blatt vorliegt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — pulled on &lt;b&gt;%2&lt;/b&gt; through profile &lt;b&gt;%3&lt;/b&gt;. Rows in the sheet: %4 · records at %5: %6.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — abgerufen am &lt;b&gt;%2&lt;/b&gt; über Profil &lt;b&gt;%3&lt;/b&gt;. Zeilen im Blatt: %4 · Datensätze bei %5: %6.</translation>
    </message>
    <message>
        <source>Matched only by number or name, waiting for your yes: %1. Link (%2) confirms the current one.</source>
        <translation>Nur über Nummer oder Name zugeordnet, Ihre Bestätigung steht aus: %1. Verknüpfen (%2) bestätigt die aktuelle Zeile.</translation>
    </message>
    <message>
        <source>Rows were pushed after this pull: pull again to see what %1 holds now.</source>
        <translation>Nach diesem Abruf wurden Zeilen gesendet: rufen Sie erneut ab, um zu sehen, was jetzt bei %1 vorliegt.</translation>
    </message>
    <message>
        <source>&amp;Differs: %1</source>
        <translation>Ab&amp;weichend: %1</translation>
    </message>
    <message>
        <source>Show the rows whose values differ from %1&apos;s (Alt+D)</source>
        <translation>Zeilen anzeigen, deren Werte von denen bei %1 abweichen (Alt+W)</translation>
    </message>
    <message>
        <source>Only in the &amp;sheet: %1</source>
        <translation>Nur im B&amp;latt: %1</translation>
    </message>
    <message>
        <source>Show the rows %1 has no record for (Alt+S)</source>
        <translation>Zeilen anzeigen, zu denen %1 keinen Datensatz hat (Alt+L)</translation>
    </message>
    <message>
        <source>&amp;Only at %1: %2</source>
        <translation>Nur b&amp;ei %1: %2</translation>
    </message>
    <message>
        <source>Show the %1 records no row of the sheet is (Alt+O)</source>
        <translation>Datensätze von %1 anzeigen, denen keine Zeile des Blatts entspricht (Alt+E)</translation>
    </message>
    <message>
        <source>&amp;Ambiguous: %1</source>
        <translation>&amp;Mehrdeutig: %1</translation>
    </message>
    <message>
        <source>Show the rows that fit more than one record: never guessed (Alt+A)</source>
        <translation>Zeilen anzeigen, die zu mehr als einem Datensatz passen: hier wird nie geraten (Alt+M)</translation>
    </message>
    <message>
        <source>Sa&amp;me: %1</source>
        <translation>&amp;Gleich: %1</translation>
    </message>
    <message>
        <source>Show the rows that agree with %1 too (Alt+M)</source>
        <translation>Auch die Zeilen anzeigen, die mit %1 übereinstimmen (Alt+G)</translation>
    </message>
    <message>
        <source>Nothing to show with these filters.</source>
        <translation>Mit diesen Filtern gibt es nichts anzuzeigen.</translation>
    </message>
    <message>
        <source>%1 — the same in the sheet and at %2.</source>
        <translation>%1 — im Blatt und bei %2 gleich.</translation>
    </message>
    <message>
        <source>%1 — the same in the sheet and at %2 (%3).</source>
        <translation>%1 — im Blatt und bei %2 gleich (%3).</translation>
    </message>
    <message>
        <source>%1 — differs in &lt;b&gt;%2&lt;/b&gt;%3. Take %4&apos;s value (%5) or row (%6), or push the sheet&apos;s (%7).</source>
        <translation>%1 — weicht ab in &lt;b&gt;%2&lt;/b&gt;%3. Übernehmen Sie den Wert (%5) oder die Zeile (%6) von %4 oder senden Sie die Werte des Blatts (%7).</translation>
    </message>
    <message>
        <source>%1 — only in the sheet: %2 has no record for it. Push it (%3), or link it to the %2 record it is (%4).</source>
        <translation>%1 — nur im Blatt: %2 hat keinen Datensatz dazu. Senden Sie die Zeile (%3) oder verknüpfen Sie sie mit dem passenden Datensatz bei %2 (%4).</translation>
    </message>
    <message>
        <source>%1 — only at %2 (id %3). Import it into the sheet (%4), or link the sheet&apos;s row that is it (%5).</source>
        <translation>%1 — nur bei %2 (ID %3). Importieren Sie den Datensatz ins Blatt (%4) oder verknüpfen Sie die passende Zeile des Blatts damit (%5).</translation>
    </message>
    <message>
        <source>%1 — ambiguous: %2. ContractDesk never guesses; link it to the right record (%3). Candidates: %4.</source>
        <translation>%1 — mehrdeutig: %2. ContractDesk rät nie; verknüpfen Sie die Zeile mit dem richtigen Datensatz (%3). Kandidaten: %4.</translation>
    </message>
    <message>
        <source>Paired only because %1 is the same: if it is the same contract, confirm with Link (%2).</source>
        <translation>Nur zugeordnet, weil %1 übereinstimmt: ist es derselbe Vertrag, bestätigen Sie mit Verknüpfen (%2).</translation>
    </message>
    <message>
        <source>Confirm &amp;Match</source>
        <translation>Z&amp;uordnung bestätigen</translation>
    </message>
    <message>
        <source>This line has no pair to take a value from.</source>
        <translation>Diese Zeile hat kein Gegenstück, aus dem ein Wert übernommen werden kann.</translation>
    </message>
    <message>
        <source>The row is no longer in the sheet.</source>
        <translation>Die Zeile ist nicht mehr im Blatt.</translation>
    </message>
    <message>
        <source>Go to a cell that differs first (%1 goes to the next one).</source>
        <translation>Gehen Sie zuerst zu einer abweichenden Zelle (%1 springt zur nächsten).</translation>
    </message>
    <message>
        <source>This field agrees with %1; choose a tinted cell (%2 goes to the next one).</source>
        <translation>Dieses Feld stimmt mit %1 überein; wählen Sie eine farbig hinterlegte Zelle (%2 springt zur nächsten).</translation>
    </message>
    <message>
        <source>Take %1&apos;s %2 for %3</source>
        <translation>%2 von %1 für %3 übernehmen</translation>
    </message>
    <message>
        <source>Select rows that differ first.</source>
        <translation>Wählen Sie zuerst abweichende Zeilen aus.</translation>
    </message>
    <message>
        <source>Take %1&apos;s values for %2</source>
        <translation>Werte von %1 für %2 übernehmen</translation>
    </message>
    <message>
        <source>Take %1&apos;s values for %2 rows</source>
        <translation>Werte von %1 für %2 Zeilen übernehmen</translation>
    </message>
    <message>
        <source>Cells now holding %1&apos;s values: %2.</source>
        <translation>Zellen, die jetzt die Werte von %1 enthalten: %2.</translation>
    </message>
    <message>
        <source>Select rows that differ or that only the sheet has first.</source>
        <translation>Wählen Sie zuerst Zeilen aus, die abweichen oder nur im Blatt stehen.</translation>
    </message>
    <message>
        <source>Select records that only %1 holds first (Alt+O shows them).</source>
        <translation>Wählen Sie zuerst Datensätze aus, die nur %1 hat (Alt+E zeigt sie an).</translation>
    </message>
    <message>
        <source>Import %1 from %2</source>
        <translation>%1 von %2 importieren</translation>
    </message>
    <message>
        <source>Import %1 records from %2</source>
        <translation>%1 Datensätze von %2 importieren</translation>
    </message>
    <message>
        <source>Added at the end of the sheet from %1: %2.</source>
        <translation>Am Ende des Blatts von %1 hinzugefügt: %2.</translation>
    </message>
    <message>
        <source>Choose a line to link first.</source>
        <translation>Wählen Sie zuerst eine Zeile zum Verknüpfen.</translation>
    </message>
    <message>
        <source>%1 id %2</source>
        <translation>%1-ID %2</translation>
    </message>
    <message>
        <source>Link %1 to a %2 Record</source>
        <translation>%1 mit einem Datensatz von %2 verknüpfen</translation>
    </message>
    <message>
        <source>Which %1 record is the sheet&apos;s row &lt;b&gt;%2&lt;/b&gt;? The row takes its %1 id, so it is matched by id from now on and a push updates that record. Undo (Ctrl+Z) unlinks it.</source>
        <translation>Welcher Datensatz von %1 ist die Zeile &lt;b&gt;%2&lt;/b&gt; des Blatts? Die Zeile übernimmt seine %1-ID, wird also ab jetzt über die ID zugeordnet, und ein Senden aktualisiert diesen Datensatz. Rückgängig (Ctrl+Z) hebt die Verknüpfung auf.</translation>
    </message>
    <message>
        <source>Link a Sheet Row to %1</source>
        <translation>Eine Zeile des Blatts mit %1 verknüpfen</translation>
    </message>
    <message>
        <source>Which row of the sheet is the %1 record &lt;b&gt;%2&lt;/b&gt;? That row takes its %1 id, so it is matched by id from now on. Undo (Ctrl+Z) unlinks it.</source>
        <translation>Welche Zeile des Blatts ist der Datensatz &lt;b&gt;%2&lt;/b&gt; von %1? Diese Zeile übernimmt seine %1-ID und wird ab jetzt über die ID zugeordnet. Rückgängig (Ctrl+Z) hebt die Verknüpfung auf.</translation>
    </message>
    <message>
        <source>Only a row or record without a partner, an ambiguous row or an offered match can be linked.</source>
        <translation>Verknüpfen lassen sich nur Zeilen oder Datensätze ohne Gegenstück, mehrdeutige Zeilen oder angebotene Zuordnungen.</translation>
    </message>
    <message>
        <source>That record is not in the last pull.</source>
        <translation>Dieser Datensatz ist nicht im letzten Abruf enthalten.</translation>
    </message>
    <message>
        <source>%1 sent that record without its id; it cannot be linked.</source>
        <translation>%1 hat diesen Datensatz ohne ID geliefert; er kann nicht verknüpft werden.</translation>
    </message>
    <message>
        <source>Link %1 to %2 id %3</source>
        <translation>%1 mit %2-ID %3 verknüpfen</translation>
    </message>
    <message>
        <source>%1 is linked to %2 id %3.</source>
        <translation>%1 ist mit %2-ID %3 verknüpft.</translation>
    </message>
    <message>
        <source>Pull first: there is nothing to compare yet.</source>
        <translation>Rufen Sie zuerst ab: es gibt noch nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>Export Reconciliation</source>
        <translation>Abgleich exportieren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Pull…</source>
        <translation>Abrufen…</translation>
    </message>
</context>
<context>
    <name>RecordExporter</name>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Probleme</translation>
    </message>
</context>
<context>
    <name>RecordImporter</name>
    <message>
        <source>a second column for %1 (already in column %2); this one is ignored</source>
        <translation>eine zweite Spalte für %1 (bereits in Spalte %2); diese wird ignoriert</translation>
    </message>
    <message>
        <source>no column header names a field of %1</source>
        <translation>keine Spaltenüberschrift benennt ein Feld von %1</translation>
    </message>
    <message>
        <source>the sheet holds no rows (not even a header row)</source>
        <translation>das Blatt enthält keine Zeilen (nicht einmal eine Kopfzeile)</translation>
    </message>
    <message>
        <source>the value set for all rows of %1: %2</source>
        <translation>der für alle Zeilen gesetzte Wert von %1: %2</translation>
    </message>
    <message>
        <source>the row has cells to the right of the last header; they are not imported</source>
        <translation>die Zeile hat Zellen rechts der letzten Überschrift; sie werden nicht importiert</translation>
    </message>
</context>
<context>
    <name>RecordItemDelegate</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Type a name, code or id</source>
        <translation>Namen, Code oder ID eingeben</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Required.</source>
        <translation>Pflichtfeld.</translation>
    </message>
    <message>
        <source>Filled in by the vendor; never sent.</source>
        <translation>Wird vom Anbieter ausgefüllt; wird nie gesendet.</translation>
    </message>
    <message>
        <source>The row no longer exists.</source>
        <translation>Die Zeile existiert nicht mehr.</translation>
    </message>
    <message>
        <source>(row %1)</source>
        <translation>(Zeile %1)</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Pushed; %1 holds it as %2.</source>
        <translation>Gesendet; %1 führt sie als %2.</translation>
    </message>
    <message>
        <source>Changed since it was pushed (%1 id %2).</source>
        <translation>Seit dem Senden geändert (%1-ID %2).</translation>
    </message>
    <message>
        <source>The last push failed: the sync log says why.</source>
        <translation>Das letzte Senden schlug fehl: das Sync-Protokoll sagt warum.</translation>
    </message>
    <message>
        <source>%1 of row %2 was changed by someone else since; it was left as they saved it.</source>
        <translation>%1 in Zeile %2 wurde inzwischen von jemand anderem geändert; der Wert bleibt so, wie die andere Person ihn gespeichert hat.</translation>
    </message>
</context>
<context>
    <name>RecordValidator</name>
    <message>
        <source>a date such as 2026-03-31 (3/31/2026 and 31.03.2026 are read too)</source>
        <translation>ein Datum wie 2026-03-31 (auch 3/31/2026 und 31.03.2026 werden gelesen)</translation>
    </message>
    <message>
        <source>a date and time such as 2026-03-31 08:30, or a date</source>
        <translation>ein Datum mit Uhrzeit wie 2026-03-31 08:30 oder ein Datum</translation>
    </message>
    <message>
        <source>a number such as 1250.50</source>
        <translation>eine Zahl wie 1250.50</translation>
    </message>
    <message>
        <source>a whole number up to 2,147,483,647</source>
        <translation>eine ganze Zahl bis 2.147.483.647</translation>
    </message>
    <message>
        <source>a whole number such as 4711</source>
        <translation>eine ganze Zahl wie 4711</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>ja oder nein</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>einer dieser Werte: %1</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>%1 needs one of %2 to know the project; all are empty.</source>
        <translation>%1 braucht eines von %2, um das Projekt zu kennen; alle sind leer.</translation>
    </message>
    <message>
        <source>%1 (%2) is after %3 (%4): is one of the dates mistyped?</source>
        <translation>%1 (%2) liegt nach %3 (%4): ist eines der Daten vertippt?</translation>
    </message>
    <message>
        <source>%1 is required: %2 needs it to send the row&apos;s batch.</source>
        <translation>%1 ist Pflicht: %2 braucht es, um den Stapel der Zeile zu senden.</translation>
    </message>
    <message>
        <source>%1 is required by %2.</source>
        <translation>%1 ist für %2 Pflicht.</translation>
    </message>
    <message>
        <source>%1 is filled in by %2 and is never sent; the value here is for reference only.</source>
        <translation>%1 wird von %2 ausgefüllt und nie gesendet; der Wert hier dient nur zur Information.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not %2.</source>
        <translation>&apos;%1&apos; ist nicht %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a %2 value for %3; use %4.</source>
        <translation>&apos;%1&apos; ist kein Wert von %2 für %3; verwenden Sie %4.</translation>
    </message>
    <message>
        <source>%1 has %2 characters; %3 takes at most %4. Shorten it.</source>
        <translation>%1 hat %2 Zeichen; %3 nimmt höchstens %4. Kürzen Sie den Text.</translation>
    </message>
    <message>
        <source>%1 needs at least %2 characters.</source>
        <translation>%1 braucht mindestens %2 Zeichen.</translation>
    </message>
    <message>
        <source>%1 is too large for %2, which takes %3 here.</source>
        <translation>%1 ist zu groß für %2, das hier %3 nimmt.</translation>
    </message>
    <message>
        <source>%1 is %2 %, outside 0-100 %.</source>
        <translation>%1 ist %2 %, außerhalb von 0-100 %.</translation>
    </message>
    <message>
        <source>%1 is %2, but %3 takes only %4 here; it will likely refuse the row.</source>
        <translation>%1 ist %2, aber %3 nimmt hier nur %4 an; die Zeile wird wahrscheinlich abgelehnt.</translation>
    </message>
</context>
<context>
    <name>ReferenceCandidatesPane</name>
    <message>
        <source>&amp;Use this</source>
        <translation>&amp;Diesen nehmen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>ERP code</source>
        <translation>ERP-Kürzel</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Search the whole list by name, ERP code or id</source>
        <translation>Die ganze Liste nach Name, ERP-Kürzel oder ID durchsuchen</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Write this record&apos;s id into every row with this value (Enter)</source>
        <translation>Die ID dieses Datensatzes in jede Zeile mit diesem Wert schreiben (Eingabe)</translation>
    </message>
    <message>
        <source>Select a value above to see the records it could mean.</source>
        <translation>Wählen Sie oben einen Wert, um die Datensätze zu sehen, die er meinen könnte.</translation>
    </message>
    <message>
        <source>No suggestions for “%1”: search the list below.</source>
        <translation>Keine Vorschläge für „%1“: durchsuchen Sie unten die Liste.</translation>
    </message>
    <message>
        <source>Records “%1” could mean:</source>
        <translation>Datensätze, die „%1“ meinen könnte:</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>Inactive at the vendor: it cannot be chosen. Reactivate it there and refresh the lists, or choose an active record.</source>
        <translation>Beim Anbieter inaktiv: kann nicht gewählt werden. Aktivieren Sie ihn dort wieder und lesen Sie die Listen neu, oder wählen Sie einen aktiven Datensatz.</translation>
    </message>
    <message>
        <source>Nothing in the list matches.</source>
        <translation>Nichts in der Liste passt.</translation>
    </message>
</context>
<context>
    <name>ReferenceEntryModel</name>
    <message>
        <source>by id</source>
        <translation>über die ID</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>über den Namen</translation>
    </message>
    <message>
        <source>by ERP id</source>
        <translation>über die ERP-ID</translation>
    </message>
    <message>
        <source>by ERP code</source>
        <translation>über das ERP-Kürzel</translation>
    </message>
    <message>
        <source>by number</source>
        <translation>über die Nummer</translation>
    </message>
    <message>
        <source>your earlier choice</source>
        <translation>Ihre frühere Auswahl</translation>
    </message>
    <message>
        <source>project unresolved</source>
        <translation>Projekt nicht aufgelöst</translation>
    </message>
    <message>
        <source>list not read</source>
        <translation>Liste nicht gelesen</translation>
    </message>
    <message>
        <source>as written (no list read)</source>
        <translation>wie geschrieben (keine Liste gelesen)</translation>
    </message>
    <message>
        <source>not an id (no list read)</source>
        <translation>keine ID (keine Liste gelesen)</translation>
    </message>
    <message>
        <source>exact, %1</source>
        <translation>eindeutig, %1</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>gewählt</translation>
    </message>
    <message>
        <source>ambiguous: %1 records share this name</source>
        <translation>mehrdeutig: %1 Datensätze tragen diesen Namen</translation>
    </message>
    <message>
        <source>near names only</source>
        <translation>nur ähnliche Namen</translation>
    </message>
    <message>
        <source>inactive at the vendor</source>
        <translation>beim Anbieter inaktiv</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>Resolve the row&apos;s project first; its list says what this value means.</source>
        <translation>Lösen Sie zuerst das Projekt der Zeile auf; dessen Liste sagt, was dieser Wert bedeutet.</translation>
    </message>
    <message>
        <source>The vendor&apos;s list has not been read: use Refresh lists.</source>
        <translation>Die Liste des Anbieters wurde nicht gelesen: nutzen Sie „Listen neu lesen“.</translation>
    </message>
    <message>
        <source>Names exactly one record; Write exact matches puts its id into the rows.</source>
        <translation>Nennt genau einen Datensatz; „Eindeutige Treffer schreiben“ trägt seine ID in die Zeilen ein.</translation>
    </message>
    <message>
        <source>You chose this record earlier; Forget it under Remembered choices.</source>
        <translation>Sie haben diesen Datensatz früher gewählt; unter „Gemerkte Auswahl“ können Sie das vergessen.</translation>
    </message>
    <message>
        <source>More than one record has this name: pick the right one below.</source>
        <translation>Mehr als ein Datensatz trägt diesen Namen: wählen Sie unten den richtigen.</translation>
    </message>
    <message>
        <source>No record has exactly this name; the nearest are below. Pick one or search.</source>
        <translation>Kein Datensatz trägt genau diesen Namen; die ähnlichsten stehen unten. Wählen Sie einen oder suchen Sie.</translation>
    </message>
    <message>
        <source>The only record with this name is inactive at the vendor: pick an active one, or reactivate it there and refresh the lists.</source>
        <translation>Der einzige Datensatz mit diesem Namen ist beim Anbieter inaktiv: wählen Sie einen aktiven, oder aktivieren Sie ihn dort wieder und lesen Sie die Listen neu.</translation>
    </message>
    <message>
        <source>No record of the vendor has a name like this: search the list, or add the record at the vendor and refresh the lists.</source>
        <translation>Kein Datensatz des Anbieters hat einen solchen Namen: durchsuchen Sie die Liste, oder legen Sie den Datensatz beim Anbieter an und lesen Sie die Listen neu.</translation>
    </message>
    <message>
        <source>%1 (not written)</source>
        <translation>%1 (wird nicht eingetragen)</translation>
    </message>
    <message>
        <source>Sheet rows %1%2</source>
        <translation>Blattzeilen %1%2</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>In the sheet</source>
        <translation>Im Blatt</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Vendor record</source>
        <translation>Datensatz beim Anbieter</translation>
    </message>
</context>
<context>
    <name>ReferenceListReader</name>
    <message>
        <source>Signing in to %1 through profile &apos;%2&apos;…</source>
        <translation>Anmeldung bei %1 über das Profil „%2“ …</translation>
    </message>
    <message>
        <source>no such reference list is defined</source>
        <translation>eine solche Bezugsliste ist nicht definiert</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>Reading %1 (%2)…</source>
        <translation>%1 (%2) wird gelesen …</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>ReferenceListRegistry</name>
    <message>
        <source>%1: the request needs a method and a path</source>
        <translation>%1: Die Anfrage braucht eine Methode und einen Pfad</translation>
    </message>
    <message>
        <source>%1: the request path &apos;%2&apos; does not start with &apos;/&apos;</source>
        <translation>%1: Der Anfragepfad &apos;%2&apos; beginnt nicht mit &apos;/&apos;</translation>
    </message>
    <message>
        <source>%1: a query parameter has no name</source>
        <translation>%1: Ein Abfrageparameter hat keinen Namen</translation>
    </message>
    <message>
        <source>%1: unknown paging &apos;%2&apos; (none, pages or query)</source>
        <translation>%1: Unbekannte Seitenaufteilung &apos;%2&apos; (none, pages oder query)</translation>
    </message>
    <message>
        <source>%1: a query is a POST naming its object</source>
        <translation>%1: Eine Abfrage ist ein POST, der sein Objekt nennt</translation>
    </message>
    <message>
        <source>%1: a list has no id</source>
        <translation>%1: Eine Liste hat keine ID</translation>
    </message>
    <message>
        <source>%1: list %2 is not named after its vendor &apos;%3&apos;</source>
        <translation>%1: Liste %2 ist nicht nach ihrem Anbieter &apos;%3&apos; benannt</translation>
    </message>
    <message>
        <source>%1: a list needs a label and a source</source>
        <translation>%1: Eine Liste braucht eine Bezeichnung und eine Quelle</translation>
    </message>
    <message>
        <source>%1: the request uses the placeholder {%2}, which nothing fills</source>
        <translation>%1: Die Anfrage verwendet den Platzhalter {%2}, den nichts füllt</translation>
    </message>
    <message>
        <source>%1: the list is scoped by {%2}, which its request does not use</source>
        <translation>%1: Die Liste ist durch {%2} eingegrenzt, das ihre Anfrage nicht verwendet</translation>
    </message>
    <message>
        <source>%1: the record map needs an id and a name</source>
        <translation>%1: Die Datensatzzuordnung braucht eine ID und einen Namen</translation>
    </message>
    <message>
        <source>%1: the active field %2 lists no value that means active</source>
        <translation>%1: Das Aktiv-Feld %2 nennt keinen Wert, der aktiv bedeutet</translation>
    </message>
    <message>
        <source>Cannot read the reference list file %1: %2</source>
        <translation>Die Bezugslistendatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The reference list file %1 is not valid JSON: %2 at %3</source>
        <translation>Die Bezugslistendatei %1 ist kein gültiges JSON: %2 an Stelle %3</translation>
    </message>
    <message>
        <source>%1: the reference list file names no vendor</source>
        <translation>%1: Die Bezugslistendatei nennt keinen Anbieter</translation>
    </message>
    <message>
        <source>%1: the reference list file holds no list</source>
        <translation>%1: Die Bezugslistendatei enthält keine Liste</translation>
    </message>
    <message>
        <source>%1: list %2 is defined twice</source>
        <translation>%1: Liste %2 ist doppelt definiert</translation>
    </message>
    <message>
        <source>%1: field %2 refers to the list %3, which no reference list file defines</source>
        <translation>%1: Feld %2 verweist auf die Liste %3, die keine Bezugslistendatei definiert</translation>
    </message>
    <message>
        <source>%1: field %2 refers to %3, a list of another vendor</source>
        <translation>%1: Feld %2 verweist auf %3, eine Liste eines anderen Anbieters</translation>
    </message>
    <message>
        <source>%1: field %2 and its list %3 disagree on whether the list is read per scope</source>
        <translation>%1: Feld %2 und seine Liste %3 sind uneins, ob die Liste je Bereich gelesen wird</translation>
    </message>
</context>
<context>
    <name>ReferenceProtocol</name>
    <message>
        <source>%1 needs the company id: set it in the connection profile.</source>
        <translation>%1 braucht die Firmen-ID: Tragen Sie sie im Verbindungsprofil ein.</translation>
    </message>
    <message>
        <source>%1 is read per project: the row names no project to read it for.</source>
        <translation>%1 wird je Projekt gelesen: Die Zeile nennt kein Projekt, für das sie gelesen werden kann.</translation>
    </message>
</context>
<context>
    <name>ReferenceResolver</name>
    <message>
        <source>Resolve references</source>
        <translation>Bezüge auflösen</translation>
    </message>
    <message>
        <source>%1 is not a field of %2 that refers to a vendor&apos;s list.</source>
        <translation>%1 ist kein Feld von %2, das auf eine Liste des Anbieters verweist.</translation>
    </message>
    <message>
        <source>Choose an id for a value, not for an empty cell.</source>
        <translation>Wählen Sie eine ID für einen Wert, nicht für eine leere Zelle.</translation>
    </message>
    <message>
        <source>The list %1 has not been read from the vendor yet; read it before choosing.</source>
        <translation>Die Liste %1 wurde noch nicht vom Anbieter gelesen; lesen Sie sie, bevor Sie wählen.</translation>
    </message>
    <message>
        <source>%1 is not in the vendor&apos;s list %2.</source>
        <translation>%1 ist nicht in der Liste %2 des Anbieters.</translation>
    </message>
    <message>
        <source>%1 (%2) is inactive at the vendor; choose an active record.</source>
        <translation>%1 (%2) ist beim Anbieter inaktiv; wählen Sie einen aktiven Datensatz.</translation>
    </message>
</context>
<context>
    <name>RefsCommand</name>
    <message>
        <source>Read the vendor&apos;s lists a target&apos;s references point to (vendors, customers, projects) and keep them in the workspace.</source>
        <translation>Die Listen des Anbieters lesen, auf die die Bezüge eines Ziels verweisen (Lieferanten, Kunden, Projekte), und im Arbeitsbereich aufbewahren.</translation>
    </message>
    <message>
        <source>%1 (scope %2)</source>
        <translation>%1 (Bereich %2)</translation>
    </message>
    <message>
        <source>%1: not read (%2); the list kept before stays.</source>
        <translation>%1: nicht gelesen (%2); die bisher aufbewahrte Liste bleibt.</translation>
    </message>
    <message>
        <source>%1: %2 read (%3 inactive) at %4</source>
        <translation>%1: %2 gelesen (%3 inaktiv) am %4</translation>
    </message>
    <message>
        <source>The target whose references to read.</source>
        <translation>Das Ziel, dessen Bezüge gelesen werden.</translation>
    </message>
    <message>
        <source>The connection profile.</source>
        <translation>Das Verbindungsprofil.</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Ausgabeformat: text oder json.</translation>
    </message>
    <message>
        <source>refs: --format is text or json, not &apos;%1&apos;.</source>
        <translation>refs: --format ist text oder json, nicht „%1“.</translation>
    </message>
    <message>
        <source>refs: %1</source>
        <translation>refs: %1</translation>
    </message>
    <message>
        <source>%1: %2 not read: %3</source>
        <translation>%1: %2 nicht gelesen: %3</translation>
    </message>
    <message>
        <source>%1: %2 (%3) not read: %4</source>
        <translation>%1: %2 (%3) nicht gelesen: %4</translation>
    </message>
</context>
<context>
    <name>ResolveCommand</name>
    <message>
        <source>Resolve a target&apos;s references (vendors, customers, projects named by name, code or id) against the vendor&apos;s lists; write the ids.</source>
        <translation>Die Bezüge eines Ziels (Lieferanten, Kunden, Projekte nach Name, Code oder ID) gegen die Listen des Anbieters auflösen; die IDs eintragen.</translation>
    </message>
    <message>
        <source>The target to resolve.</source>
        <translation>Das aufzulösende Ziel.</translation>
    </message>
    <message>
        <source>The connection profile.</source>
        <translation>Das Verbindungsprofil.</translation>
    </message>
    <message>
        <source>Read the vendor&apos;s lists again before resolving.</source>
        <translation>Die Listen des Anbieters vor dem Auflösen neu lesen.</translation>
    </message>
    <message>
        <source>Remember that VALUE of FIELD means the vendor&apos;s record ID (repeatable).</source>
        <translation>Merken, dass VALUE in FIELD den Datensatz ID des Anbieters meint (wiederholbar).</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Ausgabeformat: text oder json.</translation>
    </message>
    <message>
        <source>resolve: --format is text or json, not &apos;%1&apos;.</source>
        <translation>resolve: --format ist text oder json, nicht „%1“.</translation>
    </message>
    <message>
        <source>resolve: --choose takes FIELD:VALUE=ID, not &apos;%1&apos;.</source>
        <translation>resolve: --choose erwartet FIELD:VALUE=ID, nicht „%1“.</translation>
    </message>
    <message>
        <source>resolve: %1 is not a reference field of %2 (its reference fields: %3).</source>
        <translation>resolve: %1 ist kein Bezugsfeld von %2 (seine Bezugsfelder: %3).</translation>
    </message>
    <message>
        <source>resolve: %1</source>
        <translation>resolve: %1</translation>
    </message>
    <message>
        <source>the list %1 has not been read</source>
        <translation>die Liste %1 wurde noch nicht gelesen</translation>
    </message>
    <message>
        <source>%1 is not in the vendor&apos;s list %2</source>
        <translation>%1 steht nicht in der Liste %2 des Anbieters</translation>
    </message>
    <message>
        <source>%1 (%2) is inactive at the vendor</source>
        <translation>%1 (%2) ist beim Anbieter inaktiv</translation>
    </message>
    <message>
        <source>no row&apos;s %1 holds &apos;%2&apos; within a resolved scope</source>
        <translation>keine Zeile enthält in %1 „%2“ innerhalb eines aufgelösten Bereichs</translation>
    </message>
    <message>
        <source>resolve: the ids could not be saved: %1</source>
        <translation>resolve: die IDs konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; (rows %3): %4</source>
        <translation>%1 „%2“ (Zeilen %3): %4</translation>
    </message>
    <message>
        <source> within %1</source>
        <translation> innerhalb von %1</translation>
    </message>
    <message>
        <source> (by %1)</source>
        <translation> (über %1)</translation>
    </message>
    <message>
        <source>; candidates: %1</source>
        <translation>; Kandidaten: %1</translation>
    </message>
    <message>
        <source> [list not read]</source>
        <translation> [Liste nicht gelesen]</translation>
    </message>
    <message>
        <source> [its project is unresolved]</source>
        <translation> [ihr Projekt ist nicht aufgelöst]</translation>
    </message>
    <message>
        <source>Cells written: %1; values unresolved: %2.</source>
        <translation>Zellen eingetragen: %1; Werte nicht aufgelöst: %2.</translation>
    </message>
    <message>
        <source>Choose with: contractdesk-cli resolve --workspace W --target %1 --profile %2 --choose &quot;FIELD:VALUE=ID&quot;</source>
        <translation>Wählen mit: contractdesk-cli resolve --workspace W --target %1 --profile %2 --choose &quot;FIELD:VALUE=ID&quot;</translation>
    </message>
    <message>
        <source>cannot choose %1 for %2 &apos;%3&apos;: %4.</source>
        <translation>%1 kann für %2 „%3“ nicht gewählt werden: %4.</translation>
    </message>
</context>
<context>
    <name>ResolveReferencesDialog</name>
    <message>
        <source>Refresh &amp;lists</source>
        <translation>&amp;Listen neu lesen</translation>
    </message>
    <message>
        <source>Ca&amp;ncel reading</source>
        <translation>Lesen abbreche&amp;n</translation>
    </message>
    <message>
        <source>Show resolved values &amp;too</source>
        <translation>Aufgelöste Werte a&amp;uch zeigen</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Resolve References — %1</source>
        <translation>Bezüge auflösen — %1</translation>
    </message>
    <message>
        <source>The account whose lists the sheet is compared with</source>
        <translation>Das Konto, mit dessen Listen das Blatt verglichen wird</translation>
    </message>
    <message>
        <source>Read every list again from the vendor</source>
        <translation>Alle Listen erneut vom Anbieter lesen</translation>
    </message>
    <message>
        <source>Write the vendor&apos;s id of every value that names exactly one record into its rows, as one step (Ctrl+Z undoes it)</source>
        <translation>Für jeden Wert, der genau einen Datensatz nennt, die ID des Anbieters in seine Zeilen schreiben, in einem Schritt (Strg+Z macht ihn rückgängig)</translation>
    </message>
    <message>
        <source>Leave this value for now and go to the next</source>
        <translation>Diesen Wert vorerst lassen und zum nächsten gehen</translation>
    </message>
    <message>
        <source>%1 wants its own ids where the sheet names a vendor, customer or project. Each line below is a value of the sheet that does not name exactly one %1 record: choose the right record, and every row with that value gets its id.</source>
        <translation>%1 erwartet seine eigenen IDs, wo das Blatt einen Lieferanten, Kunden oder ein Projekt nennt. Jede Zeile unten ist ein Wert des Blatts, der nicht genau einen Datensatz bei %1 nennt: wählen Sie den richtigen Datensatz, und jede Zeile mit diesem Wert erhält seine ID.</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>&amp;Values to resolve</source>
        <translation>Aufzulösende &amp;Werte</translation>
    </message>
    <message>
        <source>Remembered &amp;choices</source>
        <translation>&amp;Gemerkte Auswahl</translation>
    </message>
    <message>
        <source>Export Remembered Choices</source>
        <translation>Gemerkte Auswahl exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>No connection profile for %1 yet: add one in File ▸ Connection Profiles (Ctrl+Alt+P); its lists are what the sheet is compared with.</source>
        <translation>Noch kein Verbindungsprofil für %1: legen Sie eines unter Datei ▸ Verbindungsprofile an (Strg+Alt+P); mit seinen Listen wird das Blatt verglichen.</translation>
    </message>
    <message>
        <source>Write &amp;exact matches (%1)</source>
        <translation>&amp;Eindeutige Treffer schreiben (%1)</translation>
    </message>
    <message>
        <source>&amp;Values to resolve (%1)</source>
        <translation>Aufzulösende &amp;Werte (%1)</translation>
    </message>
    <message>
        <source>Remembered &amp;choices (%1)</source>
        <translation>&amp;Gemerkte Auswahl (%1)</translation>
    </message>
    <message>
        <source>%1: read %2, records: %3</source>
        <translation>%1: gelesen %2, Datensätze: %3</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>No list of the vendor read yet.</source>
        <translation>Noch keine Liste des Anbieters gelesen.</translation>
    </message>
    <message>
        <source>Every reference of the sheet resolves.</source>
        <translation>Jeder Bezug des Blatts ist aufgelöst.</translation>
    </message>
    <message>
        <source>The lists cannot be read for this sheet.</source>
        <translation>Die Listen können für dieses Blatt nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 (records so far: %2)</source>
        <translation>%1 (bisher Datensätze: %2)</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Anmeldung bei %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cancelled. The lists read before stay as they were.</source>
        <translation>Abgebrochen. Die zuvor gelesenen Listen bleiben, wie sie waren.</translation>
    </message>
    <message>
        <source>The lists could not be read: %1
The lists read before stay as they were.</source>
        <translation>Die Listen konnten nicht gelesen werden: %1
Die zuvor gelesenen Listen bleiben, wie sie waren.</translation>
    </message>
    <message>
        <source>Some lists could not be read; the ones read before stay:
%1</source>
        <translation>Einige Listen konnten nicht gelesen werden; die zuvor gelesenen bleiben:
%1</translation>
    </message>
    <message>
        <source>Lists read. Choose a record for each value below, or skip it.</source>
        <translation>Listen gelesen. Wählen Sie unten für jeden Wert einen Datensatz, oder überspringen Sie ihn.</translation>
    </message>
    <message>
        <source>“%1” is now %2 (rows written: %3); Ctrl+Z in the sheet undoes it.</source>
        <translation>„%1“ ist jetzt %2 (geschriebene Zeilen: %3); Strg+Z im Blatt macht es rückgängig.</translation>
    </message>
    <message>
        <source>Choose a connection profile first.</source>
        <translation>Wählen Sie zuerst ein Verbindungsprofil.</translation>
    </message>
    <message>
        <source>Cells given the vendor&apos;s id: %1. Ctrl+Z in the sheet undoes it.</source>
        <translation>Zellen mit der ID des Anbieters: %1. Strg+Z im Blatt macht es rückgängig.</translation>
    </message>
    <message>
        <source>Forgot that “%1” means %2. Rows that already hold its id keep it.</source>
        <translation>Vergessen, dass „%1“ %2 bedeutet. Zeilen, die seine ID schon enthalten, behalten sie.</translation>
    </message>
    <message>
        <source>Remembered choices saved to %1.</source>
        <translation>Gemerkte Auswahl in %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>SchemaRegistry</name>
    <message>
        <source>Cannot read the schema file %1: %2</source>
        <translation>Die Schemadatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The schema file %1 is not valid JSON: %2 at %3</source>
        <translation>Die Schemadatei %1 ist kein gültiges JSON: %2 bei %3</translation>
    </message>
</context>
<context>
    <name>SheetCommands</name>
    <message>
        <source>Open a workspace first (Ctrl+O).</source>
        <translation>Öffnen Sie zuerst einen Arbeitsbereich (Strg+O).</translation>
    </message>
    <message>
        <source>This sheet has no issues.</source>
        <translation>Dieses Blatt hat keine Probleme.</translation>
    </message>
    <message>
        <source>Export Issues</source>
        <translation>Probleme exportieren</translation>
    </message>
    <message>
        <source>Export Sheet</source>
        <translation>Blatt exportieren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
</context>
<context>
    <name>SheetReferenceCheck</name>
    <message>
        <source>%1 &apos;%2&apos; is not an id; read %3&apos;s lists in Vendor ▸ Resolve References (Ctrl+Shift+K) to find the record it names.</source>
        <translation>%1 „%2“ ist keine ID; lesen Sie die Listen von %3 unter Anbieter ▸ Bezüge auflösen (Strg+Umschalt+K), um den Datensatz zu finden, den der Wert nennt.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; cannot be checked until the row&apos;s %3 is resolved; resolve that first in Vendor ▸ Resolve References (Ctrl+Shift+K).</source>
        <translation>%1 „%2“ kann erst geprüft werden, wenn %3 der Zeile aufgelöst ist; lösen Sie dies zuerst unter Anbieter ▸ Bezüge auflösen (Strg+Umschalt+K) auf.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; cannot be checked: %3&apos;s list for it has not been read yet; read it in Vendor ▸ Resolve References (Ctrl+Shift+K).</source>
        <translation>%1 „%2“ kann nicht geprüft werden: die Liste von %3 dafür wurde noch nicht gelesen; lesen Sie sie unter Anbieter ▸ Bezüge auflösen (Strg+Umschalt+K).</translation>
    </message>
    <message numerus="yes">
        <source>%1 &apos;%2&apos; names %n records in %3&apos;s list (they share that name); choose the right one in Vendor ▸ Resolve References (Ctrl+Shift+K).</source>
        <translation>
            <numerusform>%1 „%2“ nennt %n Datensatz in der Liste von %3; wählen Sie den richtigen unter Anbieter ▸ Bezüge auflösen (Strg+Umschalt+K).</numerusform>
            <numerusform>%1 „%2“ nennt %n Datensätze in der Liste von %3 (sie tragen denselben Namen); wählen Sie den richtigen unter Anbieter ▸ Bezüge auflösen (Strg+Umschalt+K).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not in %3&apos;s list; near names wait for your choice: Vendor ▸ Resolve References (Ctrl+Shift+K).</source>
        <translation>%1 „%2“ steht nicht in der Liste von %3; ähnliche Namen warten auf Ihre Wahl: Anbieter ▸ Bezüge auflösen (Strg+Umschalt+K).</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is inactive at %3; choose an active record in Vendor ▸ Resolve References (Ctrl+Shift+K).</source>
        <translation>%1 „%2“ ist bei %3 inaktiv; wählen Sie einen aktiven Datensatz unter Anbieter ▸ Bezüge auflösen (Strg+Umschalt+K).</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not in %3&apos;s list; correct the cell, or read the list again in Vendor ▸ Resolve References (Ctrl+Shift+K).</source>
        <translation>%1 „%2“ steht nicht in der Liste von %3; korrigieren Sie die Zelle oder lesen Sie die Liste erneut unter Anbieter ▸ Bezüge auflösen (Strg+Umschalt+K).</translation>
    </message>
</context>
<context>
    <name>SheetStatusBar</name>
    <message>
        <source>All changes saved %1</source>
        <translation>Alle Änderungen gespeichert %1</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <source>Reconciliation: %1</source>
        <translation>Abgleich: %1</translation>
    </message>
    <message>
        <source>No issues</source>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>SheetTabs</name>
    <message>
        <source>Drop a spreadsheet here to import it, open a workspace (Ctrl+O), create one (Ctrl+N), or try the demo workspace (Ctrl+Shift+D).</source>
        <translation>Ziehen Sie eine Tabelle hierher, um sie zu importieren, öffnen Sie einen Arbeitsbereich (Strg+O), legen Sie einen an (Strg+N) oder probieren Sie den Demo-Arbeitsbereich (Strg+Umschalt+D).</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>%1 — %2 %3</source>
        <translation>%1 — %2 %3</translation>
    </message>
    <message>
        <source>Reconcile: %1</source>
        <translation>Abgleich: %1</translation>
    </message>
    <message>
        <source>%1 against what %2 holds (Ctrl+Shift+R: to the sheet and back)</source>
        <translation>%1 im Vergleich zum Stand bei %2 (Ctrl+Shift+R: zum Blatt und zurück)</translation>
    </message>
    <message>
        <source>Close the reconciliation (Ctrl+W)</source>
        <translation>Abgleich schließen (Ctrl+W)</translation>
    </message>
    <message>
        <source>Close the reconciliation</source>
        <translation>Abgleich schließen</translation>
    </message>
</context>
<context>
    <name>SheetValidation</name>
    <message numerus="yes">
        <source>%1 &apos;%2&apos; is also used by %n other row(s); each row needs its own.</source>
        <translation>
            <numerusform>%1 &apos;%2&apos; wird auch von %n anderen Zeile verwendet; jede Zeile braucht einen eigenen Wert.</numerusform>
            <numerusform>%1 &apos;%2&apos; wird auch von %n anderen Zeilen verwendet; jede Zeile braucht einen eigenen Wert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetView</name>
    <message>
        <source>Filter rows (Ctrl+F)…</source>
        <translation>Zeilen filtern (Strg+F)…</translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation>Zeilen filtern</translation>
    </message>
    <message>
        <source>Click the cell where the pasted block should start.</source>
        <translation>Klicken Sie auf die Zelle, an der der eingefügte Block beginnen soll.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>%n Zelle einfügen</numerusform>
            <numerusform>%n Zellen einfügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Only rows with &amp;issues</source>
        <translation>Nur Zeilen mit &amp;Problemen</translation>
    </message>
    <message>
        <source>Show only the rows the vendor would reject or that need a look</source>
        <translation>Nur die Zeilen zeigen, die der Anbieter ablehnen würde oder die einen Blick brauchen</translation>
    </message>
    <message>
        <source>Select the cells to fill: the top one is copied down.</source>
        <translation>Wählen Sie die zu füllenden Zellen: die oberste wird nach unten kopiert.</translation>
    </message>
    <message numerus="yes">
        <source>Fill down %n cell(s)</source>
        <translation>
            <numerusform>%n Zelle nach unten ausfüllen</numerusform>
            <numerusform>%n Zellen nach unten ausfüllen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Select the rows to duplicate.</source>
        <translation>Wählen Sie die zu duplizierenden Zeilen.</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n row(s)</source>
        <translation>
            <numerusform>%n Zeile duplizieren</numerusform>
            <numerusform>%n Zeilen duplizieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the rows to delete.</source>
        <translation>Wählen Sie die zu löschenden Zeilen.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>%n Zeile löschen</numerusform>
            <numerusform>%n Zeilen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the text to find.</source>
        <translation>Geben Sie den zu suchenden Text ein.</translation>
    </message>
    <message numerus="yes">
        <source>Replace in %n cell(s)</source>
        <translation>
            <numerusform>In %n Zelle ersetzen</numerusform>
            <numerusform>In %n Zellen ersetzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>SpreadsheetFile</name>
    <message>
        <source>%1 is an OpenDocument spreadsheet (.ods), which ContractDesk does not read. Open it in LibreOffice and save it as an Excel Workbook (.xlsx), then import that.</source>
        <translation>%1 ist eine OpenDocument-Tabelle (.ods), die ContractDesk nicht liest. Öffnen Sie sie in LibreOffice, speichern Sie sie als Excel-Arbeitsmappe (.xlsx) und importieren Sie diese.</translation>
    </message>
    <message>
        <source>%1 does not exist or cannot be read.</source>
        <translation>%1 existiert nicht oder kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is an Excel Binary Workbook (.xlsb), which ContractDesk does not read. Open it in Excel and save it as an Excel Workbook (.xlsx), then import that.</source>
        <translation>%1 ist eine binäre Excel-Arbeitsmappe (.xlsb), die ContractDesk nicht liest. Öffnen Sie sie in Excel, speichern Sie sie als Excel-Arbeitsmappe (.xlsx) und importieren Sie diese.</translation>
    </message>
    <message>
        <source>%1 is an Apple Numbers spreadsheet, which ContractDesk does not read. In Numbers choose File ▸ Export To ▸ Excel, then import the .xlsx file.</source>
        <translation>%1 ist eine Apple-Numbers-Tabelle, die ContractDesk nicht liest. Wählen Sie in Numbers Ablage ▸ Exportieren ▸ Excel und importieren Sie dann die .xlsx-Datei.</translation>
    </message>
    <message>
        <source>%1 is an Excel 2003 XML Spreadsheet, which ContractDesk does not read, whatever its name says. Open it in Excel and save it as an Excel Workbook (.xlsx), then import that.</source>
        <translation>%1 ist eine XML-Kalkulationstabelle 2003 von Excel, die ContractDesk nicht liest, auch wenn der Name etwas anderes sagt. Öffnen Sie sie in Excel, speichern Sie sie als Excel-Arbeitsmappe (.xlsx) und importieren Sie diese.</translation>
    </message>
    <message>
        <source>%1 is a web page (HTML), not a workbook, whatever its name says; many systems export tables to &quot;Excel&quot; this way. Open it in Excel and save it as an Excel Workbook (.xlsx), then import that.</source>
        <translation>%1 ist eine Webseite (HTML), keine Arbeitsmappe, auch wenn der Name etwas anderes sagt; viele Systeme exportieren Tabellen so „nach Excel“. Öffnen Sie sie in Excel, speichern Sie sie als Excel-Arbeitsmappe (.xlsx) und importieren Sie diese.</translation>
    </message>
    <message>
        <source>%1 is a SYLK file (Symbolic Link), which ContractDesk does not read, whatever its name says. Open it in Excel and save it as an Excel Workbook (.xlsx), then import that.</source>
        <translation>%1 ist eine SYLK-Datei (Symbolic Link), die ContractDesk nicht liest, auch wenn der Name etwas anderes sagt. Öffnen Sie sie in Excel, speichern Sie sie als Excel-Arbeitsmappe (.xlsx) und importieren Sie diese.</translation>
    </message>
    <message>
        <source>%1 is a DIF file (Data Interchange Format), which ContractDesk does not read, whatever its name says. Open it in Excel and save it as an Excel Workbook (.xlsx), then import that.</source>
        <translation>%1 ist eine DIF-Datei (Data Interchange Format), die ContractDesk nicht liest, auch wenn der Name etwas anderes sagt. Öffnen Sie sie in Excel, speichern Sie sie als Excel-Arbeitsmappe (.xlsx) und importieren Sie diese.</translation>
    </message>
    <message>
        <source>%1 is a zip archive but not an Excel workbook (.xlsx). Import an Excel workbook (.xlsx, .xls) or a CSV file.</source>
        <translation>%1 ist ein Zip-Archiv, aber keine Excel-Arbeitsmappe (.xlsx). Importieren Sie eine Excel-Arbeitsmappe (.xlsx, .xls) oder eine CSV-Datei.</translation>
    </message>
    <message>
        <source>%1 is not a spreadsheet: it is neither an Excel workbook (.xlsx, .xls) nor a text file (CSV, TSV). Save it from its program as an Excel Workbook (.xlsx) or as CSV, then import that.</source>
        <translation>%1 ist keine Tabelle: weder eine Excel-Arbeitsmappe (.xlsx, .xls) noch eine Textdatei (CSV, TSV). Speichern Sie sie in ihrem Programm als Excel-Arbeitsmappe (.xlsx) oder als CSV und importieren Sie diese.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>no answer (%1)</source>
        <translation>keine Antwort (%1)</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>an answer that leaves rows undecided (HTTP %1)</source>
        <translation>eine Antwort, die Zeilen offen lässt (HTTP %1)</translation>
    </message>
    <message numerus="yes">
        <source>No definite answer after %n attempt(s); the last: %1. The vendor may hold this row: push it again (it goes under the same key, so it cannot be created twice).</source>
        <translation>
            <numerusform>Keine eindeutige Antwort nach %n Versuch; zuletzt: %1. Der Anbieter hat diese Zeile vielleicht: senden Sie sie erneut (sie geht unter demselben Schlüssel, kann also nicht doppelt angelegt werden).</numerusform>
            <numerusform>Keine eindeutige Antwort nach %n Versuchen; zuletzt: %1. Der Anbieter hat diese Zeile vielleicht: senden Sie sie erneut (sie geht unter demselben Schlüssel, kann also nicht doppelt angelegt werden).</numerusform>
        </translation>
    </message>
    <message>
        <source>The vendor signed ContractDesk out (HTTP 401): sign in again (profile test), then push again.</source>
        <translation>Der Anbieter hat ContractDesk abgemeldet (HTTP 401): melden Sie sich erneut an (profile test) und senden Sie dann erneut.</translation>
    </message>
    <message>
        <source>The vendor signed ContractDesk out (HTTP 401): sign in again (profile test), then pull again.</source>
        <translation>Der Anbieter hat ContractDesk abgemeldet (HTTP 401): melden Sie sich erneut an (profile test) und rufen Sie dann erneut ab.</translation>
    </message>
    <message numerus="yes">
        <source>A page of the vendor&apos;s listing could not be read after %n attempt(s); the last: %1. Nothing was kept from this pull.</source>
        <translation>
            <numerusform>Eine Seite der Liste des Anbieters konnte nach %n Versuch nicht gelesen werden; zuletzt: %1. Von diesem Abruf wurde nichts aufbewahrt.</numerusform>
            <numerusform>Eine Seite der Liste des Anbieters konnte nach %n Versuchen nicht gelesen werden; zuletzt: %1. Von diesem Abruf wurde nichts aufbewahrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vendor refused to list its records (HTTP %1): %2</source>
        <translation>Der Anbieter hat die Auflistung seiner Datensätze abgelehnt (HTTP %1): %2</translation>
    </message>
    <message>
        <source>Signing in again failed: %1 Sign in again (profile test), then pull again.</source>
        <translation>Die erneute Anmeldung ist fehlgeschlagen: %1 Melden Sie sich erneut an (profile test) und rufen Sie dann erneut ab.</translation>
    </message>
    <message>
        <source>Signing in again failed: %1 Sign in again (profile test), then push again.</source>
        <translation>Die erneute Anmeldung ist fehlgeschlagen: %1 Melden Sie sich erneut an (profile test) und senden Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>SyncLogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Remote ID</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>SyncLogPane</name>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>&amp;Fehlgeschlagene erneut senden</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>Als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Show results</source>
        <translation>Ergebnisse zeigen</translation>
    </message>
    <message>
        <source>Search the log…</source>
        <translation>Im Protokoll suchen…</translation>
    </message>
</context>
<context>
    <name>TeamWorkspace</name>
    <message>
        <source>Enter the address of the team workspace, for example postgresql://anna@db.example.com/contracts.</source>
        <translation>Geben Sie die Adresse des Team-Arbeitsbereichs ein, zum Beispiel postgresql://anna@db.example.com/contracts.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. A team workspace is written as postgresql://USER@HOST[:PORT]/DBNAME; open a .cdw file with File ▸ Open Workspace instead.</source>
        <translation>„%1“ ist keine Serveradresse. Ein Team-Arbeitsbereich wird als postgresql://USER@HOST[:PORT]/DBNAME angegeben; öffnen Sie eine .cdw-Datei stattdessen mit Datei ▸ Arbeitsbereich öffnen.</translation>
    </message>
    <message>
        <source>%1 could not be read for the copy: %2</source>
        <translation>%1 konnte für die Kopie nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Nothing was copied to %1: %2</source>
        <translation>Nichts wurde nach %1 kopiert: %2</translation>
    </message>
</context>
<context>
    <name>TeamWorkspaceDialog</name>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>Im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>Share to Team Workspace</source>
        <translation>Als Team-Arbeitsbereich freigeben</translation>
    </message>
    <message>
        <source>Open Team Workspace</source>
        <translation>Team-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Copies this workspace — its rows, sync history, templates, pulls and reference lists — into an empty database on your team&apos;s PostgreSQL server and opens it there. Your colleagues then open the same address with File ▸ Open Team Workspace.</source>
        <translation>Kopiert diesen Arbeitsbereich — mit Zeilen, Übertragungsprotokoll, Vorlagen, Abrufen und Referenzlisten — in eine leere Datenbank auf dem PostgreSQL-Server Ihres Teams und öffnet ihn dort. Ihre Kolleginnen und Kollegen öffnen dann dieselbe Adresse mit Datei ▸ Team-Arbeitsbereich öffnen.</translation>
    </message>
    <message>
        <source>A team workspace lives on a PostgreSQL server: everyone who opens it works on the same sheets and sees the others&apos; changes as they are made.</source>
        <translation>Ein Team-Arbeitsbereich liegt auf einem PostgreSQL-Server: Alle, die ihn öffnen, arbeiten in denselben Blättern und sehen die Änderungen der anderen, sobald sie gemacht werden.</translation>
    </message>
    <message>
        <source>postgresql://USER@HOST[:PORT]/DBNAME — without a password</source>
        <translation>postgresql://USER@HOST[:PORT]/DBNAME — ohne Passwort</translation>
    </message>
    <message>
        <source>Leave empty to use PGPASSWORD or ~/.pgpass</source>
        <translation>Leer lassen, um PGPASSWORD oder ~/.pgpass zu verwenden</translation>
    </message>
    <message>
        <source>Keep the password in the system keychain for this address, so you need not type it again</source>
        <translation>Das Passwort für diese Adresse im Schlüsselbund des Systems speichern, damit Sie es nicht erneut eingeben müssen</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>Looking for a saved password in the keychain…</source>
        <translation>Gespeichertes Passwort wird im Schlüsselbund gesucht…</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>Check a target&apos;s rows against the vendor&apos;s rules.</source>
        <translation>Prüft die Zeilen eines Ziels gegen die Regeln des Anbieters.</translation>
    </message>
    <message>
        <source>The target to check.</source>
        <translation>Das zu prüfende Ziel.</translation>
    </message>
    <message>
        <source>text or json.</source>
        <translation>text oder json.</translation>
    </message>
    <message>
        <source>validate: --workspace and --target are required.</source>
        <translation>validate: --workspace und --target sind erforderlich.</translation>
    </message>
    <message>
        <source>validate: --format must be text or json, not &apos;%1&apos;.</source>
        <translation>validate: --format muss text oder json sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>the row</source>
        <translation>die Zeile</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) checked</source>
        <translation>
            <numerusform>%1: %n Zeile geprüft</numerusform>
            <numerusform>%1: %n Zeilen geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValueCodec</name>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>&apos;%1&apos; ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 is too large for this field (at most %2)</source>
        <translation>%1 ist zu groß für dieses Feld (höchstens %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes or no (use true/false, yes/no or 1/0)</source>
        <translation>&apos;%1&apos; ist weder ja noch nein (verwenden Sie true/false, yes/no oder 1/0)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (expected YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; ist kein Datum (erwartet: JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time (expected YYYY-MM-DDTHH:MM:SSZ)</source>
        <translation>&apos;%1&apos; ist kein Zeitpunkt (erwartet: JJJJ-MM-TTTHH:MM:SSZ)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number (expected digits with &apos;.&apos; as the decimal point, at most 18 digits)</source>
        <translation>&apos;%1&apos; ist keine Zahl (erwartet: Ziffern mit &apos;.&apos; als Dezimaltrennzeichen, höchstens 18 Stellen)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>&apos;%1&apos; ist keiner der Werte: %2</translation>
    </message>
    <message>
        <source>unknown field type</source>
        <translation>unbekannter Feldtyp</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>a list or object where a single value belongs</source>
        <translation>eine Liste oder ein Objekt, wo ein einzelner Wert hingehört</translation>
    </message>
</context>
<context>
    <name>ValueConverter</name>
    <message>
        <source> (this sheet uses &apos;,&apos; as the decimal separator)</source>
        <translation> (diese Tabelle verwendet &apos;,&apos; als Dezimaltrennzeichen)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date this sheet&apos;s convention can read (YYYY-MM-DD, %2, or an Excel date)</source>
        <translation>&apos;%1&apos; ist kein Datum, das nach der Konvention dieser Tabelle lesbar ist (JJJJ-MM-TT, %2 oder ein Excel-Datum)</translation>
    </message>
</context>
<context>
    <name>VendorProtocol</name>
    <message>
        <source>%1&apos;s answer does not mention this row; it is looked up before it is sent again.</source>
        <translation>Die Antwort von %1 erwähnt diese Zeile nicht; sie wird nachgeschlagen, bevor sie erneut gesendet wird.</translation>
    </message>
    <message>
        <source>no answer from %1</source>
        <translation>keine Antwort von %1</translation>
    </message>
    <message>
        <source>no answer from %1: %2</source>
        <translation>keine Antwort von %1: %2</translation>
    </message>
    <message>
        <source>%1 asked to slow down (HTTP 429)</source>
        <translation>%1 bat darum, langsamer zu werden (HTTP 429)</translation>
    </message>
    <message>
        <source>%1 could not answer (HTTP %2): %3</source>
        <translation>%1 konnte nicht antworten (HTTP %2): %3</translation>
    </message>
    <message>
        <source>%1 gave no reason</source>
        <translation>%1 nannte keinen Grund</translation>
    </message>
    <message>
        <source>%1&apos;s answer could not be read: %2</source>
        <translation>Die Antwort von %1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich &amp;öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Demo Workspace</source>
        <translation>&amp;Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>&amp;Import Spreadsheet…</source>
        <translation>Tabelle &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Paste as New &amp;Import…</source>
        <translation>Als neuen &amp;Import einfügen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Export Sheet…</source>
        <translation>Blatt &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;Issues…</source>
        <translation>&amp;Probleme exportieren…</translation>
    </message>
    <message>
        <source>&amp;About ContractDesk</source>
        <translation>Ü&amp;ber ContractDesk</translation>
    </message>
    <message>
        <source>&amp;Filter Rows</source>
        <translation>Zeilen &amp;filtern</translation>
    </message>
    <message>
        <source>Only Rows with &amp;Issues</source>
        <translation>Nur Zeilen mit &amp;Problemen</translation>
    </message>
    <message>
        <source>&amp;Next Issue</source>
        <translation>&amp;Nächstes Problem</translation>
    </message>
    <message>
        <source>Pre&amp;vious Issue</source>
        <translation>&amp;Voriges Problem</translation>
    </message>
    <message>
        <source>Fill &amp;Down</source>
        <translation>Nach &amp;unten ausfüllen</translation>
    </message>
    <message>
        <source>Find and &amp;Replace…</source>
        <translation>Suchen und &amp;Ersetzen…</translation>
    </message>
    <message>
        <source>&amp;Add Row</source>
        <translation>Zeile &amp;hinzufügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate Rows</source>
        <translation>Zeilen &amp;duplizieren</translation>
    </message>
    <message>
        <source>De&amp;lete Rows</source>
        <translation>Zeilen &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Push Rows…</source>
        <translation>Zeilen &amp;senden…</translation>
    </message>
    <message>
        <source>Connection &amp;Profiles…</source>
        <translation>Verbindungs&amp;profile…</translation>
    </message>
    <message>
        <source>P&amp;ull from Vendor…</source>
        <translation>Vom Anbieter &amp;abrufen…</translation>
    </message>
    <message>
        <source>&amp;Reconcile with Vendor</source>
        <translation>Mit Anbieter ab&amp;gleichen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Create a new workspace</source>
        <translation>Einen neuen Arbeitsbereich anlegen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation>Einen Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Die letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation>Rückgängig Gemachtes wiederholen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import a spreadsheet (Excel or CSV) into a sheet; dropping a file works too</source>
        <translation>Eine Tabelle (Excel oder CSV) in ein Blatt importieren; Ablegen einer Datei geht auch</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Check the sheet: list its issues and go to the next one (Shift+F8: the previous)</source>
        <translation>Das Blatt prüfen: seine Probleme auflisten und zum nächsten gehen (Umschalt+F8: zum vorigen)</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Übertragen</translation>
    </message>
    <message>
        <source>Send the selected rows (or all shown) to the vendor: a plan first, then the push</source>
        <translation>Die ausgewählten Zeilen (oder alle angezeigten) an den Anbieter senden: zuerst ein Plan, dann die Übertragung</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>Abrufen</translation>
    </message>
    <message>
        <source>Read what the vendor holds for this sheet and compare it field by field</source>
        <translation>Lesen, was beim Anbieter zu diesem Blatt vorliegt, und Feld für Feld vergleichen</translation>
    </message>
    <message>
        <source>Reconcile</source>
        <translation>Abgleichen</translation>
    </message>
    <message>
        <source>The sheet against the newest pull, beside the sheet; again to go back</source>
        <translation>Das Blatt im Vergleich zum neuesten Abruf, neben dem Blatt; erneut aufrufen, um zurückzukehren</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Add or change the connection profiles to the vendors</source>
        <translation>Die Verbindungsprofile zu den Anbietern anlegen oder ändern</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Sync &amp;Log</source>
        <translation>Übertragungs&amp;protokoll</translation>
    </message>
    <message>
        <source>&amp;Issues</source>
        <translation>&amp;Probleme</translation>
    </message>
    <message>
        <source>Ve&amp;ndor</source>
        <translation>A&amp;nbieter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>Back to the &amp;Sheet</source>
        <translation>Zurück zum &amp;Blatt</translation>
    </message>
    <message>
        <source>Back to Sheet</source>
        <translation>Zurück zum Blatt</translation>
    </message>
    <message>
        <source>This Reconciliation</source>
        <translation>Dieser Abgleich</translation>
    </message>
    <message>
        <source>Resolve Re&amp;ferences…</source>
        <translation>&amp;Bezüge auflösen…</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Auflösen</translation>
    </message>
    <message>
        <source>Match the sheet&apos;s vendor, customer and project names with the vendor&apos;s lists and write their ids</source>
        <translation>Die Namen von Lieferanten, Kunden und Projekten im Blatt mit den Listen des Anbieters abgleichen und ihre IDs eintragen</translation>
    </message>
    <message>
        <source>Open &amp;Team Workspace…</source>
        <translation>&amp;Team-Arbeitsbereich öffnen…</translation>
    </message>
    <message>
        <source>S&amp;hare to Team Workspace…</source>
        <translation>Als Team-Arbeitsbereich &amp;freigeben…</translation>
    </message>
    <message>
        <source>Open Team</source>
        <translation>Team öffnen</translation>
    </message>
    <message>
        <source>Open a team workspace on a PostgreSQL server</source>
        <translation>Einen Team-Arbeitsbereich auf einem PostgreSQL-Server öffnen</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Copy this workspace to a PostgreSQL server so that your team works in it</source>
        <translation>Diesen Arbeitsbereich auf einen PostgreSQL-Server kopieren, damit Ihr Team darin arbeitet</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Several people must not write one workspace file over a network: share it as a team workspace (File ▸ Share to Team Workspace…, or contractdesk-cli copy-workspace %1 postgresql://…).</source>
        <translation>Mehrere Personen dürfen nicht über ein Netzwerk in dieselbe Arbeitsbereichsdatei schreiben: Geben Sie sie als Team-Arbeitsbereich frei (Datei ▸ Als Team-Arbeitsbereich freigeben… oder contractdesk-cli copy-workspace %1 postgresql://…).</translation>
    </message>
    <message>
        <source>%1 is on a network drive (%2). %3</source>
        <translation>%1 liegt auf einem Netzlaufwerk (%2). %3</translation>
    </message>
    <message>
        <source>%1 is open on another computer (%2, by %3). %4 If nobody works in it there any more, delete %5 and open it again.</source>
        <translation>%1 ist auf einem anderen Computer geöffnet (%2, von %3). %4 Wenn dort niemand mehr darin arbeitet, löschen Sie %5 und öffnen Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemandem</translation>
    </message>
    <message>
        <source>The change could not be saved: someone else changed row %1 of %2 since you read it. Nothing was saved; compare their values with yours and choose which to keep.</source>
        <translation>Die Änderung konnte nicht gespeichert werden: Jemand anderes hat Zeile %1 von %2 geändert, seit Sie sie gelesen haben. Nichts wurde gespeichert; vergleichen Sie die Werte der anderen Person mit Ihren und wählen Sie, welche bleiben.</translation>
    </message>
    <message>
        <source>Cannot reserve the rows for this push</source>
        <translation>Die Zeilen können für diese Übertragung nicht reserviert werden</translation>
    </message>
    <message>
        <source>Cannot keep the rows reserved for this push</source>
        <translation>Die Reservierung der Zeilen für diese Übertragung kann nicht verlängert werden</translation>
    </message>
    <message>
        <source>Cannot free the rows this push reserved</source>
        <translation>Die von dieser Übertragung reservierten Zeilen können nicht freigegeben werden</translation>
    </message>
    <message>
        <source>Cannot read the whole workspace</source>
        <translation>Der Arbeitsbereich kann nicht vollständig gelesen werden</translation>
    </message>
    <message>
        <source>rows of %1</source>
        <translation>Zeilen von %1</translation>
    </message>
    <message>
        <source>an import history</source>
        <translation>einen Importverlauf</translation>
    </message>
    <message>
        <source>mapping templates</source>
        <translation>Zuordnungsvorlagen</translation>
    </message>
    <message>
        <source>a sync history</source>
        <translation>ein Übertragungsprotokoll</translation>
    </message>
    <message>
        <source>pulled snapshots</source>
        <translation>Abrufe</translation>
    </message>
    <message>
        <source>reference lists</source>
        <translation>Referenzlisten</translation>
    </message>
    <message>
        <source>choices in the crosswalk</source>
        <translation>gemerkte Auswahlen</translation>
    </message>
    <message>
        <source>Cannot copy the workspace into %1</source>
        <translation>Der Arbeitsbereich kann nicht nach %1 kopiert werden</translation>
    </message>
    <message>
        <source>%1: it already holds %2. A workspace is copied only into a new file or an empty database; nothing was changed.</source>
        <translation>%1: Er enthält bereits %2. Ein Arbeitsbereich wird nur in eine neue Datei oder eine leere Datenbank kopiert; nichts wurde verändert.</translation>
    </message>
    <message>
        <source>%1: it holds rows of %2, a target this version of ContractDesk does not know; nothing was changed.</source>
        <translation>%1: Er enthält Zeilen von %2, einem Ziel, das diese Version von ContractDesk nicht kennt; nichts wurde verändert.</translation>
    </message>
    <message>
        <source>the import history</source>
        <translation>der Importverlauf</translation>
    </message>
    <message>
        <source>the mapping templates</source>
        <translation>die Zuordnungsvorlagen</translation>
    </message>
    <message>
        <source>the sync history</source>
        <translation>das Übertragungsprotokoll</translation>
    </message>
    <message>
        <source>the list %1</source>
        <translation>die Liste %1</translation>
    </message>
    <message>
        <source>the crosswalk</source>
        <translation>die gemerkten Auswahlen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a ContractDesk workspace (it is not a database file). It was left unchanged.</source>
        <translation>%1 ist kein ContractDesk-Arbeitsbereich (keine Datenbankdatei). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened (%2). It was left unchanged; open a backup copy instead.</source>
        <translation>%1 ist beschädigt und kann nicht geöffnet werden (%2). Die Datei wurde nicht verändert; öffnen Sie stattdessen eine Sicherungskopie.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a ContractDesk workspace. It was left unchanged.</source>
        <translation>%1 ist eine Datenbank eines anderen Programms, kein ContractDesk-Arbeitsbereich. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of ContractDesk (workspace format %2; this version reads up to %3). It was left unchanged; update ContractDesk to open it.</source>
        <translation>%1 wurde von einer neueren ContractDesk-Version gespeichert (Arbeitsbereichsformat %2; diese Version liest bis %3). Die Datei wurde nicht verändert; aktualisieren Sie ContractDesk, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file.</source>
        <translation>%1 ist ein Ordner, keine Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>%1 is read-only. ContractDesk saves every edit at once, so it needs a workspace it can write to.</source>
        <translation>%1 ist schreibgeschützt. ContractDesk speichert jede Änderung sofort und braucht daher einen beschreibbaren Arbeitsbereich.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation>%1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the rows of %1: %2</source>
        <translation>Die Zeilen von %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot start saving</source>
        <translation>Speichern kann nicht beginnen</translation>
    </message>
    <message>
        <source>Cannot save the rows</source>
        <translation>Die Zeilen können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot save the import</source>
        <translation>Der Import kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The change could not be saved</source>
        <translation>Die Änderung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The change could not be saved: the row is no longer in the workspace.</source>
        <translation>Die Änderung konnte nicht gespeichert werden: die Zeile ist nicht mehr im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Cannot delete rows</source>
        <translation>Zeilen können nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Cannot save the mapping</source>
        <translation>Die Zuordnung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot save the sync results</source>
        <translation>Die Übertragungsergebnisse können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was saved.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Cannot delete rows: a row no longer exists.</source>
        <translation>Zeilen können nicht gelöscht werden: eine Zeile existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Cannot restore rows: their places are unknown.</source>
        <translation>Zeilen können nicht wiederhergestellt werden: ihre Positionen sind unbekannt.</translation>
    </message>
    <message>
        <source>Cannot restore rows</source>
        <translation>Zeilen können nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Cannot read what was last pushed: %1</source>
        <translation>Was zuletzt gesendet wurde, kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot save what was pulled</source>
        <translation>Das Abgerufene kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot read what was pulled</source>
        <translation>Das Abgerufene kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot keep the list %1 read from the vendor</source>
        <translation>Die vom Anbieter gelesene Liste %1 kann nicht aufbewahrt werden</translation>
    </message>
    <message>
        <source>Cannot read the list %1</source>
        <translation>Die Liste %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot keep the choice for &apos;%1&apos;</source>
        <translation>Die Auswahl für &apos;%1&apos; kann nicht aufbewahrt werden</translation>
    </message>
    <message>
        <source>%1: no id was chosen.</source>
        <translation>%1: Es wurde keine ID gewählt.</translation>
    </message>
    <message>
        <source>Cannot forget the choice for &apos;%1&apos;</source>
        <translation>Die Auswahl für &apos;%1&apos; kann nicht verworfen werden</translation>
    </message>
    <message>
        <source>Cannot open %1: the SQLite driver gives no handle.</source>
        <translation>%1 kann nicht geöffnet werden: Der SQLite-Treiber gibt keinen Zugriff auf die Datenbank.</translation>
    </message>
    <message>
        <source>Cannot upgrade %1: no copy of it could be kept (%2). It was left unchanged.</source>
        <translation>%1 kann nicht aktualisiert werden: Es konnte keine Kopie davon angelegt werden (%2). Die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>WorkspaceLocation</name>
    <message>
        <source>No workspace was named: give a .cdw file or a postgresql://USER@HOST[:PORT]/DBNAME address.</source>
        <translation>Es wurde kein Arbeitsbereich angegeben: Nennen Sie eine .cdw-Datei oder eine Adresse der Form postgresql://USER@HOST[:PORT]/DBNAME.</translation>
    </message>
    <message>
        <source>Write a team workspace as postgresql://USER@HOST[:PORT]/DBNAME, for example postgresql://anna@db.example.com/contracts.</source>
        <translation>Geben Sie einen Team-Arbeitsbereich als postgresql://USER@HOST[:PORT]/DBNAME an, zum Beispiel postgresql://anna@db.example.com/contracts.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address. %2</source>
        <translation>„%1“ ist keine gültige Adresse. %2</translation>
    </message>
    <message>
        <source>The address %1 contains a password. Leave it out: ContractDesk reads the password from the keychain, PGPASSWORD or ~/.pgpass, so it never ends up in settings or logs.</source>
        <translation>Die Adresse %1 enthält ein Passwort. Lassen Sie es weg: ContractDesk liest das Passwort aus dem Schlüsselbund, aus PGPASSWORD oder aus ~/.pgpass, damit es nie in Einstellungen oder Protokollen landet.</translation>
    </message>
    <message>
        <source>The address %1 names no user. %2</source>
        <translation>Die Adresse %1 nennt keinen Benutzer. %2</translation>
    </message>
    <message>
        <source>The address %1 names no server. %2</source>
        <translation>Die Adresse %1 nennt keinen Server. %2</translation>
    </message>
    <message>
        <source>The address %1 names no database. %2</source>
        <translation>Die Adresse %1 nennt keine Datenbank. %2</translation>
    </message>
    <message>
        <source>The address %1 has no valid port. %2</source>
        <translation>Die Adresse %1 hat keinen gültigen Port. %2</translation>
    </message>
    <message>
        <source>sslmode=%1 is not known; use one of %2.</source>
        <translation>sslmode=%1 ist unbekannt; verwenden Sie einen dieser Werte: %2.</translation>
    </message>
    <message>
        <source>The option %1 in %2 is not supported; only sslmode is.</source>
        <translation>Die Option %1 in %2 wird nicht unterstützt; unterstützt wird nur sslmode.</translation>
    </message>
</context>
<context>
    <name>WorkspaceMigrations</name>
    <message>
        <source>Could not upgrade the workspace to format %1: %2</source>
        <translation>Der Arbeitsbereich konnte nicht auf Format %1 aktualisiert werden: %2</translation>
    </message>
</context>
<context>
    <name>WorkspaceSession</name>
    <message>
        <source>There is no target %1.</source>
        <translation>Es gibt kein Ziel %1.</translation>
    </message>
    <message>
        <source>Changes others made to %1 could not be read: %2</source>
        <translation>Die Änderungen anderer an %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>(row deleted)</source>
        <translation>(Zeile gelöscht)</translation>
    </message>
    <message>
        <source>The sheet of this change is no longer open.</source>
        <translation>Das Blatt dieser Änderung ist nicht mehr geöffnet.</translation>
    </message>
    <message>
        <source>Keep my values</source>
        <translation>Meine Werte behalten</translation>
    </message>
</context>
<context>
    <name>XlsReader</name>
    <message>
        <source>there is not enough memory to read it</source>
        <translation>es ist nicht genug Arbeitsspeicher frei, um sie zu lesen</translation>
    </message>
    <message>
        <source>its text is in a character set that cannot be read</source>
        <translation>ihr Text steht in einem Zeichensatz, der nicht gelesen werden kann</translation>
    </message>
    <message>
        <source>it is damaged or incomplete</source>
        <translation>sie ist beschädigt oder unvollständig</translation>
    </message>
    <message>
        <source>%1 is password-protected. Open it in Excel, remove the password (File ▸ Info ▸ Protect Workbook ▸ Encrypt with Password, clear it), save it, then import it again.</source>
        <translation>%1 ist kennwortgeschützt. Öffnen Sie die Datei in Excel, entfernen Sie das Kennwort (Datei ▸ Informationen ▸ Arbeitsmappe schützen ▸ Mit Kennwort verschlüsseln, Kennwort löschen), speichern Sie sie und importieren Sie sie dann erneut.</translation>
    </message>
    <message>
        <source>Cannot open %1 (%2).</source>
        <translation>%1 kann nicht geöffnet werden (%2).</translation>
    </message>
    <message>
        <source>%1 is larger than an Excel 97-2003 workbook can be. Save it as an Excel Workbook (.xlsx), then import that.</source>
        <translation>%1 ist größer, als eine Excel-97-2003-Arbeitsmappe sein kann. Speichern Sie sie als Excel-Arbeitsmappe (.xlsx) und importieren Sie diese.</translation>
    </message>
    <message>
        <source>%1 cannot be read as an Excel 97-2003 workbook: %2. Open it in Excel and save it as an Excel Workbook (.xlsx), then import that.</source>
        <translation>%1 kann nicht als Excel-97-2003-Arbeitsmappe gelesen werden: %2. Öffnen Sie die Datei in Excel, speichern Sie sie als Excel-Arbeitsmappe (.xlsx) und importieren Sie diese.</translation>
    </message>
    <message>
        <source>%1 holds no sheets that can be read; it may be damaged. Open it in Excel and save it as an Excel Workbook (.xlsx), then import that.</source>
        <translation>%1 enthält keine lesbaren Blätter; die Datei ist möglicherweise beschädigt. Öffnen Sie sie in Excel, speichern Sie sie als Excel-Arbeitsmappe (.xlsx) und importieren Sie diese.</translation>
    </message>
    <message>
        <source>%1 holds no sheets with cells, only charts.</source>
        <translation>%1 enthält keine Blätter mit Zellen, nur Diagramme.</translation>
    </message>
    <message>
        <source>%1 has no sheet named &apos;%2&apos; (its sheets: %3).</source>
        <translation>%1 hat kein Blatt namens „%2“ (ihre Blätter: %3).</translation>
    </message>
    <message>
        <source>%1, sheet %2 cannot be read: %3. Open it in Excel and save it as an Excel Workbook (.xlsx), then import that.</source>
        <translation>%1, Blatt %2 kann nicht gelesen werden: %3. Öffnen Sie die Datei in Excel, speichern Sie sie als Excel-Arbeitsmappe (.xlsx) und importieren Sie diese.</translation>
    </message>
    <message>
        <source>the cell holds the Excel error %1</source>
        <translation>die Zelle enthält den Excel-Fehler %1</translation>
    </message>
    <message>
        <source>%1: reading was cancelled</source>
        <translation>%1: Lesen abgebrochen</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>is damaged (a part cannot be unpacked)</source>
        <translation>ist beschädigt (ein Teil kann nicht entpackt werden)</translation>
    </message>
    <message>
        <source>holds broken XML (%1)</source>
        <translation>enthält fehlerhaftes XML (%1)</translation>
    </message>
    <message>
        <source>declares XML entities, which workbooks never do (an XML bomb?)</source>
        <translation>deklariert XML-Entitäten, was Arbeitsmappen nie tun (eine XML-Bombe?)</translation>
    </message>
    <message>
        <source>nests XML deeper than %1 levels (an XML bomb?)</source>
        <translation>verschachtelt XML tiefer als %1 Ebenen (eine XML-Bombe?)</translation>
    </message>
    <message>
        <source>is damaged or incomplete (a part cannot be unpacked)</source>
        <translation>ist beschädigt oder unvollständig (ein Teil kann nicht entpackt werden)</translation>
    </message>
    <message>
        <source>is too large once unpacked (more than %L1 MiB): it may be a zip bomb</source>
        <translation>ist entpackt zu groß (mehr als %L1 MiB): möglicherweise eine ZIP-Bombe</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>holds broken XML (an unknown entity)</source>
        <translation>enthält fehlerhaftes XML (eine unbekannte Entität)</translation>
    </message>
    <message>
        <source>%1 %2. If Excel opens it, save it there again and import that copy.</source>
        <translation>%1 %2. Wenn Excel die Datei öffnet, speichern Sie sie dort erneut und importieren Sie diese Kopie.</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx). Open it in the program that made it and save it as an Excel workbook, then import that copy.</source>
        <translation>%1 ist keine Excel-Arbeitsmappe (.xlsx). Öffnen Sie die Datei in dem Programm, mit dem sie erstellt wurde, speichern Sie sie als Excel-Arbeitsmappe und importieren Sie dann diese Kopie.</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete (the zip archive is truncated or broken). Copy or download it again, then import the new copy.</source>
        <translation>%1 ist beschädigt oder unvollständig (das ZIP-Archiv ist abgeschnitten oder defekt). Kopieren oder laden Sie die Datei erneut herunter und importieren Sie dann die neue Kopie.</translation>
    </message>
    <message>
        <source>%1 is a zip archive but not an Excel workbook (.xlsx): it holds no workbook part. Open it in the program that made it and save it as an Excel workbook, then import that copy.</source>
        <translation>%1 ist ein ZIP-Archiv, aber keine Excel-Arbeitsmappe (.xlsx): Es enthält keinen Arbeitsmappen-Teil. Öffnen Sie die Datei in dem Programm, mit dem sie erstellt wurde, speichern Sie sie als Excel-Arbeitsmappe und importieren Sie dann diese Kopie.</translation>
    </message>
    <message>
        <source>%1 holds no sheets. Open it in Excel and check that it holds the sheet to import.</source>
        <translation>%1 enthält keine Tabellenblätter. Öffnen Sie die Datei in Excel und prüfen Sie, ob sie das zu importierende Blatt enthält.</translation>
    </message>
    <message>
        <source>%1 holds only charts, no sheet with cells. Import the workbook that holds the chart&apos;s data instead.</source>
        <translation>%1 enthält nur Diagramme, kein Blatt mit Zellen. Importieren Sie stattdessen die Arbeitsmappe mit den Daten des Diagramms.</translation>
    </message>
    <message>
        <source>%1 has no sheet named &apos;%2&apos;. Choose one of its sheets: %3.</source>
        <translation>%1 hat kein Blatt namens „%2“. Wählen Sie eines ihrer Blätter: %3.</translation>
    </message>
    <message>
        <source>%1: the sheet &apos;%2&apos; is a chart, not a sheet with cells. Choose one of the sheets that hold the rows: %3.</source>
        <translation>%1: Das Blatt „%2“ ist ein Diagramm, kein Blatt mit Zellen. Wählen Sie eines der Blätter mit den Zeilen: %3.</translation>
    </message>
    <message>
        <source>%1 is damaged: the sheet &apos;%2&apos; has no data part. If Excel opens it, save it there again and import that copy.</source>
        <translation>%1 ist beschädigt: Zum Blatt „%2“ fehlen die Daten. Wenn Excel die Datei öffnet, speichern Sie sie dort erneut und importieren Sie diese Kopie.</translation>
    </message>
    <message>
        <source>the cell holds more than the %L1 characters a spreadsheet cell can hold. Shorten it in Excel, then import again.</source>
        <translation>die Zelle enthält mehr als die %L1 Zeichen, die eine Tabellenzelle fassen kann. Kürzen Sie sie in Excel und importieren Sie erneut.</translation>
    </message>
    <message>
        <source>the sheet %1. If Excel opens the file, save it there again and import that copy.</source>
        <translation>das Blatt %1. Wenn Excel die Datei öffnet, speichern Sie sie dort erneut und importieren Sie diese Kopie.</translation>
    </message>
    <message>
        <source>the cell is formatted as a date or time but holds %1, which Excel cannot show as one (it shows ####). The number was kept; if a date was meant, type it in Excel and import again.</source>
        <translation>die Zelle ist als Datum oder Uhrzeit formatiert, enthält aber %1, was Excel nicht als solches anzeigen kann (es zeigt ####). Die Zahl wurde übernommen; war ein Datum gemeint, geben Sie es in Excel ein und importieren Sie erneut.</translation>
    </message>
    <message>
        <source>the row has more than %L1 columns, more than a spreadsheet can hold: the file is damaged. If Excel opens it, save it there again and import that copy.</source>
        <translation>die Zeile hat mehr als %L1 Spalten, mehr als eine Tabelle fassen kann: Die Datei ist beschädigt. Wenn Excel sie öffnet, speichern Sie sie dort erneut und importieren Sie diese Kopie.</translation>
    </message>
    <message>
        <source>the cell refers to a text that the workbook does not hold: the file is damaged. If Excel opens it, save it there again and import that copy.</source>
        <translation>die Zelle verweist auf einen Text, den die Arbeitsmappe nicht enthält: Die Datei ist beschädigt. Wenn Excel sie öffnet, speichern Sie sie dort erneut und importieren Sie diese Kopie.</translation>
    </message>
    <message>
        <source>the cell holds the Excel error %1 instead of a value. Fix the formula in Excel (or type the value), then import again.</source>
        <translation>die Zelle enthält den Excel-Fehler %1 statt eines Werts. Korrigieren Sie die Formel in Excel (oder geben Sie den Wert ein) und importieren Sie erneut.</translation>
    </message>
    <message>
        <source>the cell is stored as a date but holds &apos;%1&apos;, which is not a date; it was kept as text. Type the date in Excel and import again.</source>
        <translation>die Zelle ist als Datum gespeichert, enthält aber „%1“, was kein Datum ist; der Inhalt wurde als Text übernommen. Geben Sie das Datum in Excel ein und importieren Sie erneut.</translation>
    </message>
    <message>
        <source>%1: reading was cancelled.</source>
        <translation>%1: Das Lesen wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>XlsxTableWriter</name>
    <message>
        <source>sheet %1, row %2, column %3</source>
        <translation>Blatt %1, Zeile %2, Spalte %3</translation>
    </message>
    <message>
        <source>%1: the text is longer than the %L2 characters a spreadsheet cell holds.</source>
        <translation>%1: der Text ist länger als die %L2 Zeichen, die eine Tabellenzelle fasst.</translation>
    </message>
    <message>
        <source>sheet %1 has %L2 columns; a spreadsheet holds at most %L3.</source>
        <translation>Blatt %1 hat %L2 Spalten; eine Tabelle fasst höchstens %L3.</translation>
    </message>
    <message>
        <source>sheet %1 has %L2 rows; a spreadsheet holds at most %L3 under its header.</source>
        <translation>Blatt %1 hat %L2 Zeilen; eine Tabelle fasst unter der Kopfzeile höchstens %L3.</translation>
    </message>
    <message>
        <source>sheet %1 cannot be added.</source>
        <translation>Blatt %1 kann nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Blatt</translation>
    </message>
    <message>
        <source>the workbook cannot be created.</source>
        <translation>die Arbeitsmappe kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>the workbook cannot be saved (%1).</source>
        <translation>die Arbeitsmappe kann nicht gespeichert werden (%1).</translation>
    </message>
    <message>
        <source>Cannot write %1: no temporary folder can be made (%2).</source>
        <translation>%1 kann nicht geschrieben werden: kein temporärer Ordner möglich (%2).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>XmlPartScanner</name>
    <message>
        <source>text in UTF-16, which workbooks do not use</source>
        <translation>Text in UTF-16, das Arbeitsmappen nicht verwenden</translation>
    </message>
    <message>
        <source>the part ends before its last element is closed</source>
        <translation>der Teil endet, bevor sein letztes Element geschlossen ist</translation>
    </message>
    <message>
        <source>the part ends inside a tag</source>
        <translation>der Teil endet mitten in einem Tag</translation>
    </message>
    <message>
        <source>a tag that never ends</source>
        <translation>ein Tag, das nie endet</translation>
    </message>
    <message>
        <source>text that never ends</source>
        <translation>Text, der nie endet</translation>
    </message>
    <message>
        <source>text outside the document&apos;s element</source>
        <translation>Text außerhalb des Dokumentelements</translation>
    </message>
    <message>
        <source>declares a DTD or entities</source>
        <translation>deklariert eine DTD oder Entitäten</translation>
    </message>
    <message>
        <source>a tag without a name</source>
        <translation>ein Tag ohne Namen</translation>
    </message>
    <message>
        <source>a &apos;/&apos; inside a tag</source>
        <translation>ein &apos;/&apos; innerhalb eines Tags</translation>
    </message>
    <message>
        <source>an attribute without a value</source>
        <translation>ein Attribut ohne Wert</translation>
    </message>
    <message>
        <source>an attribute value without quotes</source>
        <translation>ein Attributwert ohne Anführungszeichen</translation>
    </message>
    <message>
        <source>a second document element</source>
        <translation>ein zweites Dokumentelement</translation>
    </message>
    <message>
        <source>nests XML deeper than %1 levels</source>
        <translation>verschachtelt XML tiefer als %1 Ebenen</translation>
    </message>
    <message>
        <source>a closing tag that does not match its opening tag</source>
        <translation>ein schließendes Tag, das nicht zu seinem öffnenden passt</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ContractDesk: push spreadsheets of contracts and change orders to your vendor systems.</source>
        <translation>ContractDesk: Tabellen mit Verträgen und Nachträgen an Ihre Anbietersysteme übertragen.</translation>
    </message>
    <message>
        <source>Open (and create if missing) a demo workspace.</source>
        <translation>Einen Demo-Arbeitsbereich öffnen (und bei Bedarf anlegen).</translation>
    </message>
    <message>
        <source>Show the window, then quit (for installers&apos; checks).</source>
        <translation>Das Fenster zeigen und beenden (für Installationsprüfungen).</translation>
    </message>
    <message>
        <source>Workspaces to open (*.cdw files, or team workspaces as postgresql://USER@HOST[:PORT]/DBNAME), or spreadsheets (.xlsx, .xls, .csv, .tsv) to import.</source>
        <translation>Zu öffnende Arbeitsbereiche (*.cdw-Dateien oder Team-Arbeitsbereiche als postgresql://BENUTZER@HOST[:PORT]/DATENBANK) oder zu importierende Tabellen (.xlsx, .xls, .csv, .tsv).</translation>
    </message>
</context>
</TS>
