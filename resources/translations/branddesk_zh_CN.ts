<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Brand</name>
    <message>
        <source>Brand name</source>
        <translation>品牌名称</translation>
    </message>
    <message>
        <source>Brand logo</source>
        <translation>品牌标识</translation>
    </message>
    <message>
        <source>Brand culture</source>
        <translation>品牌文化</translation>
    </message>
    <message>
        <source>Service system</source>
        <translation>服务体系</translation>
    </message>
    <message>
        <source>Social benefit</source>
        <translation>社会效益</translation>
    </message>
    <message>
        <source>Meaning of the logo</source>
        <translation>标识释义</translation>
    </message>
    <message>
        <source>Mission of the office</source>
        <translation>机关宗旨</translation>
    </message>
    <message>
        <source>Organisational spirit</source>
        <translation>组织精神</translation>
    </message>
    <message>
        <source>Service philosophy</source>
        <translation>服务理念</translation>
    </message>
    <message>
        <source>Brand goal</source>
        <translation>品牌目标</translation>
    </message>
    <message>
        <source>Service subjects</source>
        <translation>服务主体</translation>
    </message>
    <message>
        <source>Service content</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>Service measures</source>
        <translation>服务举措</translation>
    </message>
    <message>
        <source>Service commitments</source>
        <translation>服务承诺</translation>
    </message>
    <message>
        <source>Service rules</source>
        <translation>服务制度</translation>
    </message>
    <message>
        <source>Social benefit evidence</source>
        <translation>社会效益佐证</translation>
    </message>
    <message>
        <source>Cultivating</source>
        <translation>培育中</translation>
    </message>
    <message>
        <source>Practising</source>
        <translation>实践中</translation>
    </message>
    <message>
        <source>Nominated</source>
        <translation>参评</translation>
    </message>
    <message>
        <source>Typical brand</source>
        <translation>典型品牌</translation>
    </message>
    <message>
        <source>Quality service brand</source>
        <translation>优质服务品牌</translation>
    </message>
</context>
<context>
    <name>BrandBenefitPage</name>
    <message>
        <source>Standard 5, social benefit: the service sets an example, is widely recognised by those it serves, is well known and well regarded, and leads its field in the province or the country. Record the evidence.</source>
        <translation>标准五 社会效益：品牌所提供的服务具有明显的示范导向作用，得到服务对象的普遍认可，社会知名度和美誉度高，整体服务工作或某些主要服务工作在全省乃至全国的同行或同领域中处于一流地位。请填写佐证材料。</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>社会效益佐证(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>BrandCulturePage</name>
    <message>
        <source>Standard 3, brand culture: mainly the mission of the office, organisational spirit, service philosophy and brand goal. The culture and service ideas should be innovative; the brand carries the culture and the culture leads the brand.</source>
        <translation>标准三 品牌文化：主要包括机关宗旨、组织精神、服务理念、品牌目标等。要有创新的文化理念和服务理念，以品牌带动文化，以文化引领品牌；以品牌优化服务，以服务提升品牌。</translation>
    </message>
    <message>
        <source>&amp;Mission:</source>
        <translation>机关宗旨(&amp;M)：</translation>
    </message>
    <message>
        <source>Organisational &amp;spirit:</source>
        <translation>组织精神(&amp;S)：</translation>
    </message>
    <message>
        <source>Service &amp;philosophy:</source>
        <translation>服务理念(&amp;P)：</translation>
    </message>
    <message>
        <source>Brand &amp;goal:</source>
        <translation>品牌目标(&amp;G)：</translation>
    </message>
</context>
<context>
    <name>BrandEditorDialog</name>
    <message>
        <source>Service brand</source>
        <translation>服务品牌</translation>
    </message>
</context>
<context>
    <name>BrandLogoPage</name>
    <message>
        <source>Standard 2, brand logo: simple, vivid and artistic, fitting the department and its trade, easy to recognise and remember. PNG, JPEG or SVG, at most 5 MB.</source>
        <translation>标准二 品牌标识：标识要简洁、生动、形象，具有较强的视觉感和较高的艺术性，符合部门（单位）、行业特征，易于识别和记忆。支持 PNG、JPEG 或 SVG 格式，不超过 5 MB。</translation>
    </message>
    <message>
        <source>&amp;Choose image…</source>
        <translation>选择图片(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Remove logo</source>
        <translation>删除标识(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Meaning of the logo:</source>
        <translation>标识释义(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>BrandNamePage</name>
    <message>
        <source>Standard 1, brand name: concise, easy to understand and to remember, and showing the department's functions and the spirit of the times.</source>
        <translation>标准一 品牌名称：语言要精炼、易懂、易记，且能够体现部门（单位）职能特色和时代风貌。</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>Brand &amp;name:</source>
        <translation>品牌名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>BrandRepository</name>
    <message>
        <source>the brands could not be read</source>
        <translation>无法读取服务品牌</translation>
    </message>
    <message>
        <source>the brand could not be read</source>
        <translation>无法读取该服务品牌</translation>
    </message>
    <message>
        <source>The brand no longer exists; it may have been removed.</source>
        <translation>该服务品牌已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>the brand could not be saved</source>
        <translation>无法保存该服务品牌</translation>
    </message>
    <message>
        <source>Someone else changed this brand after you opened it. Reopen it to see their changes, then make yours again.</source>
        <translation>您打开该服务品牌后，其他人已对其作了修改。请重新打开以查看其修改，然后再进行您的修改。</translation>
    </message>
    <message>
        <source>the logo could not be saved</source>
        <translation>无法保存品牌标识</translation>
    </message>
    <message>
        <source>the logo could not be removed</source>
        <translation>无法删除品牌标识</translation>
    </message>
    <message>
        <source>the brand could not be removed</source>
        <translation>无法删除该服务品牌</translation>
    </message>
    <message>
        <source>the brand names could not be checked</source>
        <translation>无法核对品牌名称</translation>
    </message>
</context>
<context>
    <name>BrandServicePage</name>
    <message>
        <source>Standard 4, service system: mainly service subjects, service content, service measures, service commitments and service rules, with a service process that reflects what society needs.</source>
        <translation>标准四 服务体系：主要包括服务主体、服务内容、服务举措、服务承诺和服务制度等。要建立完善体现社会需求的机关服务流程，要有科学的品牌服务体系、品牌管理体系和与之相适应的品牌建设保障机制。</translation>
    </message>
    <message>
        <source>Service &amp;subjects:</source>
        <translation>服务主体(&amp;S)：</translation>
    </message>
    <message>
        <source>Service &amp;content:</source>
        <translation>服务内容(&amp;C)：</translation>
    </message>
    <message>
        <source>Service &amp;measures:</source>
        <translation>服务举措(&amp;M)：</translation>
    </message>
    <message>
        <source>Service c&amp;ommitments:</source>
        <translation>服务承诺(&amp;O)：</translation>
    </message>
    <message>
        <source>Service &amp;rules:</source>
        <translation>服务制度(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>BrandsView</name>
    <message>
        <source>Search brand, department… (Ctrl+F)</source>
        <translation>搜索品牌、部门…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Only &amp;incomplete</source>
        <translation>仅显示有缺项的(&amp;I)</translation>
    </message>
</context>
<context>
    <name>Completeness</name>
    <message>
        <source>The brand has no name yet.</source>
        <translation>尚未填写品牌名称。</translation>
    </message>
    <message>
        <source>Name is concise (%1–%2 characters)</source>
        <translation>名称精炼（%1–%2 个字）</translation>
    </message>
    <message>
        <source>The name has %1 characters; a memorable name has at most %2.</source>
        <translation>名称有 %1 个字；易记的名称最多 %2 个字。</translation>
    </message>
    <message>
        <source>The name is too short.</source>
        <translation>名称过短。</translation>
    </message>
    <message>
        <source>Logo image</source>
        <translation>标识图片</translation>
    </message>
    <message>
        <source>No logo image has been uploaded.</source>
        <translation>尚未上传标识图片。</translation>
    </message>
    <message>
        <source>"%1" is not filled in.</source>
        <translation>“%1”未填写。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a BrandDesk database.</source>
        <translation>%1 是文件夹，不是服务品牌督查台数据库。</translation>
    </message>
    <message>
        <source>The database file %1 could not be read.</source>
        <translation>无法读取数据库文件 %1。</translation>
    </message>
    <message>
        <source>%1 is not a BrandDesk database (it is not an SQLite file). It was left unchanged.</source>
        <translation>%1 不是服务品牌督查台数据库（不是 SQLite 文件）。该文件未作任何改动。</translation>
    </message>
    <message>
        <source>The database file %1 could not be opened.</source>
        <translation>无法打开数据库文件 %1。</translation>
    </message>
    <message>
        <source>%1 is not a readable BrandDesk database. It was left unchanged.</source>
        <translation>%1 不是可读取的服务品牌督查台数据库。该文件未作任何改动。</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>未安装 Qt 的 SQLite 驱动（软件包 libqt6sql6-sqlite）。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not of BrandDesk. It was left unchanged.</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是服务品牌督查台的数据库。该文件未作任何改动。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of BrandDesk (data version %2; this program knows up to %3). Please update BrandDesk. The file was left unchanged.</source>
        <translation>%1 由更高版本的服务品牌督查台写入（数据版本 %2；本程序最高支持 %3）。请升级服务品牌督查台。该文件未作任何改动。</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>the database could not be configured</source>
        <translation>无法配置数据库</translation>
    </message>
    <message>
        <source>the database could not be upgraded to data version %1</source>
        <translation>无法将数据库升级到数据版本 %1</translation>
    </message>
    <message>
        <source>the data version could not be recorded</source>
        <translation>无法记录数据版本</translation>
    </message>
    <message>
        <source>a transaction could not be started</source>
        <translation>无法开始事务</translation>
    </message>
    <message>
        <source>the changes could not be saved</source>
        <translation>无法保存更改</translation>
    </message>
</context>
<context>
    <name>Department</name>
    <message>
        <source>Party and mass organisation</source>
        <translation>党群部门</translation>
    </message>
    <message>
        <source>Administrative department</source>
        <translation>行政部门</translation>
    </message>
    <message>
        <source>Political and legal department</source>
        <translation>政法部门</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>DepartmentCommands</name>
    <message>
        <source>Add department %1</source>
        <translation>新增部门“%1”</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>无法撤销</translation>
    </message>
    <message>
        <source>Cannot redo</source>
        <translation>无法重做</translation>
    </message>
    <message>
        <source>Delete department %1</source>
        <translation>删除部门“%1”</translation>
    </message>
    <message>
        <source>Delete department</source>
        <translation>删除部门</translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>全称(&amp;N)：</translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation>简称(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>属性：</translation>
    </message>
    <message>
        <source>E&amp;nterprise-facing department (涉企部门)</source>
        <translation>涉企部门(&amp;N)</translation>
    </message>
    <message>
        <source>Supervises &amp;intermediaries (主管中介)</source>
        <translation>主管中介(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Principal leader:</source>
        <translation>主要领导(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Leader in charge:</source>
        <translation>分管领导(&amp;L)：</translation>
    </message>
    <message>
        <source>C&amp;ontact person:</source>
        <translation>联系人(&amp;O)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>联系电话(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Sort order:</source>
        <translation>排序号(&amp;S)：</translation>
    </message>
    <message>
        <source>Lists show smaller numbers first; equal numbers sort by name in pinyin order.</source>
        <translation>列表按排序号从小到大显示；排序号相同的按名称拼音排序。</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>&amp;Active (inactive departments keep their records but leave lists and figures)</source>
        <translation>在用(&amp;A)（停用的部门保留其记录，但不再列入列表和统计）</translation>
    </message>
</context>
<context>
    <name>DepartmentRepository</name>
    <message>
        <source>the departments could not be read</source>
        <translation>无法读取部门</translation>
    </message>
    <message>
        <source>the department could not be read</source>
        <translation>无法读取该部门</translation>
    </message>
    <message>
        <source>The department no longer exists; it may have been removed.</source>
        <translation>该部门已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>the department could not be saved</source>
        <translation>无法保存该部门</translation>
    </message>
    <message>
        <source>Someone else changed this department after you opened it. Reopen it to see their changes, then make yours again.</source>
        <translation>您打开该部门后，其他人已对其作了修改。请重新打开以查看其修改，然后再进行您的修改。</translation>
    </message>
    <message>
        <source>the department could not be removed</source>
        <translation>无法删除该部门</translation>
    </message>
    <message>
        <source>the department names could not be checked</source>
        <translation>无法核对部门名称</translation>
    </message>
    <message>
        <source>the brands could not be counted</source>
        <translation>无法统计服务品牌数量</translation>
    </message>
</context>
<context>
    <name>DepartmentsView</name>
    <message>
        <source>Search name, short name, leaders, contact… (Ctrl+F)</source>
        <translation>搜索名称、简称、领导、联系人…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Only without &amp;brand</source>
        <translation>仅显示无品牌的(&amp;B)</translation>
    </message>
    <message>
        <source>Show &amp;inactive</source>
        <translation>显示停用部门(&amp;I)</translation>
    </message>
</context>
<context>
    <name>Logo</name>
    <message>
        <source>The SVG file could not be read; it may be damaged.</source>
        <translation>无法读取该 SVG 文件，文件可能已损坏。</translation>
    </message>
    <message>
        <source>This file is not a PNG, JPEG or SVG image. Please choose a logo in one of these formats.</source>
        <translation>该文件不是 PNG、JPEG 或 SVG 图片。请选择上述格式之一的标识图片。</translation>
    </message>
    <message>
        <source>The image is %1 × %2 pixels; logos may be at most %3 pixels on each side.</source>
        <translation>图片尺寸为 %1 × %2 像素；标识图片每边最多 %3 像素。</translation>
    </message>
    <message>
        <source>The image could not be decoded; the file may be damaged.</source>
        <translation>无法解码该图片，文件可能已损坏。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The logo file is %1 MB; the limit is 5 MB.</source>
        <translation>标识文件大小为 %1 MB，上限为 5 MB。</translation>
    </message>
    <message>
        <source>The file %1 could not be opened.</source>
        <translation>无法打开文件 %1。</translation>
    </message>
    <message>
        <source>The logo file is empty.</source>
        <translation>标识文件为空。</translation>
    </message>
    <message>
        <source>The logo file is larger than 5 MB.</source>
        <translation>标识文件超过 5 MB。</translation>
    </message>
    <message>
        <source>The image is empty.</source>
        <translation>图片为空。</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Another program or another BrandDesk window is holding the database. Try again in a moment.</source>
        <translation>其他程序或另一个服务品牌督查台窗口正在占用数据库，请稍后重试。</translation>
    </message>
    <message>
        <source>The database file is read-only. Check the file's permissions or choose another location.</source>
        <translation>数据库文件为只读。请检查文件权限或另选存放位置。</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was changed.</source>
        <translation>磁盘已满。请释放部分空间后重试；数据未作任何更改。</translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the database.</source>
        <translation>读写数据库时磁盘报告错误。</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from a backup.</source>
        <translation>数据库文件已损坏，请从备份恢复。</translation>
    </message>
    <message>
        <source>The change conflicts with existing data.</source>
        <translation>该更改与现有数据冲突。</translation>
    </message>
    <message>
        <source>The database reported an error: %1.</source>
        <translation>数据库报告错误：%1。</translation>
    </message>
    <message>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <source>a statement could not be prepared</source>
        <translation>无法准备数据库语句</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 is too long: %2 characters, at most %3.</source>
        <translation>%1过长：共 %2 个字符，最多 %3 个。</translation>
    </message>
    <message>
        <source>The department needs a name.</source>
        <translation>请填写部门名称。</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>The principal leader</source>
        <translation>主要领导</translation>
    </message>
    <message>
        <source>The leader in charge</source>
        <translation>分管领导</translation>
    </message>
    <message>
        <source>The contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>The e-mail address</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>The phone number may contain only digits, spaces and + - ( ) /.</source>
        <translation>联系电话只能包含数字、空格和 + - ( ) /。</translation>
    </message>
    <message>
        <source>The e-mail address is not valid (expected name@example.gov.cn).</source>
        <translation>电子邮箱地址无效（格式应如 name@example.gov.cn）。</translation>
    </message>
    <message>
        <source>The sort order must be between 0 and 99999.</source>
        <translation>排序号必须在 0 到 99999 之间。</translation>
    </message>
    <message>
        <source>Choose the department the brand belongs to.</source>
        <translation>请选择该品牌所属部门。</translation>
    </message>
    <message>
        <source>The brand needs a name.</source>
        <translation>请填写品牌名称。</translation>
    </message>
</context>
<context>
    <name>branddesk::BrandEditorDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Service brand</source>
        <translation>服务品牌</translation>
    </message>
    <message>
        <source>New service brand</source>
        <translation>新增服务品牌</translation>
    </message>
    <message>
        <source>Service brand — %1</source>
        <translation>服务品牌 — %1</translation>
    </message>
    <message>
        <source>The brand was not saved</source>
        <translation>服务品牌未保存</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The brand has changes that are not saved. Save them before closing?</source>
        <translation>该服务品牌有尚未保存的更改。是否在关闭前保存？</translation>
    </message>
</context>
<context>
    <name>branddesk::BrandLogoPage</name>
    <message>
        <source>Choose the brand logo</source>
        <translation>选择品牌标识</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>图片文件 (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>The logo was not accepted</source>
        <translation>无法采用该标识</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>无标识</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, from a %3 file.</source>
        <translation>%1 × %2 像素，来自 %3 文件。</translation>
    </message>
</context>
<context>
    <name>branddesk::BrandNamePage</name>
    <message>
        <source>— choose a department —</source>
        <translation>— 请选择部门 —</translation>
    </message>
    <message>
        <source>(inactive department #%1)</source>
        <translation>（停用部门 #%1）</translation>
    </message>
    <message>
        <source>%1 characters; a memorable name has %2–%3.</source>
        <translation>%1 个字；易记的名称一般为 %2–%3 个字。</translation>
    </message>
</context>
<context>
    <name>branddesk::BrandService</name>
    <message>
        <source>A brand named "%1" already exists.</source>
        <translation>已存在名为“%1”的服务品牌。</translation>
    </message>
</context>
<context>
    <name>branddesk::BrandTableModel</name>
    <message>
        <source>Yes</source>
        <translation>有</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>已齐全</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s): %1</source>
        <translation>
            <numerusform>%n 项：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>服务品牌</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>品牌标识</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>完整度</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>缺项</translation>
    </message>
</context>
<context>
    <name>branddesk::BrandsView</name>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>&amp;New brand</source>
        <translation>新增服务品牌(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>Service brands</source>
        <translation>服务品牌</translation>
    </message>
    <message>
        <source>%1 brands, %2 meet all five standards; %3 shown.</source>
        <translation>共 %1 个服务品牌，其中 %2 个符合全部五项标准；当前显示 %3 个。</translation>
    </message>
    <message numerus="yes">
        <source>%n department(s) have no service brand yet: %1. Every department must build at least one.</source>
        <translation>
            <numerusform>%n 个部门尚无服务品牌：%1。每个部门都至少要培育打造一项服务品牌。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Delete brand</source>
        <translation>删除服务品牌</translation>
    </message>
    <message>
        <source>Delete the brand %1 of %2, with its logo and every field? This cannot be undone.</source>
        <translation>确定删除%2的服务品牌“%1”及其标识和全部内容吗？此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>branddesk::CompletenessWidget</name>
    <message>
        <source>%p% complete</source>
        <translation>已完成 %p%</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checklist of the five standards&lt;/b&gt;</source>
        <translation>&lt;b&gt;五项标准对照清单&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1  (%2/%3)</source>
        <translation>%1（%2/%3）</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>已达到</translation>
    </message>
    <message>
        <source>Every item of the five standards is met.</source>
        <translation>五项标准各项均已达到。</translation>
    </message>
    <message>
        <source>%1 of %2 items still missing.</source>
        <translation>共 %2 项，尚缺 %1 项。</translation>
    </message>
</context>
<context>
    <name>branddesk::DepartmentDialog</name>
    <message>
        <source>e.g. 常州市发展和改革委员会</source>
        <translation>例如：常州市发展和改革委员会</translation>
    </message>
    <message>
        <source>e.g. 0519-85680780</source>
        <translation>例如：0519-85680780</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Edit department — %1</source>
        <translation>编辑部门 — %1</translation>
    </message>
    <message>
        <source>New department</source>
        <translation>新增部门</translation>
    </message>
    <message>
        <source>The department was not saved</source>
        <translation>部门未保存</translation>
    </message>
</context>
<context>
    <name>branddesk::DepartmentService</name>
    <message>
        <source>A department named "%1" already exists.</source>
        <translation>已存在名为“%1”的部门。</translation>
    </message>
    <message>
        <source>This department has brand records and cannot be deleted. Deactivate it instead: its records are kept and it leaves the lists.</source>
        <translation>该部门已有服务品牌记录，不能删除。可改为停用：停用后其记录仍予保留，但不再列入各类列表。</translation>
    </message>
</context>
<context>
    <name>branddesk::DepartmentTableModel</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No brand</source>
        <translation>无品牌</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Every department must build at least one service brand (每个部门都至少要培育打造一项服务品牌).</source>
        <translation>每个部门都至少要培育打造一项服务品牌。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Enterprise-facing</source>
        <translation>涉企</translation>
    </message>
    <message>
        <source>Supervises intermediaries</source>
        <translation>主管中介</translation>
    </message>
    <message>
        <source>Principal leader</source>
        <translation>主要领导</translation>
    </message>
    <message>
        <source>Leader in charge</source>
        <translation>分管领导</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Brands</source>
        <translation>服务品牌</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>完整度</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>branddesk::DepartmentsView</name>
    <message>
        <source>&amp;New department</source>
        <translation>新增部门(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>New &amp;brand for this department</source>
        <translation>为本部门新增服务品牌(&amp;B)</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>启用(&amp;A)</translation>
    </message>
    <message>
        <source>%1 active departments, %2 shown.</source>
        <translation>在用部门 %1 个，当前显示 %2 个。</translation>
    </message>
    <message>
        <source>&lt;span style="color:#c01f2f"&gt;%1 have no service brand yet.&lt;/span&gt;</source>
        <translation>&lt;span style="color:#c01f2f"&gt;%1 个部门尚无服务品牌。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Edit department %1</source>
        <translation>编辑部门“%1”</translation>
    </message>
    <message>
        <source>Reactivate %1</source>
        <translation>启用部门“%1”</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>停用部门“%1”</translation>
    </message>
    <message>
        <source>Delete department</source>
        <translation>删除部门</translation>
    </message>
    <message>
        <source>%1 has brand records, so it cannot be deleted. Deactivate it instead (Ctrl+D): its records are kept and it leaves the lists.</source>
        <translation>“%1”已有服务品牌记录，不能删除。可改为停用（Ctrl+D）：停用后其记录仍予保留，但不再列入各类列表。</translation>
    </message>
    <message>
        <source>Delete %1? It has no records yet.</source>
        <translation>确定删除“%1”吗？该部门尚无任何记录。</translation>
    </message>
</context>
<context>
    <name>branddesk::MainWindow</name>
    <message>
        <source>BrandDesk — service brand supervision</source>
        <translation>服务品牌督查台</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Service brands</source>
        <translation>服务品牌</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About BrandDesk</source>
        <translation>关于服务品牌督查台(&amp;A)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>今天：%1</translation>
    </message>
    <message>
        <source>About BrandDesk</source>
        <translation>关于服务品牌督查台</translation>
    </message>
    <message>
        <source>BrandDesk %1 — the service brand supervision desk of the work-style construction office.
Licensed under the GNU GPL, version 3 or later.</source>
        <translation>服务品牌督查台 %1 — 机关作风建设领导小组办公室服务品牌督查工具。
依据 GNU GPL 第 3 版或更高版本授权使用。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>The screenshot could not be written to %1.</source>
        <translation>无法将截图写入 %1。</translation>
    </message>
    <message>
        <source>--demo writes a new database, but %1 already exists. Choose a new file name.</source>
        <translation>--demo 会新建数据库，但 %1 已存在。请另选文件名。</translation>
    </message>
    <message>
        <source>BrandDesk cannot open the database</source>
        <translation>服务品牌督查台无法打开数据库</translation>
    </message>
    <message>
        <source>demo clerk</source>
        <translation>演示办事员</translation>
    </message>
    <message>
        <source>BrandDesk — service brand supervision desk</source>
        <translation>服务品牌督查台（BrandDesk）</translation>
    </message>
    <message>
        <source>Open the database at &lt;path&gt;.</source>
        <translation>打开位于 &lt;path&gt; 的数据库。</translation>
    </message>
    <message>
        <source>Open a freshly generated demo database.</source>
        <translation>打开新生成的演示数据库。</translation>
    </message>
    <message>
        <source>Language: zh_CN (default) or en.</source>
        <translation>界面语言：zh_CN（默认）或 en。</translation>
    </message>
    <message>
        <source>Render the main window (1280×800) to a PNG &lt;file&gt; and exit.</source>
        <translation>将主窗口（1280×800）渲染为 PNG 图片 &lt;file&gt; 后退出。</translation>
    </message>
    <message>
        <source>Area to show: %1.</source>
        <translation>要显示的区域：%1。</translation>
    </message>
    <message>
        <source>Pretend today is &lt;date&gt; (YYYY-MM-DD).</source>
        <translation>以 &lt;date&gt;（YYYY-MM-DD）作为今天的日期。</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
    <message>
        <source>Unknown language %1; use zh_CN or en.</source>
        <translation>未知语言 %1；请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Unknown view %1; known views: %2.</source>
        <translation>未知视图 %1；可用视图：%2。</translation>
    </message>
    <message>
        <source>The date %1 is not valid; write it as YYYY-MM-DD.</source>
        <translation>日期 %1 无效；请按 YYYY-MM-DD 格式填写。</translation>
    </message>
</context>
</TS>
