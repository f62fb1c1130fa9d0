<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>CopyWorkspaceCommand</name>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln snapshot(s)</source>
        <translation>
            <numerusform>%Ln snapshot</numerusform>
            <numerusform>%Ln snapshots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln history line(s)</source>
        <translation>
            <numerusform>%Ln history line</numerusform>
            <numerusform>%Ln history lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln template(s)</source>
        <translation>
            <numerusform>%Ln template</numerusform>
            <numerusform>%Ln templates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference list(s)</source>
        <translation>
            <numerusform>%Ln reference list</numerusform>
            <numerusform>%Ln reference lists</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln choice(s)</source>
        <translation>
            <numerusform>%Ln choice</numerusform>
            <numerusform>%Ln choices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln target(s)</source>
        <translation>
            <numerusform>%Ln target</numerusform>
            <numerusform>%Ln targets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message numerus="yes">
        <source>... and %n more row(s) with a different number of cells</source>
        <translation>
            <numerusform>... and %n more row with a different number of cells</numerusform>
            <numerusform>... and %n more rows with a different number of cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the row has %n cell(s) where most rows have %1: check it for a missing or extra delimiter or quote</source>
        <translation>
            <numerusform>the row has %n cell where most rows have %1: check it for a missing or extra delimiter or quote</numerusform>
            <numerusform>the row has %n cells where most rows have %1: check it for a missing or extra delimiter or quote</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message numerus="yes">
        <source>%n pair(s) matched only by %1 or another match field, not by vendor id or key: confirm them in the reconcile view (or push, which links them).</source>
        <translation>
            <numerusform>%n pair matched only by %1 or another match field, not by vendor id or key: confirm them in the reconcile view (or push, which links them).</numerusform>
            <numerusform>%n pairs matched only by %1 or another match field, not by vendor id or key: confirm them in the reconcile view (or push, which links them).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message numerus="yes">
        <source>Exported %n row(s) of %1 to %2.</source>
        <translation>
            <numerusform>Exported %n row of %1 to %2.</numerusform>
            <numerusform>Exported %n rows of %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message numerus="yes">
        <source>Replaced in %n cell(s). Undo (Ctrl+Z) takes it back.</source>
        <translation>
            <numerusform>Replaced in %n cell. Undo (Ctrl+Z) takes it back.</numerusform>
            <numerusform>Replaced in %n cells. Undo (Ctrl+Z) takes it back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>Imported %n row(s) into %1.</source>
        <translation>
            <numerusform>Imported %n row into %1.</numerusform>
            <numerusform>Imported %n rows into %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message numerus="yes">
        <source>Imported %n row(s).</source>
        <translation>
            <numerusform>Imported %n row.</numerusform>
            <numerusform>Imported %n rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message numerus="yes">
        <source>%n row(s) to import.</source>
        <translation>
            <numerusform>%n row to import.</numerusform>
            <numerusform>%n rows to import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) mapped.</source>
        <translation>
            <numerusform>%n column mapped.</numerusform>
            <numerusform>%n columns mapped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) in the first rows cannot be read (they are kept as text, marked red, to fix after the import):</source>
        <translation>
            <numerusform>%n cell in the first rows cannot be read (they are kept as text, marked red, to fix after the import):</numerusform>
            <numerusform>%n cells in the first rows cannot be read (they are kept as text, marked red, to fix after the import):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSourcePage</name>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n row read</numerusform>
            <numerusform>%n rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IssuesPane</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) could not be read and are marked red.</source>
        <translation>
            <numerusform>%n cell could not be read and are marked red.</numerusform>
            <numerusform>%n cells could not be read and are marked red.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pasted cell(s) fell outside the sheet and were not pasted.</source>
        <translation>
            <numerusform>%n pasted cell fell outside the sheet and were not pasted.</numerusform>
            <numerusform>%n pasted cells fell outside the sheet and were not pasted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 changed by others — shown</source>
        <translation><numerusform>%n row of %1 changed by others — shown</numerusform><numerusform>%n rows of %1 changed by others — shown</numerusform></translation>
    </message>
</context>
<context>
    <name>PullCommand</name>
    <message numerus="yes">
        <source>%1: %n record(s) read from %2 through profile '%3' (HTTP requests: %4); kept as the snapshot of %5.</source>
        <translation>
            <numerusform>%1: %n record read from %2 through profile '%3' (HTTP requests: %4); kept as the snapshot of %5.</numerusform>
            <numerusform>%1: %n records read from %2 through profile '%3' (HTTP requests: %4); kept as the snapshot of %5.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PushCommand</name>
    <message numerus="yes">
        <source>%1: %n row(s) failed or skipped.</source>
        <translation>
            <numerusform>%1: %n row failed or skipped.</numerusform>
            <numerusform>%1: %n rows failed or skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PushDialog</name>
    <message numerus="yes">
        <source>%n row(s) to create</source>
        <translation>
            <numerusform>%n row to create</numerusform>
            <numerusform>%n rows to create</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n to update</numerusform>
            <numerusform>%n to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked by errors (fix them first: F8 finds them)</source>
        <translation>
            <numerusform>%n blocked by errors (fix them first: F8 finds them)</numerusform>
            <numerusform>%n blocked by errors (fix them first: F8 finds them)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s).</source>
        <translation>
            <numerusform>%n request.</numerusform>
            <numerusform>%n requests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Push %n row(s) to %1, the live %2 account?</source>
        <translation>
            <numerusform>Push %n row to %1, the live %2 account?</numerusform>
            <numerusform>Push %n rows to %1, the live %2 account?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Push %n Row(s)</source>
        <translation>
            <numerusform>&amp;Push %n Row</numerusform>
            <numerusform>&amp;Push %n Rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PushService</name>
    <message numerus="yes">
        <source>%n row(s) changed since the push was planned (someone else pushed or edited them). Nothing was sent; plan the push again to send them as they are now.</source>
        <translation><numerusform>%n row changed since the push was planned (someone else pushed or edited it). Nothing was sent; plan the push again to send it as it is now.</numerusform><numerusform>%n rows changed since the push was planned (someone else pushed or edited them). Nothing was sent; plan the push again to send them as they are now.</numerusform></translation>
    </message>
</context>
<context>
    <name>SheetReferenceCheck</name>
    <message numerus="yes">
        <source>%1 '%2' names %n records in %3's list (they share that name); choose the right one in Vendor ▸ Resolve References (Ctrl+Shift+K).</source>
        <translation>
            <numerusform>%1 '%2' names %n record in %3's list; choose the right one in Vendor ▸ Resolve References (Ctrl+Shift+K).</numerusform>
            <numerusform>%1 '%2' names %n records in %3's list (they share that name); choose the right one in Vendor ▸ Resolve References (Ctrl+Shift+K).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetValidation</name>
    <message numerus="yes">
        <source>%1 '%2' is also used by %n other row(s); each row needs its own.</source>
        <translation>
            <numerusform>%1 '%2' is also used by %n other row; each row needs its own.</numerusform>
            <numerusform>%1 '%2' is also used by %n other rows; each row needs its own.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetView</name>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>Paste %n cell</numerusform>
            <numerusform>Paste %n cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fill down %n cell(s)</source>
        <translation>
            <numerusform>Fill down %n cell</numerusform>
            <numerusform>Fill down %n cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n row(s)</source>
        <translation>
            <numerusform>Duplicate %n row</numerusform>
            <numerusform>Duplicate %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>Delete %n row</numerusform>
            <numerusform>Delete %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace in %n cell(s)</source>
        <translation>
            <numerusform>Replace in %n cell</numerusform>
            <numerusform>Replace in %n cells</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message numerus="yes">
        <source>No definite answer after %n attempt(s); the last: %1. The vendor may hold this row: push it again (it goes under the same key, so it cannot be created twice).</source>
        <translation>
            <numerusform>No definite answer after %n attempt; the last: %1. The vendor may hold this row: push it again (it goes under the same key, so it cannot be created twice).</numerusform>
            <numerusform>No definite answer after %n attempts; the last: %1. The vendor may hold this row: push it again (it goes under the same key, so it cannot be created twice).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A page of the vendor's listing could not be read after %n attempt(s); the last: %1. Nothing was kept from this pull.</source>
        <translation>
            <numerusform>A page of the vendor's listing could not be read after %n attempt; the last: %1. Nothing was kept from this pull.</numerusform>
            <numerusform>A page of the vendor's listing could not be read after %n attempts; the last: %1. Nothing was kept from this pull.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message numerus="yes">
        <source>%1: %n row(s) checked</source>
        <translation>
            <numerusform>%1: %n row checked</numerusform>
            <numerusform>%1: %n rows checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
</TS>