<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ArticlesList</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="64"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="544"/>
        <source>Suggested articles (%n)</source>
        <translation>
            <numerusform>Suggested articles (%Ln)</numerusform>
            <numerusform>Suggested articles (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="567"/>
        <source>Activity (%n)</source>
        <translation>
            <numerusform>Activity (%Ln)</numerusform>
            <numerusform>Activity (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="193"/>
        <source>{when} (%n hour(s) after it was opened)</source>
        <translation>
            <numerusform>{when} (%Ln hour after it was opened)</numerusform>
            <numerusform>{when} (%Ln hours after it was opened)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="745"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompaniesPage</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="65"/>
        <source>%n company(s)</source>
        <translation>
            <numerusform>%Ln company</numerusform>
            <numerusform>%Ln companies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="43"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="728"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="805"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="820"/>
        <source>Timeline (%n entries)</source>
        <translation>
            <numerusform>Timeline (%Ln entry)</numerusform>
            <numerusform>Timeline (%Ln entries)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="822"/>
        <source>Timeline (newest %n)</source>
        <translation>
            <numerusform>Timeline (newest %Ln)</numerusform>
            <numerusform>Timeline (newest %Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="861"/>
        <source>%n min</source>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="935"/>
        <source>Open deals: %n, worth {0}</source>
        <translation>
            <numerusform>Open deals: %Ln, worth {0}</numerusform>
            <numerusform>Open deals: %Ln, worth {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="960"/>
        <source>Open cases: %n</source>
        <translation>
            <numerusform>Open cases: %Ln</numerusform>
            <numerusform>Open cases: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="962"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%Ln overdue</numerusform>
            <numerusform>%Ln overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="979"/>
        <source>%n sale(s), {0} in all; the last on {1}</source>
        <translation>
            <numerusform>%Ln sale, {0} in all; the last on {1}</numerusform>
            <numerusform>%Ln sales, {0} in all; the last on {1}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="617"/>
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%Ln open deal</numerusform>
            <numerusform>%Ln open deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="629"/>
        <source>%n deal(s) won</source>
        <translation>
            <numerusform>%Ln deal won</numerusform>
            <numerusform>%Ln deals won</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="653"/>
        <source>%n deal(s) closing in {month}</source>
        <translation>
            <numerusform>%Ln deal closing in {month}</numerusform>
            <numerusform>%Ln deals closing in {month}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="666"/>
        <source>{stage}: %n deal(s), {amount}</source>
        <translation>
            <numerusform>{stage}: %Ln deal, {amount}</numerusform>
            <numerusform>{stage}: %Ln deals, {amount}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="686"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%Ln overdue</numerusform>
            <numerusform>%Ln overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="696"/>
        <source>{priority}: %n open case(s)</source>
        <translation>
            <numerusform>{priority}: %Ln open case</numerusform>
            <numerusform>{priority}: %Ln open cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="717"/>
        <source>{month}: %n sale(s), {amount}</source>
        <translation>
            <numerusform>{month}: %Ln sale, {amount}</numerusform>
            <numerusform>{month}: %Ln sales, {amount}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/export_dialog.py" line="68"/>
        <source>The whole list, as it is filtered now (%n row(s))</source>
        <translation>
            <numerusform>The whole list, as it is filtered now (%Ln row)</numerusform>
            <numerusform>The whole list, as it is filtered now (%Ln rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/export_dialog.py" line="70"/>
        <source>Only the selected rows (%n)</source>
        <translation>
            <numerusform>Only the selected rows (%Ln)</numerusform>
            <numerusform>Only the selected rows (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/export_dialog.py" line="196"/>
        <source>%n row(s) written to {0} in {1}.</source>
        <translation>
            <numerusform>%Ln row written to {0} in {1}.</numerusform>
            <numerusform>%Ln rows written to {0} in {1}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForecastStrip</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="559"/>
        <source>%n open deal(s) expected to close</source>
        <translation>
            <numerusform>%Ln open deal expected to close</numerusform>
            <numerusform>%Ln open deals expected to close</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="568"/>
        <source>%n deal(s) won</source>
        <translation>
            <numerusform>%Ln deal won</numerusform>
            <numerusform>%Ln deals won</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PipelinePage</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="1167"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%Ln deal</numerusform>
            <numerusform>%Ln deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="1267"/>
        <source>Undo delete of %n deal(s)</source>
        <translation>
            <numerusform>Undo delete of %Ln deal</numerusform>
            <numerusform>Undo delete of %Ln deals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductsList</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/products.py" line="46"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%Ln product</numerusform>
            <numerusform>%Ln products</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/record_list.py" line="127"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/record_list.py" line="212"/>
        <source>Undo delete of %n record(s)</source>
        <translation>
            <numerusform>Undo delete of %Ln record</numerusform>
            <numerusform>Undo delete of %Ln records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="313"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalesList</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/products.py" line="121"/>
        <source>%n sale(s)</source>
        <translation>
            <numerusform>%Ln sale</numerusform>
            <numerusform>%Ln sales</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageColumnWidget</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="502"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%Ln deal</numerusform>
            <numerusform>%Ln deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="512"/>
        <source>%n more…</source>
        <translation>
            <numerusform>%Ln more…</numerusform>
            <numerusform>%Ln more…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="571"/>
        <source>Changes waiting to be sent: %Ln</source>
        <translation>
            <numerusform>Changes waiting to be sent: %Ln</numerusform>
            <numerusform>Changes waiting to be sent: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="572"/>
        <source>Open conflicts: %Ln</source>
        <translation>
            <numerusform>Open conflicts: %Ln</numerusform>
            <numerusform>Open conflicts: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="259"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%Ln task</numerusform>
            <numerusform>%Ln tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="414"/>
        <source>Undo marking %n task(s) done</source>
        <translation>
            <numerusform>Undo marking %Ln task done</numerusform>
            <numerusform>Undo marking %Ln tasks done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="416"/>
        <source>Undo marking %n task(s) not done</source>
        <translation>
            <numerusform>Undo marking %Ln task not done</numerusform>
            <numerusform>Undo marking %Ln tasks not done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>translator</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="70"/>
        <source>%n min</source>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="73"/>
        <source>%n h</source>
        <translation>
            <numerusform>%Ln h</numerusform>
            <numerusform>%Ln h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="74"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
</context>
</TS>
