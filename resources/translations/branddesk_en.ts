<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Brand</name>
    <message>
        <source>Brand name</source>
        <translation>Brand name</translation>
    </message>
    <message>
        <source>Brand logo</source>
        <translation>Brand logo</translation>
    </message>
    <message>
        <source>Brand culture</source>
        <translation>Brand culture</translation>
    </message>
    <message>
        <source>Service system</source>
        <translation>Service system</translation>
    </message>
    <message>
        <source>Social benefit</source>
        <translation>Social benefit</translation>
    </message>
    <message>
        <source>Meaning of the logo</source>
        <translation>Meaning of the logo</translation>
    </message>
    <message>
        <source>Mission of the office</source>
        <translation>Mission of the office</translation>
    </message>
    <message>
        <source>Organisational spirit</source>
        <translation>Organisational spirit</translation>
    </message>
    <message>
        <source>Service philosophy</source>
        <translation>Service philosophy</translation>
    </message>
    <message>
        <source>Brand goal</source>
        <translation>Brand goal</translation>
    </message>
    <message>
        <source>Service subjects</source>
        <translation>Service subjects</translation>
    </message>
    <message>
        <source>Service content</source>
        <translation>Service content</translation>
    </message>
    <message>
        <source>Service measures</source>
        <translation>Service measures</translation>
    </message>
    <message>
        <source>Service commitments</source>
        <translation>Service commitments</translation>
    </message>
    <message>
        <source>Service rules</source>
        <translation>Service rules</translation>
    </message>
    <message>
        <source>Social benefit evidence</source>
        <translation>Social benefit evidence</translation>
    </message>
    <message>
        <source>Cultivating</source>
        <translation>Cultivating</translation>
    </message>
    <message>
        <source>Practising</source>
        <translation>Practising</translation>
    </message>
    <message>
        <source>Nominated</source>
        <translation>Nominated</translation>
    </message>
    <message>
        <source>Typical brand</source>
        <translation>Typical brand</translation>
    </message>
    <message>
        <source>Quality service brand</source>
        <translation>Quality service brand</translation>
    </message>
</context>
<context>
    <name>BrandBenefitPage</name>
    <message>
        <source>Standard 5, social benefit: the service sets an example, is widely recognised by those it serves, is well known and well regarded, and leads its field in the province or the country. Record the evidence.</source>
        <translation>Standard 5, social benefit: the service sets an example, is widely recognised by those it serves, is well known and well regarded, and leads its field in the province or the country. Record the evidence.</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Evidence:</translation>
    </message>
</context>
<context>
    <name>BrandCulturePage</name>
    <message>
        <source>Standard 3, brand culture: mainly the mission of the office, organisational spirit, service philosophy and brand goal. The culture and service ideas should be innovative; the brand carries the culture and the culture leads the brand.</source>
        <translation>Standard 3, brand culture: mainly the mission of the office, organisational spirit, service philosophy and brand goal. The culture and service ideas should be innovative; the brand carries the culture and the culture leads the brand.</translation>
    </message>
    <message>
        <source>&amp;Mission:</source>
        <translation>&amp;Mission:</translation>
    </message>
    <message>
        <source>Organisational &amp;spirit:</source>
        <translation>Organisational &amp;spirit:</translation>
    </message>
    <message>
        <source>Service &amp;philosophy:</source>
        <translation>Service &amp;philosophy:</translation>
    </message>
    <message>
        <source>Brand &amp;goal:</source>
        <translation>Brand &amp;goal:</translation>
    </message>
</context>
<context>
    <name>BrandEditorDialog</name>
    <message>
        <source>Service brand</source>
        <translation>Service brand</translation>
    </message>
</context>
<context>
    <name>BrandLogoPage</name>
    <message>
        <source>Standard 2, brand logo: simple, vivid and artistic, fitting the department and its trade, easy to recognise and remember. PNG, JPEG or SVG, at most 5 MB.</source>
        <translation>Standard 2, brand logo: simple, vivid and artistic, fitting the department and its trade, easy to recognise and remember. PNG, JPEG or SVG, at most 5 MB.</translation>
    </message>
    <message>
        <source>&amp;Choose image…</source>
        <translation>&amp;Choose image…</translation>
    </message>
    <message>
        <source>&amp;Remove logo</source>
        <translation>&amp;Remove logo</translation>
    </message>
    <message>
        <source>&amp;Meaning of the logo:</source>
        <translation>&amp;Meaning of the logo:</translation>
    </message>
</context>
<context>
    <name>BrandNamePage</name>
    <message>
        <source>Standard 1, brand name: concise, easy to understand and to remember, and showing the department's functions and the spirit of the times.</source>
        <translation>Standard 1, brand name: concise, easy to understand and to remember, and showing the department's functions and the spirit of the times.</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <source>Brand &amp;name:</source>
        <translation>Brand &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
</context>
<context>
    <name>BrandRepository</name>
    <message>
        <source>the brands could not be read</source>
        <translation>the brands could not be read</translation>
    </message>
    <message>
        <source>the brand could not be read</source>
        <translation>the brand could not be read</translation>
    </message>
    <message>
        <source>The brand no longer exists; it may have been removed.</source>
        <translation>The brand no longer exists; it may have been removed.</translation>
    </message>
    <message>
        <source>the brand could not be saved</source>
        <translation>the brand could not be saved</translation>
    </message>
    <message>
        <source>Someone else changed this brand after you opened it. Reopen it to see their changes, then make yours again.</source>
        <translation>Someone else changed this brand after you opened it. Reopen it to see their changes, then make yours again.</translation>
    </message>
    <message>
        <source>the logo could not be saved</source>
        <translation>the logo could not be saved</translation>
    </message>
    <message>
        <source>the logo could not be removed</source>
        <translation>the logo could not be removed</translation>
    </message>
    <message>
        <source>the brand could not be removed</source>
        <translation>the brand could not be removed</translation>
    </message>
    <message>
        <source>the brand names could not be checked</source>
        <translation>the brand names could not be checked</translation>
    </message>
</context>
<context>
    <name>BrandServicePage</name>
    <message>
        <source>Standard 4, service system: mainly service subjects, service content, service measures, service commitments and service rules, with a service process that reflects what society needs.</source>
        <translation>Standard 4, service system: mainly service subjects, service content, service measures, service commitments and service rules, with a service process that reflects what society needs.</translation>
    </message>
    <message>
        <source>Service &amp;subjects:</source>
        <translation>Service &amp;subjects:</translation>
    </message>
    <message>
        <source>Service &amp;content:</source>
        <translation>Service &amp;content:</translation>
    </message>
    <message>
        <source>Service &amp;measures:</source>
        <translation>Service &amp;measures:</translation>
    </message>
    <message>
        <source>Service c&amp;ommitments:</source>
        <translation>Service c&amp;ommitments:</translation>
    </message>
    <message>
        <source>Service &amp;rules:</source>
        <translation>Service &amp;rules:</translation>
    </message>
</context>
<context>
    <name>BrandsView</name>
    <message>
        <source>Search brand, department… (Ctrl+F)</source>
        <translation>Search brand, department… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Only &amp;incomplete</source>
        <translation>Only &amp;incomplete</translation>
    </message>
</context>
<context>
    <name>Completeness</name>
    <message>
        <source>The brand has no name yet.</source>
        <translation>The brand has no name yet.</translation>
    </message>
    <message>
        <source>Name is concise (%1–%2 characters)</source>
        <translation>Name is concise (%1–%2 characters)</translation>
    </message>
    <message>
        <source>The name has %1 characters; a memorable name has at most %2.</source>
        <translation>The name has %1 characters; a memorable name has at most %2.</translation>
    </message>
    <message>
        <source>The name is too short.</source>
        <translation>The name is too short.</translation>
    </message>
    <message>
        <source>Logo image</source>
        <translation>Logo image</translation>
    </message>
    <message>
        <source>No logo image has been uploaded.</source>
        <translation>No logo image has been uploaded.</translation>
    </message>
    <message>
        <source>"%1" is not filled in.</source>
        <translation>"%1" is not filled in.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a BrandDesk database.</source>
        <translation>%1 is a folder, not a BrandDesk database.</translation>
    </message>
    <message>
        <source>The database file %1 could not be read.</source>
        <translation>The database file %1 could not be read.</translation>
    </message>
    <message>
        <source>%1 is not a BrandDesk database (it is not an SQLite file). It was left unchanged.</source>
        <translation>%1 is not a BrandDesk database (it is not an SQLite file). It was left unchanged.</translation>
    </message>
    <message>
        <source>The database file %1 could not be opened.</source>
        <translation>The database file %1 could not be opened.</translation>
    </message>
    <message>
        <source>%1 is not a readable BrandDesk database. It was left unchanged.</source>
        <translation>%1 is not a readable BrandDesk database. It was left unchanged.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not of BrandDesk. It was left unchanged.</source>
        <translation>%1 is an SQLite database of another program, not of BrandDesk. It was left unchanged.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of BrandDesk (data version %2; this program knows up to %3). Please update BrandDesk. The file was left unchanged.</source>
        <translation>%1 was written by a newer version of BrandDesk (data version %2; this program knows up to %3). Please update BrandDesk. The file was left unchanged.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>The folder %1 could not be created.</translation>
    </message>
    <message>
        <source>the database could not be configured</source>
        <translation>the database could not be configured</translation>
    </message>
    <message>
        <source>the database could not be upgraded to data version %1</source>
        <translation>the database could not be upgraded to data version %1</translation>
    </message>
    <message>
        <source>the data version could not be recorded</source>
        <translation>the data version could not be recorded</translation>
    </message>
    <message>
        <source>a transaction could not be started</source>
        <translation>a transaction could not be started</translation>
    </message>
    <message>
        <source>the changes could not be saved</source>
        <translation>the changes could not be saved</translation>
    </message>
</context>
<context>
    <name>Department</name>
    <message>
        <source>Party and mass organisation</source>
        <translation>Party and mass organisation</translation>
    </message>
    <message>
        <source>Administrative department</source>
        <translation>Administrative department</translation>
    </message>
    <message>
        <source>Political and legal department</source>
        <translation>Political and legal department</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>DepartmentCommands</name>
    <message>
        <source>Add department %1</source>
        <translation>Add department %1</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Cannot undo</translation>
    </message>
    <message>
        <source>Cannot redo</source>
        <translation>Cannot redo</translation>
    </message>
    <message>
        <source>Delete department %1</source>
        <translation>Delete department %1</translation>
    </message>
    <message>
        <source>Delete department</source>
        <translation>Delete department</translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation>S&amp;hort name:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>Flags:</translation>
    </message>
    <message>
        <source>E&amp;nterprise-facing department (涉企部门)</source>
        <translation>E&amp;nterprise-facing department (涉企部门)</translation>
    </message>
    <message>
        <source>Supervises &amp;intermediaries (主管中介)</source>
        <translation>Supervises &amp;intermediaries (主管中介)</translation>
    </message>
    <message>
        <source>&amp;Principal leader:</source>
        <translation>&amp;Principal leader:</translation>
    </message>
    <message>
        <source>&amp;Leader in charge:</source>
        <translation>&amp;Leader in charge:</translation>
    </message>
    <message>
        <source>C&amp;ontact person:</source>
        <translation>C&amp;ontact person:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Sort order:</source>
        <translation>&amp;Sort order:</translation>
    </message>
    <message>
        <source>Lists show smaller numbers first; equal numbers sort by name in pinyin order.</source>
        <translation>Lists show smaller numbers first; equal numbers sort by name in pinyin order.</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>&amp;Active (inactive departments keep their records but leave lists and figures)</source>
        <translation>&amp;Active (inactive departments keep their records but leave lists and figures)</translation>
    </message>
</context>
<context>
    <name>DepartmentRepository</name>
    <message>
        <source>the departments could not be read</source>
        <translation>the departments could not be read</translation>
    </message>
    <message>
        <source>the department could not be read</source>
        <translation>the department could not be read</translation>
    </message>
    <message>
        <source>The department no longer exists; it may have been removed.</source>
        <translation>The department no longer exists; it may have been removed.</translation>
    </message>
    <message>
        <source>the department could not be saved</source>
        <translation>the department could not be saved</translation>
    </message>
    <message>
        <source>Someone else changed this department after you opened it. Reopen it to see their changes, then make yours again.</source>
        <translation>Someone else changed this department after you opened it. Reopen it to see their changes, then make yours again.</translation>
    </message>
    <message>
        <source>the department could not be removed</source>
        <translation>the department could not be removed</translation>
    </message>
    <message>
        <source>the department names could not be checked</source>
        <translation>the department names could not be checked</translation>
    </message>
    <message>
        <source>the brands could not be counted</source>
        <translation>the brands could not be counted</translation>
    </message>
</context>
<context>
    <name>DepartmentsView</name>
    <message>
        <source>Search name, short name, leaders, contact… (Ctrl+F)</source>
        <translation>Search name, short name, leaders, contact… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Only without &amp;brand</source>
        <translation>Only without &amp;brand</translation>
    </message>
    <message>
        <source>Show &amp;inactive</source>
        <translation>Show &amp;inactive</translation>
    </message>
</context>
<context>
    <name>Logo</name>
    <message>
        <source>The SVG file could not be read; it may be damaged.</source>
        <translation>The SVG file could not be read; it may be damaged.</translation>
    </message>
    <message>
        <source>This file is not a PNG, JPEG or SVG image. Please choose a logo in one of these formats.</source>
        <translation>This file is not a PNG, JPEG or SVG image. Please choose a logo in one of these formats.</translation>
    </message>
    <message>
        <source>The image is %1 × %2 pixels; logos may be at most %3 pixels on each side.</source>
        <translation>The image is %1 × %2 pixels; logos may be at most %3 pixels on each side.</translation>
    </message>
    <message>
        <source>The image could not be decoded; the file may be damaged.</source>
        <translation>The image could not be decoded; the file may be damaged.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>The logo file is %1 MB; the limit is 5 MB.</source>
        <translation>The logo file is %1 MB; the limit is 5 MB.</translation>
    </message>
    <message>
        <source>The file %1 could not be opened.</source>
        <translation>The file %1 could not be opened.</translation>
    </message>
    <message>
        <source>The logo file is empty.</source>
        <translation>The logo file is empty.</translation>
    </message>
    <message>
        <source>The logo file is larger than 5 MB.</source>
        <translation>The logo file is larger than 5 MB.</translation>
    </message>
    <message>
        <source>The image is empty.</source>
        <translation>The image is empty.</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Another program or another BrandDesk window is holding the database. Try again in a moment.</source>
        <translation>Another program or another BrandDesk window is holding the database. Try again in a moment.</translation>
    </message>
    <message>
        <source>The database file is read-only. Check the file's permissions or choose another location.</source>
        <translation>The database file is read-only. Check the file's permissions or choose another location.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was changed.</source>
        <translation>The disk is full. Free some space and try again; nothing was changed.</translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the database.</source>
        <translation>The disk reported an error while reading or writing the database.</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from a backup.</source>
        <translation>The database file is damaged. Restore it from a backup.</translation>
    </message>
    <message>
        <source>The change conflicts with existing data.</source>
        <translation>The change conflicts with existing data.</translation>
    </message>
    <message>
        <source>The database reported an error: %1.</source>
        <translation>The database reported an error: %1.</translation>
    </message>
    <message>
        <source>: </source>
        <translation>: </translation>
    </message>
    <message>
        <source>a statement could not be prepared</source>
        <translation>a statement could not be prepared</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 is too long: %2 characters, at most %3.</source>
        <translation>%1 is too long: %2 characters, at most %3.</translation>
    </message>
    <message>
        <source>The department needs a name.</source>
        <translation>The department needs a name.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>The name</translation>
    </message>
    <message>
        <source>The short name</source>
        <translation>The short name</translation>
    </message>
    <message>
        <source>The principal leader</source>
        <translation>The principal leader</translation>
    </message>
    <message>
        <source>The leader in charge</source>
        <translation>The leader in charge</translation>
    </message>
    <message>
        <source>The contact person</source>
        <translation>The contact person</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>The phone number</translation>
    </message>
    <message>
        <source>The e-mail address</source>
        <translation>The e-mail address</translation>
    </message>
    <message>
        <source>The phone number may contain only digits, spaces and + - ( ) /.</source>
        <translation>The phone number may contain only digits, spaces and + - ( ) /.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid (expected name@example.gov.cn).</source>
        <translation>The e-mail address is not valid (expected name@example.gov.cn).</translation>
    </message>
    <message>
        <source>The sort order must be between 0 and 99999.</source>
        <translation>The sort order must be between 0 and 99999.</translation>
    </message>
    <message>
        <source>Choose the department the brand belongs to.</source>
        <translation>Choose the department the brand belongs to.</translation>
    </message>
    <message>
        <source>The brand needs a name.</source>
        <translation>The brand needs a name.</translation>
    </message>
</context>
<context>
    <name>branddesk::BrandEditorDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Service brand</source>
        <translation>Service brand</translation>
    </message>
    <message>
        <source>New service brand</source>
        <translation>New service brand</translation>
    </message>
    <message>
        <source>Service brand — %1</source>
        <translation>Service brand — %1</translation>
    </message>
    <message>
        <source>The brand was not saved</source>
        <translation>The brand was not saved</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The brand has changes that are not saved. Save them before closing?</source>
        <translation>The brand has changes that are not saved. Save them before closing?</translation>
    </message>
</context>
<context>
    <name>branddesk::BrandLogoPage</name>
    <message>
        <source>Choose the brand logo</source>
        <translation>Choose the brand logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>The logo was not accepted</source>
        <translation>The logo was not accepted</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, from a %3 file.</source>
        <translation>%1 × %2 pixels, from a %3 file.</translation>
    </message>
</context>
<context>
    <name>branddesk::BrandNamePage</name>
    <message>
        <source>— choose a department —</source>
        <translation>— choose a department —</translation>
    </message>
    <message>
        <source>(inactive department #%1)</source>
        <translation>(inactive department #%1)</translation>
    </message>
    <message>
        <source>%1 characters; a memorable name has %2–%3.</source>
        <translation>%1 characters; a memorable name has %2–%3.</translation>
    </message>
</context>
<context>
    <name>branddesk::BrandService</name>
    <message>
        <source>A brand named "%1" already exists.</source>
        <translation>A brand named "%1" already exists.</translation>
    </message>
</context>
<context>
    <name>branddesk::BrandTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s): %1</source>
        <translation>
            <numerusform>%n item: %1</numerusform>
            <numerusform>%n items: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Still missing</translation>
    </message>
</context>
<context>
    <name>branddesk::BrandsView</name>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>&amp;New brand</source>
        <translation>&amp;New brand</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>Service brands</source>
        <translation>Service brands</translation>
    </message>
    <message>
        <source>%1 brands, %2 meet all five standards; %3 shown.</source>
        <translation>%1 brands, %2 meet all five standards; %3 shown.</translation>
    </message>
    <message numerus="yes">
        <source>%n department(s) have no service brand yet: %1. Every department must build at least one.</source>
        <translation>
            <numerusform>%n department has no service brand yet: %1. Every department must build at least one.</numerusform>
            <numerusform>%n departments have no service brand yet: %1. Every department must build at least one.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Delete brand</source>
        <translation>Delete brand</translation>
    </message>
    <message>
        <source>Delete the brand %1 of %2, with its logo and every field? This cannot be undone.</source>
        <translation>Delete the brand %1 of %2, with its logo and every field? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>branddesk::CompletenessWidget</name>
    <message>
        <source>%p% complete</source>
        <translation>%p% complete</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checklist of the five standards&lt;/b&gt;</source>
        <translation>&lt;b&gt;Checklist of the five standards&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1  (%2/%3)</source>
        <translation>%1  (%2/%3)</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Every item of the five standards is met.</source>
        <translation>Every item of the five standards is met.</translation>
    </message>
    <message>
        <source>%1 of %2 items still missing.</source>
        <translation>%1 of %2 items still missing.</translation>
    </message>
</context>
<context>
    <name>branddesk::DepartmentDialog</name>
    <message>
        <source>e.g. 常州市发展和改革委员会</source>
        <translation>e.g. 常州市发展和改革委员会</translation>
    </message>
    <message>
        <source>e.g. 0519-85680780</source>
        <translation>e.g. 0519-85680780</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Edit department — %1</source>
        <translation>Edit department — %1</translation>
    </message>
    <message>
        <source>New department</source>
        <translation>New department</translation>
    </message>
    <message>
        <source>The department was not saved</source>
        <translation>The department was not saved</translation>
    </message>
</context>
<context>
    <name>branddesk::DepartmentService</name>
    <message>
        <source>A department named "%1" already exists.</source>
        <translation>A department named "%1" already exists.</translation>
    </message>
    <message>
        <source>This department has brand records and cannot be deleted. Deactivate it instead: its records are kept and it leaves the lists.</source>
        <translation>This department has brand records and cannot be deleted. Deactivate it instead: its records are kept and it leaves the lists.</translation>
    </message>
</context>
<context>
    <name>branddesk::DepartmentTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No brand</source>
        <translation>No brand</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Every department must build at least one service brand (每个部门都至少要培育打造一项服务品牌).</source>
        <translation>Every department must build at least one service brand (每个部门都至少要培育打造一项服务品牌).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Enterprise-facing</source>
        <translation>Enterprise-facing</translation>
    </message>
    <message>
        <source>Supervises intermediaries</source>
        <translation>Supervises intermediaries</translation>
    </message>
    <message>
        <source>Principal leader</source>
        <translation>Principal leader</translation>
    </message>
    <message>
        <source>Leader in charge</source>
        <translation>Leader in charge</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Brands</source>
        <translation>Brands</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>branddesk::DepartmentsView</name>
    <message>
        <source>&amp;New department</source>
        <translation>&amp;New department</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>New &amp;brand for this department</source>
        <translation>New &amp;brand for this department</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Re&amp;activate</translation>
    </message>
    <message>
        <source>%1 active departments, %2 shown.</source>
        <translation>%1 active departments, %2 shown.</translation>
    </message>
    <message>
        <source>&lt;span style="color:#c01f2f"&gt;%1 have no service brand yet.&lt;/span&gt;</source>
        <translation>&lt;span style="color:#c01f2f"&gt;%1 have no service brand yet.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Edit department %1</source>
        <translation>Edit department %1</translation>
    </message>
    <message>
        <source>Reactivate %1</source>
        <translation>Reactivate %1</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>Deactivate %1</translation>
    </message>
    <message>
        <source>Delete department</source>
        <translation>Delete department</translation>
    </message>
    <message>
        <source>%1 has brand records, so it cannot be deleted. Deactivate it instead (Ctrl+D): its records are kept and it leaves the lists.</source>
        <translation>%1 has brand records, so it cannot be deleted. Deactivate it instead (Ctrl+D): its records are kept and it leaves the lists.</translation>
    </message>
    <message>
        <source>Delete %1? It has no records yet.</source>
        <translation>Delete %1? It has no records yet.</translation>
    </message>
</context>
<context>
    <name>branddesk::MainWindow</name>
    <message>
        <source>BrandDesk — service brand supervision</source>
        <translation>BrandDesk — service brand supervision</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>Service brands</source>
        <translation>Service brands</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About BrandDesk</source>
        <translation>&amp;About BrandDesk</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Today: %1</translation>
    </message>
    <message>
        <source>About BrandDesk</source>
        <translation>About BrandDesk</translation>
    </message>
    <message>
        <source>BrandDesk %1 — the service brand supervision desk of the work-style construction office.
Licensed under the GNU GPL, version 3 or later.</source>
        <translation>BrandDesk %1 — the service brand supervision desk of the work-style construction office.
Licensed under the GNU GPL, version 3 or later.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>The screenshot could not be written to %1.</source>
        <translation>The screenshot could not be written to %1.</translation>
    </message>
    <message>
        <source>--demo writes a new database, but %1 already exists. Choose a new file name.</source>
        <translation>--demo writes a new database, but %1 already exists. Choose a new file name.</translation>
    </message>
    <message>
        <source>BrandDesk cannot open the database</source>
        <translation>BrandDesk cannot open the database</translation>
    </message>
    <message>
        <source>demo clerk</source>
        <translation>demo clerk</translation>
    </message>
    <message>
        <source>BrandDesk — service brand supervision desk</source>
        <translation>BrandDesk — service brand supervision desk</translation>
    </message>
    <message>
        <source>Open the database at &lt;path&gt;.</source>
        <translation>Open the database at &lt;path&gt;.</translation>
    </message>
    <message>
        <source>Open a freshly generated demo database.</source>
        <translation>Open a freshly generated demo database.</translation>
    </message>
    <message>
        <source>Language: zh_CN (default) or en.</source>
        <translation>Language: zh_CN (default) or en.</translation>
    </message>
    <message>
        <source>Render the main window (1280×800) to a PNG &lt;file&gt; and exit.</source>
        <translation>Render the main window (1280×800) to a PNG &lt;file&gt; and exit.</translation>
    </message>
    <message>
        <source>Area to show: %1.</source>
        <translation>Area to show: %1.</translation>
    </message>
    <message>
        <source>Pretend today is &lt;date&gt; (YYYY-MM-DD).</source>
        <translation>Pretend today is &lt;date&gt; (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <source>Unknown language %1; use zh_CN or en.</source>
        <translation>Unknown language %1; use zh_CN or en.</translation>
    </message>
    <message>
        <source>Unknown view %1; known views: %2.</source>
        <translation>Unknown view %1; known views: %2.</translation>
    </message>
    <message>
        <source>The date %1 is not valid; write it as YYYY-MM-DD.</source>
        <translation>The date %1 is not valid; write it as YYYY-MM-DD.</translation>
    </message>
</context>
</TS>
