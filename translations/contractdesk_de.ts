<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text. Save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>%1 ist kein UTF-8-Text. Speichern Sie die Datei als &quot;CSV UTF-8&quot; und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1, row %2: a quoted value is never closed (a &quot; is missing).</source>
        <translation>%1, Zeile %2: ein Wert in Anführungszeichen wird nie geschlossen (ein &quot; fehlt).</translation>
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
    <name>EditCellCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
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
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write the rows of a target sheet to a JSON or CSV file.</source>
        <translation>Die Zeilen einer Zieltabelle in eine JSON- oder CSV-Datei schreiben.</translation>
    </message>
    <message>
        <source>The workspace file (*.cdw).</source>
        <translation>Die Arbeitsbereichsdatei (*.cdw).</translation>
    </message>
    <message>
        <source>The target to export.</source>
        <translation>Das zu exportierende Ziel.</translation>
    </message>
    <message>
        <source>json or csv.</source>
        <translation>json oder csv.</translation>
    </message>
    <message>
        <source>The file to write (&apos;-&apos; for standard output).</source>
        <translation>Die zu schreibende Datei (&apos;-&apos; für die Standardausgabe).</translation>
    </message>
    <message>
        <source>export: --workspace, --target and --out are required.</source>
        <translation>export: --workspace, --target und --out sind erforderlich.</translation>
    </message>
    <message>
        <source>export: --format must be json or csv, not &apos;%1&apos;.</source>
        <translation>export: --format muss json oder csv sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) of %1 to %2.</source>
        <translation>
            <numerusform>%n Zeile von %1 nach %2 exportiert.</numerusform>
            <numerusform>%n Zeilen von %1 nach %2 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import the rows of a spreadsheet file into a target sheet of a workspace (created if missing). Cells that cannot be read are kept as text and reported.</source>
        <translation>Die Zeilen einer Tabellendatei in eine Zieltabelle eines Arbeitsbereichs importieren (wird bei Bedarf angelegt). Nicht lesbare Zellen bleiben als Text erhalten und werden gemeldet.</translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation>Die zu importierende CSV-Datei.</translation>
    </message>
    <message>
        <source>The target, e.g. %1.</source>
        <translation>Das Ziel, z. B. %1.</translation>
    </message>
    <message>
        <source>The workspace file (*.cdw).</source>
        <translation>Die Arbeitsbereichsdatei (*.cdw).</translation>
    </message>
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
        <source>Open a workspace (Ctrl+O), create one (Ctrl+N), or try the demo workspace.</source>
        <translation>Öffnen Sie einen Arbeitsbereich (Strg+O), legen Sie einen an (Strg+N) oder probieren Sie den Demo-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>ContractDesk</source>
        <translation>ContractDesk</translation>
    </message>
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
        <source>&amp;Filter Rows</source>
        <translation>Zeilen &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;About ContractDesk</source>
        <translation>Ü&amp;ber ContractDesk</translation>
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
        <source>%1 — %2 %3</source>
        <translation>%1 — %2 %3</translation>
    </message>
    <message>
        <source>All changes saved %1</source>
        <translation>Alle Änderungen gespeichert %1</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
    <message>
        <source>%1 — ContractDesk</source>
        <translation>%1 — ContractDesk</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
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
        <source>About ContractDesk</source>
        <translation>Über ContractDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ContractDesk %1&lt;/h3&gt;&lt;p&gt;Push spreadsheets of contracts and change orders to Procore, Oracle Primavera Cloud and Sage Intacct, and reconcile them field by field.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ContractDesk %1&lt;/h3&gt;&lt;p&gt;Übertragen Sie Tabellen mit Verträgen und Nachträgen an Procore, Oracle Primavera Cloud und Sage Intacct und gleichen Sie sie Feld für Feld ab.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>RecordImporter</name>
    <message>
        <source>the file holds no rows (not even a header row)</source>
        <translation>die Datei enthält keine Zeilen (nicht einmal eine Kopfzeile)</translation>
    </message>
    <message>
        <source>a second column for %1 (already in column %2); this one is ignored</source>
        <translation>eine zweite Spalte für %1 (bereits in Spalte %2); diese wird ignoriert</translation>
    </message>
    <message>
        <source>no column header names a field of %1</source>
        <translation>keine Spaltenüberschrift benennt ein Feld von %1</translation>
    </message>
    <message>
        <source>the row has %1 cells but the header has only %2; the extra cells are not imported</source>
        <translation>die Zeile hat %1 Zellen, die Kopfzeile aber nur %2; die überzähligen Zellen werden nicht importiert</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>&apos;%1&apos; cannot be read as %2. Type a valid value to fix it.</source>
        <translation>&apos;%1&apos; kann nicht als %2 gelesen werden. Geben Sie einen gültigen Wert ein.</translation>
    </message>
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
    <name>SheetView</name>
    <message>
        <source>Filter rows (Ctrl+F)…</source>
        <translation>Zeilen filtern (Strg+F)…</translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation>Zeilen filtern</translation>
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
    <name>Workspace</name>
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
</context>
<context>
    <name>WorkspaceMigrations</name>
    <message>
        <source>Could not upgrade the workspace to format %1: %2</source>
        <translation>Der Arbeitsbereich konnte nicht auf Format %1 aktualisiert werden: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ContractDesk: push spreadsheets of contracts and change orders to your vendor systems.</source>
        <translation>ContractDesk: Tabellen mit Verträgen und Nachträgen an Ihre Anbietersysteme übertragen.</translation>
    </message>
    <message>
        <source>Workspaces (*.cdw) to open.</source>
        <translation>Zu öffnende Arbeitsbereiche (*.cdw).</translation>
    </message>
    <message>
        <source>Open (and create if missing) a demo workspace.</source>
        <translation>Einen Demo-Arbeitsbereich öffnen (und bei Bedarf anlegen).</translation>
    </message>
    <message>
        <source>Show the window, then quit (for installers&apos; checks).</source>
        <translation>Das Fenster zeigen und beenden (für Installationsprüfungen).</translation>
    </message>
</context>
</TS>
