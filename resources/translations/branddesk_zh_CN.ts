<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ActivitiesTab</name>
    <message>
        <source>Fro&amp;m</source>
        <translation>从(&amp;M)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
</context>
<context>
    <name>ActivityEntryDialog</name>
    <message>
        <source>Record enterprise-service activities</source>
        <translation>登记服务企业活动</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>Type part of the name or the short name, then Enter</source>
        <translation>输入全称或简称的一部分，然后按回车</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>活动类型(&amp;A)：</translation>
    </message>
    <message>
        <source>Where the department went</source>
        <translation>部门走访的去向</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>送政策</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>送科技</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>送信息</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>送项目</translation>
    </message>
    <message>
        <source>Talent</source>
        <translation>送人才</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>至(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Enterprise / zone / project:</source>
        <translation>企业/开发区/重点工程(&amp;E)：</translation>
    </message>
    <message>
        <source>A remembered name is offered as you type</source>
        <translation>输入时会提示已登记过的名称</translation>
    </message>
    <message>
        <source>&amp;Leading official:</source>
        <translation>带队领导(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>参加人员(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>取得成效(&amp;O)：</translation>
    </message>
    <message>
        <source>Save and &amp;next (Ctrl+Enter)</source>
        <translation>保存并录入下一条(&amp;N)（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>&amp;Save and close (Ctrl+S)</source>
        <translation>保存并关闭(&amp;S)（Ctrl+S）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>日期(&amp;T)：</translation>
    </message>
    <message>
        <source>Desc&amp;ription:</source>
        <translation>活动内容(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>ActivityKind</name>
    <message>
        <source>Director&apos;s direct line</source>
        <translation>局长直通车</translation>
    </message>
    <message>
        <source>Five deliveries</source>
        <translation>五送</translation>
    </message>
    <message>
        <source>Concentrated week</source>
        <translation>集中攻坚</translation>
    </message>
    <message>
        <source>Three into</source>
        <translation>三进</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>送科技</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>送信息</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>送项目</translation>
    </message>
    <message>
        <source>Talent</source>
        <translation>送人才</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>送政策</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>用户名(&amp;N)：</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>角色(&amp;O)：</translation>
    </message>
    <message>
        <source>Initial &amp;password:</source>
        <translation>初始密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>确认密码(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>Arguments</name>
    <message>
        <source>action</source>
        <comment>an argument&apos;s name in --help</comment>
        <translation>操作</translation>
    </message>
    <message>
        <source>document</source>
        <comment>an argument&apos;s name in --help</comment>
        <translation>文档</translation>
    </message>
    <message>
        <source>report</source>
        <comment>an argument&apos;s name in --help</comment>
        <translation>通报</translation>
    </message>
    <message>
        <source>file</source>
        <comment>an argument&apos;s name in --help</comment>
        <translation>文件</translation>
    </message>
    <message>
        <source>what</source>
        <comment>an argument&apos;s name in --help</comment>
        <translation>导入内容</translation>
    </message>
    <message>
        <source>name</source>
        <comment>an argument&apos;s name in --help</comment>
        <translation>账户名</translation>
    </message>
    <message>
        <source>command</source>
        <comment>an argument&apos;s name in --help</comment>
        <translation>命令</translation>
    </message>
</context>
<context>
    <name>AssessmentCalculator</name>
    <message>
        <source>%1 of %2 weekly reports on time</source>
        <translation>按时报送周报%1周，应报%2周</translation>
    </message>
    <message>
        <source>%1 of %2 milestones due done on time</source>
        <translation>到期阶段任务%2项，按时完成%1项</translation>
    </message>
    <message>
        <source>%1 of %2 checks met, %3 rectification(s) overdue</source>
        <translation>检查项%2项，达标%1项，整改逾期%3项</translation>
    </message>
    <message>
        <source>not an enterprise-facing department</source>
        <translation>非涉企部门</translation>
    </message>
    <message>
        <source>%1 of %2 quarters with a concentrated week, %3 of %4 problems solved on time</source>
        <translation>应开展集中攻坚%2个季度，完成%1个；到期难题%4个，按时解决%3个</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>on time %1 of %2, satisfied %3 of %4</source>
        <translation>按时办结%1/%2件，回访满意%3/%4人</translation>
    </message>
    <message>
        <source>score %1 entered</source>
        <translation>录入得分%1</translation>
    </message>
    <message>
        <source>no score entered</source>
        <translation>未录入得分</translation>
    </message>
    <message>
        <source>%1 × %2% = %3</source>
        <translation>%1 × %2% = %3</translation>
    </message>
    <message>
        <source>%1 at or below %2%: 0</source>
        <translation>%1不高于%2%：0分</translation>
    </message>
    <message>
        <source>%1 at or above %2%: full marks %3</source>
        <translation>%1不低于%2%：满分%3</translation>
    </message>
    <message>
        <source>%1 × (%2 − %3) ÷ (%4 − %3) = %5</source>
        <translation>%1 × (%2 − %3) ÷ (%4 − %3) = %5</translation>
    </message>
    <message>
        <source>; less %1 × %2 overdue = %3</source>
        <translation>；扣除%1 × 逾期%2项 = %3</translation>
    </message>
    <message>
        <source>The bonus items of a department may add up to %1 points a year; %2 are entered, so %3 more would exceed the cap by %4.</source>
        <translation>每个部门每年加分累计不超过%1分；已录入%2分，再加%3分将超出上限%4分。</translation>
    </message>
    <message>
        <source>The deduction items of a department may add up to %1 points a year; %2 are entered, so %3 more would exceed the cap by %4.</source>
        <translation>每个部门每年扣分累计不超过%1分；已录入%2分，再扣%3分将超出上限%4分。</translation>
    </message>
</context>
<context>
    <name>AssessmentDocuments</name>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 weight shared out</source>
        <translation>%1权重已分摊</translation>
    </message>
    <message>
        <source>%1 no data</source>
        <translation>%1暂无数据</translation>
    </message>
    <message>
        <source>bonus capped</source>
        <translation>加分已封顶</translation>
    </message>
    <message>
        <source>deduction capped</source>
        <translation>扣分已封顶</translation>
    </message>
    <message>
        <source>changed after finalising</source>
        <translation>定稿后记录有变动</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门（单位）</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>加分</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>扣分</translation>
    </message>
    <message>
        <source>Veto</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>类内排名</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等次</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Assessment %1</source>
        <translation>%1年度考核</translation>
    </message>
    <message>
        <source>Report on the results of the %1 annual work-style assessment of the departments</source>
        <translation>关于%1年度市级机关部门（单位）机关作风建设年度考核结果的通报</translation>
    </message>
    <message>
        <source>To all municipal departments and units:</source>
        <translation>各市级机关部门（单位）：</translation>
    </message>
    <message>
        <source>The annual work-style assessment of %1 is concluded, on the records as of %2. Its results are reported as follows.</source>
        <translation>%1年度机关作风建设年度考核工作已经结束（数据截至%2），现将考核结果通报如下。</translation>
    </message>
    <message>
        <source>The annual work-style assessment of %1 is not yet finalised; the figures below are a preview as of %2.</source>
        <translation>%1年度机关作风建设年度考核尚未定稿，以下为截至%2的预览结果。</translation>
    </message>
    <message>
        <source>1. Results</source>
        <translation>一、考核结果</translation>
    </message>
    <message>
        <source>2. Grades</source>
        <translation>二、考核等次</translation>
    </message>
    <message>
        <source>No department is graded %1.</source>
        <translation>本年度无部门（单位）评为%1等次。</translation>
    </message>
    <message>
        <source>Graded %1: %2.</source>
        <translation>评为%1等次的部门（单位）：%2。</translation>
    </message>
    <message>
        <source>Tied at the edge of the %1 quota (%2% of each category), for the office to decide: %3.</source>
        <translation>以下部门（单位）在%1等次名额（各类别%2%）边缘并列，由领导小组办公室研究确定：%3。</translation>
    </message>
    <message>
        <source>%1 (%2, %3 points)</source>
        <translation>%1（%2，%3分）</translation>
    </message>
    <message>
        <source>Last of their category: %1. They are to analyse the causes and report their measures for improvement.</source>
        <translation>各类别排名末位的部门（单位）：%1。请认真分析原因，并报送整改措施。</translation>
    </message>
    <message>
        <source>%1 is graded %2 by veto: %3.</source>
        <translation>%1因一票否决事项评为%2等次：%3。</translation>
    </message>
    <message>
        <source>3. How the scores were formed</source>
        <translation>三、计分说明</translation>
    </message>
    <message>
        <source>%1 %2 points (%3)</source>
        <translation>%1 %2分（%3）</translation>
    </message>
    <message>
        <source>Parts: %1. For a department that is not enterprise-facing, and for a part without data, the part&apos;s weight is shared out over the other parts pro rata. Bonus at most %2 points, deduction at most %3. Figures are rounded to two decimals.</source>
        <translation>考核内容：%1。非涉企部门的服务企业项目及暂无数据的项目，其权重按比例分摊到其余项目。加分不超过%2分，扣分不超过%3分。分数保留两位小数。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>veto</source>
        <translation>一票否决</translation>
    </message>
</context>
<context>
    <name>AssessmentInput</name>
    <message>
        <source>Bonus</source>
        <translation>加分</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>扣分</translation>
    </message>
    <message>
        <source>Veto</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>Social appraisal score</source>
        <translation>社会评议得分</translation>
    </message>
    <message>
        <source>bonus, deduction or veto items</source>
        <translation>加分、扣分或一票否决事项</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
</context>
<context>
    <name>AssessmentItemDialog</name>
    <message>
        <source>Assessment item</source>
        <translation>考核事项</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>事由(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>依据(&amp;E)：</translation>
    </message>
    <message>
        <source>Document number or record that proves it</source>
        <translation>文号或证明材料</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>分值(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>AssessmentReportDialog</name>
    <message>
        <source>Assessment report</source>
        <translation>考核结果通报</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>发文机关(&amp;I)：</translation>
    </message>
    <message>
        <source>Document &amp;number:</source>
        <translation>发文字号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>成文日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>预览(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>另存为 &amp;PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>AssessmentRepository</name>
    <message>
        <source>the assessment could not be read</source>
        <translation>无法读取年度考核</translation>
    </message>
    <message>
        <source>the assessment item could not be saved</source>
        <translation>无法保存考核事项</translation>
    </message>
    <message>
        <source>The assessment item no longer exists; someone may have deleted it.</source>
        <translation>该考核事项已不存在，可能已被他人删除。</translation>
    </message>
    <message>
        <source>Someone else changed or deleted this item after you opened it. Reopen it to see their changes.</source>
        <translation>您打开该事项后，他人已修改或删除了它。请重新打开以查看其修改。</translation>
    </message>
    <message>
        <source>the assessment item could not be deleted</source>
        <translation>无法删除考核事项</translation>
    </message>
    <message>
        <source>The assessment of %1 was finalised meanwhile by %2.</source>
        <translation>%1年度考核已由%2定稿。</translation>
    </message>
    <message>
        <source>the assessment could not be finalised</source>
        <translation>无法定稿年度考核</translation>
    </message>
    <message>
        <source>the assessment could not be reopened</source>
        <translation>无法重新打开年度考核</translation>
    </message>
    <message>
        <source>The assessment of %1 is not finalised.</source>
        <translation>%1年度考核尚未定稿。</translation>
    </message>
</context>
<context>
    <name>AssessmentResult</name>
    <message>
        <source>%1 / %2 (tied at the quota)</source>
        <translation>%1／%2（名额边缘并列）</translation>
    </message>
    <message>
        <source>%1: %2. Rule: %3. Weight %4%5: %6 points (%7).</source>
        <translation>%1：%2。计分规则：%3。权重%4%5：得%6分（%7）。</translation>
    </message>
    <message>
        <source>, shared out to %1</source>
        <translation>，分摊后为%1</translation>
    </message>
    <message>
        <source>%1: %2 — not scored; its weight %3 is shared out over the other parts.</source>
        <translation>%1：%2——不计分，其权重%3分摊到其余项目。</translation>
    </message>
    <message>
        <source>no data yet (%1)</source>
        <translation>暂无数据（%1）</translation>
    </message>
    <message>
        <source>Redistribution: the weights of %1 (%2 in all) are shared out pro rata: each scored part&apos;s weight × 100 ÷ %3.</source>
        <translation>权重分摊：%1的权重（共%2）按比例分摊，各计分项目权重 × 100 ÷ %3。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Parts: %1 points.</source>
        <translation>各项目合计：%1分。</translation>
    </message>
    <message>
        <source>%1 %2%3: %4 (evidence: %5).</source>
        <translation>%1 %2%3：%4（依据：%5）。</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Bonus entered %1, counted up to the cap of %2.</source>
        <translation>录入加分%1，按上限%2计。</translation>
    </message>
    <message>
        <source>Deduction entered %1, counted up to the cap of %2.</source>
        <translation>录入扣分%1，按上限%2计。</translation>
    </message>
    <message>
        <source>Total: %1 + %2 − %3 = %4.</source>
        <translation>总分：%1 + %2 − %3 = %4。</translation>
    </message>
    <message>
        <source>Rank %1 of %2 in %3.</source>
        <translation>在%3中排名第%1（共%2个）。</translation>
    </message>
    <message>
        <source>Veto: %1 — the grade is %2 whatever the score.</source>
        <translation>一票否决：%1——无论得分多少，等次为%2。</translation>
    </message>
    <message>
        <source>Grade: %1 (the band of the total).</source>
        <translation>等次：%1（按总分所在分数段）。</translation>
    </message>
    <message>
        <source>Grade: %1, within the quota of %2 for the category (%3%).</source>
        <translation>等次：%1，在本类别%2个名额（%3%）之内。</translation>
    </message>
    <message>
        <source>The total reaches %1, but the quota of the category is %2 (%3%) and this rank is beyond it: grade %4.</source>
        <translation>总分达到%1分数段，但本类别名额为%2个（%3%），该排名超出名额：等次为%4。</translation>
    </message>
    <message>
        <source>The total reaches %1 and is tied with others at the edge of the quota of %2 (%3%): the office decides which of them get it.</source>
        <translation>总分达到%1分数段，且与其他部门在%2个名额（%3%）的边缘并列：由领导小组办公室研究确定。</translation>
    </message>
    <message>
        <source>Records changed after finalising (not counted): %1.</source>
        <translation>定稿后记录有变动（不计入）：%1。</translation>
    </message>
</context>
<context>
    <name>AssessmentScheme</name>
    <message>
        <source>must be a number such as 20 or &quot;12.5&quot;.</source>
        <translation>必须是数字，如 20 或 &quot;12.5&quot;。</translation>
    </message>
    <message>
        <source>must lie between %1 and %2.</source>
        <translation>必须在%1到%2之间。</translation>
    </message>
    <message>
        <source>may have at most two decimals.</source>
        <translation>最多保留两位小数。</translation>
    </message>
    <message>
        <source>must be an object such as { &quot;named&quot;: 100, &quot;typical&quot;: 85, &quot;entered&quot;: 70, &quot;none&quot;: 50 }.</source>
        <translation>必须是对象，如 { &quot;named&quot;: 100, &quot;typical&quot;: 85, &quot;entered&quot;: 70, &quot;none&quot;: 50 }。</translation>
    </message>
    <message>
        <source>is not a level; the levels are named, typical, entered and none.</source>
        <translation>不是有效等级；等级为 named、typical、entered 和 none。</translation>
    </message>
    <message>
        <source>only the evaluation part scores by levels; a rate scores between floor and full.</source>
        <translation>只有品牌评选项目按等级计分；比率项目按 floor 和 full 之间线性计分。</translation>
    </message>
    <message>
        <source>must be above the floor (%1).</source>
        <translation>必须高于 floor（%1）。</translation>
    </message>
    <message>
        <source>only the inspections part takes points off per overdue rectification.</source>
        <translation>只有督查项目按逾期整改扣分。</translation>
    </message>
    <message>
        <source>must list at least two grades, best first, such as { &quot;name&quot;: &quot;优秀&quot;, &quot;min&quot;: 90 }.</source>
        <translation>必须至少列出两个等次，从高到低，如 { &quot;name&quot;: &quot;优秀&quot;, &quot;min&quot;: 90 }。</translation>
    </message>
    <message>
        <source>must name the grade.</source>
        <translation>必须填写等次名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation>“%1”重复列出。</translation>
    </message>
    <message>
        <source>must be below the minimum of the grade before it (%1).</source>
        <translation>必须低于上一等次的最低分（%1）。</translation>
    </message>
    <message>
        <source>the last grade must start at 0, so every total has a grade.</source>
        <translation>最后一个等次必须从0分起，使每个总分都有等次。</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>信息报送</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>阶段任务</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>督查</translation>
    </message>
    <message>
        <source>Enterprise service</source>
        <translation>服务企业</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>品牌评选</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>监督热线</translation>
    </message>
    <message>
        <source>Social appraisal</source>
        <translation>社会评议</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>未参评</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>参评</translation>
    </message>
    <message>
        <source>typical</source>
        <translation>典型</translation>
    </message>
    <message>
        <source>named</source>
        <translation>命名</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>levels: %1 of the weight</source>
        <translation>按等级：%1（占权重比例）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>linear: %1% or less scores 0, %2% or more full marks</source>
        <translation>线性：%1%及以下得0分，%2%及以上得满分</translation>
    </message>
    <message>
        <source>; %1 off per overdue rectification</source>
        <translation>；每项逾期整改扣%1分</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>必须是对象。</translation>
    </message>
    <message>
        <source>must list at least one part.</source>
        <translation>必须至少列出一个考核项目。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a part; the parts are reports, milestones, inspections, enterprise, evaluation, hotline and social.</source>
        <translation>“%1”不是考核项目；项目为 reports、milestones、inspections、enterprise、evaluation、hotline 和 social。</translation>
    </message>
    <message>
        <source>the weights must add up to 100 (now %1).</source>
        <translation>各项权重之和必须为100（现为%1）。</translation>
    </message>
    <message>
        <source>must be a list of texts.</source>
        <translation>必须是文字列表。</translation>
    </message>
    <message>
        <source>must be a text naming the item.</source>
        <translation>必须是说明事项的文字。</translation>
    </message>
</context>
<context>
    <name>AssessmentService</name>
    <message>
        <source>The database holds no campaign yet.</source>
        <translation>数据库中还没有活动。</translation>
    </message>
    <message>
        <source>The assessment of %1 was not finalised, and the current campaign is of %2: only the current campaign&apos;s year can be computed from the records.</source>
        <translation>%1年度考核未定稿，而当前活动为%2年：只能根据记录计算当前活动年度的考核。</translation>
    </message>
    <message>
        <source>the finalised assessment of %1</source>
        <translation>%1年度已定稿的考核</translation>
    </message>
    <message>
        <source>The assessment of %1 is finalised; an administrator must reopen it before it can change.</source>
        <translation>%1年度考核已定稿；须由管理员重新打开后才能修改。</translation>
    </message>
    <message>
        <source>Choose the department.</source>
        <translation>请选择部门。</translation>
    </message>
    <message>
        <source>Choose the veto item.</source>
        <translation>请选择一票否决事项。</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>请填写事由。</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters.</source>
        <translation>事由超过%1个字符。</translation>
    </message>
    <message>
        <source>The evidence is longer than %1 characters.</source>
        <translation>依据超过%1个字符。</translation>
    </message>
    <message>
        <source>Points may have at most two decimals.</source>
        <translation>分值最多保留两位小数。</translation>
    </message>
    <message>
        <source>The points must be more than 0.</source>
        <translation>分值必须大于0。</translation>
    </message>
    <message>
        <source>A social appraisal score lies between 0 and 100.</source>
        <translation>社会评议得分应在0到100之间。</translation>
    </message>
    <message>
        <source>%1 already has a social appraisal score for %2; change that one.</source>
        <translation>%1已有%2年度社会评议得分，请修改原有得分。</translation>
    </message>
    <message>
        <source>The assessment of %1 is not finalised.</source>
        <translation>%1年度考核尚未定稿。</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>Items entered by hand:</source>
        <translation>手工录入事项：</translation>
    </message>
</context>
<context>
    <name>AuditEntry</name>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>AuditHistoryDialog</name>
    <message>
        <source>History</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>操作记录(&amp;H)…</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <source>Full name</source>
        <translation>全称</translation>
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
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>排序号</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Service brand</source>
        <translation>服务品牌</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Department (number)</source>
        <translation>部门（编号）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Logo (fingerprint)</source>
        <translation>品牌标识（指纹）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Week (Monday)</source>
        <translation>周次（周一）</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>报送方式</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>Typical practice</source>
        <translation>典型做法</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Weekly report</source>
        <translation>周报</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>Rectification demand (number %1)</source>
        <translation>整改要求（第%1项）</translation>
    </message>
    <message>
        <source>Inspection date</source>
        <translation>督查日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>督查类型</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>督查人员</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>督查</translation>
    </message>
    <message>
        <source>Enterprise, zone or project</source>
        <translation>企业、开发区或项目</translation>
    </message>
    <message>
        <source>Enterprise (number)</source>
        <translation>企业（编号）</translation>
    </message>
    <message>
        <source>Raised at activity (number)</source>
        <translation>提出难题的活动（编号）</translation>
    </message>
    <message>
        <source>Went into</source>
        <translation>深入对象</translation>
    </message>
    <message>
        <source>Delivered (五送)</source>
        <translation>“五送”内容</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Leading official</source>
        <translation>带队领导</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>成效</translation>
    </message>
    <message>
        <source>Responsible leader</source>
        <translation>责任领导</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>工作班子</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>解决期限</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Solved on</source>
        <translation>解决日期</translation>
    </message>
    <message>
        <source>Campaign (number)</source>
        <translation>活动（编号）</translation>
    </message>
    <message>
        <source>Round (number)</source>
        <translation>评选轮次（编号）</translation>
    </message>
    <message>
        <source>Entry (number)</source>
        <translation>参评品牌（编号）</translation>
    </message>
    <message>
        <source>Service brand (number)</source>
        <translation>服务品牌（编号）</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>申报日期</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>申报材料</translation>
    </message>
    <message>
        <source>Declaration file</source>
        <translation>申报文件</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Not familiar (invalid)</source>
        <translation>不了解（无效）</translation>
    </message>
    <message>
        <source>Typical brand</source>
        <translation>典型品牌</translation>
    </message>
    <message>
        <source>Selected on</source>
        <translation>确定日期</translation>
    </message>
    <message>
        <source>Named on</source>
        <translation>命名日期</translation>
    </message>
    <message>
        <source>Naming document number</source>
        <translation>命名文号</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Enterprise-service activity</source>
        <translation>服务企业活动</translation>
    </message>
    <message>
        <source>Enterprise problem</source>
        <translation>企业难题</translation>
    </message>
    <message>
        <source>Evaluation round</source>
        <translation>评选轮次</translation>
    </message>
    <message>
        <source>Evaluation entry</source>
        <translation>参评品牌</translation>
    </message>
    <message>
        <source>Evaluation expert</source>
        <translation>评审专家</translation>
    </message>
    <message>
        <source>Publicity record</source>
        <translation>宣传记录</translation>
    </message>
    <message>
        <source>Hotline ticket</source>
        <translation>热线工单</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>工单编号</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <source>Caller&apos;s phone (masked)</source>
        <translation>来电人电话（已隐藏）</translation>
    </message>
    <message>
        <source>Keep confidential</source>
        <translation>保密</translation>
    </message>
    <message>
        <source>Assigned on</source>
        <translation>交办日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Signed for at</source>
        <translation>签收时间</translation>
    </message>
    <message>
        <source>Extended to</source>
        <translation>延期至</translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation>延期理由</translation>
    </message>
    <message>
        <source>Returns and reassignments</source>
        <translation>退单与改派</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <source>Follow-up calls</source>
        <translation>回访次数</translation>
    </message>
    <message>
        <source>Caller reached</source>
        <translation>联系上来电人</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Follow-up note</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <source>Followed up on</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>Repeats ticket (number)</source>
        <translation>重复来电的原工单（编号）</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Finalised by</source>
        <translation>定稿人</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Assessment item</source>
        <translation>考核事项</translation>
    </message>
    <message>
        <source>Assessment year</source>
        <translation>年度考核定稿</translation>
    </message>
    <message>
        <source>Reminder sent</source>
        <translation>催报记录</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The change was not saved: it was not recorded in the audit log.</source>
        <translation>更改未保存：未能将其记入审计日志。</translation>
    </message>
    <message>
        <source>Nobody is signed in. Sign in to make changes.</source>
        <translation>当前无人登录。请登录后再进行修改。</translation>
    </message>
    <message>
        <source>%1: “%2” → “%3”</source>
        <translation>%1：“%2” → “%3”</translation>
    </message>
    <message>
        <source>%1 changed it at %2 — %3</source>
        <translation>%1 于 %2 作了修改 — %3</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Changed meanwhile:</source>
        <translation>期间的修改：</translation>
    </message>
    <message>
        <source>Audit entries %1 to %2 are missing: they were removed outside BrandDesk.</source>
        <translation>审计日志第 %1 至 %2 条缺失：已在服务品牌督查台之外被删除。</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow the entry before it: the log was changed outside BrandDesk.</source>
        <translation>审计日志第 %1 条与前一条不衔接：日志已在服务品牌督查台之外被改动。</translation>
    </message>
    <message>
        <source>Audit entry %1 (%2, %3) was altered outside BrandDesk: its content no longer matches its hash.</source>
        <translation>审计日志第 %1 条（%2，%3）已在服务品牌督查台之外被改动：其内容与哈希值不再相符。</translation>
    </message>
    <message>
        <source>The last audit entries (from %1 to %2) are missing: they were removed outside BrandDesk.</source>
        <translation>最后几条审计日志（第 %1 至 %2 条）缺失：已在服务品牌督查台之外被删除。</translation>
    </message>
</context>
<context>
    <name>AuditRepository</name>
    <message>
        <source>the audit log could not be read</source>
        <translation>无法读取审计日志</translation>
    </message>
    <message>
        <source>the change could not be recorded in the audit log</source>
        <translation>无法将更改记入审计日志</translation>
    </message>
</context>
<context>
    <name>BackupFile</name>
    <message>
        <source>daily</source>
        <translation>每日备份</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>升级前备份</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>导入前备份</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>恢复前备份</translation>
    </message>
    <message>
        <source>damaged file</source>
        <translation>损坏的文件</translation>
    </message>
</context>
<context>
    <name>BackupManager</name>
    <message>
        <source>The backup folder %1 could not be created.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>The backup copy failed its integrity check, so it was not kept. The database may be damaged.</source>
        <translation>备份副本未通过完整性检查，未予保留。数据库可能已损坏。</translation>
    </message>
    <message>
        <source>The old backup %1 could not be deleted.</source>
        <translation>无法删除旧备份 %1。</translation>
    </message>
    <message>
        <source>The backup is damaged and cannot be restored.</source>
        <translation>该备份已损坏，无法恢复。</translation>
    </message>
    <message>
        <source>The file is not a BrandDesk backup.</source>
        <translation>该文件不是服务品牌督查台的备份。</translation>
    </message>
    <message>
        <source>The backup was written by a newer version of BrandDesk. Please update BrandDesk first.</source>
        <translation>该备份由更高版本的服务品牌督查台写入。请先升级服务品牌督查台。</translation>
    </message>
    <message>
        <source>The file %1 could not be removed.</source>
        <translation>无法删除文件 %1。</translation>
    </message>
    <message>
        <source>The backup was cancelled; no backup was kept.</source>
        <translation>备份已取消，未保留任何备份文件。</translation>
    </message>
</context>
<context>
    <name>BackupStore</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>the file %1 could not be opened</source>
        <translation>无法打开文件 %1</translation>
    </message>
    <message>
        <source>the backup copy could not be written</source>
        <translation>无法写入备份副本</translation>
    </message>
    <message>
        <source>the integrity check failed</source>
        <translation>完整性检查未通过</translation>
    </message>
    <message>
        <source>the foreign key check failed</source>
        <translation>外键检查未通过</translation>
    </message>
    <message>
        <source>the file %1 could not be read</source>
        <translation>无法读取文件 %1</translation>
    </message>
</context>
<context>
    <name>BehindView</name>
    <message>
        <source>Search department or milestone… (Ctrl+F)</source>
        <translation>搜索部门或阶段任务…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Only &amp;overdue</source>
        <translation>仅显示逾期的(&amp;O)</translation>
    </message>
</context>
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
        <source>Standard 1, brand name: concise, easy to understand and to remember, and showing the department&apos;s functions and the spirit of the times.</source>
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
    <name>BulkLoad</name>
    <message>
        <source>the new database could not be written</source>
        <translation>无法写入新数据库</translation>
    </message>
</context>
<context>
    <name>BusyWork</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Campaign</name>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>Enterprise-facing departments</source>
        <translation>涉企部门</translation>
    </message>
    <message>
        <source>Departments supervising intermediaries</source>
        <translation>主管中介的部门</translation>
    </message>
    <message>
        <source>Administrative departments</source>
        <translation>行政部门</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message numerus="yes">
        <source>Done %n day(s) late</source>
        <translation>
            <numerusform>已完成（逾期 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>%n 天后到期</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>无截止日期</translation>
    </message>
</context>
<context>
    <name>CampaignDefinition</name>
    <message>
        <source>%1, line %2: %3: %4</source>
        <translation>%1 第 %2 行：%3：%4</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>缺少此项。</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>必须为文本。</translation>
    </message>
    <message>
        <source>is empty.</source>
        <translation>不能为空。</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2.</source>
        <translation>必须为 %1 到 %2 之间的整数。</translation>
    </message>
    <message>
        <source>The campaign definition %1 could not be read.</source>
        <translation>无法读取活动定义文件 %1。</translation>
    </message>
    <message>
        <source>The campaign definition %1 is larger than 4 MB.</source>
        <translation>活动定义文件 %1 超过 4 MB。</translation>
    </message>
    <message>
        <source>%1, line %2: the JSON is not valid (%3).</source>
        <translation>%1 第 %2 行：JSON 格式无效（%3）。</translation>
    </message>
    <message>
        <source>the definition must be a JSON object.</source>
        <translation>活动定义必须为 JSON 对象。</translation>
    </message>
    <message>
        <source>must be a weekday in English (monday … sunday).</source>
        <translation>必须为英文的星期名称（monday … sunday）。</translation>
    </message>
    <message>
        <source>must be a time like 23:59:59.</source>
        <translation>必须为时间，格式如 23:59:59。</translation>
    </message>
    <message>
        <source>is missing (the scoring rules of the evaluation).</source>
        <translation>缺少此项（评选的计分规则）。</translation>
    </message>
    <message>
        <source>must list at least one phase.</source>
        <translation>必须至少列出一个阶段。</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>必须为 JSON 对象。</translation>
    </message>
    <message>
        <source>an open phase (长期) without a start must follow another phase.</source>
        <translation>未设开始日期的长期阶段必须接在另一阶段之后。</translation>
    </message>
    <message>
        <source>the phase starts before the previous one ends.</source>
        <translation>该阶段在上一阶段结束之前就已开始。</translation>
    </message>
    <message>
        <source>only the last phase may be open-ended (长期).</source>
        <translation>只有最后一个阶段可以不设结束日期（长期）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice.</source>
        <translation>“%1”重复使用。</translation>
    </message>
    <message>
        <source>must be all, enterprise-facing, supervises-intermediaries or administrative.</source>
        <translation>必须为 all（全部部门）、enterprise-facing（涉企部门）、supervises-intermediaries（主管中介的部门）或 administrative（行政部门）。</translation>
    </message>
    <message>
        <source>a due date cannot be open-ended.</source>
        <translation>截止日期不能为长期。</translation>
    </message>
</context>
<context>
    <name>CampaignFigures</name>
    <message numerus="yes">
        <source>%n week(s) of reports missing</source>
        <translation>
            <numerusform>缺报周报%n周</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) late</source>
        <translation>
            <numerusform>迟报%n次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s) overdue</source>
        <translation>
            <numerusform>阶段任务逾期%n项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rectification(s) overdue</source>
        <translation>
            <numerusform>整改逾期%n项</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator: 、</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>The database holds no campaign yet.</source>
        <translation>数据库中还没有活动。</translation>
    </message>
    <message numerus="yes">
        <source>%n enterprise problem(s) overdue</source>
        <translation>
            <numerusform>企业难题逾期%n项</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem: %1 — %2</source>
        <translation>难题：%1 — %2</translation>
    </message>
</context>
<context>
    <name>CampaignRepository</name>
    <message>
        <source>the phases could not be read</source>
        <translation>无法读取活动阶段</translation>
    </message>
    <message>
        <source>the milestones could not be read</source>
        <translation>无法读取阶段任务</translation>
    </message>
    <message>
        <source>the campaigns could not be read</source>
        <translation>无法读取活动</translation>
    </message>
    <message>
        <source>the campaign could not be read</source>
        <translation>无法读取该活动</translation>
    </message>
    <message>
        <source>The campaign no longer exists.</source>
        <translation>该活动已不存在。</translation>
    </message>
    <message>
        <source>the campaign could not be saved</source>
        <translation>无法保存该活动</translation>
    </message>
    <message>
        <source>the current campaign could not be changed</source>
        <translation>无法更改当前活动</translation>
    </message>
    <message>
        <source>the phase could not be saved</source>
        <translation>无法保存该阶段</translation>
    </message>
    <message>
        <source>the milestone could not be saved</source>
        <translation>无法保存该阶段任务</translation>
    </message>
    <message>
        <source>The milestone no longer exists.</source>
        <translation>该阶段任务已不存在。</translation>
    </message>
</context>
<context>
    <name>CardListDialog</name>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>ChangeListener</name>
    <message>
        <source>the changes could not be read</source>
        <translation>无法读取更改</translation>
    </message>
</context>
<context>
    <name>CheckResult</name>
    <message>
        <source>Met</source>
        <translation>已达到</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation>基本达标</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未检查</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Backs up the database into the backups folder beside it, checks the copy and rotates the folder (14 daily, 8 weekly, 12 monthly backups are kept).</source>
        <translation>将数据库备份到其所在位置旁的备份文件夹，检查备份副本并轮换清理该文件夹（保留 14 份每日备份、8 份每周备份和 12 份每月备份）。</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <source>Back up the database now (checked, then rotated).</source>
        <translation>立即备份数据库（检查后轮换清理）。</translation>
    </message>
    <message>
        <source>Checks the database without changing it; exits with 1 when a check finds a problem.</source>
        <translation>检查数据库而不作任何更改；任一检查发现问题时以退出码 1 退出。</translation>
    </message>
    <message>
        <source>%1: could not be checked: %2</source>
        <translation>%1：无法检查：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s)</source>
        <translation>
            <numerusform>%1：%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: ok</source>
        <translation>%1：正常</translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity and references.</source>
        <translation>检查数据库的完整性和记录间引用。</translation>
    </message>
    <message>
        <source>Commands (run without a window):</source>
        <translation>命令（不打开窗口运行）：</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Imports departments from a CSV (UTF-8 or GB18030) or XLSX file. Without --apply it only shows what each row would do.</source>
        <translation>从 CSV（UTF-8 或 GB18030 编码）或 XLSX 文件导入部门。不加 --apply 时仅预览每一行将如何处理。</translation>
    </message>
    <message>
        <source>departments</source>
        <translation>departments（导入部门）</translation>
    </message>
    <message>
        <source>The file.</source>
        <translation>要导入的文件。</translation>
    </message>
    <message>
        <source>Write the rows (all or none).</source>
        <translation>写入各行（要么全部写入，要么一行也不写入）。</translation>
    </message>
    <message>
        <source>Sign in as &lt;name&gt; to write; the password is read from standard input.</source>
        <translation>以用户 &lt;name&gt; 登录后写入；密码从标准输入读取。</translation>
    </message>
    <message>
        <source>Usage: branddesk import departments FILE [--apply]</source>
        <translation>用法：branddesk import departments FILE [--apply]</translation>
    </message>
    <message>
        <source>--apply needs --user NAME (who is importing).</source>
        <translation>--apply 需要同时指定 --user NAME（执行导入的用户）。</translation>
    </message>
    <message>
        <source>%1 new, %2 to update, %3 unchanged, %4 with errors.</source>
        <translation>新增 %1 行，更新 %2 行，无变化 %3 行，有错误 %4 行。</translation>
    </message>
    <message>
        <source>Nothing was imported: fix these rows and try again.</source>
        <translation>未导入任何数据：请修正以下各行后重试。</translation>
    </message>
    <message>
        <source>Dry run: nothing was written. Add --apply to import.</source>
        <translation>预览运行：未写入任何数据。加上 --apply 即可导入。</translation>
    </message>
    <message>
        <source>Imported: %1 departments added or changed.</source>
        <translation>导入完成：新增或修改部门 %1 个。</translation>
    </message>
    <message>
        <source>Import departments from CSV or XLSX (dry run unless --apply).</source>
        <translation>从 CSV 或 XLSX 导入部门（不加 --apply 时仅预览）。</translation>
    </message>
    <message>
        <source>--%1 needs a date like 2009-05-31, not “%2”.</source>
        <translation>--%1 需要形如 2009-05-31 的日期，而不是“%2”。</translation>
    </message>
    <message>
        <source>--to lies before --from.</source>
        <translation>--to 早于 --from。</translation>
    </message>
    <message>
        <source>inspection-sheets or summary</source>
        <translation>inspection-sheets（督查表）或 summary（督查通报）</translation>
    </message>
    <message>
        <source>First day.</source>
        <translation>起始日期。</translation>
    </message>
    <message>
        <source>Last day.</source>
        <translation>截止日期。</translation>
    </message>
    <message>
        <source>Inspection sheets: “all” (the default), or a department&apos;s name.</source>
        <translation>督查表：“all”（默认，全部部门）或部门名称。</translation>
    </message>
    <message>
        <source>Summary: the document number.</source>
        <translation>督查通报：文号。</translation>
    </message>
    <message>
        <source>Summary: the issuing office.</source>
        <translation>督查通报：发文机关。</translation>
    </message>
    <message>
        <source>Summary: the next-steps paragraph.</source>
        <translation>督查通报：下一步工作。</translation>
    </message>
    <message>
        <source>Say which document: export inspection-sheets or export summary.</source>
        <translation>请指明文书：export inspection-sheets 或 export summary。</translation>
    </message>
    <message>
        <source>No active department is called “%1”.</source>
        <translation>没有名为“%1”的在用部门。</translation>
    </message>
    <message>
        <source>There is nothing to print: no active department.</source>
        <translation>没有可打印的内容：没有在用部门。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n document(s) to %1</source>
        <translation>
            <numerusform>已将 %n 份文书写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 needs a whole number of at least 1, not “%2”.</source>
        <translation>--%1 需要不小于 1 的整数，而不是“%2”。</translation>
    </message>
    <message>
        <source>Writes a new database with invented departments, brands, a campaign begun years ago, milestone records and weekly reports for every week since, for benchmarks. The same seed and --today give the same database.</source>
        <translation>生成一个新数据库，包含虚构的部门、品牌、数年前开始的活动、阶段任务记录和此后每周的周报，用于性能测试。相同的种子和 --today 生成相同的数据库。</translation>
    </message>
    <message>
        <source>How many departments.</source>
        <translation>部门数量。</translation>
    </message>
    <message>
        <source>Years of weekly reports.</source>
        <translation>周报的年数。</translation>
    </message>
    <message>
        <source>Seed of the invented data.</source>
        <translation>虚构数据的随机种子。</translation>
    </message>
    <message>
        <source>The new database file.</source>
        <translation>新数据库文件。</translation>
    </message>
    <message>
        <source>Say where to write the database: --out FILE.</source>
        <translation>请指明数据库的保存位置：--out 文件。</translation>
    </message>
    <message>
        <source>%1 already exists; generate writes a new file only.</source>
        <translation>%1 已存在；generate 只写入新文件。</translation>
    </message>
    <message>
        <source>Wrote %1: %2 departments, %3 brands, %4 milestone records, %5 reports, %6 inspections in %7 s.</source>
        <translation>已写入 %1：%2 个部门、%3 个品牌、%4 条阶段任务记录、%5 份周报、%6 次督查，用时 %7 秒。</translation>
    </message>
    <message>
        <source>Write a new, large database of invented data for benchmarks.</source>
        <translation>为性能测试生成一个包含大量虚构数据的新数据库。</translation>
    </message>
    <message>
        <source>There is no evaluation round %1.</source>
        <translation>没有编号为 %1 的评选轮次。</translation>
    </message>
    <message>
        <source>The current campaign has no evaluation round.</source>
        <translation>当前活动尚无评选轮次。</translation>
    </message>
    <message>
        <source>results, expert-sheets, questionnaire or scores</source>
        <translation>results（评选结果）、expert-sheets（专家评分表）、questionnaire（满意度调查问卷）或 scores（全部评分）</translation>
    </message>
    <message>
        <source>The round&apos;s number.</source>
        <translation>评选轮次的编号。</translation>
    </message>
    <message>
        <source>Results: the issuing office.</source>
        <translation>评选结果：发文机关。</translation>
    </message>
    <message>
        <source>Say which document: evaluation results, expert-sheets, questionnaire or scores.</source>
        <translation>请指明文书：results（评选结果）、expert-sheets（专家评分表）、questionnaire（满意度调查问卷）或 scores（全部评分）。</translation>
    </message>
    <message>
        <source>Say where to write it: --out FILE.</source>
        <translation>请指明保存位置：--out 文件。</translation>
    </message>
    <message>
        <source>Wrote %1 of “%2” to %3</source>
        <translation>已将“%2”的%1写入 %3</translation>
    </message>
    <message>
        <source>Only the overdue problems.</source>
        <translation>仅输出逾期的难题。</translation>
    </message>
    <message>
        <source>Only one department&apos;s problems (its name or short name).</source>
        <translation>仅输出某一部门的难题（填写部门全称或简称）。</translation>
    </message>
    <message>
        <source>overdue only</source>
        <translation>仅逾期</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the ledger of %n problem(s) to %1</source>
        <translation>
            <numerusform>已将 %n 个难题的台账写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the results table</source>
        <translation>评选结果表</translation>
    </message>
    <message>
        <source>the blank expert scoring sheets</source>
        <translation>专家评分表</translation>
    </message>
    <message>
        <source>the blank questionnaire</source>
        <translation>满意度调查问卷</translation>
    </message>
    <message>
        <source>all scores</source>
        <translation>全部评分</translation>
    </message>
    <message>
        <source>The backups folder is for a database file. From a server, take a copy with &quot;branddesk server backup --out FILE.sqlite&quot;; the server&apos;s own backups are its administrator&apos;s (pg_dump).</source>
        <translation>备份文件夹只用于数据库文件。服务器上的数据请用“branddesk server backup --out 文件.sqlite”取得副本；服务器本身的备份由其管理员负责（pg_dump）。</translation>
    </message>
    <message>
        <source>The server&apos;s name or address.</source>
        <translation>服务器的名称或地址。</translation>
    </message>
    <message>
        <source>The server&apos;s port (5432).</source>
        <translation>服务器端口（5432）。</translation>
    </message>
    <message>
        <source>The database&apos;s name on the server (branddesk).</source>
        <translation>服务器上的数据库名（branddesk）。</translation>
    </message>
    <message>
        <source>The login; the password comes from PGPASSWORD or ~/.pgpass.</source>
        <translation>登录名；密码取自 PGPASSWORD 或 ~/.pgpass。</translation>
    </message>
    <message>
        <source>libpq&apos;s sslmode (prefer).</source>
        <translation>libpq 的 sslmode（prefer）。</translation>
    </message>
    <message>
        <source>The database&apos;s name &quot;%1&quot; must be lower-case letters, digits and _ (at most 63).</source>
        <translation>数据库名“%1”只能由小写字母、数字和 _ 组成（最多 63 个）。</translation>
    </message>
    <message>
        <source>%1 → %2 (rebuilt)</source>
        <translation>%1 → %2（重建）</translation>
    </message>
    <message>
        <source>%1 rows in %2 tables, every count equal; the audit trail&apos;s %3 entries verify on the copy.</source>
        <translation>共 %2 张表 %1 行，各表行数一致；副本上审计记录的 %3 条均校验通过。</translation>
    </message>
    <message>
        <source>Created the database %1.</source>
        <translation>已创建数据库 %1。</translation>
    </message>
    <message>
        <source>The database %1 exists; it is checked.</source>
        <translation>数据库 %1 已存在，已检查。</translation>
    </message>
    <message>
        <source>Its schema is at data version %1.</source>
        <translation>其结构为数据版本 %1。</translation>
    </message>
    <message>
        <source>The database has accounts already; the first administrator was not created.</source>
        <translation>数据库中已有账户，未创建首位管理员。</translation>
    </message>
    <message>
        <source>Created the first administrator %1.</source>
        <translation>已创建首位管理员 %1。</translation>
    </message>
    <message>
        <source>No account yet: the first to open it creates the first administrator (or run init again with --admin NAME).</source>
        <translation>尚无账户：第一个打开它的人创建首位管理员（或加 --admin 姓名 再次运行 init）。</translation>
    </message>
    <message>
        <source>Every PC opens it with: branddesk --server &quot;%1&quot;</source>
        <translation>各台电脑用以下方式打开：branddesk --server &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Copying %1 to %2:</source>
        <translation>正在把 %1 复制到 %2：</translation>
    </message>
    <message>
        <source>%1 already exists; the copy goes into a new file only.</source>
        <translation>%1 已存在；副本只写入新文件。</translation>
    </message>
    <message>
        <source>Wrote %1; it opens like any BrandDesk file.</source>
        <translation>已写入 %1，可像其他 BrandDesk 文件一样打开。</translation>
    </message>
    <message>
        <source>init, copy-from or backup</source>
        <translation>init、copy-from 或 backup</translation>
    </message>
    <message>
        <source>init: create the first administrator &lt;name&gt;.</source>
        <translation>init：创建首位管理员 &lt;name&gt;。</translation>
    </message>
    <message>
        <source>backup: the new file.</source>
        <translation>backup：新文件。</translation>
    </message>
    <message>
        <source>Usage: branddesk server init | copy-from FILE.sqlite | backup --out FILE.sqlite [--host H] [--port P] [--database NAME] [--user LOGIN]</source>
        <translation>用法：branddesk server init | copy-from 文件.sqlite | backup --out 文件.sqlite [--host 主机] [--port 端口] [--database 库名] [--user 登录名]</translation>
    </message>
    <message>
        <source>Set up a PostgreSQL server, copy a file onto it, or back it up to a file.</source>
        <translation>设置 PostgreSQL 服务器、把文件复制到服务器，或把服务器备份为文件。</translation>
    </message>
    <message>
        <source>The program&apos;s login %1 (a member of %2) can now do only this on the database:</source>
        <translation>程序登录名 %1（%2 的成员）现在在该数据库上只能做以下这些：</translation>
    </message>
    <message>
        <source>Its password (shown once; give it to the PCs, not to the users): %1</source>
        <translation>其密码（只显示这一次；交给各台电脑配置，不要交给用户）：%1</translation>
    </message>
    <message>
        <source>Sets up BrandDesk on a PostgreSQL server and moves data between it and a file:
  server init [--admin NAME]     create (or check) the database, its schema and the first administrator (password from standard input)
    [--app-login LOGIN]          and the restricted login the PCs use (its password is the next line of standard input; generated and shown when empty)
  server copy-from FILE.sqlite   copy an office&apos;s file onto the empty server database, in one transaction
  server backup --out FILE.sqlite  copy the server&apos;s data into a new BrandDesk file</source>
        <translation>在 PostgreSQL 服务器上设置 BrandDesk，并在服务器与文件之间搬移数据：
  server init [--admin 姓名]     创建（或检查）数据库、其结构和首位管理员（密码从标准输入读取）
    [--app-login 登录名]         以及各台电脑使用的受限登录名（其密码为标准输入的下一行；为空时自动生成并显示）
  server copy-from 文件.sqlite   在一个事务中把办公室的文件复制到空的服务器数据库
  server backup --out 文件.sqlite  把服务器的数据复制为一个新的 BrandDesk 文件</translation>
    </message>
    <message>
        <source>init: create or refresh the program&apos;s restricted login &lt;login&gt; (no DDL rights).</source>
        <translation>init：创建或刷新程序的受限登录名 &lt;login&gt;（无 DDL 权限）。</translation>
    </message>
    <message>
        <source>Writes an evaluation round&apos;s results table, blank expert scoring sheets or blank questionnaire as PDF or Word (.docx, when --out ends in .docx), or all its scores as XLSX or CSV. Without --round, the newest round of the current campaign.</source>
        <translation>将评选轮次的结果表、空白专家评分表或空白满意度调查问卷输出为 PDF 或 Word（--out 以 .docx 结尾时输出 .docx），或将其全部评分导出为 XLSX 或 CSV。未指定 --round 时，使用当前活动最新的评选轮次。</translation>
    </message>
    <message>
        <source>The file to write (.pdf or .docx; .xlsx or .csv for scores).</source>
        <translation>要写入的文件（.pdf 或 .docx；scores 为 .xlsx 或 .csv）。</translation>
    </message>
    <message>
        <source>Write an evaluation round&apos;s results, expert sheets or questionnaire as PDF or Word, or its scores as XLSX/CSV.</source>
        <translation>将评选轮次的结果、专家评分表或满意度调查问卷输出为 PDF 或 Word，或将其评分导出为 XLSX/CSV。</translation>
    </message>
    <message>
        <source>Writes a printed document as PDF, or as Word (.docx) when --out ends in .docx: the inspection sheets of one or all departments, or the supervision summary of a period (the current month unless --from/--to say otherwise).</source>
        <translation>将文书输出为 PDF，--out 以 .docx 结尾时输出为 Word（.docx）：一个或全部部门的督查表，或某一期间的督查通报（未指定 --from/--to 时为本月）。</translation>
    </message>
    <message>
        <source>The file to write: .pdf, or .docx for Word.</source>
        <translation>要写入的文件：.pdf，或 Word 文档 .docx。</translation>
    </message>
    <message>
        <source>Say where to write the document: --out FILE.pdf or FILE.docx.</source>
        <translation>请指明文书的保存位置：--out 文件.pdf 或 文件.docx。</translation>
    </message>
    <message>
        <source>Write inspection sheets or the supervision summary as PDF or Word.</source>
        <translation>将督查表或督查通报输出为 PDF 或 Word。</translation>
    </message>
    <message>
        <source>Writes the enterprise problem ledger as PDF, or as Word (.docx) when --out ends in .docx (A4 landscape): every problem, or only the overdue ones, of all departments or one.</source>
        <translation>将企业难题台账输出为 PDF，--out 以 .docx 结尾时输出为 Word（.docx）（A4 横向）：可输出全部难题或仅输出逾期难题，可针对全部部门或某一部门。</translation>
    </message>
    <message>
        <source>Write the enterprise problem ledger as PDF or Word.</source>
        <translation>将企业难题台账输出为 PDF 或 Word。</translation>
    </message>
    <message>
        <source>The document.</source>
        <translation>文档。</translation>
    </message>
    <message>
        <source>The month (default: the last one).</source>
        <translation>月份（默认：上个月）。</translation>
    </message>
    <message>
        <source>The document number.</source>
        <translation>文号。</translation>
    </message>
    <message>
        <source>The issuing office.</source>
        <translation>发文机关。</translation>
    </message>
    <message>
        <source>Say which document: hotline report.</source>
        <translation>请指明文档：hotline report。</translation>
    </message>
    <message>
        <source>--month wants a month like 2026-11, not “%1”.</source>
        <translation>--month 应为 2026-11 这样的月份，而不是“%1”。</translation>
    </message>
    <message>
        <source>Wrote the hotline report of %1 to %2</source>
        <translation>已将 %1 的热线工作通报写入 %2</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>current</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>The database has no campaign yet.</source>
        <translation>数据库中尚无活动。</translation>
    </message>
    <message>
        <source>Lists the campaigns (id, year, title, dates), or makes a new one from another year&apos;s: its phases, milestones and rules moved to --year. &quot;new&quot; signs in with --user as an administrator, the password read from standard input.</source>
        <translation>列出各项活动（编号、年度、标题、日期），或以另一年度的活动为模板新建活动：其阶段、阶段任务和规则移至 --year 指定的年度。“new”以 --user 指定的管理员身份登录，密码从标准输入读取。</translation>
    </message>
    <message>
        <source>list or new</source>
        <translation>list（列出）或 new（新建）</translation>
    </message>
    <message>
        <source>new: the campaign to copy, by its id (see list) or &quot;current&quot;.</source>
        <translation>new：作为模板的活动，填写其编号（见 list）或“current”（当前活动）。</translation>
    </message>
    <message>
        <source>new: the year of the new campaign.</source>
        <translation>new：新活动的年度。</translation>
    </message>
    <message>
        <source>new: make the new campaign the current one.</source>
        <translation>new：将新活动设为当前活动。</translation>
    </message>
    <message>
        <source>Sign in as the administrator &lt;name&gt;; the password is read from standard input.</source>
        <translation>以管理员 &lt;name&gt; 身份登录；密码从标准输入读取。</translation>
    </message>
    <message>
        <source>Usage: branddesk campaign list | new --from-template ID --year YEAR --user ADMIN</source>
        <translation>用法：branddesk campaign list | new --from-template 编号 --year 年度 --user 管理员</translation>
    </message>
    <message>
        <source>campaign new needs --from-template ID, --year YEAR and --user NAME (an administrator).</source>
        <translation>campaign new 需要 --from-template 编号、--year 年度和 --user 用户名（管理员）。</translation>
    </message>
    <message>
        <source>There is no campaign %1; see branddesk campaign list.</source>
        <translation>没有活动 %1；请查看 branddesk campaign list。</translation>
    </message>
    <message>
        <source>Created campaign %1:</source>
        <translation>已新建活动 %1：</translation>
    </message>
    <message>
        <source>List the campaigns, or make a new year&apos;s from a template.</source>
        <translation>列出各项活动，或以模板新建某一年度的活动。</translation>
    </message>
    <message>
        <source>Give the new password twice on standard input, one a line, or use --generate.</source>
        <translation>请在标准输入中输入两次新密码，每行一次，或使用 --generate。</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>两次输入的密码不一致；未做任何更改。</translation>
    </message>
    <message>
        <source>Password of %1 (shown only this once): %2</source>
        <translation>%1 的密码（仅显示这一次）：%2</translation>
    </message>
    <message>
        <source>There is no account named %1.</source>
        <translation>没有名为 %1 的账户。</translation>
    </message>
    <message>
        <source>active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>Sets up accounts. On a database without accounts, &quot;users add NAME --role administrator&quot; creates the first administrator; every other use signs in with --user as an administrator. Standard input gives, one a line: that administrator&apos;s password, then the new password twice (unless --generate).</source>
        <translation>设置账户。数据库中尚无账户时，“users add 用户名 --role administrator”创建首位管理员；其他操作均须以 --user 指定的管理员身份登录。标准输入每行一项，依次为：该管理员的密码，然后是两次新密码（使用 --generate 时不需要）。</translation>
    </message>
    <message>
        <source>add, list, reset or deactivate</source>
        <translation>add（添加）、list（列出）、reset（重设密码）或 deactivate（停用）</translation>
    </message>
    <message>
        <source>The account (not for list).</source>
        <translation>账户（list 不需要）。</translation>
    </message>
    <message>
        <source>add: administrator, clerk or leader.</source>
        <translation>add：administrator（管理员）、clerk（办事员）或 leader（领导）。</translation>
    </message>
    <message>
        <source>add, reset: make up a password and print it once.</source>
        <translation>add、reset：自动生成密码并只显示一次。</translation>
    </message>
    <message>
        <source>Usage: branddesk users add NAME --role ROLE | list | reset NAME | deactivate NAME [--user ADMIN]</source>
        <translation>用法：branddesk users add 用户名 --role 角色 | list | reset 用户名 | deactivate 用户名 [--user 管理员]</translation>
    </message>
    <message>
        <source>Say the new account&apos;s role: --role administrator, clerk or leader.</source>
        <translation>请指明新账户的角色：--role administrator、clerk 或 leader。</translation>
    </message>
    <message>
        <source>The database has no accounts yet: create the first administrator with &quot;branddesk users add NAME --role administrator&quot;.</source>
        <translation>数据库中尚无账户：请先用“branddesk users add 用户名 --role administrator”创建首位管理员。</translation>
    </message>
    <message>
        <source>Created the first administrator, %1.</source>
        <translation>已创建首位管理员 %1。</translation>
    </message>
    <message>
        <source>This needs an administrator&apos;s sign-in: --user NAME, with the password on standard input.</source>
        <translation>此操作需要管理员登录：--user 用户名，密码从标准输入读取。</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>已添加 %1（%2）。</translation>
    </message>
    <message>
        <source>Set a new password for %1.</source>
        <translation>已为 %1 设置新密码。</translation>
    </message>
    <message>
        <source>Deactivated %1: it can no longer sign in; its history stays.</source>
        <translation>已停用 %1：该账户不能再登录，其操作记录保留。</translation>
    </message>
    <message>
        <source>Set up accounts: add, list, reset a password, deactivate.</source>
        <translation>设置账户：添加、列出、重设密码、停用。</translation>
    </message>
    <message>
        <source>Writes the monthly report of the brand supervision hotline (热线工作通报) as PDF, or as Word (.docx) when --out ends in .docx.</source>
        <translation>将品牌监督热线月度通报（热线工作通报）输出为 PDF，--out 以 .docx 结尾时输出为 Word（.docx）。</translation>
    </message>
    <message>
        <source>Write the monthly report of the supervision hotline as PDF, or import tickets from a 12345 export.</source>
        <translation>以 PDF 输出监督热线月度通报，或导入 12345 导出的工单。</translation>
    </message>
    <message>
        <source>Imports hotline tickets exported from a city&apos;s 12345 system (CSV in UTF-8 or GB18030, or XLSX); the columns are found by their titles. Without --apply it only shows what each row would do.</source>
        <translation>导入从市 12345 系统导出的热线工单（UTF-8 或 GB18030 编码的 CSV，或 XLSX），按列标题识别各列。不加 --apply 时只显示每行将如何处理。</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import（导入）</translation>
    </message>
    <message>
        <source>Usage: branddesk hotline import FILE [--apply]</source>
        <translation>用法：branddesk hotline import 文件 [--apply]</translation>
    </message>
    <message>
        <source>No column of the file is titled as: %1.</source>
        <translation>文件中没有以下标题的列：%1。</translation>
    </message>
    <message>
        <source>%1 new, %2 to update, %3 with errors.</source>
        <translation>新增 %1 件，更新 %2 件，错误 %3 行。</translation>
    </message>
    <message>
        <source>Imported: %1 tickets added or updated.</source>
        <translation>已导入：新增或更新工单 %1 件。</translation>
    </message>
    <message>
        <source>Writes the annual work-style assessment of a year: the table as XLSX or CSV, or the report (通报) as PDF, or as Word (.docx) when --out ends in .docx. A year not yet finalised is a preview as of today.</source>
        <translation>输出某年度机关作风建设年度考核：考核表为 XLSX 或 CSV，通报为 PDF，--out 以 .docx 结尾时为 Word。未定稿年度为截至今日的预览。</translation>
    </message>
    <message>
        <source>The table or the report.</source>
        <translation>考核表或通报。</translation>
    </message>
    <message>
        <source>The file to write: .xlsx or .csv (table), .pdf or .docx (report).</source>
        <translation>要写入的文件：.xlsx 或 .csv（考核表），.pdf 或 .docx（通报）。</translation>
    </message>
    <message>
        <source>The year (default: the current campaign&apos;s).</source>
        <translation>年度（默认：当前活动年度）。</translation>
    </message>
    <message>
        <source>Say what to write: assessment table or assessment report.</source>
        <translation>请说明要输出的内容：assessment table 或 assessment report。</translation>
    </message>
    <message>
        <source>--year wants a year like 2026, not “%1”.</source>
        <translation>--year 需要形如 2026 的年份，而不是“%1”。</translation>
    </message>
    <message>
        <source>Wrote the assessment of %1 to %2</source>
        <translation>已将%1年度考核写入%2</translation>
    </message>
    <message>
        <source>Write the annual work-style assessment of a year: the table (XLSX, CSV) or the report (PDF, DOCX).</source>
        <translation>输出某年度机关作风建设年度考核：考核表（XLSX、CSV）或通报（PDF、DOCX）。</translation>
    </message>
    <message>
        <source>Summary: who gets copies (the imprint at its foot).</source>
        <translation>督查通报：抄送单位（印在文末版记中）。</translation>
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
        <source>&quot;%1&quot; is not filled in.</source>
        <translation>“%1”未填写。</translation>
    </message>
</context>
<context>
    <name>ComplianceView</name>
    <message>
        <source>Search department… (Ctrl+F)</source>
        <translation>搜索部门…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Only departments with &amp;missing weeks</source>
        <translation>只看有缺报的部门(&amp;M)</translation>
    </message>
</context>
<context>
    <name>ConcentratedWeeks</name>
    <message numerus="yes">
        <source>Derived from the concentrated weeks recorded: %n quarter(s) met.</source>
        <translation>
            <numerusform>根据已登记的集中攻坚周推算：已达标 %n 个季度。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enterprise service records</source>
        <translation>服务企业记录</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is judged from the enterprise-service records: it is met when every quarter so far has its concentrated week logged (Enterprise service › Quarterly weeks). It is not ticked by hand.</source>
        <translation>“%1”根据服务企业记录自动判定：截至目前每个季度均已登记集中攻坚周即为完成（服务企业 › 季度集中攻坚），不能手工勾选。</translation>
    </message>
</context>
<context>
    <name>ConnectedUsersDialog</name>
    <message>
        <source>Who is connected</source>
        <translation>在线用户</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>The file %1 could not be written. Is the disk full?</source>
        <translation>无法写入文件 %1。磁盘是否已满？</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GB18030 text. Save it from Excel or WPS as CSV and try again.</source>
        <translation>该文件既不是 UTF-8 文本，也不是 GB18030 文本。请在 Excel 或 WPS 中另存为 CSV 后重试。</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>文件超过 %1 MB。</translation>
    </message>
    <message>
        <source>a field is too long.</source>
        <translation>某个字段过长。</translation>
    </message>
    <message>
        <source>too many columns.</source>
        <translation>列数过多。</translation>
    </message>
    <message>
        <source>the file has more than %1 rows.</source>
        <translation>文件超过 %1 行。</translation>
    </message>
    <message>
        <source>a quote &apos;&quot;&apos; inside a field that does not start with one.</source>
        <translation>字段中出现引号“&quot;”，但该字段并非以引号开头。</translation>
    </message>
    <message>
        <source>text after the closing quote of a field.</source>
        <translation>字段的结束引号后还有文字。</translation>
    </message>
    <message>
        <source>a quoted field is never closed.</source>
        <translation>带引号的字段缺少结束引号。</translation>
    </message>
</context>
<context>
    <name>CurrentUser</name>
    <message>
        <source>Nobody is signed in. Sign in to make changes.</source>
        <translation>当前无人登录。请登录后再进行修改。</translation>
    </message>
    <message>
        <source>You are signed in as %1 (%2). This role can read, print and export everything but change nothing; ask a clerk to make this change.</source>
        <translation>您当前以 %1（%2）身份登录。该角色可以查看、打印和导出全部内容，但不能作任何修改；请由办事员进行此项修改。</translation>
    </message>
    <message>
        <source>Only an administrator can do this. You are signed in as %1 (%2).</source>
        <translation>只有管理员可以执行此操作。您当前以 %1（%2）身份登录。</translation>
    </message>
</context>
<context>
    <name>DashboardCards</name>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Service brands</source>
        <translation>服务品牌</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Without a brand</source>
        <translation>无品牌</translation>
    </message>
    <message>
        <source>departments</source>
        <translation>个部门</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>剩余 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>no phase running</source>
        <translation>不在任何阶段</translation>
    </message>
    <message>
        <source>long-term</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>Current phase</source>
        <translation>当前阶段</translation>
    </message>
    <message>
        <source>Reports this week</source>
        <translation>本周周报</translation>
    </message>
    <message numerus="yes">
        <source>%n not yet reported</source>
        <translation>
            <numerusform>%n 家未报</numerusform>
        </translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>%1/%2 weeks</source>
        <translation>%1/%2 周次</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <comment>card: milestones overdue</comment>
        <translation>逾期阶段任务</translation>
    </message>
    <message>
        <source>Overdue fixes</source>
        <comment>card: rectifications overdue</comment>
        <translation>逾期整改</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>未完成 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Brands</source>
        <translation>服务品牌</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌名称</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>完整度</translation>
    </message>
    <message>
        <source>Leader in charge</source>
        <translation>分管领导</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>%1 (now)</source>
        <translation>%1（当前）</translation>
    </message>
    <message>
        <source>Not yet reported this week</source>
        <translation>本周未报送名单</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>迟报</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺报</translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation>按时率</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>阶段任务</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改事项</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Overdue problems</source>
        <comment>card: enterprise problems overdue</comment>
        <translation>逾期难题</translation>
    </message>
    <message>
        <source>enterprise service</source>
        <translation>服务企业</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>难题</translation>
    </message>
    <message>
        <source>Overdue tickets</source>
        <comment>card: hotline tickets overdue</comment>
        <translation>超期工单</translation>
    </message>
    <message>
        <source>supervision hotline</source>
        <translation>监督热线</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>done %1 of %2 due</source>
        <translation>到期完成 %1/%2</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>On time (%)</source>
        <translation>按时率（%）</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Due, open</source>
        <translation>到期未完成</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Overdue items: missing weeks, overdue milestones, rectifications and problems</source>
        <translation>逾期事项：缺报周次、逾期阶段任务、逾期整改和逾期难题</translation>
    </message>
</context>
<context>
    <name>DashboardFigures</name>
    <message>
        <source>No brand</source>
        <translation>无品牌</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1–%2%</source>
        <translation>%1–%2%</translation>
    </message>
</context>
<context>
    <name>DashboardSheet</name>
    <message>
        <source>green</source>
        <comment>traffic light, short: 绿</comment>
        <translation>绿</translation>
    </message>
    <message>
        <source>yellow</source>
        <comment>traffic light, short: 黄</comment>
        <translation>黄</translation>
    </message>
    <message>
        <source>red</source>
        <comment>traffic light, short: 红</comment>
        <translation>红</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>no brand</source>
        <translation>无品牌</translation>
    </message>
    <message>
        <source>Campaign dashboard: %1</source>
        <translation>活动驾驶舱：%1</translation>
    </message>
    <message>
        <source>no phase running</source>
        <translation>不在任何阶段</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n day(s) left</source>
        <translation>
            <numerusform>%1，剩余 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Period: %1 · as of %2 · current phase: %3</source>
        <translation>期间：%1 · 截至 %2 · 当前阶段：%3</translation>
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
        <source>Without a brand</source>
        <translation>无品牌</translation>
    </message>
    <message>
        <source>Reports this week
received/expected</source>
        <translation>本周周报
已收/应收</translation>
    </message>
    <message>
        <source>Reports on time
in the period</source>
        <translation>本期
周报按时率</translation>
    </message>
    <message>
        <source>Milestones
done/due</source>
        <translation>阶段任务
完成/应完成</translation>
    </message>
    <message>
        <source>Milestones
overdue</source>
        <translation>阶段任务
逾期</translation>
    </message>
    <message>
        <source>Rectifications
overdue</source>
        <translation>整改
逾期</translation>
    </message>
    <message>
        <source>Every department has reported this week.</source>
        <translation>本周各部门均已报送。</translation>
    </message>
    <message>
        <source>Not yet reported this week (%1): %2</source>
        <translation>本周未报送（%1家）：%2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator: 、</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Call list. </source>
        <translation>催报名单。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>department (reason)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No department is behind.</source>
        <translation>没有滞后的部门。</translation>
    </message>
    <message>
        <source>; </source>
        <comment>list separator: ；</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>Furthest behind. </source>
        <translation>滞后最多。</translation>
    </message>
    <message>
        <source>Traffic lights</source>
        <translation>红绿灯</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Brand
completeness</source>
        <translation>品牌
完整度</translation>
    </message>
    <message>
        <source>Reports
on time/owed</source>
        <translation>周报
按时/应报</translation>
    </message>
    <message>
        <source>Rectifications
overdue/open</source>
        <translation>整改
逾期/未完成</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Search department… (Ctrl+F)</source>
        <translation>搜索部门…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Only &amp;red lights</source>
        <translation>只看红灯(&amp;R)</translation>
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
    <message>
        <source>%1 could not be read</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>The database file %1 is read-only. Check the file&apos;s permissions or choose another location. It was left unchanged.</source>
        <translation>数据库文件 %1 为只读。请检查文件权限或另选存放位置。该文件未作任何改动。</translation>
    </message>
    <message>
        <source>The database file %1 was moved or deleted while BrandDesk had it open; nothing more can be saved to it. Close BrandDesk and put the file back or restore a backup.</source>
        <translation>数据库文件 %1 在服务品牌督查台打开期间被移动或删除，已无法再保存任何数据。请关闭服务品牌督查台，将该文件放回原处或从备份恢复。</translation>
    </message>
    <message>
        <source>The connection to the server %1 was lost while the changes were being saved. They may or may not have been kept: check the record once the server is back before entering it again.</source>
        <translation>保存更改时与服务器 %1 的连接中断，更改可能已保存也可能未保存：请在服务器恢复后先核对该记录，再决定是否重新录入。</translation>
    </message>
    <message>
        <source>the server database could not be read</source>
        <translation>无法读取服务器数据库</translation>
    </message>
    <message>
        <source>The server %1 runs PostgreSQL %2; BrandDesk needs PostgreSQL 13 or later (15 is tested).</source>
        <translation>服务器 %1 运行的是 PostgreSQL %2；服务品牌督查台需要 PostgreSQL 13 或更高版本（已在 15 上测试）。</translation>
    </message>
    <message>
        <source>The database %1 holds tables of another program, not of BrandDesk. It was left unchanged; choose an empty database or one BrandDesk set up.</source>
        <translation>数据库 %1 中存有其他程序的数据表，不是服务品牌督查台的数据库。该数据库未作任何改动；请选择一个空数据库或由服务品牌督查台建立的数据库。</translation>
    </message>
    <message>
        <source>The database %1 is not a BrandDesk database (its version table is foreign). It was left unchanged.</source>
        <translation>数据库 %1 不是服务品牌督查台数据库（其版本表不属于本程序）。该数据库未作任何改动。</translation>
    </message>
    <message>
        <source>The server %1 refused the login &quot;%2&quot;: the user name or password is wrong.</source>
        <translation>服务器 %1 拒绝了登录名“%2”：用户名或密码错误。</translation>
    </message>
    <message>
        <source>The server has no database &quot;%1&quot;. An administrator creates it with &quot;branddesk server init&quot;.</source>
        <translation>服务器上没有数据库“%1”。请管理员用“branddesk server init”创建。</translation>
    </message>
    <message>
        <source>The server %1 does not accept connections from this PC for &quot;%2&quot; (pg_hba.conf). Ask the server&apos;s administrator.</source>
        <translation>服务器 %1 不接受本机以“%2”身份连接（pg_hba.conf）。请联系服务器管理员。</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be made (sslmode %2).</source>
        <translation>无法与 %1 建立加密连接（sslmode %2）。</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached. Check the network and that the server is running.</source>
        <translation>无法连接服务器 %1。请检查网络以及服务器是否正在运行。</translation>
    </message>
    <message>
        <source>the server connection could not be set up</source>
        <translation>无法建立服务器连接</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql).</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（软件包 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of BrandDesk (data version %2; this program knows up to %3). Please update BrandDesk on this PC. The database was left unchanged.</source>
        <translation>数据库 %1 由更高版本的服务品牌督查台写入（数据版本 %2；本程序最高支持 %3）。请升级本机的服务品牌督查台。该数据库未作任何改动。</translation>
    </message>
    <message>
        <source>the server database could not be set up</source>
        <translation>无法建立服务器数据库</translation>
    </message>
    <message>
        <source>The database %1 was created with a character type (LC_CTYPE) under which Chinese characters are not letters, so the report search could not use its index. Create it again with &quot;branddesk server init&quot;, or as: CREATE DATABASE %2 ENCODING &apos;UTF8&apos; LC_COLLATE &apos;C&apos; LC_CTYPE &apos;C.UTF-8&apos; TEMPLATE template0. Nothing was kept.</source>
        <translation>数据库 %1 创建时使用的字符类型（LC_CTYPE）不把汉字视为文字，报送检索无法使用索引。请用“branddesk server init”重新创建，或执行：CREATE DATABASE %2 ENCODING &apos;UTF8&apos; LC_COLLATE &apos;C&apos; LC_CTYPE &apos;C.UTF-8&apos; TEMPLATE template0。未保留任何内容。</translation>
    </message>
    <message>
        <source>The connection cannot be renewed in the middle of a change.</source>
        <translation>更改进行中，无法重新建立连接。</translation>
    </message>
    <message>
        <source>the database could not be reached</source>
        <translation>无法连接数据库</translation>
    </message>
    <message>
        <source>The server %1 did not prove who it is (sslmode %2): its certificate is not signed by the CA certificate %3, or does not name %4. Check the CA certificate the server&apos;s administrator gave you.</source>
        <translation>服务器 %1 未能证明其身份（sslmode %2）：其证书不是由 CA 证书 %3 签发的，或证书中没有 %4。请核对服务器管理员提供的 CA 证书。</translation>
    </message>
    <message>
        <source>The database %1 is at data version %2 and this BrandDesk needs data version %3, but the login &quot;%4&quot; may not change the database&apos;s tables. Ask the administrator to run &quot;branddesk server init&quot; on it. The database was left unchanged.</source>
        <translation>数据库 %1 的数据版本为 %2，本 BrandDesk 需要数据版本 %3，但登录名“%4”无权修改数据库的表。请管理员对其运行“branddesk server init”。数据库未作任何改动。</translation>
    </message>
    <message>
        <source>The search index of the database could not be set up.</source>
        <translation>数据库的检索索引无法建立。</translation>
    </message>
    <message>
        <source>The upgrade of the database was cancelled; it was left as it was.</source>
        <translation>数据库升级已取消，数据库保持原样。</translation>
    </message>
</context>
<context>
    <name>DatabaseChecks</name>
    <message>
        <source>integrity of the file (integrity_check)</source>
        <translation>文件完整性（integrity_check）</translation>
    </message>
    <message>
        <source>references between records (foreign_key_check)</source>
        <translation>记录间引用（foreign_key_check）</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>%1 处没有数据库。</translation>
    </message>
    <message>
        <source>%1 is not a BrandDesk database.</source>
        <translation>%1 不是服务品牌督查台数据库。</translation>
    </message>
    <message>
        <source>the audit trail (hash chain)</source>
        <translation>审计日志（哈希链）</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>the data could not be copied</source>
        <translation>数据无法复制</translation>
    </message>
    <message>
        <source>The tables %1 refer to each other in a circle.</source>
        <translation>表 %1 之间循环引用。</translation>
    </message>
    <message>
        <source>The table %1 has the columns %2 in the file but %3 on the server; both must be at the same data version.</source>
        <translation>表 %1 在文件中的列为 %2，在服务器上为 %3；两者必须是同一数据版本。</translation>
    </message>
    <message>
        <source>A copy goes from a file to a server or back.</source>
        <translation>复制只能从文件到服务器，或从服务器到文件。</translation>
    </message>
    <message>
        <source>The file and the server database hold different tables; both must be at the same data version.</source>
        <translation>文件与服务器数据库的表不同；两者必须是同一数据版本。</translation>
    </message>
    <message>
        <source>%1 already holds data (%2 rows in %3); a copy goes only into an empty database.</source>
        <translation>%1 中已有数据（%3 中有 %2 行）；只能复制到空数据库。</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was kept.</source>
        <translation>复制已取消，未保留任何内容。</translation>
    </message>
    <message>
        <source>The copy does not hold as many rows as the original; nothing was kept.</source>
        <translation>副本的行数与原数据不一致，未保留任何内容。</translation>
    </message>
</context>
<context>
    <name>DatabaseTransfer</name>
    <message>
        <source>The audit trail of %1 does not verify (%2); nothing was copied. Run &quot;branddesk check&quot;.</source>
        <translation>%1 的审计记录校验未通过（%2），未复制任何内容。请运行“branddesk check”。</translation>
    </message>
    <message>
        <source>The audit trail does not verify on the copy at %1 (%2).</source>
        <translation>%1 上的副本审计记录校验未通过（%2）。</translation>
    </message>
</context>
<context>
    <name>DeclarationDraft</name>
    <message>
        <source>Self-declaration of the service brand “%1” of %2</source>
        <translation>%2关于服务品牌“%1”的自查申报</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>(not yet filled in)</source>
        <translation>（尚未填写）</translation>
    </message>
    <message>
        <source>%1. Campaign tasks completed</source>
        <translation>%1、阶段任务完成情况</translation>
    </message>
    <message>
        <source>%1 (done %2)</source>
        <translation>%1（%2 完成）</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>：%1</translation>
    </message>
    <message>
        <source>(none recorded yet)</source>
        <translation>（尚无完成记录）</translation>
    </message>
    <message>
        <source>%1. Typical practices reported</source>
        <translation>%1、周报中的典型做法</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1：%2 — %3</translation>
    </message>
    <message>
        <source>(none reported yet)</source>
        <translation>（尚无报送的典型做法）</translation>
    </message>
</context>
<context>
    <name>Dekad</name>
    <message>
        <source>&quot;%1&quot; is not a date like 5月中旬 or 5月20日.</source>
        <translation>“%1”不是有效的日期，应写作“5月中旬”或“5月20日”这样的形式。</translation>
    </message>
    <message>
        <source>There is no month %1 (in &quot;%2&quot;).</source>
        <translation>不存在 %1 月（见“%2”）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day of the calendar.</source>
        <translation>“%1”不是日历上存在的日期。</translation>
    </message>
    <message>
        <source>The dates are empty.</source>
        <translation>日期为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than two dates.</source>
        <translation>“%1”包含两个以上的日期。</translation>
    </message>
    <message>
        <source>In &quot;%1&quot; the end comes before the start.</source>
        <translation>“%1”中的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>long-term</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>early %1</source>
        <comment>days 1–10 of the month %1 (上旬)</comment>
        <translation>%1上旬</translation>
    </message>
    <message>
        <source>mid %1</source>
        <comment>days 11–20 of the month %1 (中旬)</comment>
        <translation>%1中旬</translation>
    </message>
    <message>
        <source>late %1</source>
        <comment>days 21 to the end of the month %1 (下旬)</comment>
        <translation>%1下旬</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a dekad %1 of the year %2</comment>
        <translation>%2年%1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a day: the month&apos;s short name %1 and the day %2</comment>
        <translation>%1%2日</translation>
    </message>
    <message>
        <source> – </source>
        <comment>between the two ends of a range of dates</comment>
        <translation>—</translation>
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
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>属性：</translation>
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
    <message>
        <source>Shor&amp;t name:</source>
        <translation>简称(&amp;T)：</translation>
    </message>
    <message>
        <source>Enterprise-&amp;facing department (涉企部门)</source>
        <translation>涉企部门(&amp;F)</translation>
    </message>
</context>
<context>
    <name>DepartmentImport</name>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>文件超过 %1 MB。</translation>
    </message>
    <message>
        <source>The file %1 could not be read.</source>
        <translation>无法读取文件 %1。</translation>
    </message>
    <message>
        <source>The file has no rows.</source>
        <translation>该文件没有任何数据行。</translation>
    </message>
    <message>
        <source>Line %1: no column is titled 部门名称 (name); the first row must name the columns.</source>
        <translation>第 %1 行：没有标题为“部门名称”的列；第一行必须为各列标题。</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot; (党群部门, 行政部门, 政法部门 or 其他).</source>
        <translation>未知类别“%1”（应为党群部门、行政部门、政法部门或其他）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not 是 or 否.</source>
        <translation>“%1”不是“是”或“否”。</translation>
    </message>
    <message>
        <source>the sort order &quot;%1&quot; is not a whole number.</source>
        <translation>排序号“%1”不是整数。</translation>
    </message>
    <message>
        <source>the row has more cells than the first row has titles.</source>
        <translation>该行的单元格数多于第一行的标题数。</translation>
    </message>
    <message>
        <source>the department &quot;%1&quot; is already on line %2.</source>
        <translation>部门“%1”已在第 %2 行出现。</translation>
    </message>
    <message>
        <source>Nothing was imported: fix these rows and try again.
%1</source>
        <translation>未导入任何数据：请修正以下各行后重试。
%1</translation>
    </message>
    <message>
        <source>Nothing was imported: line %1: %2</source>
        <translation>未导入任何数据：第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>DepartmentImportDialog</name>
    <message>
        <source>Import departments</source>
        <translation>导入部门</translation>
    </message>
    <message>
        <source>Choose &amp;File…</source>
        <translation>选择文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Reason or change</source>
        <translation>原因或变更</translation>
    </message>
</context>
<context>
    <name>DepartmentPicker</name>
    <message>
        <source>%1 (%2)</source>
        <comment>department (short name)</comment>
        <translation>%1（%2）</translation>
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
    <name>DocumentFonts</name>
    <message>
        <source>Body text set in %1, headings in %2, digits and Latin letters in %3.</source>
        <translation>正文字体：%1；标题字体：%2；数字和西文字体：%3。</translation>
    </message>
</context>
<context>
    <name>DocumentPainter</name>
    <message>
        <source>A new page could not be started.</source>
        <translation>无法开始新的一页。</translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation>没有可打印的内容。</translation>
    </message>
    <message>
        <source>Printing could not start: the printer or the file cannot be written to.</source>
        <translation>无法开始打印：打印机或文件无法写入。</translation>
    </message>
    <message>
        <source>The printed pages could not be finished.</source>
        <translation>打印页面未能完成。</translation>
    </message>
</context>
<context>
    <name>DocumentText</name>
    <message>
        <source>%2/%3/%1</source>
        <comment>a date in a document: 2009年5月31日</comment>
        <translation>%1年%2月%3日</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>%1以来</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <comment>month/day: 5月31日</comment>
        <translation>%1月%2日</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>2009年5月1日至5月31日</comment>
        <translation>%1至%2</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <source>Print supervision documents</source>
        <translation>打印督查文书</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>文书(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>This &amp;month</source>
        <translation>本月(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Last month</source>
        <translation>上月(&amp;L)</translation>
    </message>
    <message>
        <source>D&amp;epartments:</source>
        <translation>部门(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>发文机关(&amp;I)：</translation>
    </message>
    <message>
        <source>Document &amp;number:</source>
        <translation>文号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Left empty: made from the campaign and the period</source>
        <translation>留空则按活动名称和期间自动生成</translation>
    </message>
    <message>
        <source>Ne&amp;xt steps:</source>
        <translation>下一步工作(&amp;X)：</translation>
    </message>
    <message>
        <source>One paragraph a line; left empty: a standard paragraph</source>
        <translation>每行一段；留空则使用通用表述</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Copies to:</source>
        <translation>抄送(&amp;C)：</translation>
    </message>
    <message>
        <source>Pre&amp;view and print… (Ctrl+P)</source>
        <translation>预览并打印(&amp;V)…（Ctrl+P）</translation>
    </message>
    <message>
        <source>Save as PDF or &amp;Word…</source>
        <translation>另存为 PDF 或 Word(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>DocxExport</name>
    <message>
        <source>Say where to write the Word file.</source>
        <translation>请指明 Word 文档的保存位置。</translation>
    </message>
    <message>
        <source>There is nothing to write into the Word file.</source>
        <translation>没有可写入 Word 文档的内容。</translation>
    </message>
    <message>
        <source>The Word file %1 could not be written.</source>
        <translation>无法写入 Word 文档 %1。</translation>
    </message>
</context>
<context>
    <name>DurableFile</name>
    <message>
        <source>The file %1 could not be opened to save it to disk.</source>
        <translation>无法打开文件 %1 以将其写入磁盘。</translation>
    </message>
    <message>
        <source>The file %1 could not be saved to disk.</source>
        <translation>无法将文件 %1 写入磁盘。</translation>
    </message>
    <message>
        <source>The folder %1 could not be saved to disk.</source>
        <translation>无法将文件夹 %1 写入磁盘。</translation>
    </message>
    <message>
        <source>The file %1 could not be renamed to %2.</source>
        <translation>无法将文件 %1 重命名为 %2。</translation>
    </message>
    <message>
        <source>The file %1 could not be copied to %2.</source>
        <translation>无法将文件 %1 复制到 %2。</translation>
    </message>
</context>
<context>
    <name>EnterpriseActivityRepository</name>
    <message>
        <source>the activities could not be read</source>
        <translation>无法读取服务企业活动记录</translation>
    </message>
    <message>
        <source>the activity could not be saved</source>
        <translation>无法保存该活动记录</translation>
    </message>
    <message>
        <source>The activity no longer exists; someone may have deleted it.</source>
        <translation>该活动记录已不存在，可能已被他人删除。</translation>
    </message>
    <message>
        <source>Someone else changed or deleted this activity after you opened it. Reopen it to see their changes.</source>
        <translation>您打开此活动记录后，他人已修改或删除了它。请重新打开以查看其修改。</translation>
    </message>
    <message>
        <source>the activity could not be deleted</source>
        <translation>无法删除该活动记录</translation>
    </message>
</context>
<context>
    <name>EnterpriseKind</name>
    <message>
        <source>Development zone</source>
        <translation>开发区</translation>
    </message>
    <message>
        <source>Key project</source>
        <translation>重点工程</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
</context>
<context>
    <name>EnterpriseProblemRepository</name>
    <message>
        <source>the problems could not be read</source>
        <translation>无法读取企业难题</translation>
    </message>
    <message>
        <source>the problem could not be saved</source>
        <translation>无法保存该难题</translation>
    </message>
    <message>
        <source>The problem no longer exists; someone may have deleted it.</source>
        <translation>该难题已不存在，可能已被他人删除。</translation>
    </message>
    <message>
        <source>Someone else changed or deleted this problem after you opened it. Reopen it to see their changes.</source>
        <translation>您打开此难题后，他人已修改或删除了它。请重新打开以查看其修改。</translation>
    </message>
    <message>
        <source>the problem could not be deleted</source>
        <translation>无法删除该难题</translation>
    </message>
    <message>
        <source>A progress note of this problem was removed by someone else. Reopen the problem to see their changes.</source>
        <translation>此难题的一条进展记录已被他人删除。请重新打开该难题以查看其修改。</translation>
    </message>
</context>
<context>
    <name>EnterpriseRepository</name>
    <message>
        <source>the enterprises could not be read</source>
        <translation>无法读取企业信息</translation>
    </message>
    <message>
        <source>The enterprise no longer exists.</source>
        <translation>该企业已不存在。</translation>
    </message>
    <message>
        <source>the enterprise could not be saved</source>
        <translation>无法保存企业信息</translation>
    </message>
</context>
<context>
    <name>EnterprisesTab</name>
    <message>
        <source>Enter or double-click: the enterprise&apos;s page with every visit, delivery and problem.</source>
        <translation>按回车或双击：打开该企业的页面，查看对其开展的全部走访、五送服务和难题。</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Self-declaration</source>
        <translation>自查申报</translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation>服务品牌(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Submitted on:</source>
        <translation>申报日期(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Declaration:</source>
        <translation>申报报告(&amp;D)：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>附件：</translation>
    </message>
    <message>
        <source>&amp;Pre-fill from BrandDesk</source>
        <translation>用 服务品牌督查台中的数据预填(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>添加附件(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove file</source>
        <translation>移除附件(&amp;R)</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <source>Television</source>
        <translation>电视台</translation>
    </message>
    <message>
        <source>Newspaper</source>
        <translation>报社</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
</context>
<context>
    <name>EvaluationDocuments</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 %2 points</source>
        <translation>%1%2分</translation>
    </message>
    <message>
        <source>Experts score %1 (%2 points in all). The expert score is the mean of the experts&apos; totals; with %3 or more experts the highest and the lowest total are dropped first, and an expert from the brand&apos;s own department does not count. The social score is the mean of the valid questionnaires (satisfied %4, basically satisfied %5, dissatisfied %6; “does not know” is invalid). Combined score = %7 × expert score + %8 × social score. Equal scores share a rank. Figures are rounded to two decimals.</source>
        <translation>专家评分项目为：%1（满分%2分）。专家评分取各位专家总分的平均值；专家达到%3人及以上时，先去掉一个最高分和一个最低分；与参评品牌同属一个部门的专家，其评分不计入。社会评价得分取有效问卷的平均分（满意%4分，基本满意%5分，不满意%6分；选择“不了解”的问卷为无效问卷）。综合得分 = %7 × 专家评分 + %8 × 社会评价得分。得分相同者名次并列。各项得分均四舍五入保留两位小数。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Results of the evaluation: %1</source>
        <translation>%1结果</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
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
        <source>Expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>社会评价</translation>
    </message>
    <message>
        <source>Combined</source>
        <translation>综合得分</translation>
    </message>
    <message>
        <source>Rank in category</source>
        <translation>类别内
名次</translation>
    </message>
    <message>
        <source>How the scores were formed</source>
        <translation>得分形成说明</translation>
    </message>
    <message>
        <source>Expert scoring sheets: %1</source>
        <translation>%1专家评分表</translation>
    </message>
    <message>
        <source>Expert scoring sheet: %1</source>
        <translation>%1专家评分表</translation>
    </message>
    <message>
        <source>Expert: %1    Unit: %2</source>
        <translation>专家：%1    单位：%2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Total
(%1)</source>
        <translation>总分
（%1分）</translation>
    </message>
    <message>
        <source>Recused</source>
        <translation>回避</translation>
    </message>
    <message>
        <source>Points are whole numbers or have one decimal, up to each criterion&apos;s maximum.</source>
        <translation>评分可为整数或保留一位小数，不得超过各项的满分。</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>专家签名：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Satisfaction questionnaire: %1</source>
        <translation>%1满意度调查问卷</translation>
    </message>
    <message>
        <source>Please tick one answer for each service brand. Choose “does not know” when you have not used its services.</source>
        <translation>请对每个服务品牌勾选一项评价。未接触过其服务的，请选择“不了解”。</translation>
    </message>
    <message>
        <source>Comments and suggestions:</source>
        <translation>意见和建议：</translation>
    </message>
    <message>
        <source>Scores %1</source>
        <translation>%1评分明细</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>own department: not counted</source>
        <translation>本部门专家：不计入</translation>
    </message>
    <message>
        <source>incomplete: not counted</source>
        <translation>评分不全：不计入</translation>
    </message>
    <message>
        <source>Office of the service brand campaign</source>
        <translation>市级机关作风建设领导小组办公室</translation>
    </message>
    <message>
        <source>%1
(%2)</source>
        <comment>a criterion and its points</comment>
        <translation>%1
（%2分）</translation>
    </message>
</context>
<context>
    <name>EvaluationEntriesTab</name>
    <message>
        <source>Enter a &amp;brand…</source>
        <translation>申报参评品牌(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Declaration…</source>
        <translation>自查申报(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>撤回参评(&amp;W)</translation>
    </message>
</context>
<context>
    <name>EvaluationExpertsTab</name>
    <message>
        <source>Add ex&amp;pert…</source>
        <translation>添加专家(&amp;P)…</translation>
    </message>
    <message>
        <source>E&amp;dit expert…</source>
        <translation>编辑专家(&amp;D)…</translation>
    </message>
    <message>
        <source>Remove expert</source>
        <translation>移除专家</translation>
    </message>
</context>
<context>
    <name>EvaluationPanelRepository</name>
    <message>
        <source>the expert panel could not be read</source>
        <translation>无法读取评审专家组</translation>
    </message>
    <message>
        <source>the expert panel could not be saved</source>
        <translation>无法保存评审专家组</translation>
    </message>
    <message>
        <source>Someone else changed this expert or their scores after you opened them. Reload to see their changes.</source>
        <translation>您打开后，他人已修改了该专家或其评分。请重新载入以查看其修改。</translation>
    </message>
    <message>
        <source>The expert no longer exists; someone may have removed them.</source>
        <translation>该专家已不存在，可能已被他人移除。</translation>
    </message>
</context>
<context>
    <name>EvaluationRepository</name>
    <message>
        <source>the evaluation could not be read</source>
        <translation>无法读取评选信息</translation>
    </message>
    <message>
        <source>the evaluation could not be saved</source>
        <translation>无法保存评选信息</translation>
    </message>
    <message>
        <source>Someone else changed or deleted this after you opened it. Reload to see their changes.</source>
        <translation>您打开后，他人已修改或删除了该记录。请重新载入以查看其修改。</translation>
    </message>
    <message>
        <source>The record no longer exists; someone may have deleted it.</source>
        <translation>该记录已不存在，可能已被他人删除。</translation>
    </message>
</context>
<context>
    <name>EvaluationResultsTab</name>
    <message>
        <source>Top:</source>
        <translation>前 N 名：</translation>
    </message>
    <message>
        <source>Select the top N per &amp;category</source>
        <translation>按类别选出前 N 名(&amp;C)</translation>
    </message>
    <message>
        <source>Mark as t&amp;ypical brand</source>
        <translation>确定为典型品牌(&amp;Y)</translation>
    </message>
    <message>
        <source>Pu&amp;blicity…</source>
        <translation>典型宣传(&amp;B)…</translation>
    </message>
    <message>
        <source>Namin&amp;g…</source>
        <translation>命名(&amp;G)…</translation>
    </message>
    <message>
        <source>Export all scores…</source>
        <translation>导出全部评分…</translation>
    </message>
    <message>
        <source>&amp;Print results…</source>
        <translation>打印评选结果(&amp;P)…</translation>
    </message>
    <message>
        <source>Print expert &amp;sheets…</source>
        <translation>打印专家评分表(&amp;S)…</translation>
    </message>
    <message>
        <source>Print &amp;questionnaire…</source>
        <translation>打印测评问卷(&amp;Q)…</translation>
    </message>
    <message>
        <source>Choose a brand to see how its scores were formed.</source>
        <translation>请选择一个品牌，查看其得分的计算过程。</translation>
    </message>
</context>
<context>
    <name>EvaluationScoresTab</name>
    <message>
        <source>&amp;Score sheet of expert:</source>
        <translation>评分专家(&amp;S)：</translation>
    </message>
    <message>
        <source>Type the points; Tab or Enter moves on. Each value is saved at once.</source>
        <translation>请输入分数；按 Tab 键或回车键移到下一格。每个分数输入后即自动保存。</translation>
    </message>
</context>
<context>
    <name>EvaluationSurveyTab</name>
    <message>
        <source>Questionnaires per brand and answer; “does not know” makes a questionnaire invalid. Tab or Enter moves on; each value is saved at once.</source>
        <translation>按服务品牌和评价等级填写问卷份数；选择“不了解”的问卷为无效问卷。按 Tab 键或回车键移到下一格；每个数值输入后即自动保存。</translation>
    </message>
</context>
<context>
    <name>EvaluationView</name>
    <message>
        <source>&amp;Round:</source>
        <translation>评选轮次(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <translation>新建评选轮次(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>重命名(&amp;M)…</translation>
    </message>
</context>
<context>
    <name>ExpertDialog</name>
    <message>
        <source>Expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>工作单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Department (conflict of interest):</source>
        <translation>所在部门（回避）(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>ExportTable</name>
    <message>
        <source>The file name %1 must end in .xlsx (Excel workbook) or .csv (CSV).</source>
        <translation>文件名 %1 须以 .xlsx（Excel 工作簿）或 .csv（CSV）结尾。</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <source>First administrator</source>
        <translation>首位管理员</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>用户名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>确认密码(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>HotlineReport</name>
    <message>
        <source>; </source>
        <comment>list separator: ；</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <comment>a month: 2026年11月</comment>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>Report on the brand supervision hotline, %1</source>
        <translation>关于%1品牌监督热线工作情况的通报</translation>
    </message>
    <message>
        <source>To all municipal departments and units:</source>
        <translation>各市级机关部门（单位）：</translation>
    </message>
    <message>
        <source>The tickets of the brand supervision hotline and of social appraisal from %1 are reported as follows.</source>
        <translation>现将%1品牌监督热线和社会评议工单办理情况通报如下。</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>section heading: 一、总体情况</comment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Overall figures</source>
        <translation>总体情况</translation>
    </message>
    <message>
        <source>In the month %1 tickets were received, %2 of them repeat calls (%3), and %4 were closed. Of the %5 tickets due, %6 were answered on time (%7); %8 of %9 assignments were signed for in time (%10). Of %11 callers reached at the follow-up, %12 were satisfied (%13) and %14 basically satisfied. On %15, %16 tickets are overdue.</source>
        <translation>本月共受理工单%1件，其中重复来电%2件（重复率%3），办结%4件。到期工单%5件，按时答复%6件（按时办结率%7）；交办%9件，及时签收%8件（及时签收率%10）。回访联系上来电人%11人，满意%12人（回访满意率%13），基本满意%14人。截至%15，超期未办结工单%16件。</translation>
    </message>
    <message>
        <source>Departments ranked</source>
        <translation>各部门办理情况排名</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Answered
on time</source>
        <translation>按时
办结率</translation>
    </message>
    <message>
        <source>Signed for
in time</source>
        <translation>及时
签收率</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>回访
满意率</translation>
    </message>
    <message>
        <source>Repeat
calls</source>
        <translation>重复
来电</translation>
    </message>
    <message>
        <source>Overdue
now</source>
        <translation>当前
超期</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Departments named</source>
        <translation>点名部门</translation>
    </message>
    <message>
        <source>No ticket is overdue.</source>
        <translation>无超期未办结工单。</translation>
    </message>
    <message>
        <source>%1 (%2 overdue, the longest %3 days)</source>
        <translation>%1（超期%2件，最长%3天）</translation>
    </message>
    <message>
        <source>The following departments let callers wait past the time limit and are asked to answer at once: %1.</source>
        <translation>以下部门存在工单超期未办结情况，请立即办理答复：%1。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>department (rate)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No department&apos;s satisfaction fell below %1%.</source>
        <translation>各部门回访满意率均不低于%1%。</translation>
    </message>
    <message>
        <source>Satisfaction below %1% at: %2. These departments are asked to look into the dissatisfied callers&apos; matters again.</source>
        <translation>回访满意率低于%1%的部门：%2。请上述部门对不满意来电事项再次核查办理。</translation>
    </message>
    <message>
        <source>Praise received</source>
        <translation>群众表扬</translation>
    </message>
    <message>
        <source>No praise was received in the month.</source>
        <translation>本月未收到表扬。</translation>
    </message>
    <message>
        <source>%1: </source>
        <translation>%1：</translation>
    </message>
</context>
<context>
    <name>HotlineReportDialog</name>
    <message>
        <source>Monthly hotline report</source>
        <translation>热线工作通报</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>发文机关(&amp;I)：</translation>
    </message>
    <message>
        <source>Document &amp;number:</source>
        <translation>文号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>另存为 &amp;PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
</context>
<context>
    <name>HotlineRepository</name>
    <message>
        <source>the tickets could not be read</source>
        <translation>无法读取工单</translation>
    </message>
    <message>
        <source>the ticket could not be saved</source>
        <translation>无法保存工单</translation>
    </message>
    <message>
        <source>The ticket no longer exists; someone may have deleted it.</source>
        <translation>该工单已不存在，可能已被他人删除。</translation>
    </message>
    <message>
        <source>Someone else changed or deleted this ticket after you opened it. Reopen it to see their changes.</source>
        <translation>在您打开该工单后，他人修改或删除了它。请重新打开以查看其修改。</translation>
    </message>
    <message>
        <source>the ticket could not be deleted</source>
        <translation>无法删除工单</translation>
    </message>
</context>
<context>
    <name>HotlineRules</name>
    <message>
        <source>must be a list of dates like 2026-10-01.</source>
        <translation>必须为 2026-10-01 这样的日期列表。</translation>
    </message>
    <message>
        <source>is not a date like 2026-10-01.</source>
        <translation>不是 2026-10-01 这样的日期。</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2.</source>
        <translation>必须为 %1 到 %2 之间的整数。</translation>
    </message>
    <message>
        <source>%1: the holiday list is not a JSON object.</source>
        <translation>%1：节假日列表不是 JSON 对象。</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>必须为 JSON 对象。</translation>
    </message>
    <message>
        <source>is not a kind of ticket.</source>
        <translation>不是工单类型。</translation>
    </message>
</context>
<context>
    <name>HotlineView</name>
    <message>
        <source>Only &amp;overdue</source>
        <translation>仅显示超期(&amp;O)</translation>
    </message>
    <message>
        <source>Number, caller or content (Ctrl+F)</source>
        <translation>编号、来电人或内容（Ctrl+F）</translation>
    </message>
</context>
<context>
    <name>ImapClient</name>
    <message>
        <source>The mail library could not be started.</source>
        <translation>邮件组件无法启动。</translation>
    </message>
    <message>
        <source>Fetching mail was stopped.</source>
        <translation>已停止收取邮件。</translation>
    </message>
    <message>
        <source>The mail server %1 refused the user name or password. Check them and try again.</source>
        <translation>邮件服务器 %1 拒绝了用户名或密码。请检查后重试。</translation>
    </message>
    <message>
        <source>The mail server %1 cannot be reached. Check the network and the mail settings.</source>
        <translation>无法连接邮件服务器 %1。请检查网络和邮件设置。</translation>
    </message>
    <message>
        <source>No secure connection to the mail server %1: check its encryption setting.</source>
        <translation>无法与邮件服务器 %1 建立安全连接：请检查加密方式设置。</translation>
    </message>
    <message>
        <source>The mail server %1 answered with an error.</source>
        <translation>邮件服务器 %1 返回了错误。</translation>
    </message>
    <message>
        <source>The mail folder %1 cannot be read.</source>
        <translation>无法读取邮件文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>InspectionActions</name>
    <message>
        <source>Inspections</source>
        <translation>督查</translation>
    </message>
</context>
<context>
    <name>InspectionChecklist</name>
    <message>
        <source>Has a service brand</source>
        <translation>已确定服务品牌</translation>
    </message>
    <message>
        <source>The department has no service brand yet; every department must build at least one.</source>
        <translation>该部门尚未确定服务品牌；每个部门都至少要培育打造一项服务品牌。</translation>
    </message>
    <message numerus="yes">
        <source>Done on %1, %n day(s) late.</source>
        <translation>
            <numerusform>%1 完成，逾期 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>Done on %1.</source>
        <translation>%1 完成。</translation>
    </message>
    <message>
        <source>Due %1; not done.</source>
        <translation>截止 %1，未完成。</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <source>Record an inspection</source>
        <translation>登记督查</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>Type part of the name or the short name, then Enter</source>
        <translation>输入全称或简称的一部分，然后按回车</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>日期(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Inspectors:</source>
        <translation>督查人员(&amp;I)：</translation>
    </message>
    <message>
        <source>The inspectors&apos; names, separated by 、</source>
        <translation>督查人员姓名，以“、”分隔</translation>
    </message>
    <message>
        <source>&amp;Checklist — keys 1 met, 2 partly met, 3 not met, 0 not checked; F2 edits a note:</source>
        <translation>检查清单(&amp;C)——按键 1 达标、2 基本达标、3 未达标、0 未检查；F2 编辑备注：</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>发现问题(&amp;F)：</translation>
    </message>
    <message>
        <source>What the inspectors found</source>
        <translation>督查中发现的问题</translation>
    </message>
    <message>
        <source>&amp;Rectification demands and follow-up:</source>
        <translation>整改要求及跟踪(&amp;R)：</translation>
    </message>
    <message>
        <source>Re&amp;move demand</source>
        <translation>移除整改要求(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+S)</source>
        <translation>保存(&amp;S)（Ctrl+S）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Add d&amp;emand (Ctrl+Ins)</source>
        <translation>添加整改要求(&amp;E)（Ctrl+Ins）</translation>
    </message>
</context>
<context>
    <name>InspectionKind</name>
    <message>
        <source>Regular</source>
        <translation>例行督查</translation>
    </message>
    <message>
        <source>Special</source>
        <translation>专项督查</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>随机抽查</translation>
    </message>
</context>
<context>
    <name>InspectionRepository</name>
    <message>
        <source>the inspection could not be saved</source>
        <translation>无法保存督查记录</translation>
    </message>
    <message>
        <source>The inspection no longer exists; someone may have deleted it.</source>
        <translation>该督查记录已不存在，可能已被他人删除。</translation>
    </message>
    <message>
        <source>the inspection could not be read</source>
        <translation>无法读取督查记录</translation>
    </message>
    <message>
        <source>the department&apos;s inspections could not be read</source>
        <translation>无法读取该部门的督查记录</translation>
    </message>
    <message>
        <source>the inspections could not be read</source>
        <translation>无法读取督查记录</translation>
    </message>
    <message>
        <source>the rectification demands could not be read</source>
        <translation>无法读取整改要求</translation>
    </message>
    <message>
        <source>the department&apos;s inspections could not be counted</source>
        <translation>无法统计该部门的督查记录</translation>
    </message>
    <message>
        <source>Someone else changed or deleted this inspection after you opened it. Reopen it to see their changes.</source>
        <translation>您打开此督查记录后，他人已修改或删除了它。请重新打开以查看其修改。</translation>
    </message>
    <message>
        <source>the inspection could not be deleted</source>
        <translation>无法删除督查记录</translation>
    </message>
    <message>
        <source>A rectification demand of this inspection was removed by someone else. Reopen the inspection to see their changes.</source>
        <translation>此督查记录的一项整改要求已被他人移除。请重新打开以查看其修改。</translation>
    </message>
</context>
<context>
    <name>InspectionSheet</name>
    <message>
        <source>, </source>
        <comment>list separator: 、</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Service brand inspection sheet</source>
        <translation>服务品牌建设督查表</translation>
    </message>
    <message>
        <source>%1 · printed %2</source>
        <translation>%1 · %2打印</translation>
    </message>
    <message>
        <source>Date of inspection:</source>
        <translation>督查日期：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>督查类型：</translation>
    </message>
    <message>
        <source>Inspectors:</source>
        <translation>督查人员：</translation>
    </message>
    <message>
        <source>1. The department</source>
        <translation>一、部门基本情况</translation>
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
        <source>Principal leader</source>
        <translation>主要领导</translation>
    </message>
    <message>
        <source>Leader in charge</source>
        <translation>分管领导</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
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
        <source>2. Service brand and its completeness</source>
        <translation>二、服务品牌及完整度</translation>
    </message>
    <message>
        <source>The department has no service brand yet: every department must build at least one.</source>
        <translation>该部门尚未确定服务品牌：每个部门都至少要培育打造一项服务品牌。</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>服务品牌</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>完整度</translation>
    </message>
    <message>
        <source>Brands of the department</source>
        <translation>部门品牌数</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Checked item</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>On file</source>
        <translation>台账情况</translation>
    </message>
    <message>
        <source>Inspectors&apos; finding</source>
        <translation>督查意见</translation>
    </message>
    <message>
        <source>✓</source>
        <translation>✓</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>3. Milestones due</source>
        <translation>三、阶段任务完成情况</translation>
    </message>
    <message>
        <source>No milestone is due yet.</source>
        <translation>暂无到期的阶段任务。</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>阶段任务</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>4. Weekly reports</source>
        <translation>四、周报报送情况</translation>
    </message>
    <message>
        <source>%1: %2 weeks owed, %3 on time, %4 late, %5 missing (on time %6).</source>
        <translation>%1：应报 %2 周，按时 %3 周，迟报 %4 周，缺报 %5 周（按时率 %6）。</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>缺报：%1。</translation>
    </message>
    <message>
        <source>Late: %1.</source>
        <translation>迟报：%1。</translation>
    </message>
    <message>
        <source>5. The last inspection</source>
        <translation>五、上次督查情况</translation>
    </message>
    <message>
        <source>Not inspected before.</source>
        <translation>此前未督查。</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>%1: </source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Open rectification: </source>
        <translation>未完成整改：</translation>
    </message>
    <message>
        <source>Inspectors&apos; opinion:</source>
        <translation>督查意见：</translation>
    </message>
    <message>
        <source>Rectification demanded and deadline:</source>
        <translation>整改要求及时限：</translation>
    </message>
    <message>
        <source>Inspectors&apos; signatures:</source>
        <translation>督查人员签名：</translation>
    </message>
    <message>
        <source>Department head&apos;s signature:</source>
        <translation>被督查单位负责人签名：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>%1 (deadline %2)</source>
        <translation>%1（期限 %2）</translation>
    </message>
</context>
<context>
    <name>InspectionSnapshots</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (deadline %2; %3)</source>
        <translation>%1（期限 %2；%3）</translation>
    </message>
</context>
<context>
    <name>InspectionsView</name>
    <message>
        <source>Search inspectors and findings… (Ctrl+F)</source>
        <translation>检索督查人员和发现的问题…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Only with &amp;overdue rectifications</source>
        <translation>只看整改逾期的(&amp;O)</translation>
    </message>
</context>
<context>
    <name>LargeDataset</name>
    <message>
        <source>A generated database needs at least one department and one year.</source>
        <translation>生成的数据库至少需要一个部门和一年。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>用户名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
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
    <name>MailFetcher</name>
    <message>
        <source>Fetching mail was stopped.</source>
        <translation>已停止收取邮件。</translation>
    </message>
    <message>
        <source>The office mailbox is not set up yet: enter its server, port and user in File › Mail Settings.</source>
        <translation>尚未设置办公室邮箱：请在“文件 › 邮件设置”中填写服务器、端口和用户名。</translation>
    </message>
</context>
<context>
    <name>MailMessageRepository</name>
    <message>
        <source>the mail could not be saved</source>
        <translation>无法保存邮件</translation>
    </message>
    <message>
        <source>the inbox could not be read</source>
        <translation>无法读取收件箱</translation>
    </message>
    <message>
        <source>the mail could not be read</source>
        <translation>无法读取邮件</translation>
    </message>
    <message>
        <source>The mail no longer exists.</source>
        <translation>该邮件已不存在。</translation>
    </message>
    <message>
        <source>No mail became this report.</source>
        <translation>没有邮件对应这份周报。</translation>
    </message>
    <message>
        <source>Someone else has already handled this mail.</source>
        <translation>这封邮件已由他人处理。</translation>
    </message>
    <message>
        <source>the departments&apos; addresses could not be read</source>
        <translation>无法读取部门的邮件地址</translation>
    </message>
    <message>
        <source>the department&apos;s address could not be saved</source>
        <translation>无法保存部门的邮件地址</translation>
    </message>
</context>
<context>
    <name>MailSecurity</name>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>不加密</translation>
    </message>
</context>
<context>
    <name>MailSettingsRepository</name>
    <message>
        <source>the mail settings could not be read</source>
        <translation>无法读取邮件设置</translation>
    </message>
    <message>
        <source>the mail settings could not be saved</source>
        <translation>无法保存邮件设置</translation>
    </message>
</context>
<context>
    <name>MilestoneActions</name>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>&quot;%1&quot; applies to %2 only.</source>
        <translation>“%1”仅适用于%2。</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>阶段任务</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2：%3</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>证明材料：%1</translation>
    </message>
</context>
<context>
    <name>MilestoneCompletionDialog</name>
    <message>
        <source>Record milestone</source>
        <translation>登记阶段任务完成情况</translation>
    </message>
    <message>
        <source>Date &amp;done:</source>
        <translation>完成日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>佐证材料(&amp;E)：</translation>
    </message>
    <message>
        <source>What was done, by whom, with which document number…</source>
        <translation>做了什么、由谁完成、文件文号…</translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation>附件：</translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>添加附件(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Withdraw this record</source>
        <translation>撤销该完成记录(&amp;W)</translation>
    </message>
</context>
<context>
    <name>MilestoneRepository</name>
    <message>
        <source>the milestone records could not be read</source>
        <translation>无法读取阶段任务完成记录</translation>
    </message>
    <message>
        <source>the milestone record could not be read</source>
        <translation>无法读取该阶段任务完成记录</translation>
    </message>
    <message>
        <source>the milestone record could not be saved</source>
        <translation>无法保存该阶段任务完成记录</translation>
    </message>
    <message>
        <source>Someone else changed this milestone record after you opened it. Reopen it to see their changes.</source>
        <translation>您打开该阶段任务完成记录后，其他人已对其作了修改。请重新打开以查看其修改。</translation>
    </message>
    <message>
        <source>the milestone record could not be removed</source>
        <translation>无法删除该阶段任务完成记录</translation>
    </message>
</context>
<context>
    <name>MilestonesView</name>
    <message>
        <source>Search department… (Ctrl+F)</source>
        <translation>搜索部门…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Only &amp;behind</source>
        <translation>仅显示滞后的(&amp;B)</translation>
    </message>
</context>
<context>
    <name>MimeDecoder</name>
    <message>
        <source>attachment %1</source>
        <translation>附件%1</translation>
    </message>
    <message>
        <source>The message is not a readable e-mail.</source>
        <translation>该邮件无法解读。</translation>
    </message>
</context>
<context>
    <name>NamingDialog</name>
    <message>
        <source>Naming as a quality service brand</source>
        <translation>命名为市级机关优质服务品牌</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Document &amp;number:</source>
        <translation>命名文号(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>NewCampaignDialog</name>
    <message>
        <source>New campaign from template</source>
        <translation>按模板新建活动</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>模板(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Make it the current campaign</source>
        <translation>设为当前活动(&amp;M)</translation>
    </message>
    <message>
        <source>Every phase and milestone date moves to the new year and keeps its place in its dekad.</source>
        <translation>各阶段和阶段任务的日期均移至新年度，并保持其在所属旬（上旬、中旬、下旬）中的位置。</translation>
    </message>
</context>
<context>
    <name>PageStyle</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>重复新密码(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>The password library could not be started.</source>
        <translation>无法启动密码库。</translation>
    </message>
    <message>
        <source>The password could not be protected: the computer ran out of memory.</source>
        <translation>无法对密码进行加密保护：计算机内存不足。</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>The PDF file %1 could not be written.</source>
        <translation>无法写入 PDF 文件 %1。</translation>
    </message>
</context>
<context>
    <name>PresenceRepository</name>
    <message>
        <source>the list of connected users could not be read</source>
        <translation>无法读取在线用户列表</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print Preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save as PDF or Word…</source>
        <translation>另存为 PDF 或 Word…</translation>
    </message>
    <message>
        <source>Save these pages as PDF, or as a Word document (.docx)</source>
        <translation>将这些页面另存为 PDF 或 Word 文档（.docx）</translation>
    </message>
    <message>
        <source>Save as PDF or Word</source>
        <translation>另存为 PDF 或 Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>正在生成文件…</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>无法生成文件。</translation>
    </message>
</context>
<context>
    <name>ProblemDialog</name>
    <message>
        <source>Enterprise problem</source>
        <translation>企业难题</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Enterprise:</source>
        <translation>企业(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Raised on:</source>
        <translation>提出日期(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Problem:</source>
        <translation>难题(&amp;P)：</translation>
    </message>
    <message>
        <source>Responsible &amp;leader:</source>
        <translation>责任领导(&amp;L)：</translation>
    </message>
    <message>
        <source>One leader (一名领导)</source>
        <translation>一名领导（只填一人）</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>工作班子(&amp;T)：</translation>
    </message>
    <message>
        <source>The team working on it (一套班子)</source>
        <translation>负责解决的工作班子（一套班子）</translation>
    </message>
    <message>
        <source>How it will be solved (一个方案)</source>
        <translation>如何解决（一个方案）</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Solved on:</source>
        <translation>解决日期：</translation>
    </message>
    <message>
        <source>Why it cannot be solved</source>
        <translation>无法解决的原因</translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation>进展情况</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>做了哪些工作</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>添加进展(&amp;A)</translation>
    </message>
    <message>
        <source>Deadl&amp;ine:</source>
        <translation>解决期限(&amp;I)：</translation>
    </message>
    <message>
        <source>Pla&amp;n:</source>
        <translation>解决方案(&amp;N)：</translation>
    </message>
    <message>
        <source>Re&amp;move note</source>
        <translation>删除进展(&amp;M)</translation>
    </message>
</context>
<context>
    <name>ProblemLedgerSheet</name>
    <message numerus="yes">
        <source>%1
%n day(s) overdue</source>
        <translation>
            <numerusform>%1
逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Enterprise problem ledger</source>
        <translation>企业难题台账</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>难题</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Responsible
leader</source>
        <translation>责任
领导</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>工作班子</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Latest progress</source>
        <translation>最新进展</translation>
    </message>
    <message>
        <source>No problems recorded.</source>
        <translation>尚未登记任何难题。</translation>
    </message>
    <message>
        <source>Bold rows are overdue.</source>
        <translation>粗体行为逾期难题。</translation>
    </message>
    <message numerus="yes">
        <source>As of %1: %n problem(s)</source>
        <translation>
            <numerusform>截至%1：共%n个难题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>，其中逾期%n个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemLedgerTab</name>
    <message>
        <source>&amp;Overdue only</source>
        <translation>仅显示逾期的(&amp;O)</translation>
    </message>
</context>
<context>
    <name>ProblemStatus</name>
    <message>
        <source>In progress</source>
        <translation>正在解决</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Cannot be solved</source>
        <translation>无法解决</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待解决</translation>
    </message>
</context>
<context>
    <name>PublicityDialog</name>
    <message>
        <source>Publicity</source>
        <translation>典型宣传</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>媒体(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>New publicity</source>
        <translation>新增宣传</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation>日期(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>Quarter</name>
    <message>
        <source>Q%2 %1</source>
        <translation>%1年第%2季度</translation>
    </message>
</context>
<context>
    <name>QuarterCompliance</name>
    <message>
        <source>Met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待开展</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Not owed</source>
        <translation>无需开展</translation>
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
    <name>RectificationStatus</name>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>Send reminders</source>
        <translation>催报</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>发件人：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>收件人：</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ReminderMailer</name>
    <message>
        <source>The outgoing mail server (SMTP) is not set up yet: enter it in the mail settings.</source>
        <translation>尚未设置发信服务器（SMTP）：请在邮件设置中填写。</translation>
    </message>
    <message>
        <source>The office&apos;s own e-mail address (the sender of reminders) is not set up yet: enter it in the mail settings.</source>
        <translation>尚未设置本办的电子邮箱地址（催报的发件人）：请在邮件设置中填写。</translation>
    </message>
    <message>
        <source>Sending was cancelled.</source>
        <translation>已取消发送。</translation>
    </message>
</context>
<context>
    <name>ReminderNotice</name>
    <message>
        <source>Reminder notice: %1</source>
        <translation>催报通知单：%1</translation>
    </message>
    <message>
        <source>Reminder to send the weekly report</source>
        <translation>催报通知单</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>签收人：</translation>
    </message>
    <message>
        <source>Date and time:</source>
        <translation>签收时间：</translation>
    </message>
</context>
<context>
    <name>ReminderRepository</name>
    <message>
        <source>the reminders could not be read</source>
        <translation>催报记录无法读取</translation>
    </message>
    <message>
        <source>the reminder could not be logged</source>
        <translation>催报记录无法保存</translation>
    </message>
    <message>
        <source>The reminder no longer exists.</source>
        <translation>该催报记录已不存在。</translation>
    </message>
</context>
<context>
    <name>ReminderTemplate</name>
    <message>
        <source>The reminder template of the campaign: %1</source>
        <translation>活动的催报模板：%1</translation>
    </message>
    <message>
        <source>is empty.</source>
        <translation>为空。</translation>
    </message>
    <message>
        <source>has a &quot;}&quot; without its &quot;{&quot;.</source>
        <translation>有“}”而没有对应的“{”。</translation>
    </message>
    <message>
        <source>has a &quot;{&quot; that is never closed.</source>
        <translation>有“{”没有闭合。</translation>
    </message>
    <message>
        <source>{%1} is not a placeholder; use {department}, {week} or {due}.</source>
        <translation>{%1} 不是占位符；请使用 {department}、{week} 或 {due}。</translation>
    </message>
</context>
<context>
    <name>ReportChannel</name>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸质</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>当面报送</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
</context>
<context>
    <name>ReportEntryDialog</name>
    <message>
        <source>Log weekly reports</source>
        <translation>登记周报</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>Type part of the name or the short name, then Enter</source>
        <translation>输入全称或简称的一部分，然后按回车</translation>
    </message>
    <message>
        <source>&amp;Week:</source>
        <translation>周次(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>收到时间(&amp;R)：</translation>
    </message>
    <message>
        <source>N&amp;ow</source>
        <translation>现在(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>报送方式(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Left empty: the content&apos;s first line</source>
        <translation>留空则取内容的第一行</translation>
    </message>
    <message>
        <source>Paste from Word or WeChat: the text is kept, the formatting dropped</source>
        <translation>可从 Word 或微信粘贴：保留文字，去掉格式</translation>
    </message>
    <message>
        <source>Serves:</source>
        <translation>服务对象：</translation>
    </message>
    <message>
        <source>&amp;1 Enterprises</source>
        <translation>服务企业(&amp;1)</translation>
    </message>
    <message>
        <source>&amp;2 Grassroots</source>
        <translation>服务基层(&amp;2)</translation>
    </message>
    <message>
        <source>&amp;3 The public</source>
        <translation>服务群众(&amp;3)</translation>
    </message>
    <message>
        <source>T&amp;ypical practice</source>
        <translation>典型做法(&amp;Y)</translation>
    </message>
    <message>
        <source>Flag the report as a typical practice (典型做法): it is quoted in the supervision summary</source>
        <translation>标记为典型做法：将在督查通报中引用</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>附件：</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>添加附件(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>Save and &amp;next (Ctrl+Enter)</source>
        <translation>保存并录入下一份(&amp;N)（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>&amp;Save and close (Ctrl+S)</source>
        <translation>保存并关闭(&amp;S)（Ctrl+S）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>Cont&amp;ent:</source>
        <translation>内容(&amp;E)：</translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation>另存为(&amp;V)…</translation>
    </message>
</context>
<context>
    <name>ReportRepository</name>
    <message>
        <source>the report could not be read</source>
        <translation>无法读取周报</translation>
    </message>
    <message>
        <source>The report no longer exists; someone may have deleted it.</source>
        <translation>该周报已不存在，可能已被他人删除。</translation>
    </message>
    <message>
        <source>the report&apos;s attachments could not be read</source>
        <translation>无法读取周报附件</translation>
    </message>
    <message>
        <source>the reports could not be searched</source>
        <translation>无法检索周报</translation>
    </message>
    <message>
        <source>the week&apos;s reports could not be read</source>
        <translation>无法读取该周的周报</translation>
    </message>
    <message>
        <source>the report record could not be read</source>
        <translation>无法读取报送记录</translation>
    </message>
    <message>
        <source>the department&apos;s reports could not be counted</source>
        <translation>无法统计该部门的周报</translation>
    </message>
    <message>
        <source>the attachment could not be read</source>
        <translation>无法读取附件</translation>
    </message>
    <message>
        <source>The attachment no longer exists.</source>
        <translation>该附件已不存在。</translation>
    </message>
    <message>
        <source>the report could not be saved</source>
        <translation>无法保存周报</translation>
    </message>
    <message>
        <source>Someone else changed or deleted this report after you opened it. Reopen it to see their changes.</source>
        <translation>您打开此周报后，他人已修改或删除了它。请重新打开以查看其修改。</translation>
    </message>
    <message>
        <source>an attachment could not be removed</source>
        <translation>无法移除附件</translation>
    </message>
    <message>
        <source>the report could not be deleted</source>
        <translation>无法删除周报</translation>
    </message>
    <message>
        <source>an attachment could not be saved</source>
        <translation>无法保存附件</translation>
    </message>
</context>
<context>
    <name>ReportStatus</name>
    <message>
        <source>Not owed</source>
        <translation>无需报送</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>迟报</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺报</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
</context>
<context>
    <name>ReportTag</name>
    <message>
        <source>Serving enterprises</source>
        <translation>服务企业</translation>
    </message>
    <message>
        <source>Serving the grassroots</source>
        <translation>服务基层</translation>
    </message>
    <message>
        <source>Serving the public</source>
        <translation>服务群众</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator: 、</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ReportTotalsRepository</name>
    <message>
        <source>the report figures could not be read</source>
        <translation>无法读取周报统计数据</translation>
    </message>
    <message>
        <source>the report figures could not be saved</source>
        <translation>无法保存周报统计数据</translation>
    </message>
</context>
<context>
    <name>ReportWeek</name>
    <message>
        <source>%1/%2</source>
        <comment>month/day: 4月27日</comment>
        <translation>%1月%2日</translation>
    </message>
    <message>
        <source>%1 week %2 (%3 – %4)</source>
        <comment>2009年第18周（4月27日—5月3日）</comment>
        <translation>%1年第%2周（%3—%4）</translation>
    </message>
    <message>
        <source>W%1</source>
        <comment>第18周</comment>
        <translation>第%1周</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Search titles and contents… (Ctrl+F)</source>
        <translation>检索标题和内容…（Ctrl+F）</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>至：</translation>
    </message>
    <message>
        <source>T&amp;ypical practices only</source>
        <translation>只看典型做法(&amp;Y)</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The data as it is now is backed up first, so a restore can itself be undone.</source>
        <translation>请选择要恢复到的备份。恢复前会先备份当前数据，因此恢复本身也可以撤销。</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>备份原因</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>&amp;Other File…</source>
        <translation>其他文件(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>办事员</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>领导</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>Evaluation round</source>
        <translation>评选轮次</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>开始日期(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>结束日期(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>Satisfaction</name>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
</context>
<context>
    <name>ScoreExplanation</name>
    <message>
        <source>counted</source>
        <translation>计入</translation>
    </message>
    <message>
        <source>dropped as the highest total</source>
        <translation>作为最高分去掉</translation>
    </message>
    <message>
        <source>dropped as the lowest total</source>
        <translation>作为最低分去掉</translation>
    </message>
    <message>
        <source>excluded: from the brand&apos;s own department</source>
        <translation>不计入：专家来自该品牌所在部门</translation>
    </message>
    <message>
        <source>excluded: not every criterion scored</source>
        <translation>不计入：未对全部评分项打分</translation>
    </message>
    <message>
        <source>no scores entered</source>
        <translation>未录入评分</translation>
    </message>
    <message>
        <source>Expert score: none — no expert&apos;s complete total counts.</source>
        <translation>专家评审得分：无 — 没有可计入的专家完整总分。</translation>
    </message>
    <message>
        <source>Expert score = (%1) / %2 = %3</source>
        <translation>专家评审得分 = (%1) / %2 = %3</translation>
    </message>
    <message>
        <source>Social score: none — no valid questionnaire (%1 不了解 not counted).</source>
        <translation>社会评价得分：无 — 没有有效问卷（%1 份“不了解”不计入）。</translation>
    </message>
    <message>
        <source>Social score = (%1 × %2 + %3 × %4 + %5 × %6) / %7 valid = %8 (%9 不了解 not counted)</source>
        <translation>社会评价得分 = (%1 × %2 + %3 × %4 + %5 × %6) / %7 份有效问卷 = %8（%9 份“不了解”不计入）</translation>
    </message>
    <message>
        <source>Combined score: none — it needs both an expert and a social score, so the brand is not ranked.</source>
        <translation>综合得分：无 — 须同时有专家评审得分和社会评价得分，因此该品牌不参与排名。</translation>
    </message>
    <message>
        <source>Combined score = %1 × %2 + %3 × %4 = %5</source>
        <translation>综合得分 = %1 × %2 + %3 × %4 = %5</translation>
    </message>
    <message>
        <source>excluded: from the brand&apos;s own department (%1)</source>
        <translation>不计入：专家来自该品牌所在部门（%1）</translation>
    </message>
    <message>
        <source>excluded: %1 of %2 criteria scored</source>
        <translation>不计入：%2 个评分项中只评了 %1 个</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: total %2 — %3</source>
        <translation>%1：总分 %2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>%n expert total(s) count; with %1 or more, the highest and the lowest are dropped.</source>
        <translation>
            <numerusform>计入的专家总分共 %n 个；达到 %1 个及以上时，去掉一个最高分和一个最低分。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expert total(s) count; fewer than %1, so none is dropped.</source>
        <translation>
            <numerusform>计入的专家总分共 %n 个；不足 %1 个，不去掉最高分和最低分。</numerusform>
        </translation>
    </message>
    <message>
        <source>Computed with exact fractions; figures are rounded half up to two decimals only when shown.</source>
        <translation>按精确分数计算；仅在显示时四舍五入保留两位小数。</translation>
    </message>
</context>
<context>
    <name>ScoringRules</name>
    <message>
        <source>The campaign&apos;s scoring rules are wrong: %1: %2</source>
        <translation>活动的计分规则有误：%1：%2</translation>
    </message>
    <message>
        <source>must be a number such as 20 or &quot;0.6&quot;.</source>
        <translation>必须为数字，如 20 或 &quot;0.6&quot;。</translation>
    </message>
    <message>
        <source>must lie between %1 and %2.</source>
        <translation>必须在 %1 到 %2 之间。</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>The campaign&apos;s definition cannot be read, so neither can its scoring rules.</source>
        <translation>无法读取活动定义，因此也无法读取其计分规则。</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>必须为 JSON 对象。</translation>
    </message>
    <message>
        <source>must list at least one criterion.</source>
        <translation>必须至少列出一个评分项。</translation>
    </message>
    <message>
        <source>“%1” is not one of the five standards (name, logo, culture, service-system, social-benefit).</source>
        <translation>“%1”不是五项标准之一，应为 name（品牌名称）、logo（品牌标识）、culture（品牌文化）、service-system（服务体系）或 social-benefit（社会效益）。</translation>
    </message>
    <message>
        <source>“%1” is listed twice.</source>
        <translation>“%1”重复列出。</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>缺少此项。</translation>
    </message>
    <message>
        <source>may have at most one decimal.</source>
        <translation>最多只能有一位小数。</translation>
    </message>
    <message>
        <source>must be a whole number from 3 to 100.</source>
        <translation>必须为 3 到 100 之间的整数。</translation>
    </message>
    <message>
        <source>must be an object such as { &quot;满意&quot;: 100, &quot;基本满意&quot;: 60, &quot;不满意&quot;: 0 }.</source>
        <translation>必须为 JSON 对象，如 { &quot;满意&quot;: 100, &quot;基本满意&quot;: 60, &quot;不满意&quot;: 0 }。</translation>
    </message>
    <message>
        <source>is not a level; the levels are 满意, 基本满意 and 不满意 (不了解 counts as an invalid questionnaire).</source>
        <translation>不是评价等级；评价等级只有满意、基本满意和不满意（“不了解”计为无效问卷）。</translation>
    </message>
    <message>
        <source>must be an object such as { &quot;expert&quot;: &quot;0.6&quot;, &quot;social&quot;: &quot;0.4&quot; }.</source>
        <translation>必须为 JSON 对象，如 { &quot;expert&quot;: &quot;0.6&quot;, &quot;social&quot;: &quot;0.4&quot; }。</translation>
    </message>
    <message>
        <source>the weights must add up to 1 (now %1 + %2).</source>
        <translation>权重之和必须为 1（当前为 %1 + %2）。</translation>
    </message>
</context>
<context>
    <name>ServerAdmin</name>
    <message>
        <source>&quot;%1&quot; cannot be a database name: use lower-case letters, digits and _ (e.g. branddesk).</source>
        <translation>“%1”不能用作数据库名：请使用小写字母、数字和下划线（如 branddesk）。</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql).</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（软件包 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>The server %1 could not be reached as &quot;%2&quot; (its maintenance database &quot;postgres&quot;).</source>
        <translation>无法以“%2”身份连接服务器 %1（其维护数据库“postgres”）。</translation>
    </message>
    <message>
        <source>the server&apos;s databases could not be listed</source>
        <translation>无法列出服务器上的数据库</translation>
    </message>
    <message>
        <source>The server has no locale C.UTF-8, which BrandDesk needs for Chinese search. On the server, create the database by hand with a UTF-8 locale that knows Chinese (e.g. LC_CTYPE &apos;zh_CN.UTF-8&apos;) and LC_COLLATE &apos;C&apos;, then run server init again.</source>
        <translation>服务器上没有中文检索所需的区域设置 C.UTF-8。请在服务器上手工创建数据库，使用支持中文的 UTF-8 区域设置（如 LC_CTYPE &apos;zh_CN.UTF-8&apos;）和 LC_COLLATE &apos;C&apos;，然后再次运行 server init。</translation>
    </message>
    <message>
        <source>the database %1 could not be created</source>
        <translation>无法创建数据库 %1</translation>
    </message>
    <message>
        <source>the program&apos;s login could not be set up</source>
        <translation>无法设置程序的登录名</translation>
    </message>
    <message>
        <source>A file has no logins; only a server database has.</source>
        <translation>文件没有登录名；只有服务器数据库才有。</translation>
    </message>
    <message>
        <source>The database&apos;s name &quot;%1&quot; is too long to name its program role after it.</source>
        <translation>数据库名“%1”太长，无法据此命名其程序角色。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be the program&apos;s login: use lower-case letters, digits and _ (e.g. branddesk_app), not the group&apos;s name %2.</source>
        <translation>“%1”不能作为程序的登录名：请使用小写字母、数字和 _（例如 branddesk_app），且不能与组角色名 %2 相同。</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is a superuser, the administrator&apos;s own login or the database&apos;s owner; the program&apos;s login must be a login of its own (e.g. branddesk_app).</source>
        <translation>登录名“%1”是超级用户、管理员本人的登录名或数据库的所有者；程序的登录名必须是单独的登录名（例如 branddesk_app）。</translation>
    </message>
</context>
<context>
    <name>ServerSettings</name>
    <message>
        <source>The server connection &quot;%1&quot; is not of the form key=value key=value.</source>
        <translation>服务器连接“%1”的格式不是 key=value key=value。</translation>
    </message>
    <message>
        <source>The server&apos;s port &quot;%1&quot; is not a number from 1 to 65535.</source>
        <translation>服务器端口“%1”不是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>sslmode &quot;%1&quot; is not one of %2.</source>
        <translation>sslmode“%1”不是 %2 之一。</translation>
    </message>
    <message>
        <source>The server connection has an unknown setting &quot;%1&quot;.</source>
        <translation>服务器连接中有未知设置“%1”。</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>BrandDesk cannot read the accounts</source>
        <translation>服务品牌督查台无法读取用户账户</translation>
    </message>
</context>
<context>
    <name>SmtpSender</name>
    <message>
        <source>The mail library could not be started.</source>
        <translation>邮件组件无法启动。</translation>
    </message>
    <message>
        <source>Sending was cancelled.</source>
        <translation>已取消发送。</translation>
    </message>
    <message>
        <source>The mail server %1 refused the user name or password. Check them in the mail settings.</source>
        <translation>邮件服务器 %1 拒绝了用户名或密码。请在邮件设置中检查。</translation>
    </message>
    <message>
        <source>The mail server %1 cannot be reached. Check the network and the server&apos;s name and port in the mail settings.</source>
        <translation>无法连接邮件服务器 %1。请检查网络，以及邮件设置中的服务器地址和端口。</translation>
    </message>
    <message>
        <source>No secure connection to the mail server %1 could be made (TLS). Check the security setting and the server&apos;s certificate.</source>
        <translation>无法与邮件服务器 %1 建立安全连接（TLS）。请检查安全设置和服务器证书。</translation>
    </message>
    <message>
        <source>The mail server refused the address %1 (reply %2).</source>
        <translation>邮件服务器拒收地址 %1（应答 %2）。</translation>
    </message>
    <message>
        <source>The connection to the mail server %1 broke off.</source>
        <translation>与邮件服务器 %1 的连接中断。</translation>
    </message>
    <message>
        <source>The message to %1 could not be sent.</source>
        <translation>发给 %1 的邮件未能发出。</translation>
    </message>
</context>
<context>
    <name>StagedFile</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 是文件夹，请选择文件名。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to. Choose another folder.</source>
        <translation>文件夹 %1 无法写入，请另选文件夹。</translation>
    </message>
    <message>
        <source>The file %1 was already saved or given up.</source>
        <translation>文件 %1 已保存或已放弃。</translation>
    </message>
    <message>
        <source>The file %1 could not be saved to disk.</source>
        <translation>无法将文件 %1 写入磁盘。</translation>
    </message>
    <message>
        <source>The file %1 could not be replaced. If it is open in Excel or WPS, close it there, or choose another name.</source>
        <translation>无法替换文件 %1。如果它正在 Excel 或 WPS 中打开，请先关闭，或另选文件名。</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Another program or another BrandDesk window is holding the database. Try again in a moment.</source>
        <translation>其他程序或另一个服务品牌督查台窗口正在占用数据库，请稍后重试。</translation>
    </message>
    <message>
        <source>The database file is read-only. Check the file&apos;s permissions or choose another location.</source>
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
    <message>
        <source>The database file was moved or deleted while BrandDesk had it open; nothing more can be saved to it. Close BrandDesk and open the file again, or restore a backup.</source>
        <translation>数据库文件在服务品牌督查台打开期间被移动或删除，已无法再保存任何数据。请关闭服务品牌督查台后重新打开该文件，或从备份恢复。</translation>
    </message>
    <message>
        <source>The database file %1 is damaged. It was left unchanged; restore the latest good backup to go on working.</source>
        <translation>数据库文件 %1 已损坏。该文件未作任何改动；请恢复最近一份完好的备份后继续工作。</translation>
    </message>
    <message>
        <source>The connection to the database server was lost. Nothing was changed; BrandDesk connects again by itself, then try again.</source>
        <translation>与数据库服务器的连接已中断，数据未作任何更改；服务品牌督查台会自动重新连接，届时请重试。</translation>
    </message>
    <message>
        <source>Another user was changing the same data at the same moment. Try again in a moment.</source>
        <translation>另一位用户正在同时修改同一数据，请稍后重试。</translation>
    </message>
    <message>
        <source>The server&apos;s disk is full. Nothing was changed; tell the administrator of the server.</source>
        <translation>服务器磁盘已满，数据未作任何更改；请告知服务器管理员。</translation>
    </message>
    <message>
        <source>The server&apos;s login BrandDesk uses may not do this. Ask the administrator to grant it (see the README&apos;s server section).</source>
        <translation>服务品牌督查台使用的服务器登录名无权执行此操作。请管理员授予权限（见 README 的服务器一节）。</translation>
    </message>
    <message>
        <source>The server accepts only reading now (a read-only standby).</source>
        <translation>服务器目前只允许读取（只读备用服务器）。</translation>
    </message>
</context>
<context>
    <name>SupervisionSummary</name>
    <message>
        <source>Report on the progress of %1 (%2)</source>
        <translation>关于%1推进情况的通报（%2）</translation>
    </message>
    <message>
        <source>To all municipal departments and units:</source>
        <translation>各市级机关部门（单位）：</translation>
    </message>
    <message>
        <source>To keep the campaign moving, the office has reviewed the work of all departments from %1. The situation is reported as follows.</source>
        <translation>为推动主题实践活动深入开展，我办对%1各部门（单位）活动开展情况进行了督查。现将有关情况通报如下。</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>section heading: 一、总体情况</comment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Overall situation</source>
        <translation>总体情况</translation>
    </message>
    <message>
        <source>By %1, the %2 departments had built %3 service brands; %4 departments have no brand yet.</source>
        <translation>截至%1，%2个部门（单位）共培育服务品牌%3个，尚有%4个部门未确定服务品牌。</translation>
    </message>
    <message>
        <source>The campaign is in phase %1, %2, which ends in %3 days.</source>
        <translation>活动现处于第%1阶段“%2”，距本阶段结束还有%3天。</translation>
    </message>
    <message>
        <source>The campaign is in phase %1, %2.</source>
        <translation>活动现处于第%1阶段“%2”。</translation>
    </message>
    <message>
        <source>Weekly reports: %1 were owed in the period; %2 arrived on time (%3), %4 late and %5 are missing. Milestones: %6 were due, %7 are done and %8 are overdue. Rectifications: %9 are open, %10 of them overdue.</source>
        <translation>周报报送：本期应报%1周次，按时报送%2周次（按时率%3），迟报%4周次，缺报%5周次。阶段任务：应完成%6项，已完成%7项，逾期未完成%8项。整改事项：未完成%9项，其中逾期%10项。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Weekly reports</source>
        <translation>周报</translation>
    </message>
    <message>
        <source>Milestones
done/due</source>
        <translation>阶段任务
完成/应完成</translation>
    </message>
    <message>
        <source>Open
rectifications</source>
        <translation>未完成
整改</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>迟报</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺报</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Departments to be urged</source>
        <translation>需要督促的部门</translation>
    </message>
    <message>
        <source>In this period every department reported on time and kept to its deadlines.</source>
        <translation>本期各部门均按时报送周报、按期完成各项任务。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>department (reason)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The following departments fell behind and are asked to catch up at once: %1.</source>
        <translation>以下部门工作滞后，请抓紧整改落实：%1。</translation>
    </message>
    <message>
        <source>; </source>
        <comment>list separator: ；</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>Typical practices</source>
        <translation>典型做法</translation>
    </message>
    <message>
        <source>No report of the period was marked as a typical practice.</source>
        <translation>本期暂无标记为典型做法的周报。</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>下一步工作</translation>
    </message>
    <message>
        <source>All departments are asked to report every week on time, to complete the milestones of the current phase by their deadlines, and to finish the rectifications demanded.</source>
        <translation>请各部门严格落实“一周一报”制度，按时完成本阶段各项任务，抓紧完成督查整改事项。</translation>
    </message>
    <message>
        <source>Departments in detail</source>
        <translation>各部门情况</translation>
    </message>
    <message>
        <source>Overdue
problems</source>
        <translation>逾期
难题</translation>
    </message>
    <message>
        <source>members of the municipal leading group for work-style construction</source>
        <translation>市机关作风建设领导小组成员</translation>
    </message>
    <message numerus="yes">
        <source>%n more department(s) also fell behind; see the table above.</source>
        <translation>
            <numerusform>另有%n个部门工作滞后，详见上表。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: </source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Copies to: %1.</source>
        <translation>抄送：%1。</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <comment>2009年6月1日印发</comment>
        <translation>%1印发</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Yes</source>
        <translation>有</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>导出%1</translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation>%1 已存在。要替换它吗？</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
</context>
<context>
    <name>TicketChannel</name>
    <message>
        <source>12345 referral</source>
        <translation>12345 转办</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>来信</translation>
    </message>
    <message>
        <source>Website / e-mail</source>
        <translation>网站 / 电子邮件</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Social appraisal meeting</source>
        <translation>社会评议会</translation>
    </message>
    <message>
        <source>Brand hotline</source>
        <translation>品牌监督热线</translation>
    </message>
</context>
<context>
    <name>TicketEntryDialog</name>
    <message>
        <source>Log hotline calls</source>
        <translation>登记热线来电</translation>
    </message>
    <message>
        <source>&amp;Received at:</source>
        <translation>受理时间(&amp;R)：</translation>
    </message>
    <message>
        <source>No&amp;w</source>
        <translation>现在(&amp;W)</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>来源(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation>服务品牌(&amp;B)：</translation>
    </message>
    <message>
        <source>Ca&amp;ller:</source>
        <translation>来电人(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>Keep &amp;confidential</source>
        <translation>保密(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;ontent:</source>
        <translation>内容(&amp;O)：</translation>
    </message>
    <message>
        <source>Find &amp;earlier calls</source>
        <translation>查找此前来电(&amp;E)</translation>
    </message>
    <message>
        <source>Save and &amp;next (Ctrl+Enter)</source>
        <translation>保存并继续(&amp;N)（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>&amp;Save and close (Ctrl+S)</source>
        <translation>保存并关闭(&amp;S)（Ctrl+S）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>监督热线</translation>
    </message>
    <message>
        <source>Repe&amp;at of:</source>
        <translation>重复来电(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>TicketImport</name>
    <message>
        <source>Ticket number</source>
        <translation>工单编号</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>来电号码</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>诉求类型</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>诉求内容</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>The ticket number is empty.</source>
        <translation>工单编号为空。</translation>
    </message>
    <message>
        <source>The ticket number is longer than %1 characters.</source>
        <translation>工单编号超过 %1 个字符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time.</source>
        <translation>“%1”不是有效的日期时间。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel.</source>
        <translation>“%1”不是可识别的来源渠道。</translation>
    </message>
    <message>
        <source>The caller&apos;s name or phone is too long.</source>
        <translation>来电人姓名或号码过长。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of ticket.</source>
        <translation>“%1”不是可识别的诉求类型。</translation>
    </message>
    <message>
        <source>No department is called &quot;%1&quot;.</source>
        <translation>没有名为“%1”的部门。</translation>
    </message>
    <message>
        <source>The content is empty.</source>
        <translation>诉求内容为空。</translation>
    </message>
    <message>
        <source>The content is longer than %1 characters.</source>
        <translation>诉求内容超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The ticket number %1 is also on line %2.</source>
        <translation>工单编号 %1 与第 %2 行重复。</translation>
    </message>
    <message>
        <source>The ticket number %1 looks like the ledger&apos;s own (2026-000123) but is not one.</source>
        <translation>工单编号 %1 形似本台账自编号（2026-000123）但并非规范编号。</translation>
    </message>
</context>
<context>
    <name>TicketImportDialog</name>
    <message>
        <source>Import from 12345</source>
        <translation>从 12345 导入</translation>
    </message>
    <message>
        <source>Choose &amp;File…</source>
        <translation>选择文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Columns of the file (fields marked * are required)</source>
        <translation>文件各列对应（带 * 的为必选）</translation>
    </message>
    <message>
        <source>Ticket &amp;number *</source>
        <translation>工单编号(&amp;N) *</translation>
    </message>
    <message>
        <source>&amp;Received at *</source>
        <translation>受理时间(&amp;R) *</translation>
    </message>
    <message>
        <source>&amp;Department *</source>
        <translation>承办单位(&amp;D) *</translation>
    </message>
    <message>
        <source>C&amp;ontent *</source>
        <translation>诉求内容(&amp;O) *</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>来源渠道(&amp;H)</translation>
    </message>
    <message>
        <source>C&amp;aller</source>
        <translation>来电人(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>来电号码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>诉求类型(&amp;K)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>工单编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Content or error</source>
        <translation>诉求内容或错误原因</translation>
    </message>
</context>
<context>
    <name>TicketKind</name>
    <message>
        <source>Request for help</source>
        <translation>求助</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Report of misconduct</source>
        <translation>举报</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>表扬</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>咨询</translation>
    </message>
</context>
<context>
    <name>TicketStatus</name>
    <message>
        <source>Awaiting sign-for</source>
        <translation>待签收</translation>
    </message>
    <message>
        <source>In hand</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Awaiting follow-up</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已受理</translation>
    </message>
</context>
<context>
    <name>TicketStepDialog</name>
    <message>
        <source>&amp;New due date:</source>
        <translation>新的办理时限(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>改派至(&amp;T)：</translation>
    </message>
    <message>
        <source>The department&apos;s &amp;answer:</source>
        <translation>部门答复(&amp;A)：</translation>
    </message>
    <message>
        <source>Matter &amp;solved</source>
        <translation>问题已解决(&amp;S)</translation>
    </message>
    <message>
        <source>Caller r&amp;eached</source>
        <translation>联系上来电人(&amp;E)</translation>
    </message>
    <message>
        <source>Satisfa&amp;ction:</source>
        <translation>满意度(&amp;C)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>记录(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>TicketWorkflow</name>
    <message>
        <source>Choose the department the ticket goes to.</source>
        <translation>请选择承办部门。</translation>
    </message>
    <message>
        <source>Enter the date of the assignment.</source>
        <translation>请填写交办日期。</translation>
    </message>
    <message>
        <source>A ticket cannot be assigned before it was received.</source>
        <translation>交办日期不能早于受理日期。</translation>
    </message>
    <message>
        <source>The ticket is already answered; it cannot be assigned again.</source>
        <translation>该工单已答复，不能再次交办。</translation>
    </message>
    <message>
        <source>Only a ticket assigned and not yet signed for can be signed for.</source>
        <translation>只有已交办、尚未签收的工单才能签收。</translation>
    </message>
    <message>
        <source>A ticket cannot be signed for before it was assigned.</source>
        <translation>签收时间不能早于交办日期。</translation>
    </message>
    <message>
        <source>Only a ticket a department is still working on can be extended.</source>
        <translation>只有部门正在办理的工单才能延期。</translation>
    </message>
    <message>
        <source>The ticket was already extended once; it cannot be extended again.</source>
        <translation>该工单已延期一次，不能再次延期。</translation>
    </message>
    <message>
        <source>This kind of ticket has no time limit to extend.</source>
        <translation>此类工单没有办理时限，无需延期。</translation>
    </message>
    <message>
        <source>An extension must be asked for by the due date (%1).</source>
        <translation>延期须在办理时限（%1）前申请。</translation>
    </message>
    <message>
        <source>The new date must come after the due date.</source>
        <translation>新的时限必须晚于原办理时限。</translation>
    </message>
    <message>
        <source>Give the reason for the extension.</source>
        <translation>请填写延期理由。</translation>
    </message>
    <message>
        <source>Only a ticket a department holds and has not answered can be returned or reassigned.</source>
        <translation>只有部门承办中、尚未答复的工单才能退单或改派。</translation>
    </message>
    <message>
        <source>Give the reason for the return or reassignment.</source>
        <translation>请填写退单或改派的理由。</translation>
    </message>
    <message>
        <source>Choose another department to reassign the ticket to.</source>
        <translation>请选择改派的其他部门。</translation>
    </message>
    <message>
        <source>A ticket cannot be returned before it was assigned.</source>
        <translation>退单日期不能早于交办日期。</translation>
    </message>
    <message>
        <source>A ticket is answered after its department signed for it.</source>
        <translation>部门签收后才能答复工单。</translation>
    </message>
    <message>
        <source>The answer cannot come before the assignment.</source>
        <translation>答复日期不能早于交办日期。</translation>
    </message>
    <message>
        <source>Enter the department&apos;s answer.</source>
        <translation>请填写部门答复。</translation>
    </message>
    <message>
        <source>A follow-up call is made once the department has answered.</source>
        <translation>部门答复后才能回访。</translation>
    </message>
    <message>
        <source>The follow-up cannot come before the answer.</source>
        <translation>回访日期不能早于答复日期。</translation>
    </message>
    <message>
        <source>Record whether the caller is satisfied.</source>
        <translation>请登记来电人是否满意。</translation>
    </message>
    <message>
        <source>Only a praise is closed without an answer and a follow-up.</source>
        <translation>只有表扬类工单可以不经答复和回访直接办结。</translation>
    </message>
    <message>
        <source>The ticket is already closed.</source>
        <translation>该工单已办结。</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>&amp;Campaign:</source>
        <translation>活动(&amp;C)：</translation>
    </message>
    <message>
        <source>Make c&amp;urrent</source>
        <translation>设为当前活动(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;New campaign from template…</source>
        <translation>按模板新建活动(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>UpgradeWithProgress</name>
    <message>
        <source>Upgrading the database for this version of BrandDesk (building the search index of every report)…</source>
        <translation>正在为本版 BrandDesk 升级数据库（为全部周报建立检索索引）…</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>the user accounts could not be read</source>
        <translation>无法读取用户账户</translation>
    </message>
    <message>
        <source>the user account could not be saved</source>
        <translation>无法保存该用户账户</translation>
    </message>
    <message>
        <source>There is no such user.</source>
        <translation>该用户不存在。</translation>
    </message>
    <message>
        <source>Someone else changed this user account meanwhile. Reopen the list and try again.</source>
        <translation>其他人在此期间修改了该用户账户。请重新打开列表后重试。</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <source>Users</source>
        <translation>用户</translation>
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
    <message>
        <source>The e-mail address is not valid (expected name@example.gov.cn; several are separated by semicolons).</source>
        <translation>电子邮箱格式不正确（应为 name@example.gov.cn；多个地址用分号隔开）。</translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <source>The table has %1 rows, more than an Excel sheet holds (%2). Export it as CSV instead.</source>
        <translation>表格有 %1 行，超过 Excel 工作表的容量（%2）。请改为导出 CSV。</translation>
    </message>
    <message>
        <source>The table has %1 columns, more than an Excel sheet holds (%2). Export it as CSV instead.</source>
        <translation>表格有 %1 列，超过 Excel 工作表的容量（%2）。请改为导出 CSV。</translation>
    </message>
    <message>
        <source>The Excel file %1 could not be started.</source>
        <translation>无法创建 Excel 文件 %1。</translation>
    </message>
    <message>
        <source>The Excel file %1 could not be written. Is the disk full?</source>
        <translation>无法写入 Excel 文件 %1。磁盘是否已满？</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The file is not a readable .xlsx workbook.</source>
        <translation>该文件不是可读取的 .xlsx 工作簿。</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>文件超过 %1 MB。</translation>
    </message>
    <message>
        <source>The sheet has more than %1 rows.</source>
        <translation>工作表超过 %1 行。</translation>
    </message>
    <message>
        <source>Row %1: a cell is too long.</source>
        <translation>第 %1 行：某个单元格内容过长。</translation>
    </message>
</context>
<context>
    <name>ZipMemory</name>
    <message>
        <source>The workbook unpacks to more than this program reads; it may be damaged or hostile.</source>
        <translation>该工作簿解压后的大小超出本程序可读取的范围；文件可能已损坏或含有恶意内容。</translation>
    </message>
    <message>
        <source>The workbook is incomplete or damaged.</source>
        <translation>该工作簿不完整或已损坏。</translation>
    </message>
</context>
<context>
    <name>branddesk::AccountActions</name>
    <message>
        <source>&amp;Users…</source>
        <translation>用户管理(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Change My Password…</source>
        <translation>修改我的密码(&amp;C)…</translation>
    </message>
    <message>
        <source>Check the &amp;Audit Trail</source>
        <translation>检查操作记录(&amp;A)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>Your password was changed. Use the new one from the next sign-in.</source>
        <translation>密码已修改。下次登录时请使用新密码。</translation>
    </message>
    <message>
        <source>The audit trail is broken at entry %1 (%2 entries checked):
%3

This means the database file was changed outside BrandDesk: an audit entry was edited, removed or inserted, perhaps together with the data it records. The history from this entry on cannot be trusted. Keep a copy of this file, find out who had access to it, and compare the data with a backup made before.</source>
        <translation>操作记录在第 %1 条处断裂（已检查 %2 条）：
%3

这说明数据库文件曾在服务品牌督查台之外被修改：有操作记录被编辑、删除或插入，相关数据也可能被改动。自该条起的历史不可信。请保留此文件的副本，查明谁曾接触该文件，并与此前的备份核对数据。</translation>
    </message>
    <message>
        <source>Check the audit trail</source>
        <translation>检查操作记录</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: all %n entries are in place and unchanged since BrandDesk wrote them.</source>
        <translation>
            <numerusform>操作记录完好：全部 %n 条均在，且自写入后未被改动。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Who Is Connected…</source>
        <translation>在线用户(&amp;W)…</translation>
    </message>
    <message>
        <source>Who is connected</source>
        <translation>在线用户</translation>
    </message>
    <message>
        <source>&amp;Sign Out / Switch User…</source>
        <translation>注销或切换用户(&amp;S)…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>注销</translation>
    </message>
    <message>
        <source>Sign out %1 and close this window? The sign-in dialog comes next, for you or another user; cancelling it quits BrandDesk.</source>
        <translation>注销 %1 并关闭本窗口？随后出现登录对话框，您或其他用户可重新登录；取消登录即退出督查台。</translation>
    </message>
</context>
<context>
    <name>branddesk::AccountService</name>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>A password must not be the user&apos;s name.</source>
        <translation>密码不能与用户名相同。</translation>
    </message>
    <message>
        <source>Enter a name for the account.</source>
        <translation>请输入账户的用户名。</translation>
    </message>
    <message>
        <source>A name may have at most %1 characters.</source>
        <translation>用户名最多 %1 个字符。</translation>
    </message>
    <message>
        <source>An account named &quot;%1&quot; already exists.</source>
        <translation>已存在名为“%1”的账户。</translation>
    </message>
    <message>
        <source>This database already has accounts: sign in, or ask an administrator for one.</source>
        <translation>该数据库已有账户：请登录，或向管理员申请账户。</translation>
    </message>
    <message>
        <source>The name or the password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; has been deactivated. Ask an administrator.</source>
        <translation>账户“%1”已停用。请联系管理员。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the account &quot;%1&quot; is locked until %2.</source>
        <translation>密码错误次数过多：账户“%1”已锁定至 %2。</translation>
    </message>
    <message>
        <source>After %1 wrong passwords the account is locked until %2.</source>
        <translation>密码错误 %1 次后，账户将锁定至 %2。</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>当前无人登录。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>不能停用您自己的账户。</translation>
    </message>
</context>
<context>
    <name>branddesk::ActivitiesTab</name>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>&amp;New activities…</source>
        <translation>登记活动(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Raise a Problem…</source>
        <translation>登记企业难题(&amp;R)…</translation>
    </message>
    <message>
        <source>Enterprise-service activities</source>
        <translation>服务企业活动</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>All enterprises</source>
        <translation>全部企业</translation>
    </message>
    <message>
        <source>Enterprise service</source>
        <translation>服务企业</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>共 %n 次活动</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <source>Delete the activity of %1 on %2? The audit log keeps a copy.</source>
        <translation>删除 %1 %2 的活动记录吗？操作记录中会保留副本。</translation>
    </message>
</context>
<context>
    <name>branddesk::ActivityEntryDialog</name>
    <message>
        <source>Enterprise-service activity</source>
        <translation>服务企业活动</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+S)</source>
        <translation>保存(&amp;S)（Ctrl+S）</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %1, %2 — %3 (%n this session)</source>
        <translation>
            <numerusform>已保存：%1，%2 — %3（本次已录入 %n 条）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>branddesk::ActivityListModel</name>
    <message>
        <source>Recorded by %1</source>
        <translation>登记人：%1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <source>Enterprise / zone / project</source>
        <translation>企业/开发区/项目</translation>
    </message>
    <message>
        <source>Leading official</source>
        <translation>带队领导</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>活动内容</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>成效</translation>
    </message>
</context>
<context>
    <name>branddesk::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>A clerk enters data; a leader reads, prints and exports but changes nothing; an administrator also manages users, campaigns and backups. A password needs at least %1 characters.</source>
        <translation>办事员录入数据；领导可查阅、打印和导出，但不能修改；管理员还负责用户、活动和备份。密码至少 %1 个字符。</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>添加用户(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>两次输入的密码不一致。请两次输入相同的密码。</translation>
    </message>
</context>
<context>
    <name>branddesk::AssessmentItemDialog</name>
    <message>
        <source>Bonus items count up to %1 points a year, deduction items up to %2; a veto makes the grade %3 whatever the score.</source>
        <translation>每年加分累计不超过%1分，扣分不超过%2分；一票否决事项无论得分多少均评为%3。</translation>
    </message>
    <message>
        <source>New assessment item of %1</source>
        <translation>新增%1年度考核事项</translation>
    </message>
    <message>
        <source>Assessment item of %1</source>
        <translation>%1年度考核事项</translation>
    </message>
    <message>
        <source>Social appraisal survey %1</source>
        <translation>%1年度社会评议</translation>
    </message>
    <message>
        <source>0–100, e.g. 88.5</source>
        <translation>0–100，如 88.5</translation>
    </message>
    <message>
        <source>e.g. 1 or 0.5</source>
        <translation>如 1 或 0.5</translation>
    </message>
    <message>
        <source>Points are a number such as 2 or 0.5.</source>
        <translation>分值应为数字，如 2 或 0.5。</translation>
    </message>
</context>
<context>
    <name>branddesk::AssessmentReportDialog</name>
    <message>
        <source>%1 (finalised)</source>
        <translation>%1（已定稿）</translation>
    </message>
    <message>
        <source>%1 (preview as of %2)</source>
        <translation>%1（截至%2的预览）</translation>
    </message>
    <message>
        <source>Assessment %1.pdf</source>
        <translation>%1年度考核.pdf</translation>
    </message>
</context>
<context>
    <name>branddesk::AssessmentTableModel</name>
    <message>
        <source>Changed after finalising (not counted): %1</source>
        <translation>定稿后有变动（不计入）：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>branddesk::AssessmentView</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Reason and evidence</source>
        <translation>事由及依据</translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation>新增事项(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Open item</source>
        <translation>打开事项(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;View item</source>
        <translation>查看事项(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>删除事项(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Finalise year…</source>
        <translation>定稿(&amp;F)…</translation>
    </message>
    <message>
        <source>Re&amp;open year…</source>
        <translation>重新打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>年度考核</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>通报(&amp;R)…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Finalised&lt;/b&gt; by %1 on %2, from the records as of %3.</source>
        <translation>&lt;b&gt;已定稿&lt;/b&gt;：%1于%2定稿，依据截至%3的记录。</translation>
    </message>
    <message numerus="yes">
        <source> The records of %n department(s) changed since (in italics): not counted.</source>
        <translation>
            <numerusform> 此后有%n个部门（单位）的记录发生变动（以斜体显示）：不计入。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;: if the year ended today (%1). Not finalised.</source>
        <translation>&lt;b&gt;预览&lt;/b&gt;：假设年度截至今日（%1）。尚未定稿。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2: %3 points, %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;——%2：%3分，%4</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Remove the selected item? The audit log keeps what it was.</source>
        <translation>删除所选事项？审计日志会保留其内容。</translation>
    </message>
    <message>
        <source>Finalise the assessment of %1? The table is locked as it stands: later changes to the records are flagged but not counted, and only an administrator can reopen it.</source>
        <translation>定稿%1年度考核？考核表将按现状锁定：此后记录的变动只作标记、不计入，且只有管理员可以重新打开。</translation>
    </message>
    <message>
        <source>Reopen the assessment of %1? The table follows the records again; the audit log keeps the finalised totals.</source>
        <translation>重新打开%1年度考核？考核表将重新依据记录计算；审计日志保留定稿时的总分。</translation>
    </message>
    <message>
        <source>Computing the assessment…</source>
        <translation>正在计算考核结果…</translation>
    </message>
</context>
<context>
    <name>branddesk::AuditHistoryDialog</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>No changes to this record have been recorded (it predates the audit log).</source>
        <translation>尚无该记录的修改记录（该记录在启用审计日志之前已存在）。</translation>
    </message>
    <message numerus="yes">
        <source>%1 “%2”: %n change(s), oldest first.</source>
        <translation>
            <numerusform>%1“%2”：共 %n 次修改，按时间先后排列。</numerusform>
        </translation>
    </message>
    <message>
        <source>History — %1</source>
        <translation>操作记录 — %1</translation>
    </message>
</context>
<context>
    <name>branddesk::BehindListModel</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>%n 天后到期</numerusform>
        </translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Behind on</source>
        <translation>滞后事项</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
</context>
<context>
    <name>branddesk::BehindView</name>
    <message>
        <source>Behind today</source>
        <translation>今日滞后</translation>
    </message>
    <message>
        <source>No campaign yet.</source>
        <translation>尚未建立活动。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody is behind today.&lt;/b&gt;</source>
        <translation>&lt;b&gt;今日没有滞后的部门。&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source> %n rectification demand(s) are overdue.</source>
        <translation>
            <numerusform> %n 项整改要求已逾期。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n enterprise problem(s) are overdue.</source>
        <translation>
            <numerusform> %n 个企业难题已逾期。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n hotline ticket(s) are overdue.</source>
        <translation>
            <numerusform> %n 件热线工单超期。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 departments are behind on milestones&lt;/b&gt; (%2 overdue milestones); %3 more milestones fall due within %4 days.</source>
        <translation>&lt;b&gt;%1 个部门阶段任务滞后&lt;/b&gt;（逾期阶段任务 %2 项）；另有 %3 项阶段任务将在 %4 天内到期。</translation>
    </message>
    <message numerus="yes">
        <source> &lt;b&gt;%n departments in all&lt;/b&gt; have something overdue.</source>
        <translation>
            <numerusform> 有逾期事项的部门&lt;b&gt;共 %n 个&lt;/b&gt;。</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading who is behind…</source>
        <translation>正在读取滞后情况…</translation>
    </message>
    <message>
        <source>The list could not be loaded.</source>
        <translation>无法读取列表。</translation>
    </message>
</context>
<context>
    <name>branddesk::BrandEditorDialog</name>
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
    <message>
        <source>%1 (read only)</source>
        <translation>%1（只读）</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
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
        <source>A brand named &quot;%1&quot; already exists.</source>
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
    <message>
        <source>&amp;View…</source>
        <translation>查看(&amp;V)…</translation>
    </message>
</context>
<context>
    <name>branddesk::CallListModel</name>
    <message>
        <source>Not yet reported</source>
        <translation>本周未报送</translation>
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
        <source>Weeks missed</source>
        <translation>累计缺报周数</translation>
    </message>
    <message>
        <source>reminded %1</source>
        <translation>已催报 %1</translation>
    </message>
    <message>
        <source>reminded %1/%2 %3</source>
        <translation>已催报 %1月%2日 %3</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>催报</translation>
    </message>
</context>
<context>
    <name>branddesk::CampaignService</name>
    <message>
        <source>The campaign &quot;%1&quot; of %2 already exists.</source>
        <translation>%2 年度的活动“%1”已存在。</translation>
    </message>
    <message>
        <source>The year %1 is not valid.</source>
        <translation>年度 %1 无效。</translation>
    </message>
    <message>
        <source>A phase must start on a valid day and end after it starts.</source>
        <translation>阶段的开始日期必须有效，且结束日期必须晚于开始日期。</translation>
    </message>
    <message>
        <source>Only the last phase may be open-ended.</source>
        <translation>只有最后一个阶段可以不设结束日期。</translation>
    </message>
    <message>
        <source>The phase would start before the previous phase ends.</source>
        <translation>该阶段将在上一阶段结束之前开始。</translation>
    </message>
    <message>
        <source>The phase would end after the next phase starts.</source>
        <translation>该阶段将在下一阶段开始之后才结束。</translation>
    </message>
    <message>
        <source>The phase no longer exists.</source>
        <translation>该阶段已不存在。</translation>
    </message>
</context>
<context>
    <name>branddesk::CardListDialog</name>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1：%n 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>branddesk::ChecklistModel</name>
    <message>
        <source>1 met · 2 partly met · 3 not met · 0 not checked</source>
        <translation>1 达标 · 2 基本达标 · 3 未达标 · 0 未检查</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
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
    <name>branddesk::ComplianceModel</name>
    <message>
        <source>✓</source>
        <comment>on time</comment>
        <translation>✓</translation>
    </message>
    <message>
        <source>L</source>
        <comment>late: 迟</comment>
        <translation>迟</translation>
    </message>
    <message>
        <source>✗</source>
        <comment>missing</comment>
        <translation>✗</translation>
    </message>
    <message>
        <source>…</source>
        <comment>not yet due</comment>
        <translation>…</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2：%3</translation>
    </message>
    <message>
        <source>On time %1, late %2, missing %3 of %4 weeks owed</source>
        <translation>应报 %4 周：按时 %1，迟报 %2，缺报 %3</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>迟报</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺报</translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation>按时率</translation>
    </message>
</context>
<context>
    <name>branddesk::ComplianceView</name>
    <message>
        <source>&lt;span style=&quot;background:%1&quot;&gt;&amp;nbsp;%2&amp;nbsp;&lt;/span&gt; on time &amp;nbsp; &lt;span style=&quot;background:%3&quot;&gt;&amp;nbsp;%4&amp;nbsp;&lt;/span&gt; late &amp;nbsp; &lt;span style=&quot;background:%5&quot;&gt;&amp;nbsp;%6&amp;nbsp;&lt;/span&gt; missing &amp;nbsp; %7 not yet due</source>
        <translation>&lt;span style=&quot;background:%1&quot;&gt;&amp;nbsp;%2&amp;nbsp;&lt;/span&gt; 按时 &amp;nbsp; &lt;span style=&quot;background:%3&quot;&gt;&amp;nbsp;%4&amp;nbsp;&lt;/span&gt; 迟报 &amp;nbsp; &lt;span style=&quot;background:%5&quot;&gt;&amp;nbsp;%6&amp;nbsp;&lt;/span&gt; 缺报 &amp;nbsp; %7 未到期</translation>
    </message>
    <message>
        <source>Report compliance</source>
        <translation>报送情况</translation>
    </message>
    <message>
        <source>Export &amp;call list…</source>
        <translation>导出催报名单(&amp;C)…</translation>
    </message>
    <message>
        <source>Not yet reported this week</source>
        <translation>本周未报送名单</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>No campaign yet.</source>
        <translation>尚未建立活动。</translation>
    </message>
    <message>
        <source>No report is owed this week.</source>
        <translation>本周无需报送。</translation>
    </message>
    <message>
        <source>This week (%1, due %2): &lt;b&gt;%3 of %4&lt;/b&gt; reports received; &lt;b&gt;%5&lt;/b&gt; not yet.</source>
        <translation>本周（%1，截止 %2）：应报 %4 家，&lt;b&gt;已收到 %3 家&lt;/b&gt;，&lt;b&gt;%5 家&lt;/b&gt;尚未报送。</translation>
    </message>
    <message>
        <source>Whole campaign: on time &lt;b&gt;%1&lt;/b&gt; (%2 of %3 weeks owed), late %4, missing %5.</source>
        <translation>活动以来：按时率 &lt;b&gt;%1&lt;/b&gt;（应报 %3 周次，按时 %2），迟报 %4，缺报 %5。</translation>
    </message>
    <message>
        <source>On time by category: %1</source>
        <translation>分类按时率：%1</translation>
    </message>
    <message>
        <source>Loading the weekly reports…</source>
        <translation>正在读取周报…</translation>
    </message>
    <message>
        <source>The weekly reports could not be loaded.</source>
        <translation>周报未能读取。</translation>
    </message>
    <message>
        <source>Send &amp;reminders…</source>
        <translation>催报(&amp;R)…</translation>
    </message>
    <message>
        <source>E-mail a reminder (催报) to every department of the call list, after a preview of each message; print notices for those without an address (Ctrl+M)</source>
        <translation>预览每封邮件后，向待催报名单中的各部门发送催报邮件；没有邮箱的部门打印催报通知单（Ctrl+M）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a department category and its on-time rate</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Send reminders</source>
        <translation>催报</translation>
    </message>
</context>
<context>
    <name>branddesk::ConcentratedWeeksTab</name>
    <message>
        <source>Each enterprise-facing department spends one week a quarter in enterprises (集中攻坚): a quarter is met when a concentrated week is recorded in it. The campaign milestone follows these records.</source>
        <translation>涉企部门每个季度安排一周时间深入企业（集中攻坚）：某季度登记了集中攻坚周，即视为该季度达标。相应的阶段任务按这些记录认定完成情况。</translation>
    </message>
    <message>
        <source>Concentrated weeks by quarter</source>
        <translation>各季度集中攻坚情况</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Concentrated weeks</source>
        <translation>集中攻坚周</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n quarter(s) met</source>
        <translation>
            <numerusform>已完成：%n 个季度均达标</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 met, %2 missing</source>
        <translation>已达标 %1 个季度，缺 %2 个季度</translation>
    </message>
</context>
<context>
    <name>branddesk::ConnectedUsersDialog</name>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>PC</source>
        <translation>电脑</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>连接时间</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>正在编辑</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>%n BrandDesk connection(s) to %1 now.</source>
        <translation>
            <numerusform>当前共有 %n 个督查台连接到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>This database is a file on this PC: only this PC works on it.</source>
        <translation>此数据库是本机上的文件：只有本机在使用。</translation>
    </message>
    <message>
        <source>%1 (this PC)</source>
        <translation>%1（本机）</translation>
    </message>
    <message>
        <source>not shown by the server</source>
        <translation>服务器未提供</translation>
    </message>
    <message>
        <source>%1 no. %2</source>
        <translation>%1 第 %2 号</translation>
    </message>
</context>
<context>
    <name>branddesk::DailyBackup</name>
    <message>
        <source>Making today&apos;s backup…</source>
        <translation>正在进行今日备份…</translation>
    </message>
    <message>
        <source>Finishing today&apos;s backup… If you cancel it, it is made at the next start.</source>
        <translation>正在完成今日备份…如取消，将在下次启动时重新备份。</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made</source>
        <translation>今日备份未能完成</translation>
    </message>
    <message>
        <source>Today&apos;s backup was made: %1</source>
        <translation>今日备份已完成：%1</translation>
    </message>
</context>
<context>
    <name>branddesk::DashboardView</name>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>This phase</source>
        <translation>本阶段</translation>
    </message>
    <message>
        <source>Whole campaign</source>
        <translation>活动以来</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Dashboard %1</source>
        <translation>驾驶舱 %1</translation>
    </message>
    <message>
        <source>Traffic lights</source>
        <translation>红绿灯</translation>
    </message>
    <message>
        <source>&amp;Large font</source>
        <translation>大字体(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>驾驶舱</translation>
    </message>
    <message>
        <source>No campaign yet.</source>
        <translation>尚未建立活动。</translation>
    </message>
    <message>
        <source>%1 · as of %2</source>
        <translation>%1 · 截至 %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3). Click for the list.</source>
        <translation>%1：%2（%3）。点击查看名单。</translation>
    </message>
    <message>
        <source>Loading the figures…</source>
        <translation>正在统计数据…</translation>
    </message>
    <message>
        <source>The figures could not be loaded.</source>
        <translation>数据未能统计完成。</translation>
    </message>
    <message>
        <source>On time by week (%)</source>
        <translation>周报按时率（%），按周次</translation>
    </message>
    <message>
        <source>Milestones by category</source>
        <translation>各类别部门阶段任务完成情况</translation>
    </message>
    <message>
        <source>Brand completeness (departments)</source>
        <translation>品牌完整度分布（部门数）</translation>
    </message>
    <message>
        <source>Most overdue items (top 10)</source>
        <translation>逾期事项最多的十个部门</translation>
    </message>
</context>
<context>
    <name>branddesk::DataSafetyActions</name>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>The database was backed up to
%1</source>
        <translation>数据库已备份到
%1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Replace the data with the backup %1?

The current data is backed up first, then BrandDesk opens the restored file.</source>
        <translation>确定用备份 %1 替换现有数据吗？

将先备份当前数据，然后服务品牌督查台打开恢复后的文件。</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>正在备份数据库…</translation>
    </message>
    <message>
        <source>I&amp;mport Departments…</source>
        <translation>导入部门(&amp;M)…</translation>
    </message>
</context>
<context>
    <name>branddesk::DemoBanner</name>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>Demo data — generated for trying BrandDesk, not the office&apos;s register. The demo accounts are listed in the README; the status bar shows who is signed in.</source>
        <translation>演示数据 — 为试用服务品牌督查台而生成，并非本办公室的实际台账。演示账户列于 README 中；当前登录用户见状态栏。</translation>
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
    <message>
        <source>The department could not be read</source>
        <translation>无法读取部门</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Reminders sent:</source>
        <translation>催报记录(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>branddesk::DepartmentImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import departments</source>
        <translation>导入部门</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>%1 new, %2 to update, %3 unchanged, %4 with errors.</source>
        <translation>新增 %1 行，更新 %2 行，无变化 %3 行，有错误 %4 行。</translation>
    </message>
    <message>
        <source>Nothing can be imported until every row is correct.</source>
        <translation>所有行均无误后方可导入。</translation>
    </message>
    <message>
        <source>Backing up the database before the import…</source>
        <translation>导入前正在备份数据库…</translation>
    </message>
    <message>
        <source>The backup was cancelled, so nothing was imported.</source>
        <translation>备份已取消，因此没有导入任何数据。</translation>
    </message>
</context>
<context>
    <name>branddesk::DepartmentService</name>
    <message>
        <source>A department named &quot;%1&quot; already exists.</source>
        <translation>已存在名为“%1”的部门。</translation>
    </message>
    <message>
        <source>This department has brand records and cannot be deleted. Deactivate it instead: its records are kept and it leaves the lists.</source>
        <translation>该部门已有服务品牌记录，不能删除。可改为停用：停用后其记录仍予保留，但不再列入各类列表。</translation>
    </message>
    <message>
        <source>This department has milestone records, weekly reports or inspections and cannot be deleted. Deactivate it instead: its records are kept and it leaves the lists.</source>
        <translation>该部门已有阶段任务记录、周报或督查记录，不能删除。请改为停用：记录会保留，该部门不再出现在列表中。</translation>
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
        <source>&lt;span style=&quot;color:#c01f2f&quot;&gt;%1 have no service brand yet.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#c01f2f&quot;&gt;%1 个部门尚无服务品牌。&lt;/span&gt;</translation>
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
    <name>branddesk::DocumentsDialog</name>
    <message>
        <source>Supervision summary (督查通报)</source>
        <translation>督查通报</translation>
    </message>
    <message>
        <source>Inspection sheets (督查表)</source>
        <translation>督查表</translation>
    </message>
    <message>
        <source>All departments, each on its own pages</source>
        <translation>全部部门（每个部门单独成页）</translation>
    </message>
    <message>
        <source>Supervision summary</source>
        <translation>督查通报</translation>
    </message>
    <message>
        <source>Inspection sheets</source>
        <translation>督查表</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>期间的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>No department is called “%1”. Pick one from the list.</source>
        <translation>没有名为“%1”的部门。请从列表中选择。</translation>
    </message>
    <message>
        <source>There is no active department to print.</source>
        <translation>没有可打印的在用部门。</translation>
    </message>
    <message>
        <source>Supervision summary %1.pdf</source>
        <translation>督查通报 %1.pdf</translation>
    </message>
    <message>
        <source>Inspection sheets %1.pdf</source>
        <translation>督查表 %1.pdf</translation>
    </message>
    <message>
        <source>Collecting the figures…</source>
        <translation>正在统计数据…</translation>
    </message>
    <message>
        <source>Collecting the inspection sheets…</source>
        <translation>正在汇总督查表…</translation>
    </message>
</context>
<context>
    <name>branddesk::EnterprisePageDialog</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <source>Leading official</source>
        <translation>带队领导</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>活动内容</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>成效</translation>
    </message>
    <message>
        <source>Served by: %1</source>
        <translation>服务部门：%1</translation>
    </message>
    <message>
        <source>Visits (%1)</source>
        <translation>走访（%1）</translation>
    </message>
    <message>
        <source>Deliveries (%1)</source>
        <translation>五送（%1）</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>难题（%1）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>难题</translation>
    </message>
    <message>
        <source>Responsible leader</source>
        <translation>责任领导</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Latest progress</source>
        <translation>最新进展</translation>
    </message>
</context>
<context>
    <name>branddesk::EnterpriseService</name>
    <message>
        <source>Problem: %1 — %2</source>
        <translation>难题：%1 — %2</translation>
    </message>
    <message>
        <source>Choose the department.</source>
        <translation>请选择部门。</translation>
    </message>
    <message>
        <source>%1 is deactivated; reactivate it before recording its work.</source>
        <translation>%1 已停用；请先重新启用，再登记其工作。</translation>
    </message>
    <message>
        <source>Enter the date of the activity.</source>
        <translation>请填写活动日期。</translation>
    </message>
    <message>
        <source>The activity&apos;s date (%1) lies in the future.</source>
        <translation>活动日期（%1）晚于今天。</translation>
    </message>
    <message>
        <source>The activity ends (%1) before it starts (%2).</source>
        <translation>活动结束日期（%1）早于开始日期（%2）。</translation>
    </message>
    <message>
        <source>An activity lasts at most %1 days; record a longer one as several.</source>
        <translation>一次活动最长 %1 天；更长的活动请分为几次登记。</translation>
    </message>
    <message>
        <source>Enter the enterprise, development zone or project served.</source>
        <translation>请填写所服务的企业、开发区或项目。</translation>
    </message>
    <message>
        <source>Tick what was delivered: policy, technology, information, projects or talent.</source>
        <translation>请勾选所送内容：政策、科技、信息、项目或人才。</translation>
    </message>
    <message>
        <source>The enterprise&apos;s name is too long: at most %1 characters.</source>
        <translation>企业名称过长：最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The names are too long: at most %1 characters.</source>
        <translation>带队领导或参加人员的姓名过长：最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The description and the outcome take at most %1 characters each.</source>
        <translation>活动内容和成效各最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Enter the enterprise that raised the problem.</source>
        <translation>请填写提出难题的企业。</translation>
    </message>
    <message>
        <source>Describe the problem.</source>
        <translation>请填写难题的具体内容。</translation>
    </message>
    <message>
        <source>Name the one leader responsible for the problem.</source>
        <translation>请填写负责解决该难题的一名领导。</translation>
    </message>
    <message>
        <source>Name one responsible leader only; put the others in the team.</source>
        <translation>责任领导只能填写一名；其他人员请填入工作班子。</translation>
    </message>
    <message>
        <source>Enter the team working on the problem.</source>
        <translation>请填写负责解决该难题的工作班子。</translation>
    </message>
    <message>
        <source>Enter the plan for solving the problem.</source>
        <translation>请填写解决该难题的方案。</translation>
    </message>
    <message>
        <source>Enter the day the problem was raised.</source>
        <translation>请填写难题的提出日期。</translation>
    </message>
    <message>
        <source>The day raised (%1) lies in the future.</source>
        <translation>提出日期（%1）晚于今天。</translation>
    </message>
    <message>
        <source>Enter the deadline for solving the problem.</source>
        <translation>请填写解决期限。</translation>
    </message>
    <message>
        <source>The deadline (%1) lies before the day raised (%2).</source>
        <translation>解决期限（%1）早于提出日期（%2）。</translation>
    </message>
    <message>
        <source>Enter the day the problem was solved.</source>
        <translation>请填写解决日期。</translation>
    </message>
    <message>
        <source>The day solved (%1) lies in the future.</source>
        <translation>解决日期（%1）晚于今天。</translation>
    </message>
    <message>
        <source>The day solved (%1) lies before the day raised (%2).</source>
        <translation>解决日期（%1）早于提出日期（%2）。</translation>
    </message>
    <message>
        <source>Give the reason the problem cannot be solved.</source>
        <translation>请填写无法解决的原因。</translation>
    </message>
    <message>
        <source>The leader&apos;s or the team&apos;s names are too long.</source>
        <translation>责任领导或工作班子的名称过长。</translation>
    </message>
    <message>
        <source>The description, the plan and the reason take at most %1 characters each.</source>
        <translation>难题描述、解决方案和无法解决的原因各最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Progress note %1: write what was done.</source>
        <translation>进展第%1条：请填写所做的工作。</translation>
    </message>
    <message>
        <source>Progress note %1: enter its date.</source>
        <translation>进展第%1条：请填写日期。</translation>
    </message>
    <message>
        <source>Progress note %1: the date (%2) lies in the future.</source>
        <translation>进展记录第%1条：日期（%2）晚于今天。</translation>
    </message>
    <message>
        <source>Progress note %1: the date (%2) lies before the day raised.</source>
        <translation>进展记录第%1条：日期（%2）早于难题提出日期。</translation>
    </message>
    <message>
        <source>The activity where the problem was raised no longer exists.</source>
        <translation>提出该难题的活动已不存在。</translation>
    </message>
</context>
<context>
    <name>branddesk::EnterpriseView</name>
    <message>
        <source>Ac&amp;tivities</source>
        <translation>活动记录(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Problem ledger</source>
        <translation>难题台账(&amp;P)</translation>
    </message>
    <message>
        <source>E&amp;nterprises</source>
        <translation>企业(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Quarterly weeks</source>
        <translation>季度集中攻坚(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>branddesk::EnterprisesTab</name>
    <message>
        <source>&amp;Open page</source>
        <translation>打开企业页面(&amp;O)</translation>
    </message>
    <message>
        <source>Enterprises served</source>
        <translation>服务企业名录</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动次数</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>难题数</translation>
    </message>
    <message>
        <source>Enterprise service</source>
        <translation>服务企业</translation>
    </message>
</context>
<context>
    <name>branddesk::EntryDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Self-declaration</source>
        <translation>自查申报</translation>
    </message>
    <message>
        <source>Attach the declaration file</source>
        <translation>选择申报材料文件</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>The file is larger than 20 MB.</source>
        <translation>文件超过 20 MB。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Save a copy of the declaration file</source>
        <translation>另存申报材料副本</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>branddesk::EvaluationEntriesTab</name>
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
        <source>Submitted</source>
        <translation>申报日期</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>申报材料</translation>
    </message>
    <message>
        <source>File</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>&amp;Declaration…</source>
        <translation>自查申报(&amp;D)…</translation>
    </message>
    <message>
        <source>View &amp;declaration…</source>
        <translation>查看自查申报(&amp;D)…</translation>
    </message>
    <message>
        <source>Enter a brand</source>
        <translation>添加参评品牌</translation>
    </message>
    <message>
        <source>Every brand is entered in this round already.</source>
        <translation>所有服务品牌均已参加本轮评选。</translation>
    </message>
    <message>
        <source>Self-declaration</source>
        <translation>自查申报</translation>
    </message>
    <message>
        <source>Withdraw the entry</source>
        <translation>撤回参评</translation>
    </message>
    <message>
        <source>Withdraw this brand from the round, with every score given to it?</source>
        <translation>将该品牌撤出本轮评选，并删除其所得的全部评分吗？</translation>
    </message>
</context>
<context>
    <name>branddesk::EvaluationExpertsTab</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>所在单位</translation>
    </message>
    <message>
        <source>Own department</source>
        <translation>回避部门</translation>
    </message>
    <message>
        <source>Remove the expert</source>
        <translation>移除专家</translation>
    </message>
    <message>
        <source>Remove this expert from the panel, with every score they gave?</source>
        <translation>将该专家移出专家组，并删除其所打的全部评分吗？</translation>
    </message>
</context>
<context>
    <name>branddesk::EvaluationResultsTab</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Typical brand since %1.</source>
        <translation>%1 确定为典型品牌。</translation>
    </message>
    <message>
        <source>Publicity: %1, %2, “%3”</source>
        <translation>宣传：%1，%2，“%3”</translation>
    </message>
    <message>
        <source>Named a quality service brand on %1 (%2).</source>
        <translation>%1 命名为“市级机关优质服务品牌”（%2）。</translation>
    </message>
    <message>
        <source>Unmark as t&amp;ypical brand</source>
        <translation>取消典型品牌(&amp;Y)</translation>
    </message>
    <message>
        <source>Mark as t&amp;ypical brand</source>
        <translation>确定为典型品牌(&amp;Y)</translation>
    </message>
    <message>
        <source>%1 (%2, rank %3 in %4)</source>
        <translation>%1（%2 分，%4中第 %3 名）</translation>
    </message>
    <message>
        <source>Select the top brands</source>
        <translation>选定排名靠前的品牌</translation>
    </message>
    <message>
        <source>No brand is ranked yet.</source>
        <translation>尚无品牌获得排名。</translation>
    </message>
    <message>
        <source>Mark these brands as typical brands?

%1</source>
        <translation>将以下品牌确定为典型品牌吗？

%1</translation>
    </message>
    <message>
        <source>Typical brand</source>
        <translation>典型品牌</translation>
    </message>
</context>
<context>
    <name>branddesk::EvaluationScoresTab</name>
    <message>
        <source>Type the points; Tab or Enter moves on. Each value is saved at once.</source>
        <translation>请输入分数；按 Tab 键或回车键移到下一格。每个分数输入后即自动保存。</translation>
    </message>
    <message>
        <source>The experts&apos; points as entered (read only).</source>
        <translation>专家评分（只读，按已录入的显示）。</translation>
    </message>
</context>
<context>
    <name>branddesk::EvaluationService</name>
    <message>
        <source>“%1” is not a number of points.</source>
        <translation>“%1”不是有效的分数。</translation>
    </message>
    <message>
        <source>Points may have at most one decimal (such as 17.5).</source>
        <translation>分数最多保留一位小数（如 17.5）。</translation>
    </message>
    <message>
        <source>Points cannot be negative.</source>
        <translation>分数不能为负数。</translation>
    </message>
    <message>
        <source>%1 points is more than the maximum of %2.</source>
        <translation>%1 分超过了最高分 %2 分。</translation>
    </message>
    <message>
        <source>The round “%1” is locked: its panel, entries, survey counts and scores cannot change. An administrator can unlock it.</source>
        <translation>评选轮次“%1”已锁定：其专家组、参评品牌、问卷数和评分均不能更改。管理员可解除锁定。</translation>
    </message>
    <message>
        <source>Enter the round&apos;s name.</source>
        <translation>请填写评选轮次名称。</translation>
    </message>
    <message>
        <source>The round&apos;s name is too long: at most %1 characters.</source>
        <translation>评选轮次名称过长：最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Enter the date the round starts.</source>
        <translation>请填写评选开始日期。</translation>
    </message>
    <message>
        <source>The round ends before it starts.</source>
        <translation>评选结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Only an administrator can unlock a round.</source>
        <translation>只有管理员可以解除评选轮次的锁定。</translation>
    </message>
    <message>
        <source>Enter the date the declaration was submitted.</source>
        <translation>请填写申报日期。</translation>
    </message>
    <message>
        <source>The submission date lies in the future.</source>
        <translation>申报日期晚于今天。</translation>
    </message>
    <message>
        <source>The declaration is too long: at most %1 characters.</source>
        <translation>申报材料过长：最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Survey counts must be whole numbers from 0 to %1.</source>
        <translation>问卷数必须为 0 到 %1 之间的整数。</translation>
    </message>
    <message>
        <source>%1 is already entered in this round.</source>
        <translation>%1 已在本轮参评。</translation>
    </message>
    <message>
        <source>%1 is selected as a typical brand; unmark it before withdrawing it.</source>
        <translation>%1 已确定为典型品牌；请先取消典型品牌，再撤回参评。</translation>
    </message>
    <message>
        <source>Enter the expert&apos;s name.</source>
        <translation>请填写专家姓名。</translation>
    </message>
    <message>
        <source>The expert&apos;s name and unit may have at most %1 characters each.</source>
        <translation>专家姓名和所在单位各不超过 %1 个字符。</translation>
    </message>
    <message>
        <source>A score is for a brand not entered in this round.</source>
        <translation>有评分对应的品牌未参加本轮评选。</translation>
    </message>
    <message>
        <source>%1: “%2” is not a criterion of this round.</source>
        <translation>%1：“%2”不是本轮的评分项目。</translation>
    </message>
    <message>
        <source>%1, %2: scored twice.</source>
        <translation>%1，%2：重复评分。</translation>
    </message>
    <message>
        <source>%1, %2: %3 points is outside 0 to %4.</source>
        <translation>%1，%2：%3 分超出 0 到 %4 分的范围。</translation>
    </message>
    <message>
        <source>%1 has been named already; it stays a typical brand.</source>
        <translation>%1 已获命名，仍为典型品牌。</translation>
    </message>
    <message>
        <source>Enter the date of the publicity.</source>
        <translation>请填写宣传日期。</translation>
    </message>
    <message>
        <source>The publicity date lies in the future.</source>
        <translation>宣传日期晚于今天。</translation>
    </message>
    <message>
        <source>Enter the title of the programme or article.</source>
        <translation>请填写节目或文章的标题。</translation>
    </message>
    <message>
        <source>The title is too long: at most %1 characters.</source>
        <translation>标题过长：最多 %1 个字符。</translation>
    </message>
    <message>
        <source>%1 is not selected as a typical brand; select it before recording its publicity.</source>
        <translation>%1 尚未确定为典型品牌；请先将其确定为典型品牌，再登记宣传情况。</translation>
    </message>
    <message>
        <source>Enter the date of the naming.</source>
        <translation>请填写命名日期。</translation>
    </message>
    <message>
        <source>The naming date lies in the future.</source>
        <translation>命名日期晚于今天。</translation>
    </message>
    <message>
        <source>Enter the document number of the naming.</source>
        <translation>请填写命名文号。</translation>
    </message>
    <message>
        <source>The document number is too long: at most %1 characters.</source>
        <translation>文号过长：最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Only a typical brand can be named; select %1 first.</source>
        <translation>只有典型品牌才能命名；请先将 %1 确定为典型品牌。</translation>
    </message>
</context>
<context>
    <name>branddesk::EvaluationSurveyTab</name>
    <message>
        <source>Questionnaires per brand and answer; “does not know” makes a questionnaire invalid. Tab or Enter moves on; each value is saved at once.</source>
        <translation>按服务品牌和评价等级填写问卷份数；选择“不了解”的问卷为无效问卷。按 Tab 键或回车键移到下一格；每个数值输入后即自动保存。</translation>
    </message>
    <message>
        <source>Questionnaires per brand and answer, as entered (read only).</source>
        <translation>按服务品牌和评价等级的问卷份数（只读，按已录入的显示）。</translation>
    </message>
</context>
<context>
    <name>branddesk::EvaluationView</name>
    <message>
        <source>No round yet: start one with “New round”.</source>
        <translation>尚无评选轮次：请点击“新建轮次”开始。</translation>
    </message>
    <message>
        <source>Locked: scores cannot change.</source>
        <translation>已锁定：评分不能更改。</translation>
    </message>
    <message>
        <source>Open for entries and scores.</source>
        <translation>可登记参评品牌和评分。</translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation>解除锁定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Evaluation round</source>
        <translation>评选轮次</translation>
    </message>
    <message>
        <source>There is no current campaign to hold the round.</source>
        <translation>当前没有活动，无法新建评选轮次。</translation>
    </message>
    <message>
        <source>%1 typical brand selection</source>
        <translation>%1年典型品牌评选</translation>
    </message>
    <message>
        <source>Lock the round</source>
        <translation>锁定评选轮次</translation>
    </message>
    <message>
        <source>Lock “%1”? Its scores, survey counts, panel and entries can then no longer change; only an administrator can unlock it.</source>
        <translation>锁定“%1”吗？锁定后，其评分、问卷数、专家组和参评品牌均不能再更改；只有管理员可以解除锁定。</translation>
    </message>
    <message>
        <source>Unlock the round</source>
        <translation>解除锁定</translation>
    </message>
    <message>
        <source>The round could not be read: %1</source>
        <translation>无法读取本轮评选：%1</translation>
    </message>
    <message>
        <source>Entr&amp;ies</source>
        <translation>参评品牌(&amp;I)</translation>
    </message>
    <message>
        <source>E&amp;xperts</source>
        <translation>评审专家(&amp;X)</translation>
    </message>
    <message>
        <source>Sc&amp;ores</source>
        <translation>专家评分(&amp;O)</translation>
    </message>
    <message>
        <source>S&amp;urvey</source>
        <translation>满意度测评(&amp;U)</translation>
    </message>
    <message>
        <source>Resul&amp;ts</source>
        <translation>评选结果(&amp;T)</translation>
    </message>
</context>
<context>
    <name>branddesk::ExpertDialog</name>
    <message>
        <source>None (outside expert)</source>
        <translation>无（外部专家）</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>评审专家</translation>
    </message>
</context>
<context>
    <name>branddesk::FirstAdministratorDialog</name>
    <message>
        <source>Create the first administrator</source>
        <translation>创建首位管理员</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Choose the name and password of its first administrator, who can then add the clerks and leaders. A password needs at least %1 characters.</source>
        <translation>该数据库尚无任何账户。请设置首位管理员的用户名和密码，之后由其添加办事员和领导账户。密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>&amp;Create and sign in</source>
        <translation>创建并登录(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>两次输入的密码不一致。请两次输入相同的密码。</translation>
    </message>
</context>
<context>
    <name>branddesk::HotlineReportDialog</name>
    <message>
        <source>Hotline report %1.pdf</source>
        <translation>热线工作通报 %1.pdf</translation>
    </message>
</context>
<context>
    <name>branddesk::HotlineService</name>
    <message>
        <source>Enter what the caller said.</source>
        <translation>请填写来电内容。</translation>
    </message>
    <message>
        <source>A text is longer than %1 characters.</source>
        <translation>有文字超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The caller&apos;s name is longer than %1 characters.</source>
        <translation>来电人姓名超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The phone is longer than %1 characters.</source>
        <translation>电话超过 %1 个字符。</translation>
    </message>
    <message>
        <source>A ticket cannot be received in the future.</source>
        <translation>受理时间不能晚于现在。</translation>
    </message>
    <message>
        <source>Choose the department.</source>
        <translation>请选择部门。</translation>
    </message>
    <message>
        <source>%1 is deactivated; reactivate it before assigning it tickets.</source>
        <translation>%1 已停用；请先重新启用，再向其交办工单。</translation>
    </message>
    <message>
        <source>The service brand no longer exists.</source>
        <translation>该服务品牌已不存在。</translation>
    </message>
    <message>
        <source>The brand %1 belongs to another department.</source>
        <translation>服务品牌“%1”属于其他部门。</translation>
    </message>
    <message>
        <source>A ticket cannot repeat itself.</source>
        <translation>工单不能重复其本身。</translation>
    </message>
    <message>
        <source>Ticket %1: %2</source>
        <translation>工单 %1：%2</translation>
    </message>
    <message>
        <source>The ticket number %1 is already taken.</source>
        <translation>工单编号 %1 已被占用。</translation>
    </message>
    <message>
        <source>The file has rows that cannot be imported:
%1</source>
        <translation>文件中有不能导入的行：
%1</translation>
    </message>
    <message>
        <source>Line %1: the plan does not match the ledger.</source>
        <translation>第 %1 行：导入预览与台账不符，请重新预览。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>branddesk::HotlineView</name>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>全部月份</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <comment>year-month</comment>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>&amp;New tickets…</source>
        <translation>登记工单(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Sign for</source>
        <translation>签收(&amp;S)</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>延期(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Return / reassign…</source>
        <translation>退单 / 改派(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation>答复(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Follow up…</source>
        <translation>回访(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Close praise</source>
        <translation>表扬办结(&amp;C)</translation>
    </message>
    <message>
        <source>Hotline tickets</source>
        <translation>热线工单</translation>
    </message>
    <message>
        <source>&amp;Monthly report…</source>
        <translation>月度通报(&amp;M)…</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>监督热线</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n 件工单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n overdue</source>
        <translation>
            <numerusform>；%n 件超期</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: received %2 (repeats %3), closed %4 · answered on time &lt;b&gt;%5&lt;/b&gt; · signed for in time &lt;b&gt;%6&lt;/b&gt; · satisfied &lt;b&gt;%7&lt;/b&gt; (basically satisfied %8) · overdue now &lt;b&gt;%9&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：受理 %2 件（重复 %3 件），办结 %4 件 · 按时办结率 &lt;b&gt;%5&lt;/b&gt; · 及时签收率 &lt;b&gt;%6&lt;/b&gt; · 回访满意率 &lt;b&gt;%7&lt;/b&gt;（基本满意 %8 人）· 当前超期 &lt;b&gt;%9&lt;/b&gt; 件</translation>
    </message>
    <message>
        <source>&amp;Import from 12345…</source>
        <translation>从 12345 导入(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>branddesk::InboxModel</name>
    <message>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>迟报</translation>
    </message>
    <message>
        <source>Supplement</source>
        <translation>补报</translation>
    </message>
    <message>
        <source>Unmatched: choose</source>
        <translation>未匹配：请选择</translation>
    </message>
    <message>
        <source>%1 (by name)</source>
        <translation>%1（按名称）</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到达时间</translation>
    </message>
    <message>
        <source>From</source>
        <translation>发件人</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周次</translation>
    </message>
    <message>
        <source>Would be</source>
        <translation>记为</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>附件</translation>
    </message>
</context>
<context>
    <name>branddesk::InboxService</name>
    <message>
        <source>Choose the department this mail reports for.</source>
        <translation>请选择这封邮件所报送的部门。</translation>
    </message>
    <message>
        <source>Someone else has already handled this mail.</source>
        <translation>这封邮件已由他人处理。</translation>
    </message>
</context>
<context>
    <name>branddesk::InboxView</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Not a Report (Delete)</source>
        <translation>不是周报(&amp;N) (Delete)</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>附件：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Week:</source>
        <translation>周次(&amp;W)：</translation>
    </message>
    <message>
        <source>No mail is waiting.</source>
        <translation>没有待处理的邮件。</translation>
    </message>
    <message numerus="yes">
        <source>%n mail(s) waiting.</source>
        <translation>
            <numerusform>%n 封邮件待处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>From: %1 &lt;%2&gt;
Subject: %3
Arrived: %4</source>
        <translation>发件人：%1 &lt;%2&gt;
主题：%3
到达：%4</translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation>%1（%2 KB）</translation>
    </message>
    <message>
        <source>No department matches this mail: choose one (its address is then remembered).</source>
        <translation>没有部门与这封邮件匹配：请选择部门（发件地址随后会被记住）。</translation>
    </message>
    <message>
        <source>found by the sender&apos;s address</source>
        <translation>按发件地址匹配</translation>
    </message>
    <message>
        <source>found by the name in the mail</source>
        <translation>按邮件中的部门名称匹配</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>由您选择</translation>
    </message>
    <message>
        <source>Would be logged as %1&apos;s report for %2: %3 (department %4).</source>
        <translation>将记为%1%2的周报：%3（部门%4）。</translation>
    </message>
    <message>
        <source>Report inbox</source>
        <translation>周报收件箱</translation>
    </message>
    <message>
        <source>Choose the department this mail reports for first.</source>
        <translation>请先选择这封邮件所报送的部门。</translation>
    </message>
    <message>
        <source>The mail was not accepted</source>
        <translation>邮件未记为周报</translation>
    </message>
    <message>
        <source>Logged as the report of %1 for %2.</source>
        <translation>已记为%1%2的周报。</translation>
    </message>
    <message>
        <source>Mark this mail as not a report? It leaves the list and is kept.</source>
        <translation>将这封邮件标记为“不是周报”？它将移出列表，但仍会保留。</translation>
    </message>
    <message>
        <source>Mail is fetched on its own once you have fetched it by hand (F5) and given the password.</source>
        <translation>手动收取一次邮件（F5）并输入密码后，程序会自动定时收取。</translation>
    </message>
    <message>
        <source>Fetching mail: %1 of %2…</source>
        <translation>正在收取邮件：第 %1 封，共 %2 封…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Fetching was cancelled; no mail of it was kept.</source>
        <translation>已取消收取，本次未保存任何邮件。</translation>
    </message>
    <message>
        <source>Mail was not fetched</source>
        <translation>未能收取邮件</translation>
    </message>
    <message>
        <source>No new mail.</source>
        <translation>没有新邮件。</translation>
    </message>
    <message numerus="yes">
        <source>%n new mail(s) fetched.</source>
        <translation>
            <numerusform>收到 %n 封新邮件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fe&amp;tch Mail (F5)</source>
        <translation>收取邮件(&amp;T) (F5)</translation>
    </message>
    <message>
        <source>Accept as Re&amp;port (Enter)</source>
        <translation>记为周报(&amp;P) (Enter)</translation>
    </message>
    <message>
        <source>Edit F&amp;irst… (Ctrl+E)</source>
        <translation>先修改再记(&amp;I)… (Ctrl+E)</translation>
    </message>
    <message>
        <source>The office mailbox is not set up yet: enter its server, port and user in File › Mail Settings.</source>
        <translation>尚未设置办公室邮箱：请在“文件 › 邮件设置”中填写服务器、端口和用户名。</translation>
    </message>
</context>
<context>
    <name>branddesk::InspectionDialog</name>
    <message>
        <source>Record an inspection</source>
        <translation>登记督查</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>督查</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>督查</translation>
    </message>
    <message>
        <source>Recorded by %1 on %2</source>
        <translation>由 %1 于 %2 登记</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Inspection (read only)</source>
        <translation>督查（只读）</translation>
    </message>
    <message>
        <source>The inspection was not saved</source>
        <translation>督查记录未保存</translation>
    </message>
    <message>
        <source>No single department matches “%1”. Type more of its name, or pick it from the list.</source>
        <translation>没有唯一与“%1”相符的部门。请多输入几个字，或从列表中选择。</translation>
    </message>
    <message>
        <source>Unsaved inspection</source>
        <translation>督查记录尚未保存</translation>
    </message>
    <message>
        <source>Discard the changes you have not saved?</source>
        <translation>放弃尚未保存的修改吗？</translation>
    </message>
</context>
<context>
    <name>branddesk::InspectionListModel</name>
    <message numerus="yes">
        <source>all %n done</source>
        <translation>
            <numerusform>%n 项均已完成</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>未完成 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 open, %2 overdue</source>
        <translation>未完成 %1，逾期 %2</translation>
    </message>
    <message>
        <source>%1 of %2 items not met, %3 partly met</source>
        <translation>%2 项中未达标 %1 项，基本达标 %3 项</translation>
    </message>
    <message>
        <source>Next deadline: %1</source>
        <translation>最近期限：%1</translation>
    </message>
    <message>
        <source>Recorded by %1</source>
        <translation>登记人：%1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>督查类型</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>督查人员</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>Rectifications</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现问题</translation>
    </message>
</context>
<context>
    <name>branddesk::InspectionService</name>
    <message>
        <source>Choose the department inspected.</source>
        <translation>请选择被督查的部门。</translation>
    </message>
    <message>
        <source>%1 is deactivated; reactivate it before recording its inspections.</source>
        <translation>%1 已停用；请先重新启用，再登记其督查记录。</translation>
    </message>
    <message>
        <source>Enter the date of the inspection.</source>
        <translation>请填写督查日期。</translation>
    </message>
    <message>
        <source>The inspection date (%1) lies in the future.</source>
        <translation>督查日期（%1）晚于今天。</translation>
    </message>
    <message>
        <source>Enter at least one inspector.</source>
        <translation>请至少填写一名督查人员。</translation>
    </message>
    <message>
        <source>The inspectors&apos; names are too long: at most %1 characters.</source>
        <translation>督查人员姓名过长：最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The findings are too long: at most %1 characters.</source>
        <translation>发现问题过长：最多 %1 个字符。</translation>
    </message>
    <message>
        <source>A checklist item has no name.</source>
        <translation>有检查项目没有名称。</translation>
    </message>
    <message>
        <source>The checklist item “%1” appears twice.</source>
        <translation>检查项目“%1”重复出现。</translation>
    </message>
    <message>
        <source>The note on “%1” is too long: at most %2 characters.</source>
        <translation>“%1”的备注过长：最多 %2 个字符。</translation>
    </message>
    <message>
        <source>Rectification %1: enter what must be rectified.</source>
        <translation>整改要求第%1项：请填写整改内容。</translation>
    </message>
    <message>
        <source>Rectification %1: the demand is too long: at most %2 characters.</source>
        <translation>整改要求第%1项：内容过长，最多 %2 个字符。</translation>
    </message>
    <message>
        <source>Rectification %1: the follow-up note is too long: at most %2 characters.</source>
        <translation>整改要求第%1项：跟踪情况过长，最多 %2 个字符。</translation>
    </message>
    <message>
        <source>Rectification %1: enter the deadline.</source>
        <translation>整改要求第%1项：请填写整改期限。</translation>
    </message>
    <message>
        <source>Rectification %1: the deadline (%2) lies before the inspection (%3).</source>
        <translation>整改要求第%1项：期限（%2）早于督查日期（%3）。</translation>
    </message>
    <message>
        <source>Rectification %1: enter the date it was done.</source>
        <translation>整改要求第%1项：请填写完成日期。</translation>
    </message>
    <message>
        <source>Rectification %1: the date done (%2) lies in the future.</source>
        <translation>整改要求第%1项：完成日期（%2）晚于今天。</translation>
    </message>
    <message>
        <source>Rectification %1: the date done (%2) lies before the inspection (%3).</source>
        <translation>整改要求第%1项：完成日期（%2）早于督查日期（%3）。</translation>
    </message>
    <message>
        <source>Rectification: %1</source>
        <translation>整改：%1</translation>
    </message>
</context>
<context>
    <name>branddesk::InspectionsView</name>
    <message>
        <source>&amp;New inspection…</source>
        <translation>登记督查(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>督查</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message numerus="yes">
        <source>%n inspection(s)</source>
        <translation>
            <numerusform>共 %n 次督查</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n rectification demand(s) overdue</source>
        <translation>
            <numerusform>；%n 项整改逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete inspection</source>
        <translation>删除督查记录</translation>
    </message>
    <message>
        <source>Delete the inspection of %1 on %2, with its checklist and rectification demands? The audit log keeps a copy.</source>
        <translation>删除 %1 %2 的督查记录及其检查清单和整改要求吗？操作记录中会保留副本。</translation>
    </message>
</context>
<context>
    <name>branddesk::LiveStatus</name>
    <message>
        <source>Changes made on other PCs will show only after a reload: %1</source>
        <translation>其他电脑上的修改要重新载入后才会显示：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) saved by %1 on another PC or in another window — the lists show them now.</source>
        <translation>
            <numerusform>%1 在另一台电脑或窗口中保存了 %n 处修改，列表已更新。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>branddesk::LoginDialog</name>
    <message>
        <source>Sign in to BrandDesk</source>
        <translation>登录服务品牌督查台</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>branddesk::MailActions</name>
    <message>
        <source>Mail Settin&amp;gs…</source>
        <translation>邮件设置(&amp;G)…</translation>
    </message>
</context>
<context>
    <name>branddesk::MailPasswordPrompt</name>
    <message>
        <source>Mail Server Password</source>
        <translation>邮件服务器密码</translation>
    </message>
    <message>
        <source>The password of %1 on the mail server %2.</source>
        <translation>%1 在邮件服务器 %2 上的密码。</translation>
    </message>
    <message>
        <source>BrandDesk keeps it in memory only, until the program closes; it is never saved to the database or to this PC. You will be asked again after the next start.</source>
        <translation>密码只保存在内存中，直到程序关闭；不会写入数据库或本机。下次启动后会再次询问。</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>branddesk::MailSettingsDialog</name>
    <message>
        <source>Same account as the incoming server</source>
        <translation>与收信服务器使用同一账户</translation>
    </message>
    <message>
        <source>Mail Settings</source>
        <translation>邮件设置</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP): the office mailbox the weekly reports arrive in</source>
        <translation>收信（IMAP）：接收各部门周报的办公室邮箱</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>only by hand</source>
        <translation>仅手动</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>加密方式(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Fetch &amp;every:</source>
        <translation>收取间隔(&amp;E)：</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP): the server reminders are sent through</source>
        <translation>发信（SMTP）：发送催报通知的服务器</translation>
    </message>
    <message>
        <source>e.g. zfb@office.gov.cn</source>
        <translation>例如 zfb@office.gov.cn</translation>
    </message>
    <message>
        <source>e.g. 机关作风建设领导小组办公室</source>
        <translation>例如 机关作风建设领导小组办公室</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>服务器(&amp;R)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>E&amp;ncryption:</source>
        <translation>加密方式(&amp;N)：</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>用户名(&amp;S)：</translation>
    </message>
    <message>
        <source>Sender &amp;address:</source>
        <translation>发件地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Sender &amp;name:</source>
        <translation>发件人名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Passwords are never saved: BrandDesk asks for them at the first use after it starts and keeps them in memory until it closes.</source>
        <translation>密码从不保存：程序启动后首次使用时询问，并只在内存中保留到程序关闭。</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>e.g. mail.office.gov.cn</source>
        <translation>例如 mail.office.gov.cn</translation>
    </message>
    <message>
        <source>Enter the incoming server, its port and the user first.</source>
        <translation>请先填写收信服务器、端口和用户名。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>The mail server %1 took the login; the folder %2 can be read.</source>
        <translation>邮件服务器 %1 登录成功，可以读取文件夹 %2。</translation>
    </message>
</context>
<context>
    <name>branddesk::MailSettingsService</name>
    <message>
        <source>Enter the port of the %1 server (1–65535).</source>
        <translation>请填写 %1 服务器的端口（1–65535）。</translation>
    </message>
    <message>
        <source>Enter the user name for the %1 server.</source>
        <translation>请填写 %1 服务器的用户名。</translation>
    </message>
    <message>
        <source>The %1 server&apos;s name cannot contain spaces or slashes.</source>
        <translation>%1 服务器名称不能包含空格或斜杠。</translation>
    </message>
    <message>
        <source>Fetch mail every 0 to 1440 minutes (0: only by hand).</source>
        <translation>收取间隔应为 0 到 1440 分钟（0：仅手动）。</translation>
    </message>
    <message>
        <source>The sender&apos;s address %1 is not an e-mail address.</source>
        <translation>发件地址 %1 不是有效的电子邮件地址。</translation>
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
    <message>
        <source>Campaign calendar</source>
        <translation>活动日程</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>阶段任务</translation>
    </message>
    <message>
        <source>Behind today</source>
        <translation>今日滞后</translation>
    </message>
    <message>
        <source>Weekly reports</source>
        <translation>周报</translation>
    </message>
    <message>
        <source>Report compliance</source>
        <translation>报送情况</translation>
    </message>
    <message>
        <source>&amp;Log weekly reports…</source>
        <translation>登记周报(&amp;L)…</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>督查</translation>
    </message>
    <message>
        <source>Print supervision &amp;summary…</source>
        <translation>打印督查通报(&amp;S)…</translation>
    </message>
    <message>
        <source>Print &amp;inspection sheets…</source>
        <translation>打印督查表(&amp;I)…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>驾驶舱</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <source>Enterprise service</source>
        <translation>服务企业</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>品牌评选</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>The connection to the server is back.</source>
        <translation>与服务器的连接已恢复。</translation>
    </message>
    <message>
        <source>The connection to the server is lost; BrandDesk keeps trying. Changes cannot be saved until it is back. (%1)</source>
        <translation>与服务器的连接已断开，BrandDesk 正在持续重试。连接恢复前无法保存更改。（%1）</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>监督热线</translation>
    </message>
    <message>
        <source>Log &amp;hotline calls…</source>
        <translation>登记热线来电(&amp;H)…</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>用户：%1（%2）</translation>
    </message>
    <message>
        <source>Annual assessment</source>
        <translation>年度考核</translation>
    </message>
    <message>
        <source>Report inbox</source>
        <translation>周报收件箱</translation>
    </message>
    <message>
        <source>F&amp;etch Mail</source>
        <translation>收取邮件(&amp;E)</translation>
    </message>
</context>
<context>
    <name>branddesk::MilestoneCompletionDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>due %1 (%2)</source>
        <translation>截止日期：%1（%2）</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>无截止日期</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;&lt;span style=&quot;color:#555&quot;&gt;%3 — %4&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;&lt;span style=&quot;color:#555&quot;&gt;%3 — %4&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Milestone record — %1</source>
        <translation>阶段任务完成记录 — %1</translation>
    </message>
    <message>
        <source>Record milestone as done — %1</source>
        <translation>登记阶段任务完成 — %1</translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation>%1（%2 KB）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>The file is larger than 20 MB.</source>
        <translation>文件超过 20 MB。</translation>
    </message>
    <message>
        <source>The file %1 could not be read.</source>
        <translation>无法读取文件 %1。</translation>
    </message>
    <message>
        <source>The record was not saved</source>
        <translation>记录未保存</translation>
    </message>
    <message>
        <source>Withdraw record</source>
        <translation>撤销完成记录</translation>
    </message>
    <message>
        <source>Withdraw this completion record? The milestone will count as not done.</source>
        <translation>确定撤销该完成记录吗？撤销后该阶段任务将计为未完成。</translation>
    </message>
</context>
<context>
    <name>branddesk::MilestoneMatrixModel</name>
    <message>
        <source>%1
%2 — due %3
%4</source>
        <translation>%1
%2 — 截止日期：%3
%4</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (up to %2 d)</source>
        <translation>%1（最长 %2 天）</translation>
    </message>
    <message>
        <source>%1
Phase: %2
Applies to: %3
Due: %4</source>
        <translation>%1
阶段：%2
适用范围：%3
截止日期：%4</translation>
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
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Milestones done, of all the milestones that apply to the department</source>
        <translation>已完成的阶段任务 / 该部门适用的全部阶段任务</translation>
    </message>
    <message>
        <source>Of the milestones due by today, how many are done: the figure the dashboard and the summary show</source>
        <translation>截至今天已到期的阶段任务中完成了多少：驾驶舱和督查通报显示的就是这个数</translation>
    </message>
    <message>
        <source>Done / applicable</source>
        <translation>完成/适用</translation>
    </message>
    <message>
        <source>Due so far: done / due</source>
        <translation>已到期：完成/到期</translation>
    </message>
</context>
<context>
    <name>branddesk::MilestoneService</name>
    <message>
        <source>Enter the date the milestone was done.</source>
        <translation>请填写阶段任务的完成日期。</translation>
    </message>
    <message>
        <source>The date done (%1) lies in the future.</source>
        <translation>完成日期（%1）晚于今天。</translation>
    </message>
    <message>
        <source>The evidence is too long: at most %1 characters.</source>
        <translation>佐证材料过长：最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The attachment is larger than 20 MB.</source>
        <translation>附件超过 20 MB。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not apply to %2 (%3 only).</source>
        <translation>“%1”不适用于%2（仅适用于%3）。</translation>
    </message>
    <message>
        <source>There is no record to withdraw; it may have been withdrawn already.</source>
        <translation>没有可撤销的完成记录；该记录可能已被撤销。</translation>
    </message>
</context>
<context>
    <name>branddesk::MilestonesView</name>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>阶段任务</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>阶段任务</translation>
    </message>
    <message>
        <source>No campaign yet. Create one on the campaign calendar page.</source>
        <translation>尚未建立活动。请在“活动日程”页面新建。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — today %2, %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — 今天 %2，%3</translation>
    </message>
    <message>
        <source>phase %1 %2 (%3)</source>
        <translation>第 %1 阶段 %2（%3）</translation>
    </message>
    <message>
        <source>outside the phases</source>
        <translation>不在任何阶段内</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>Phase %1: %2</source>
        <translation>第 %1 阶段：%2</translation>
    </message>
    <message>
        <source>Select a department to see its milestones.</source>
        <translation>请选择部门以查看其阶段任务。</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>无截止日期</translation>
    </message>
    <message>
        <source>%1 departments shown; %2 are behind, with %3 overdue milestones in all.</source>
        <translation>当前显示 %1 个部门；其中 %2 个部门滞后，共有 %3 项阶段任务逾期。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 of %3 applicable milestones done; of the %4 due so far, %5 done and %6 overdue</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：适用阶段任务 %3 项，已完成 %2 项；其中已到期 %4 项，完成 %5 项，逾期 %6 项</translation>
    </message>
    <message>
        <source>Loading the milestones…</source>
        <translation>正在读取阶段任务…</translation>
    </message>
    <message>
        <source>The milestones could not be loaded.</source>
        <translation>无法读取阶段任务。</translation>
    </message>
</context>
<context>
    <name>branddesk::NamingDialog</name>
    <message>
        <source>Naming of %1</source>
        <translation>命名 — %1</translation>
    </message>
    <message>
        <source>Naming</source>
        <translation>命名</translation>
    </message>
</context>
<context>
    <name>branddesk::NewCampaignDialog</name>
    <message>
        <source>C&amp;reate</source>
        <translation>创建(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The campaign was not created</source>
        <translation>活动未创建</translation>
    </message>
    <message>
        <source>The campaign was not made current</source>
        <translation>未能设为当前活动</translation>
    </message>
</context>
<context>
    <name>branddesk::PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>Type your current password, then the new one twice. A password needs at least %1 characters.</source>
        <translation>请输入当前密码，再输入两遍新密码。密码至少 %1 个字符。</translation>
    </message>
    <message>
        <source>Reset password — %1</source>
        <translation>重置密码 — %1</translation>
    </message>
    <message>
        <source>Set a new password for “%1” and tell it to them; a lock-out after wrong passwords is lifted. A password needs at least %2 characters.</source>
        <translation>为“%1”设置新密码并告知本人；因密码错误造成的锁定将解除。密码至少 %2 个字符。</translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation>设置密码(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The two new passwords differ. Type the same password twice.</source>
        <translation>两次输入的新密码不一致，请输入相同的密码。</translation>
    </message>
</context>
<context>
    <name>branddesk::PreviewDialog</name>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print every page on a printer chosen next</source>
        <translation>在接下来选择的打印机上打印全部页面</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Counting the pages: %v of %m documents</source>
        <translation>正在统计页数：%v / %m 份文件</translation>
    </message>
    <message>
        <source>Stop counting</source>
        <translation>停止统计</translation>
    </message>
    <message>
        <source>Show the pages counted so far; printing and saving still take every page</source>
        <translation>只显示已统计的页面；打印和保存仍包括全部页面</translation>
    </message>
    <message>
        <source>Counting the pages…</source>
        <translation>正在统计页数…</translation>
    </message>
    <message>
        <source>There are no pages.</source>
        <translation>没有页面。</translation>
    </message>
    <message>
        <source>Page %L1 of the %L2 counted so far</source>
        <translation>第 %L1 页，已统计 %L2 页</translation>
    </message>
    <message>
        <source>Page %L1 of %L2</source>
        <translation>第 %L1 页，共 %L2 页</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>(counting stopped after %L1 of %L2 documents)</source>
        <translation>（统计在 %L2 份文件中的 %L1 份后停止）</translation>
    </message>
</context>
<context>
    <name>branddesk::PreviewPages</name>
    <message>
        <source>Page %1 is being prepared…</source>
        <translation>第 %1 页正在准备…</translation>
    </message>
</context>
<context>
    <name>branddesk::ProblemDialog</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进展情况</translation>
    </message>
    <message>
        <source>Problem of %1</source>
        <translation>企业难题 — %1</translation>
    </message>
    <message>
        <source>Save problem</source>
        <translation>保存难题</translation>
    </message>
</context>
<context>
    <name>branddesk::ProblemLedgerTab</name>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>&amp;New problem…</source>
        <translation>登记难题(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>Enterprise problem ledger</source>
        <translation>企业难题台账</translation>
    </message>
    <message>
        <source>&amp;Print ledger…</source>
        <translation>打印台账(&amp;P)…</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>All enterprises</source>
        <translation>全部企业</translation>
    </message>
    <message>
        <source>Enterprise service</source>
        <translation>服务企业</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>共 %n 个难题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n overdue</source>
        <translation>
            <numerusform>；%n 个逾期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>branddesk::ProblemListModel</name>
    <message numerus="yes">
        <source>%1 — %n day(s) overdue</source>
        <translation>
            <numerusform>%1 — 逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Solved on %1</source>
        <translation>已于 %1 解决</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>难题</translation>
    </message>
    <message>
        <source>Responsible leader</source>
        <translation>责任领导</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>工作班子</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Latest progress</source>
        <translation>最新进展</translation>
    </message>
</context>
<context>
    <name>branddesk::PublicityDialog</name>
    <message>
        <source>Publicity</source>
        <translation>典型宣传</translation>
    </message>
    <message>
        <source>Delete the publicity “%1” (%2, %3)? The audit log keeps a copy.</source>
        <translation>删除宣传记录“%1”（%2，%3）吗？审计日志会保留一份副本。</translation>
    </message>
</context>
<context>
    <name>branddesk::RecordWatch</name>
    <message>
        <source>&amp;Reload</source>
        <translation>重新载入(&amp;R)</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新载入</translation>
    </message>
    <message>
        <source>Your unsaved changes in this form will be replaced by the stored version. Reload?</source>
        <translation>此表单中未保存的修改将被已保存的版本替换。是否重新载入？</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1（在 %2）</translation>
    </message>
    <message numerus="yes">
        <source>%n other(s) editing this record now: %1</source>
        <translation>
            <numerusform>另有 %n 人正在编辑此记录：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 deleted this record on another PC or in another window; it can no longer be saved.</source>
        <translation>%1 已在另一台电脑或窗口中删除此记录，无法再保存。</translation>
    </message>
    <message>
        <source>%1 changed this record on another PC or in another window. Reload to see their version.</source>
        <translation>%1 已在另一台电脑或窗口中修改此记录。请重新载入以查看其版本。</translation>
    </message>
    <message>
        <source>%1 changed this record on another PC or in another window. Close and open it again to see their version.</source>
        <translation>%1 已在另一台电脑或窗口中修改此记录。请关闭后重新打开以查看其版本。</translation>
    </message>
</context>
<context>
    <name>branddesk::RectificationModel</name>
    <message numerus="yes">
        <source>Overdue %n day(s)</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>整改要求</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟踪情况</translation>
    </message>
</context>
<context>
    <name>branddesk::ReminderDialog</name>
    <message>
        <source>&amp;Print notices…</source>
        <translation>打印通知单(&amp;P)…</translation>
    </message>
    <message>
        <source>The 催报通知单 of the departments without an e-mail address, one page each, to fax or hand over (Ctrl+P)</source>
        <translation>为没有电子邮箱的部门打印催报通知单，每个部门一页，供传真或当面送达（Ctrl+P）</translation>
    </message>
    <message>
        <source>%1 — no e-mail: printed notice</source>
        <translation>%1 — 无邮箱：打印通知单</translation>
    </message>
    <message>
        <source>(not set up: see the mail settings)</source>
        <translation>（未设置：见邮件设置）</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send %n reminder(s)</source>
        <translation>
            <numerusform>发送 %n 份催报(&amp;S)</numerusform>
        </translation>
    </message>
    <message>
        <source>Send every reminder listed that has an address (Ctrl+Enter)</source>
        <translation>向列表中有邮箱的部门发送催报（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Only a clerk or an administrator sends reminders.</source>
        <translation>只有办事员或管理员可以发送催报。</translation>
    </message>
    <message>
        <source>Every department has sent this week&apos;s report: nobody to remind.</source>
        <translation>各部门本周周报均已报送，无需催报。</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt; departments have not sent their report yet. %3 will be reminded by e-mail; %4 have no e-mail address and get a printed notice. Check each message on the right before sending.</source>
        <translation>%1：尚有 &lt;b&gt;%2&lt;/b&gt; 个部门未报送周报。其中 %3 个以电子邮件催报；%4 个没有电子邮箱，打印催报通知单。发送前请在右侧逐一核对每封邮件。</translation>
    </message>
    <message>
        <source>No e-mail address: print the notice (Ctrl+P) and fax or hand it over.</source>
        <translation>没有电子邮箱：请打印催报通知单（Ctrl+P），传真或当面送达。</translation>
    </message>
    <message>
        <source>Send reminders</source>
        <translation>催报</translation>
    </message>
    <message>
        <source>Sending reminders…</source>
        <translation>正在发送催报…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Sending reminders… %1 of %2</source>
        <translation>正在发送催报… 第 %1 个，共 %2 个</translation>
    </message>
    <message>
        <source>These reminders went out but could not be logged: %1</source>
        <translation>以下催报已发出，但未能记录：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) sent and logged.</source>
        <translation>
            <numerusform>已发送并记录 %n 份催报。</numerusform>
        </translation>
    </message>
    <message>
        <source>No reminder was sent.</source>
        <translation>没有发出任何催报。</translation>
    </message>
    <message>
        <source>Not sent to %1 (%2): %3</source>
        <translation>未发给 %1（%2）：%3</translation>
    </message>
    <message>
        <source>Sending was cancelled; the reminders not yet sent were not sent.</source>
        <translation>发送已取消；尚未发出的催报没有发送。</translation>
    </message>
</context>
<context>
    <name>branddesk::ReminderLogView</name>
    <message>
        <source>Reminders sent to the selected department appear here.</source>
        <translation>选中部门的催报记录显示在这里。</translation>
    </message>
    <message>
        <source>%1 has not been reminded by e-mail.</source>
        <translation>%1 尚无邮件催报记录。</translation>
    </message>
    <message>
        <source>Reminders sent to %1: %2</source>
        <translation>%1 的催报记录：%2 条</translation>
    </message>
    <message>
        <source>%1 · %2 · by %3 · to %4
Subject: %5

%6</source>
        <translation>%1 · %2 · %3 发送 · 收件人 %4
主题：%5

%6</translation>
    </message>
</context>
<context>
    <name>branddesk::ReminderService</name>
    <message>
        <source>%1 %2</source>
        <comment>the due moment: 2009年5月15日星期五 23:59</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>A reminder that reached nobody is not logged as sent.</source>
        <translation>没有送达任何人的催报不记为已发送。</translation>
    </message>
</context>
<context>
    <name>branddesk::ReportEntryDialog</name>
    <message>
        <source>Weekly reports</source>
        <translation>周报</translation>
    </message>
    <message>
        <source>Weekly report</source>
        <translation>周报</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+S)</source>
        <translation>保存(&amp;S)（Ctrl+S）</translation>
    </message>
    <message>
        <source>Entered by %1 on %2</source>
        <translation>由 %1 于 %2 录入</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source> (back-filled)</source>
        <translation>（补录）</translation>
    </message>
    <message>
        <source>Log weekly reports</source>
        <translation>登记周报</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>周报未保存</translation>
    </message>
    <message>
        <source>No single department matches “%1”. Type more of its name, or pick it from the list.</source>
        <translation>没有唯一与“%1”相符的部门。请多输入几个字，或从列表中选择。</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#1b7e1b&quot;&gt;✔ Saved (%1 in this form): %2 — %3 %4&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#1b7e1b&quot;&gt;✔ 已保存（本次第 %1 份）：%2 — %3 %4&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Unsaved report</source>
        <translation>周报尚未保存</translation>
    </message>
    <message>
        <source>Discard the report you have not saved?</source>
        <translation>放弃尚未保存的周报吗？</translation>
    </message>
    <message>
        <source>Due %1; received as entered it is &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>截止时间 %1；按所填收到时间为&lt;b&gt;%2&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>The week is over: the report is recorded as back-filled.</source>
        <translation>该周已结束：本份将记为补录。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&quot;color:#a05a00&quot;&gt;%n report(s) of this department for this week arrived already: this one is a supplement.&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:#a05a00&quot;&gt;该部门本周已报送 %n 份，本份为补报。&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>The file %1 is larger than 20 MB.</source>
        <translation>文件 %1 超过 20 MB。</translation>
    </message>
    <message>
        <source>The file %1 could not be read.</source>
        <translation>无法读取文件 %1。</translation>
    </message>
    <message>
        <source>Save the attachment</source>
        <translation>保存附件</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
    <message>
        <source>Weekly report (read only)</source>
        <translation>周报（只读）</translation>
    </message>
</context>
<context>
    <name>branddesk::ReportListModel</name>
    <message>
        <source>supplement</source>
        <translation>补报</translation>
    </message>
    <message>
        <source>back-filled</source>
        <translation>补录</translation>
    </message>
    <message>
        <source>typical practice</source>
        <translation>典型做法</translation>
    </message>
    <message>
        <source>Entered by %1 on %2</source>
        <translation>由 %1 于 %2 录入</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周次</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>报送方式</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>附件</translation>
    </message>
</context>
<context>
    <name>branddesk::ReportService</name>
    <message>
        <source>Choose the department the report comes from.</source>
        <translation>请选择报送部门。</translation>
    </message>
    <message>
        <source>%1 is deactivated; reactivate it before logging its reports.</source>
        <translation>%1 已停用；请先重新启用，再登记其周报。</translation>
    </message>
    <message>
        <source>Choose the week the report covers.</source>
        <translation>请选择周报所属的周次。</translation>
    </message>
    <message>
        <source>The week %1 has not begun yet.</source>
        <translation>%1 尚未开始。</translation>
    </message>
    <message>
        <source>Enter when the report was received.</source>
        <translation>请填写收到时间。</translation>
    </message>
    <message>
        <source>The time received (%1) lies in the future.</source>
        <translation>收到时间（%1）晚于现在。</translation>
    </message>
    <message>
        <source>The report was received before the week it covers began (%1).</source>
        <translation>收到时间早于该周开始（%1）。</translation>
    </message>
    <message>
        <source>Enter a title or the content of the report.</source>
        <translation>请填写周报的标题或内容。</translation>
    </message>
    <message>
        <source>The title is too long: at most %1 characters.</source>
        <translation>标题过长：最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The content is too long: at most %1 characters.</source>
        <translation>内容过长：最多 %1 个字符。</translation>
    </message>
    <message>
        <source>An attachment has no file name.</source>
        <translation>有附件没有文件名。</translation>
    </message>
    <message>
        <source>The attachment %1 is an empty file.</source>
        <translation>附件 %1 是空文件。</translation>
    </message>
    <message>
        <source>The attachment %1 is larger than 20 MB.</source>
        <translation>附件 %1 超过 20 MB。</translation>
    </message>
    <message>
        <source>The new attachments together are larger than 50 MB.</source>
        <translation>新添加的附件合计超过 50 MB。</translation>
    </message>
</context>
<context>
    <name>branddesk::ReportsView</name>
    <message>
        <source>&amp;New reports…</source>
        <translation>登记周报(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Weekly reports</source>
        <translation>周报</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>Serving anyone</source>
        <translation>全部服务对象</translation>
    </message>
    <message>
        <source>Any week</source>
        <translation>任意周次</translation>
    </message>
    <message>
        <source>%1 reports; the newest %2 shown — narrow the search to see older ones</source>
        <translation>共 %1 份；显示最新 %2 份——缩小检索范围可查看更早的周报</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>共 %n 份</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete report</source>
        <translation>删除周报</translation>
    </message>
    <message>
        <source>Delete the report “%1” of %2 for %3? The audit log keeps a copy.</source>
        <translation>删除 %2 %3 的周报“%1”吗？操作记录中会保留副本。</translation>
    </message>
    <message>
        <source>More than %1 reports; the newest %2 shown — narrow the search to see older ones</source>
        <translation>超过 %1 份；显示最新 %2 份——缩小检索范围可查看更早的周报</translation>
    </message>
    <message>
        <source>Searching the reports…</source>
        <translation>正在检索周报…</translation>
    </message>
</context>
<context>
    <name>branddesk::RestoreBackupDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>This database has no backups yet. Choose a backup kept elsewhere with “Other file…”.</source>
        <translation>此数据库还没有备份。可通过“其他文件…”选择保存在别处的备份。</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>BrandDesk backups (*.sqlite)</source>
        <translation>服务品牌督查台备份 (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>branddesk::ResultsModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Typical brand</source>
        <translation>典型品牌</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
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
        <source>Expert score</source>
        <translation>专家评审得分</translation>
    </message>
    <message>
        <source>Social score</source>
        <translation>社会评价得分</translation>
    </message>
    <message>
        <source>Combined score</source>
        <translation>综合得分</translation>
    </message>
    <message>
        <source>Rank in category</source>
        <translation>类别内排名</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>入选</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>命名</translation>
    </message>
</context>
<context>
    <name>branddesk::RoundDialog</name>
    <message>
        <source>Evaluation round</source>
        <translation>评选轮次</translation>
    </message>
</context>
<context>
    <name>branddesk::ScoreGridModel</name>
    <message>
        <source>%1: 0 to %2 points, whole or with one decimal</source>
        <translation>%1：0 至 %2 分，可为整数或保留一位小数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a criterion and its points</comment>
        <translation>%1（%2 分）</translation>
    </message>
</context>
<context>
    <name>branddesk::ServerActions</name>
    <message>
        <source>Use the &amp;File on This PC</source>
        <translation>使用本机数据文件(&amp;F)</translation>
    </message>
    <message>
        <source>Save a &amp;Copy of the Server&apos;s Data…</source>
        <translation>保存服务器数据副本(&amp;C)…</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <source>BrandDesk closes this database and opens %1; this PC opens it from now on.</source>
        <translation>BrandDesk 将关闭当前数据库并打开 %1；此后本机将默认打开它。</translation>
    </message>
    <message>
        <source>Use the File on This PC</source>
        <translation>使用本机数据文件</translation>
    </message>
    <message>
        <source>BrandDesk closes the server&apos;s database and opens this PC&apos;s own file, %1. The server keeps its data; Connect to Server… goes back to it.</source>
        <translation>BrandDesk 将关闭服务器数据库并打开本机文件 %1。服务器上的数据保持不变；通过“连接服务器…”可重新连接。</translation>
    </message>
    <message>
        <source>Save a Copy of the Server&apos;s Data</source>
        <translation>保存服务器数据副本</translation>
    </message>
    <message>
        <source>BrandDesk copy %1.sqlite</source>
        <translation>BrandDesk 副本 %1.sqlite</translation>
    </message>
    <message>
        <source>BrandDesk database (*.sqlite)</source>
        <translation>BrandDesk 数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>Copying the server&apos;s data to %1…</source>
        <translation>正在将服务器数据复制到 %1…</translation>
    </message>
    <message>
        <source>The copy could not be made</source>
        <translation>无法制作副本</translation>
    </message>
    <message>
        <source>%1 rows were copied to %2, every count equal and the audit trail&apos;s %3 entries verified. The file opens like any BrandDesk database.</source>
        <translation>已将 %1 行复制到 %2，各表行数一致，审计记录 %3 条已校验。该文件可像其他 BrandDesk 数据库一样打开。</translation>
    </message>
    <message>
        <source>Co&amp;nnect to Server…</source>
        <translation>连接服务器(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>branddesk::ServerConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10 or db.office.local</source>
        <translation>例如 192.168.1.10 或 db.office.local</translation>
    </message>
    <message>
        <source>not stored on this PC</source>
        <translation>不会保存在本机</translation>
    </message>
    <message>
        <source>The office&apos;s shared BrandDesk database on its PostgreSQL server. The administrator of the server gives you these settings; this PC remembers them, never the password.</source>
        <translation>办公室在 PostgreSQL 服务器上共用的 BrandDesk 数据库。以下设置由服务器管理员提供；本机会记住这些设置，但不会记住密码。</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Encryption (sslmode):</source>
        <translation>加密方式 (sslmode)(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Use the &amp;File on This PC</source>
        <translation>使用本机数据文件(&amp;F)</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address.</source>
        <translation>请输入服务器名称或地址。</translation>
    </message>
    <message>
        <source>The database&apos;s name is lower-case letters, digits and _ (as the administrator set it up).</source>
        <translation>数据库名称由小写字母、数字和 _ 组成（以管理员设置为准）。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>the office&apos;s CA certificate, for verify-ca and verify-full</source>
        <translation>办公室的 CA 证书，用于 verify-ca 和 verify-full</translation>
    </message>
    <message>
        <source>C&amp;A certificate:</source>
        <translation>CA 证书(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>branddesk::SurveyGridModel</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Does not know (invalid)</source>
        <translation>不了解（无效）</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效问卷</translation>
    </message>
    <message>
        <source>Social score</source>
        <translation>社会评价得分</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number of questionnaires.</source>
        <translation>%1：“%2”不是有效的问卷份数。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a level and its points</comment>
        <translation>%1（%2 分）</translation>
    </message>
</context>
<context>
    <name>branddesk::TicketEntryDialog</name>
    <message>
        <source>Hotline</source>
        <translation>监督热线</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>brand (department)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>工单 %1</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+S)</source>
        <translation>保存(&amp;S)（Ctrl+S）</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message numerus="yes">
        <source>; returned or reassigned %n time(s)</source>
        <translation>
            <numerusform>；退单或改派 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer (%1): %2</source>
        <translation>答复（%1）：%2</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>未联系上</translation>
    </message>
    <message>
        <source>Not a repeat call</source>
        <translation>非重复来电</translation>
    </message>
    <message>
        <source>Log hotline calls</source>
        <translation>登记热线来电</translation>
    </message>
    <message>
        <source>A new ticket is numbered when it is saved.</source>
        <translation>新工单在保存时编号。</translation>
    </message>
    <message>
        <source>No time limit.</source>
        <translation>无办理时限。</translation>
    </message>
    <message numerus="yes">
        <source>Due &lt;b&gt;%1&lt;/b&gt; (%n working day(s))</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; 前办结（%n 个工作日）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&quot;color:#a05a00&quot;&gt;%n earlier call(s) may be about the same matter: choose one under “Repeat of” to count this call as a repeat.&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:#a05a00&quot;&gt;此前有 %n 件来电可能反映同一事项：在“重复来电”中选择一件，本次来电即计为重复来电。&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>The ticket was not saved</source>
        <translation>工单未保存</translation>
    </message>
    <message>
        <source>No single department matches “%1”. Type more of its name, or pick it from the list.</source>
        <translation>没有唯一与“%1”相符的部门。请多输入几个字，或从列表中选择。</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>%1 前办结</translation>
    </message>
    <message>
        <source>no time limit</source>
        <translation>无办理时限</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#1b7e1b&quot;&gt;✔ Saved (%1 in this form): %2 — %3, %4&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#1b7e1b&quot;&gt;✔ 已保存（本窗口第 %1 件）：%2 — %3，%4&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Unsaved ticket</source>
        <translation>工单未保存</translation>
    </message>
    <message>
        <source>Discard the ticket you have not saved?</source>
        <translation>放弃尚未保存的工单吗？</translation>
    </message>
    <message numerus="yes">
        <source>Follow-up: %n call(s), %1 %2</source>
        <translation>
            <numerusform>回访：%n 次，%1 %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>branddesk::TicketImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import from 12345</source>
        <translation>从 12345 导入</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The file has no rows under its column titles.</source>
        <translation>文件在列标题下没有数据行。</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>（请选择一列）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>Choose the columns of: %1.</source>
        <translation>请选择以下字段对应的列：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>%1 new, %2 to update, %3 with errors.</source>
        <translation>新增 %1 件，更新 %2 件，错误 %3 行。</translation>
    </message>
    <message>
        <source>Nothing can be imported until every row is correct.</source>
        <translation>所有行均无误后方可导入。</translation>
    </message>
    <message>
        <source>Backing up the database before the import…</source>
        <translation>导入前正在备份数据库…</translation>
    </message>
    <message>
        <source>The backup was cancelled, so nothing was imported.</source>
        <translation>备份已取消，因此没有导入任何数据。</translation>
    </message>
</context>
<context>
    <name>branddesk::TicketListModel</name>
    <message numerus="yes">
        <source>%1 — %n day(s) overdue</source>
        <translation>
            <numerusform>%1 — 超期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed (%1)</source>
        <translation>已办结（%1）</translation>
    </message>
    <message>
        <source>Closed (caller not reached)</source>
        <translation>已办结（未联系上来电人）</translation>
    </message>
    <message>
        <source>Extended from %1: %2</source>
        <translation>原时限 %1，延期理由：%2</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>branddesk::TicketStepDialog</name>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Extend the time limit</source>
        <translation>延期办理</translation>
    </message>
    <message>
        <source>Return or reassign</source>
        <translation>退单或改派</translation>
    </message>
    <message>
        <source>Back to the office (return)</source>
        <translation>退回热线办（退单）</translation>
    </message>
    <message>
        <source>Record the answer</source>
        <translation>登记答复</translation>
    </message>
    <message>
        <source>Record the follow-up call</source>
        <translation>登记回访</translation>
    </message>
    <message>
        <source>No single department matches “%1”. Type more of its name, or pick it from the list.</source>
        <translation>没有唯一与“%1”相符的部门。请多输入几个字，或从列表中选择。</translation>
    </message>
</context>
<context>
    <name>branddesk::TimelineView</name>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>工作重点</translation>
    </message>
    <message>
        <source>Dates (dekads)</source>
        <translation>时间（旬）</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>阶段任务</translation>
    </message>
    <message>
        <source>Campaign calendar</source>
        <translation>活动日程</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1（当前）</translation>
    </message>
    <message>
        <source>No campaign yet.</source>
        <translation>尚未建立活动。</translation>
    </message>
    <message>
        <source>Today is in phase %1, &lt;b&gt;%2&lt;/b&gt; (long-term).</source>
        <translation>今天处于第 %1 阶段“&lt;b&gt;%2&lt;/b&gt;”（长期）。</translation>
    </message>
    <message numerus="yes">
        <source>Today is in phase %1, &lt;b&gt;%2&lt;/b&gt;: %n day(s) left.</source>
        <translation>
            <numerusform>今天处于第 %1 阶段“&lt;b&gt;%2&lt;/b&gt;”：还剩 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>long-term</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a phase: its number and name</comment>
        <translation>第 %1 阶段 %2</translation>
    </message>
    <message>
        <source>Loading the campaign…</source>
        <translation>正在读取活动日程…</translation>
    </message>
    <message>
        <source>The campaign could not be loaded.</source>
        <translation>无法读取活动日程。</translation>
    </message>
</context>
<context>
    <name>branddesk::TimelineWidget</name>
    <message>
        <source>No campaign yet.</source>
        <translation>尚未建立活动。</translation>
    </message>
    <message>
        <source>%1
due %2 (%3)
%4 of %5 departments done</source>
        <translation>%1
截止日期：%2（%3）
%5 个部门中已完成 %4 个</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>今天 %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a phase: its number and name</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>branddesk::TrafficLightModel</name>
    <message>
        <source>no brand</source>
        <translation>无品牌</translation>
    </message>
    <message>
        <source>%1/%2, %3 overdue</source>
        <translation>%1/%2，逾期 %3</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 on time, %2 late, %3 missing</source>
        <translation>按时 %1，迟报 %2，缺报 %3</translation>
    </message>
    <message>
        <source>%1 open, %2 overdue</source>
        <translation>未完成 %1，逾期 %2</translation>
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
        <source>Brand completeness</source>
        <translation>品牌完整度</translation>
    </message>
    <message>
        <source>Weekly reports</source>
        <translation>周报</translation>
    </message>
    <message>
        <source>Rectifications</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>Milestones due so far: done/due</source>
        <translation>阶段任务（已到期）完成/到期</translation>
    </message>
</context>
<context>
    <name>branddesk::UsersView</name>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>The accounts that can sign in to this database. A deactivated account cannot sign in; its history stays.</source>
        <translation>可登录此数据库的账户。停用的账户不能登录，其历史记录保留。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>启用(&amp;A)</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>The password of “%1” was set.</source>
        <translation>已设置“%1”的密码。</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>Deactivate “%1”? The account can no longer sign in; its history stays, and you can reactivate it.</source>
        <translation>停用“%1”吗？该账户将不能登录；其历史记录保留，之后可重新启用。</translation>
    </message>
    <message>
        <source>Reactivate user</source>
        <translation>重新启用用户</translation>
    </message>
</context>
<context>
    <name>branddesk::mergeoffer</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Both of you changed: %1. Reload to see the stored version, then make your change again.</source>
        <translation>双方都修改了：%1。请重新载入以查看已保存的版本，然后再修改一次。</translation>
    </message>
    <message>
        <source>Someone else saved this record after you opened it.</source>
        <translation>您打开此记录后，其他人保存了它。</translation>
    </message>
    <message>
        <source>Your changes (%1) and theirs (%2) touch different fields. Save both together?</source>
        <translation>您的修改（%1）与对方的修改（%2）涉及不同字段。是否合并保存？</translation>
    </message>
    <message>
        <source>Merge the changes?</source>
        <translation>合并修改？</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>main</name>
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
    <message>
        <source>%1

The latest good backup was made on %2 (%3). Restore it? The damaged file is kept in the backups folder.</source>
        <translation>%1

最近一份完好的备份制作于 %2（%3）。是否恢复该备份？损坏的文件将保留在备份文件夹中。</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>无法恢复备份</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>The backup was restored. The data as it was before is kept in %1.</source>
        <translation>备份已恢复。恢复前的数据保存在 %1 中。</translation>
    </message>
    <message>
        <source>The campaign could not be set up</source>
        <translation>无法建立活动</translation>
    </message>
    <message>
        <source>A command to run without a window (see above).</source>
        <translation>不打开窗口运行的命令（见上文）。</translation>
    </message>
    <message>
        <source>Open the database on a PostgreSQL server, given as &quot;host=… port=… dbname=… user=…&quot; (the password from PGPASSWORD or ~/.pgpass).</source>
        <translation>打开 PostgreSQL 服务器上的数据库，写作“host=… port=… dbname=… user=…”（密码取自 PGPASSWORD 或 ~/.pgpass）。</translation>
    </message>
    <message>
        <source>Name either --database (or --demo) or --server, not both.</source>
        <translation>--database（或 --demo）与 --server 只能指定其一。</translation>
    </message>
</context>
</TS>
