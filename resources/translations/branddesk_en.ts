<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActivitiesTab</name>
    <message>
        <source>Fro&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityEntryDialog</name>
    <message>
        <source>Record enterprise-service activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished">&amp;Department:</translation>
    </message>
    <message>
        <source>Type part of the name or the short name, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the department went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enterprise / zone / project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A remembered name is offered as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leading official:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and &amp;next (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save and close (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Close</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desc&amp;ription:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityKind</name>
    <message>
        <source>Director&apos;s direct line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concentrated week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Name:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished">&amp;Repeat password:</translation>
    </message>
</context>
<context>
    <name>Arguments</name>
    <message>
        <source>action</source>
        <comment>an argument&apos;s name in --help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document</source>
        <comment>an argument&apos;s name in --help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report</source>
        <comment>an argument&apos;s name in --help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <comment>an argument&apos;s name in --help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what</source>
        <comment>an argument&apos;s name in --help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <comment>an argument&apos;s name in --help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command</source>
        <comment>an argument&apos;s name in --help</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentCalculator</name>
    <message>
        <source>%1 of %2 weekly reports on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 milestones due done on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 checks met, %3 rectification(s) overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an enterprise-facing department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 quarters with a concentrated week, %3 of %4 problems solved on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>on time %1 of %2, satisfied %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score %1 entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no score entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2% = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at or below %2%: 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at or above %2%: full marks %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × (%2 − %3) ÷ (%4 − %3) = %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; less %1 × %2 overdue = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bonus items of a department may add up to %1 points a year; %2 are entered, so %3 more would exceed the cap by %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deduction items of a department may add up to %1 points a year; %2 are entered, so %3 more would exceed the cap by %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentDocuments</name>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished">, </translation>
    </message>
    <message>
        <source>%1 weight shared out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bonus capped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deduction capped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed after finalising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished">; </translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished">Department</translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished">Category</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Yes</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished">%1/%2</translation>
    </message>
    <message>
        <source>Assessment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report on the results of the %1 annual work-style assessment of the departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To all municipal departments and units:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annual work-style assessment of %1 is concluded, on the records as of %2. Its results are reported as follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annual work-style assessment of %1 is not yet finalised; the figures below are a preview as of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No department is graded %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graded %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tied at the edge of the %1 quota (%2% of each category), for the office to decide: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3 points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last of their category: %1. They are to analyse the causes and report their measures for improvement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is graded %2 by veto: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. How the scores were formed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 points (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts: %1. For a department that is not enterprise-facing, and for a part without data, the part&apos;s weight is shared out over the other parts pro rata. Bonus at most %2 points, deduction at most %3. Figures are rounded to two decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>veto</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentInput</name>
    <message>
        <source>Bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social appraisal score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bonus, deduction or veto items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentItemDialog</name>
    <message>
        <source>Assessment item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished">&amp;Department:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation type="unfinished">&amp;Evidence:</translation>
    </message>
    <message>
        <source>Document number or record that proves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentReportDialog</name>
    <message>
        <source>Assessment report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Close</translation>
    </message>
</context>
<context>
    <name>AssessmentRepository</name>
    <message>
        <source>the assessment could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the assessment item could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment item no longer exists; someone may have deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed or deleted this item after you opened it. Reopen it to see their changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the assessment item could not be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment of %1 was finalised meanwhile by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the assessment could not be finalised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the assessment could not be reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment of %1 is not finalised.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentResult</name>
    <message>
        <source>%1 / %2 (tied at the quota)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. Rule: %3. Weight %4%5: %6 points (%7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, shared out to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 — not scored; its weight %3 is shared out over the other parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data yet (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redistribution: the weights of %1 (%2 in all) are shared out pro rata: each scored part&apos;s weight × 100 ÷ %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished">, </translation>
    </message>
    <message>
        <source>Parts: %1 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2%3: %4 (evidence: %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus entered %1, counted up to the cap of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deduction entered %1, counted up to the cap of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1 + %2 − %3 = %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank %1 of %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veto: %1 — the grade is %2 whatever the score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade: %1 (the band of the total).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade: %1, within the quota of %2 for the category (%3%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total reaches %1, but the quota of the category is %2 (%3%) and this rank is beyond it: grade %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total reaches %1 and is tied with others at the edge of the quota of %2 (%3%): the office decides which of them get it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records changed after finalising (not counted): %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentScheme</name>
    <message>
        <source>must be a number such as 20 or &quot;12.5&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must lie between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may have at most two decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object such as { &quot;named&quot;: 100, &quot;typical&quot;: 85, &quot;entered&quot;: 70, &quot;none&quot;: 50 }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a level; the levels are named, typical, entered and none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the evaluation part scores by levels; a rate scores between floor and full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be above the floor (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the inspections part takes points off per overdue rectification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list at least two grades, best first, such as { &quot;name&quot;: &quot;优秀&quot;, &quot;min&quot;: 90 }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must name the grade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be below the minimum of the grade before it (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last grade must start at 0, so every total has a grade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished">Milestones</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social appraisal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation type="unfinished">%1 %2%</translation>
    </message>
    <message>
        <source>levels: %1 of the weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished">, </translation>
    </message>
    <message>
        <source>linear: %1% or less scores 0, %2% or more full marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 off per overdue rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation type="unfinished">must be an object.</translation>
    </message>
    <message>
        <source>must list at least one part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a part; the parts are reports, milestones, inspections, enterprise, evaluation, hotline and social.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weights must add up to 100 (now %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a text naming the item.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentService</name>
    <message>
        <source>The database holds no campaign yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment of %1 was not finalised, and the current campaign is of %2: only the current campaign&apos;s year can be computed from the records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the finalised assessment of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment of %1 is finalised; an administrator must reopen it before it can change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the veto item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points may have at most two decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The points must be more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A social appraisal score lies between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a social appraisal score for %2; change that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment of %1 is not finalised.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished">&amp;Year:</translation>
    </message>
    <message>
        <source>Items entered by hand:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditEntry</name>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
</context>
<context>
    <name>AuditHistoryDialog</name>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;History…</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
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
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Sort order</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Service brand</source>
        <translation>Service brand</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Department (number)</source>
        <translation>Department (number)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Logo (fingerprint)</source>
        <translation>Logo (fingerprint)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Week (Monday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification demand (number %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise, zone or project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise (number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised at activity (number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Went into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered (五送)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">From</translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished">To</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leading official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign (number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round (number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry (number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service brand (number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declaration file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not familiar (invalid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical brand</source>
        <translation type="unfinished">Typical brand</translation>
    </message>
    <message>
        <source>Selected on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naming document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise-service activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publicity record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotline ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller&apos;s phone (masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished">Due</translation>
    </message>
    <message>
        <source>Signed for at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns and reassignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followed up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats ticket (number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished">Evidence</translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The change was not saved: it was not recorded in the audit log.</source>
        <translation>The change was not saved: it was not recorded in the audit log.</translation>
    </message>
    <message>
        <source>Nobody is signed in. Sign in to make changes.</source>
        <translation>Nobody is signed in. Sign in to make changes.</translation>
    </message>
    <message>
        <source>%1: “%2” → “%3”</source>
        <translation>%1: “%2” → “%3”</translation>
    </message>
    <message>
        <source>%1 changed it at %2 — %3</source>
        <translation>%1 changed it at %2 — %3</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Changed meanwhile:</source>
        <translation>Changed meanwhile:</translation>
    </message>
    <message>
        <source>Audit entries %1 to %2 are missing: they were removed outside BrandDesk.</source>
        <translation>Audit entries %1 to %2 are missing: they were removed outside BrandDesk.</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow the entry before it: the log was changed outside BrandDesk.</source>
        <translation>Audit entry %1 does not follow the entry before it: the log was changed outside BrandDesk.</translation>
    </message>
    <message>
        <source>Audit entry %1 (%2, %3) was altered outside BrandDesk: its content no longer matches its hash.</source>
        <translation>Audit entry %1 (%2, %3) was altered outside BrandDesk: its content no longer matches its hash.</translation>
    </message>
    <message>
        <source>The last audit entries (from %1 to %2) are missing: they were removed outside BrandDesk.</source>
        <translation>The last audit entries (from %1 to %2) are missing: they were removed outside BrandDesk.</translation>
    </message>
</context>
<context>
    <name>AuditRepository</name>
    <message>
        <source>the audit log could not be read</source>
        <translation>the audit log could not be read</translation>
    </message>
    <message>
        <source>the change could not be recorded in the audit log</source>
        <translation>the change could not be recorded in the audit log</translation>
    </message>
</context>
<context>
    <name>BackupFile</name>
    <message>
        <source>daily</source>
        <translation>daily</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>made by hand</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>before an upgrade</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>before an import</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <source>damaged file</source>
        <translation>damaged file</translation>
    </message>
</context>
<context>
    <name>BackupManager</name>
    <message>
        <source>The backup folder %1 could not be created.</source>
        <translation>The backup folder %1 could not be created.</translation>
    </message>
    <message>
        <source>The backup copy failed its integrity check, so it was not kept. The database may be damaged.</source>
        <translation>The backup copy failed its integrity check, so it was not kept. The database may be damaged.</translation>
    </message>
    <message>
        <source>The old backup %1 could not be deleted.</source>
        <translation>The old backup %1 could not be deleted.</translation>
    </message>
    <message>
        <source>The backup is damaged and cannot be restored.</source>
        <translation>The backup is damaged and cannot be restored.</translation>
    </message>
    <message>
        <source>The file is not a BrandDesk backup.</source>
        <translation>The file is not a BrandDesk backup.</translation>
    </message>
    <message>
        <source>The backup was written by a newer version of BrandDesk. Please update BrandDesk first.</source>
        <translation>The backup was written by a newer version of BrandDesk. Please update BrandDesk first.</translation>
    </message>
    <message>
        <source>The file %1 could not be removed.</source>
        <translation>The file %1 could not be removed.</translation>
    </message>
    <message>
        <source>The backup was cancelled; no backup was kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupStore</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>the file %1 could not be opened</source>
        <translation>the file %1 could not be opened</translation>
    </message>
    <message>
        <source>the backup copy could not be written</source>
        <translation>the backup copy could not be written</translation>
    </message>
    <message>
        <source>the integrity check failed</source>
        <translation>the integrity check failed</translation>
    </message>
    <message>
        <source>the foreign key check failed</source>
        <translation>the foreign key check failed</translation>
    </message>
    <message>
        <source>the file %1 could not be read</source>
        <translation>the file %1 could not be read</translation>
    </message>
</context>
<context>
    <name>BehindView</name>
    <message>
        <source>Search department or milestone… (Ctrl+F)</source>
        <translation>Search department or milestone… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Only &amp;overdue</source>
        <translation>Only &amp;overdue</translation>
    </message>
</context>
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
        <source>Standard 1, brand name: concise, easy to understand and to remember, and showing the department&apos;s functions and the spirit of the times.</source>
        <translation>Standard 1, brand name: concise, easy to understand and to remember, and showing the department&apos;s functions and the spirit of the times.</translation>
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
    <name>BulkLoad</name>
    <message>
        <source>the new database could not be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusyWork</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
</context>
<context>
    <name>Campaign</name>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>Enterprise-facing departments</source>
        <translation>Enterprise-facing departments</translation>
    </message>
    <message>
        <source>Departments supervising intermediaries</source>
        <translation>Departments supervising intermediaries</translation>
    </message>
    <message>
        <source>Administrative departments</source>
        <translation>Administrative departments</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message numerus="yes">
        <source>Done %n day(s) late</source>
        <translation>
            <numerusform>Done %n day late</numerusform>
            <numerusform>Done %n days late</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Due in %n day</numerusform>
            <numerusform>Due in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>No deadline</translation>
    </message>
</context>
<context>
    <name>CampaignDefinition</name>
    <message>
        <source>%1, line %2: %3: %4</source>
        <translation>%1, line %2: %3: %4</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>is missing.</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>must be text.</translation>
    </message>
    <message>
        <source>is empty.</source>
        <translation>is empty.</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2.</source>
        <translation>must be a whole number from %1 to %2.</translation>
    </message>
    <message>
        <source>The campaign definition %1 could not be read.</source>
        <translation>The campaign definition %1 could not be read.</translation>
    </message>
    <message>
        <source>The campaign definition %1 is larger than 4 MB.</source>
        <translation>The campaign definition %1 is larger than 4 MB.</translation>
    </message>
    <message>
        <source>%1, line %2: the JSON is not valid (%3).</source>
        <translation>%1, line %2: the JSON is not valid (%3).</translation>
    </message>
    <message>
        <source>the definition must be a JSON object.</source>
        <translation>the definition must be a JSON object.</translation>
    </message>
    <message>
        <source>must be a weekday in English (monday … sunday).</source>
        <translation>must be a weekday in English (monday … sunday).</translation>
    </message>
    <message>
        <source>must be a time like 23:59:59.</source>
        <translation>must be a time like 23:59:59.</translation>
    </message>
    <message>
        <source>is missing (the scoring rules of the evaluation).</source>
        <translation>is missing (the scoring rules of the evaluation).</translation>
    </message>
    <message>
        <source>must list at least one phase.</source>
        <translation>must list at least one phase.</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>must be an object.</translation>
    </message>
    <message>
        <source>an open phase (长期) without a start must follow another phase.</source>
        <translation>an open phase (长期) without a start must follow another phase.</translation>
    </message>
    <message>
        <source>the phase starts before the previous one ends.</source>
        <translation>the phase starts before the previous one ends.</translation>
    </message>
    <message>
        <source>only the last phase may be open-ended (长期).</source>
        <translation>only the last phase may be open-ended (长期).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice.</source>
        <translation>&quot;%1&quot; is used twice.</translation>
    </message>
    <message>
        <source>must be all, enterprise-facing, supervises-intermediaries or administrative.</source>
        <translation>must be all, enterprise-facing, supervises-intermediaries or administrative.</translation>
    </message>
    <message>
        <source>a due date cannot be open-ended.</source>
        <translation>a due date cannot be open-ended.</translation>
    </message>
</context>
<context>
    <name>CampaignFigures</name>
    <message numerus="yes">
        <source>%n week(s) of reports missing</source>
        <translation>
            <numerusform>%n week of reports missing</numerusform>
            <numerusform>%n weeks of reports missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) late</source>
        <translation>
            <numerusform>%n report late</numerusform>
            <numerusform>%n reports late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s) overdue</source>
        <translation>
            <numerusform>%n milestone overdue</numerusform>
            <numerusform>%n milestones overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rectification(s) overdue</source>
        <translation>
            <numerusform>%n rectification overdue</numerusform>
            <numerusform>%n rectifications overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator: 、</comment>
        <translation type="unfinished">, </translation>
    </message>
    <message>
        <source>The database holds no campaign yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n enterprise problem(s) overdue</source>
        <translation>
            <numerusform>%n enterprise problem overdue</numerusform>
            <numerusform>%n enterprise problems overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignRepository</name>
    <message>
        <source>the phases could not be read</source>
        <translation>the phases could not be read</translation>
    </message>
    <message>
        <source>the milestones could not be read</source>
        <translation>the milestones could not be read</translation>
    </message>
    <message>
        <source>the campaigns could not be read</source>
        <translation>the campaigns could not be read</translation>
    </message>
    <message>
        <source>the campaign could not be read</source>
        <translation>the campaign could not be read</translation>
    </message>
    <message>
        <source>The campaign no longer exists.</source>
        <translation>The campaign no longer exists.</translation>
    </message>
    <message>
        <source>the campaign could not be saved</source>
        <translation>the campaign could not be saved</translation>
    </message>
    <message>
        <source>the current campaign could not be changed</source>
        <translation>the current campaign could not be changed</translation>
    </message>
    <message>
        <source>the phase could not be saved</source>
        <translation>the phase could not be saved</translation>
    </message>
    <message>
        <source>the milestone could not be saved</source>
        <translation>the milestone could not be saved</translation>
    </message>
    <message>
        <source>The milestone no longer exists.</source>
        <translation>The milestone no longer exists.</translation>
    </message>
</context>
<context>
    <name>CardListDialog</name>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeListener</name>
    <message>
        <source>the changes could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckResult</name>
    <message>
        <source>Met</source>
        <translation type="unfinished">Met</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Backs up the database into the backups folder beside it, checks the copy and rotates the folder (14 daily, 8 weekly, 12 monthly backups are kept).</source>
        <translation>Backs up the database into the backups folder beside it, checks the copy and rotates the folder (14 daily, 8 weekly, 12 monthly backups are kept).</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>The backup failed: %1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Backed up to %1</translation>
    </message>
    <message>
        <source>Back up the database now (checked, then rotated).</source>
        <translation>Back up the database now (checked, then rotated).</translation>
    </message>
    <message>
        <source>Checks the database without changing it; exits with 1 when a check finds a problem.</source>
        <translation>Checks the database without changing it; exits with 1 when a check finds a problem.</translation>
    </message>
    <message>
        <source>%1: could not be checked: %2</source>
        <translation>%1: could not be checked: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s)</source>
        <translation>
            <numerusform>%1: %n problem</numerusform>
            <numerusform>%1: %n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: ok</source>
        <translation>%1: ok</translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity and references.</source>
        <translation>Check the database&apos;s integrity and references.</translation>
    </message>
    <message>
        <source>Commands (run without a window):</source>
        <translation>Commands (run without a window):</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>update</source>
        <translation>update</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>Imports departments from a CSV (UTF-8 or GB18030) or XLSX file. Without --apply it only shows what each row would do.</source>
        <translation>Imports departments from a CSV (UTF-8 or GB18030) or XLSX file. Without --apply it only shows what each row would do.</translation>
    </message>
    <message>
        <source>departments</source>
        <translation>departments</translation>
    </message>
    <message>
        <source>The file.</source>
        <translation>The file.</translation>
    </message>
    <message>
        <source>Write the rows (all or none).</source>
        <translation>Write the rows (all or none).</translation>
    </message>
    <message>
        <source>Sign in as &lt;name&gt; to write; the password is read from standard input.</source>
        <translation>Sign in as &lt;name&gt; to write; the password is read from standard input.</translation>
    </message>
    <message>
        <source>Usage: branddesk import departments FILE [--apply]</source>
        <translation>Usage: branddesk import departments FILE [--apply]</translation>
    </message>
    <message>
        <source>--apply needs --user NAME (who is importing).</source>
        <translation>--apply needs --user NAME (who is importing).</translation>
    </message>
    <message>
        <source>%1 new, %2 to update, %3 unchanged, %4 with errors.</source>
        <translation>%1 new, %2 to update, %3 unchanged, %4 with errors.</translation>
    </message>
    <message>
        <source>Nothing was imported: fix these rows and try again.</source>
        <translation>Nothing was imported: fix these rows and try again.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written. Add --apply to import.</source>
        <translation>Dry run: nothing was written. Add --apply to import.</translation>
    </message>
    <message>
        <source>Imported: %1 departments added or changed.</source>
        <translation>Imported: %1 departments added or changed.</translation>
    </message>
    <message>
        <source>Import departments from CSV or XLSX (dry run unless --apply).</source>
        <translation>Import departments from CSV or XLSX (dry run unless --apply).</translation>
    </message>
    <message>
        <source>--%1 needs a date like 2009-05-31, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to lies before --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspection-sheets or summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection sheets: “all” (the default), or a department&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary: the document number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary: the issuing office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary: the next-steps paragraph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which document: export inspection-sheets or export summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active department is called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to print: no active department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n document(s) to %1</source>
        <translation>
            <numerusform>Wrote %n document to %1</numerusform>
            <numerusform>Wrote %n documents to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 needs a whole number of at least 1, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a new database with invented departments, brands, a campaign begun years ago, milestone records and weekly reports for every week since, for benchmarks. The same seed and --today give the same database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many departments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years of weekly reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the invented data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to write the database: --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; generate writes a new file only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: %2 departments, %3 brands, %4 milestone records, %5 reports, %6 inspections in %7 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new, large database of invented data for benchmarks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no evaluation round %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current campaign has no evaluation round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>results, expert-sheets, questionnaire or scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results: the issuing office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which document: evaluation results, expert-sheets, questionnaire or scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to write it: --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 of “%2” to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the overdue problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one department&apos;s problems (its name or short name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote the ledger of %n problem(s) to %1</source>
        <translation>
            <numerusform>Wrote the ledger of %n problem to %1</numerusform>
            <numerusform>Wrote the ledger of %n problems to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the results table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the blank expert scoring sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the blank questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backups folder is for a database file. From a server, take a copy with &quot;branddesk server backup --out FILE.sqlite&quot;; the server&apos;s own backups are its administrator&apos;s (pg_dump).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s port (5432).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database&apos;s name on the server (branddesk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login; the password comes from PGPASSWORD or ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libpq&apos;s sslmode (prefer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database&apos;s name &quot;%1&quot; must be lower-case letters, digits and _ (at most 63).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 (rebuilt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows in %2 tables, every count equal; the audit trail&apos;s %3 entries verify on the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 exists; it is checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its schema is at data version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has accounts already; the first administrator was not created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the first administrator %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account yet: the first to open it creates the first administrator (or run init again with --admin NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every PC opens it with: branddesk --server &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1 to %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; the copy goes into a new file only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1; it opens like any BrandDesk file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init, copy-from or backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init: create the first administrator &lt;name&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup: the new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: branddesk server init | copy-from FILE.sqlite | backup --out FILE.sqlite [--host H] [--port P] [--database NAME] [--user LOGIN]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a PostgreSQL server, copy a file onto it, or back it up to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program&apos;s login %1 (a member of %2) can now do only this on the database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its password (shown once; give it to the PCs, not to the users): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets up BrandDesk on a PostgreSQL server and moves data between it and a file:
  server init [--admin NAME]     create (or check) the database, its schema and the first administrator (password from standard input)
    [--app-login LOGIN]          and the restricted login the PCs use (its password is the next line of standard input; generated and shown when empty)
  server copy-from FILE.sqlite   copy an office&apos;s file onto the empty server database, in one transaction
  server backup --out FILE.sqlite  copy the server&apos;s data into a new BrandDesk file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init: create or refresh the program&apos;s restricted login &lt;login&gt; (no DDL rights).</source>
        <translation></translation>
    </message>
    <message>
        <source>Writes an evaluation round&apos;s results table, blank expert scoring sheets or blank questionnaire as PDF or Word (.docx, when --out ends in .docx), or all its scores as XLSX or CSV. Without --round, the newest round of the current campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write (.pdf or .docx; .xlsx or .csv for scores).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an evaluation round&apos;s results, expert sheets or questionnaire as PDF or Word, or its scores as XLSX/CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a printed document as PDF, or as Word (.docx) when --out ends in .docx: the inspection sheets of one or all departments, or the supervision summary of a period (the current month unless --from/--to say otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write: .pdf, or .docx for Word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to write the document: --out FILE.pdf or FILE.docx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write inspection sheets or the supervision summary as PDF or Word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the enterprise problem ledger as PDF, or as Word (.docx) when --out ends in .docx (A4 landscape): every problem, or only the overdue ones, of all departments or one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the enterprise problem ledger as PDF or Word.</source>
        <translation></translation>
    </message>
    <message>
        <source>The document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month (default: the last one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuing office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which document: hotline report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--month wants a month like 2026-11, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the hotline report of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no campaign yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the campaigns (id, year, title, dates), or makes a new one from another year&apos;s: its phases, milestones and rules moved to --year. &quot;new&quot; signs in with --user as an administrator, the password read from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list or new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: the campaign to copy, by its id (see list) or &quot;current&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: the year of the new campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: make the new campaign the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as the administrator &lt;name&gt;; the password is read from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: branddesk campaign list | new --from-template ID --year YEAR --user ADMIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign new needs --from-template ID, --year YEAR and --user NAME (an administrator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no campaign %1; see branddesk campaign list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created campaign %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the campaigns, or make a new year&apos;s from a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new password twice on standard input, one a line, or use --generate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 (shown only this once): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets up accounts. On a database without accounts, &quot;users add NAME --role administrator&quot; creates the first administrator; every other use signs in with --user as an administrator. Standard input gives, one a line: that administrator&apos;s password, then the new password twice (unless --generate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, list, reset or deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account (not for list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: administrator, clerk or leader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, reset: make up a password and print it once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: branddesk users add NAME --role ROLE | list | reset NAME | deactivate NAME [--user ADMIN]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say the new account&apos;s role: --role administrator, clerk or leader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no accounts yet: create the first administrator with &quot;branddesk users add NAME --role administrator&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the first administrator, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This needs an administrator&apos;s sign-in: --user NAME, with the password on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated %1: it can no longer sign in; its history stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up accounts: add, list, reset a password, deactivate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the monthly report of the brand supervision hotline (热线工作通报) as PDF, or as Word (.docx) when --out ends in .docx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the monthly report of the supervision hotline as PDF, or import tickets from a 12345 export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports hotline tickets exported from a city&apos;s 12345 system (CSV in UTF-8 or GB18030, or XLSX); the columns are found by their titles. Without --apply it only shows what each row would do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: branddesk hotline import FILE [--apply]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column of the file is titled as: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new, %2 to update, %3 with errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 tickets added or updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the annual work-style assessment of a year: the table as XLSX or CSV, or the report (通报) as PDF, or as Word (.docx) when --out ends in .docx. A year not yet finalised is a preview as of today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table or the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write: .xlsx or .csv (table), .pdf or .docx (report).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year (default: the current campaign&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to write: assessment table or assessment report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year wants a year like 2026, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the assessment of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the annual work-style assessment of a year: the table (XLSX, CSV) or the report (PDF, DOCX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary: who gets copies (the imprint at its foot).</source>
        <translation type="unfinished"></translation>
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
        <source>&quot;%1&quot; is not filled in.</source>
        <translation>&quot;%1&quot; is not filled in.</translation>
    </message>
</context>
<context>
    <name>ComplianceView</name>
    <message>
        <source>Search department… (Ctrl+F)</source>
        <translation type="unfinished">Search department… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Only departments with &amp;missing weeks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConcentratedWeeks</name>
    <message numerus="yes">
        <source>Derived from the concentrated weeks recorded: %n quarter(s) met.</source>
        <translation>
            <numerusform>Derived from the concentrated weeks recorded: %n quarter met.</numerusform>
            <numerusform>Derived from the concentrated weeks recorded: %n quarters met.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enterprise service records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is judged from the enterprise-service records: it is met when every quarter so far has its concentrated week logged (Enterprise service › Quarterly weeks). It is not ticked by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectedUsersDialog</name>
    <message>
        <source>Who is connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>The file %1 could not be written. Is the disk full?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GB18030 text. Save it from Excel or WPS as CSV and try again.</source>
        <translation>The file is neither UTF-8 nor GB18030 text. Save it from Excel or WPS as CSV and try again.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>The file is larger than %1 MB.</translation>
    </message>
    <message>
        <source>a field is too long.</source>
        <translation>a field is too long.</translation>
    </message>
    <message>
        <source>too many columns.</source>
        <translation>too many columns.</translation>
    </message>
    <message>
        <source>the file has more than %1 rows.</source>
        <translation>the file has more than %1 rows.</translation>
    </message>
    <message>
        <source>a quote &apos;&quot;&apos; inside a field that does not start with one.</source>
        <translation>a quote &apos;&quot;&apos; inside a field that does not start with one.</translation>
    </message>
    <message>
        <source>text after the closing quote of a field.</source>
        <translation>text after the closing quote of a field.</translation>
    </message>
    <message>
        <source>a quoted field is never closed.</source>
        <translation>a quoted field is never closed.</translation>
    </message>
</context>
<context>
    <name>CurrentUser</name>
    <message>
        <source>Nobody is signed in. Sign in to make changes.</source>
        <translation>Nobody is signed in. Sign in to make changes.</translation>
    </message>
    <message>
        <source>You are signed in as %1 (%2). This role can read, print and export everything but change nothing; ask a clerk to make this change.</source>
        <translation>You are signed in as %1 (%2). This role can read, print and export everything but change nothing; ask a clerk to make this change.</translation>
    </message>
    <message>
        <source>Only an administrator can do this. You are signed in as %1 (%2).</source>
        <translation>Only an administrator can do this. You are signed in as %1 (%2).</translation>
    </message>
</context>
<context>
    <name>DashboardCards</name>
    <message>
        <source>Department</source>
        <translation type="unfinished">Department</translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished">Category</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished">Departments</translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service brands</source>
        <translation type="unfinished">Service brands</translation>
    </message>
    <message>
        <source>registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>departments</source>
        <translation type="unfinished">departments</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>no phase running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>long-term</source>
        <translation type="unfinished">long-term</translation>
    </message>
    <message>
        <source>Current phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n not yet reported</source>
        <translation>
            <numerusform>%n not yet reported</numerusform>
            <numerusform>%n not yet reported</numerusform>
        </translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <comment>card: milestones overdue</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue fixes</source>
        <comment>card: rectifications overdue</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message>
        <source>Brands</source>
        <translation type="unfinished">Brands</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished">Brand</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation type="unfinished">Completeness</translation>
    </message>
    <message>
        <source>Leader in charge</source>
        <translation type="unfinished">Leader in charge</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished">Phase</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">From</translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished">To</translation>
    </message>
    <message>
        <source>%1 (now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet reported this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished">Contact</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Phone</translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished">Milestone</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished">Due</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue problems</source>
        <comment>card: enterprise problems overdue</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enterprise service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue tickets</source>
        <comment>card: hotline tickets overdue</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervision hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done %1 of %2 due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>On time (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Done</translation>
    </message>
    <message>
        <source>Due, open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished">Overdue</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished">Departments</translation>
    </message>
    <message>
        <source>Overdue items: missing weeks, overdue milestones, rectifications and problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardFigures</name>
    <message>
        <source>No brand</source>
        <translation type="unfinished">No brand</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished">%1%</translation>
    </message>
    <message>
        <source>%1–%2%</source>
        <translation type="unfinished">%1–%2%</translation>
    </message>
</context>
<context>
    <name>DashboardSheet</name>
    <message>
        <source>green</source>
        <comment>traffic light, short: 绿</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yellow</source>
        <comment>traffic light, short: 黄</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>red</source>
        <comment>traffic light, short: 红</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign dashboard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no phase running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n day(s) left</source>
        <translation>
            <numerusform>%1, %n day left</numerusform>
            <numerusform>%1, %n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Period: %1 · as of %2 · current phase: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished">Departments</translation>
    </message>
    <message>
        <source>Service brands</source>
        <translation type="unfinished">Service brands</translation>
    </message>
    <message>
        <source>Without a brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports this week
received/expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports on time
in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones
done/due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones
overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectifications
overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every department has reported this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet reported this week (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator: 、</comment>
        <translation type="unfinished">, </translation>
    </message>
    <message>
        <source>Call list. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>department (reason)</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>No department is behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <comment>list separator: ；</comment>
        <translation type="unfinished">; </translation>
    </message>
    <message>
        <source>Furthest behind. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic lights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished">Department</translation>
    </message>
    <message>
        <source>Brand
completeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports
on time/owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectifications
overdue/open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search department… (Ctrl+F)</source>
        <translation type="unfinished">Search department… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Only &amp;red lights</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>%1 could not be read</source>
        <translation>%1 could not be read</translation>
    </message>
    <message>
        <source>The database file %1 is read-only. Check the file&apos;s permissions or choose another location. It was left unchanged.</source>
        <translation>The database file %1 is read-only. Check the file&apos;s permissions or choose another location. It was left unchanged.</translation>
    </message>
    <message>
        <source>The database file %1 was moved or deleted while BrandDesk had it open; nothing more can be saved to it. Close BrandDesk and put the file back or restore a backup.</source>
        <translation>The database file %1 was moved or deleted while BrandDesk had it open; nothing more can be saved to it. Close BrandDesk and put the file back or restore a backup.</translation>
    </message>
    <message>
        <source>The connection to the server %1 was lost while the changes were being saved. They may or may not have been kept: check the record once the server is back before entering it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server database could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 runs PostgreSQL %2; BrandDesk needs PostgreSQL 13 or later (15 is tested).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 holds tables of another program, not of BrandDesk. It was left unchanged; choose an empty database or one BrandDesk set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is not a BrandDesk database (its version table is foreign). It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 refused the login &quot;%2&quot;: the user name or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no database &quot;%1&quot;. An administrator creates it with &quot;branddesk server init&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 does not accept connections from this PC for &quot;%2&quot; (pg_hba.conf). Ask the server&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be made (sslmode %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 cannot be reached. Check the network and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server connection could not be set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of BrandDesk (data version %2; this program knows up to %3). Please update BrandDesk on this PC. The database was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server database could not be set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was created with a character type (LC_CTYPE) under which Chinese characters are not letters, so the report search could not use its index. Create it again with &quot;branddesk server init&quot;, or as: CREATE DATABASE %2 ENCODING &apos;UTF8&apos; LC_COLLATE &apos;C&apos; LC_CTYPE &apos;C.UTF-8&apos; TEMPLATE template0. Nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection cannot be renewed in the middle of a change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database could not be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 did not prove who it is (sslmode %2): its certificate is not signed by the CA certificate %3, or does not name %4. Check the CA certificate the server&apos;s administrator gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is at data version %2 and this BrandDesk needs data version %3, but the login &quot;%4&quot; may not change the database&apos;s tables. Ask the administrator to run &quot;branddesk server init&quot; on it. The database was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index of the database could not be set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade of the database was cancelled; it was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseChecks</name>
    <message>
        <source>integrity of the file (integrity_check)</source>
        <translation>integrity of the file (integrity_check)</translation>
    </message>
    <message>
        <source>references between records (foreign_key_check)</source>
        <translation>references between records (foreign_key_check)</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>There is no database at %1.</translation>
    </message>
    <message>
        <source>%1 is not a BrandDesk database.</source>
        <translation>%1 is not a BrandDesk database.</translation>
    </message>
    <message>
        <source>the audit trail (hash chain)</source>
        <translation>the audit trail (hash chain)</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>the data could not be copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tables %1 refer to each other in a circle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 has the columns %2 in the file but %3 on the server; both must be at the same data version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy goes from a file to a server or back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file and the server database hold different tables; both must be at the same data version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds data (%2 rows in %3); a copy goes only into an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy does not hold as many rows as the original; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseTransfer</name>
    <message>
        <source>The audit trail of %1 does not verify (%2); nothing was copied. Run &quot;branddesk check&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail does not verify on the copy at %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeclarationDraft</name>
    <message>
        <source>Self-declaration of the service brand “%1” of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not yet filled in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Campaign tasks completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (done %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none recorded yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Typical practices reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none reported yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dekad</name>
    <message>
        <source>&quot;%1&quot; is not a date like 5月中旬 or 5月20日.</source>
        <translation>&quot;%1&quot; is not a date like 5月中旬 or 5月20日.</translation>
    </message>
    <message>
        <source>There is no month %1 (in &quot;%2&quot;).</source>
        <translation>There is no month %1 (in &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day of the calendar.</source>
        <translation>&quot;%1&quot; is not a day of the calendar.</translation>
    </message>
    <message>
        <source>The dates are empty.</source>
        <translation>The dates are empty.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than two dates.</source>
        <translation>&quot;%1&quot; has more than two dates.</translation>
    </message>
    <message>
        <source>In &quot;%1&quot; the end comes before the start.</source>
        <translation>In &quot;%1&quot; the end comes before the start.</translation>
    </message>
    <message>
        <source>long-term</source>
        <translation type="unfinished">long-term</translation>
    </message>
    <message>
        <source>early %1</source>
        <comment>days 1–10 of the month %1 (上旬)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mid %1</source>
        <comment>days 11–20 of the month %1 (中旬)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late %1</source>
        <comment>days 21 to the end of the month %1 (下旬)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a dekad %1 of the year %2</comment>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a day: the month&apos;s short name %1 and the day %2</comment>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source> – </source>
        <comment>between the two ends of a range of dates</comment>
        <translation type="unfinished"></translation>
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
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>Flags:</translation>
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
    <message>
        <source>Shor&amp;t name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise-&amp;facing department (涉企部门)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartmentImport</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>The file is larger than %1 MB.</translation>
    </message>
    <message>
        <source>The file %1 could not be read.</source>
        <translation>The file %1 could not be read.</translation>
    </message>
    <message>
        <source>The file has no rows.</source>
        <translation>The file has no rows.</translation>
    </message>
    <message>
        <source>Line %1: no column is titled 部门名称 (name); the first row must name the columns.</source>
        <translation>Line %1: no column is titled 部门名称 (name); the first row must name the columns.</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot; (党群部门, 行政部门, 政法部门 or 其他).</source>
        <translation>unknown category &quot;%1&quot; (党群部门, 行政部门, 政法部门 or 其他).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not 是 or 否.</source>
        <translation>&quot;%1&quot; is not 是 or 否.</translation>
    </message>
    <message>
        <source>the sort order &quot;%1&quot; is not a whole number.</source>
        <translation>the sort order &quot;%1&quot; is not a whole number.</translation>
    </message>
    <message>
        <source>the row has more cells than the first row has titles.</source>
        <translation>the row has more cells than the first row has titles.</translation>
    </message>
    <message>
        <source>the department &quot;%1&quot; is already on line %2.</source>
        <translation>the department &quot;%1&quot; is already on line %2.</translation>
    </message>
    <message>
        <source>Nothing was imported: fix these rows and try again.
%1</source>
        <translation>Nothing was imported: fix these rows and try again.
%1</translation>
    </message>
    <message>
        <source>Nothing was imported: line %1: %2</source>
        <translation>Nothing was imported: line %1: %2</translation>
    </message>
</context>
<context>
    <name>DepartmentImportDialog</name>
    <message>
        <source>Import departments</source>
        <translation type="unfinished">Import departments</translation>
    </message>
    <message>
        <source>Choose &amp;File…</source>
        <translation type="unfinished">Choose &amp;File…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished">Line</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">Action</translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished">Department</translation>
    </message>
    <message>
        <source>Reason or change</source>
        <translation type="unfinished">Reason or change</translation>
    </message>
</context>
<context>
    <name>DepartmentPicker</name>
    <message>
        <source>%1 (%2)</source>
        <comment>department (short name)</comment>
        <translation type="unfinished">%1 (%2)</translation>
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
    <name>DocumentFonts</name>
    <message>
        <source>Body text set in %1, headings in %2, digits and Latin letters in %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentPainter</name>
    <message>
        <source>A new page could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing could not start: the printer or the file cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printed pages could not be finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentText</name>
    <message>
        <source>%2/%3/%1</source>
        <comment>a date in a document: 2009年5月31日</comment>
        <translation type="unfinished">%2/%3/%1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <comment>month/day: 5月31日</comment>
        <translation type="unfinished">%1/%2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>2009年5月1日至5月31日</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <source>Print supervision documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;epartments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left empty: made from the campaign and the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One paragraph a line; left empty: a standard paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Close</translation>
    </message>
    <message>
        <source>&amp;Copies to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view and print… (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF or &amp;Word…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocxExport</name>
    <message>
        <source>Say where to write the Word file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to write into the Word file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Word file %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DurableFile</name>
    <message>
        <source>The file %1 could not be opened to save it to disk.</source>
        <translation>The file %1 could not be opened to save it to disk.</translation>
    </message>
    <message>
        <source>The file %1 could not be saved to disk.</source>
        <translation>The file %1 could not be saved to disk.</translation>
    </message>
    <message>
        <source>The folder %1 could not be saved to disk.</source>
        <translation>The folder %1 could not be saved to disk.</translation>
    </message>
    <message>
        <source>The file %1 could not be renamed to %2.</source>
        <translation>The file %1 could not be renamed to %2.</translation>
    </message>
    <message>
        <source>The file %1 could not be copied to %2.</source>
        <translation>The file %1 could not be copied to %2.</translation>
    </message>
</context>
<context>
    <name>EnterpriseActivityRepository</name>
    <message>
        <source>the activities could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the activity could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity no longer exists; someone may have deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed or deleted this activity after you opened it. Reopen it to see their changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the activity could not be deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnterpriseKind</name>
    <message>
        <source>Development zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnterpriseProblemRepository</name>
    <message>
        <source>the problems could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the problem could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problem no longer exists; someone may have deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed or deleted this problem after you opened it. Reopen it to see their changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the problem could not be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A progress note of this problem was removed by someone else. Reopen the problem to see their changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnterpriseRepository</name>
    <message>
        <source>the enterprises could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enterprise no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the enterprise could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnterprisesTab</name>
    <message>
        <source>Enter or double-click: the enterprise&apos;s page with every visit, delivery and problem.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Self-declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submitted on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Declaration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pre-fill from BrandDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation type="unfinished">&amp;Attach file…</translation>
    </message>
    <message>
        <source>&amp;Remove file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <source>Television</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newspaper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationDocuments</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experts score %1 (%2 points in all). The expert score is the mean of the experts&apos; totals; with %3 or more experts the highest and the lowest total are dropped first, and an expert from the brand&apos;s own department does not count. The social score is the mean of the valid questionnaires (satisfied %4, basically satisfied %5, dissatisfied %6; “does not know” is invalid). Combined score = %7 × expert score + %8 × social score. Equal scores share a rank. Figures are rounded to two decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished">, </translation>
    </message>
    <message>
        <source>Results of the evaluation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished">Brand</translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished">Department</translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished">Category</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank in category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the scores were formed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert scoring sheets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert scoring sheet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert: %1    Unit: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total
(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points are whole numbers or have one decimal, up to each criterion&apos;s maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction questionnaire: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please tick one answer for each service brand. Choose “does not know” when you have not used its services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments and suggestions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>own department: not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete: not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office of the service brand campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
(%2)</source>
        <comment>a criterion and its points</comment>
        <translation type="unfinished">%1 (%2) {1
?} {2)?}</translation>
    </message>
</context>
<context>
    <name>EvaluationEntriesTab</name>
    <message>
        <source>Enter a &amp;brand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Declaration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationExpertsTab</name>
    <message>
        <source>Add ex&amp;pert…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit expert…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove expert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationPanelRepository</name>
    <message>
        <source>the expert panel could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expert panel could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this expert or their scores after you opened them. Reload to see their changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expert no longer exists; someone may have removed them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationRepository</name>
    <message>
        <source>the evaluation could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evaluation could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed or deleted this after you opened it. Reload to see their changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record no longer exists; someone may have deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationResultsTab</name>
    <message>
        <source>Top:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the top N per &amp;category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as t&amp;ypical brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pu&amp;blicity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namin&amp;g…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all scores…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print expert &amp;sheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;questionnaire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a brand to see how its scores were formed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationScoresTab</name>
    <message>
        <source>&amp;Score sheet of expert:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the points; Tab or Enter moves on. Each value is saved at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationSurveyTab</name>
    <message>
        <source>Questionnaires per brand and answer; “does not know” makes a questionnaire invalid. Tab or Enter moves on; each value is saved at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationView</name>
    <message>
        <source>&amp;Round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpertDialog</name>
    <message>
        <source>Expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department (conflict of interest):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportTable</name>
    <message>
        <source>The file name %1 must end in .xlsx (Excel workbook) or .csv (CSV).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <source>First administrator</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
</context>
<context>
    <name>HotlineReport</name>
    <message>
        <source>; </source>
        <comment>list separator: ；</comment>
        <translation type="unfinished">; </translation>
    </message>
    <message>
        <source>%1/%2</source>
        <comment>a month: 2026年11月</comment>
        <translation type="unfinished">%1/%2</translation>
    </message>
    <message>
        <source>Report on the brand supervision hotline, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To all municipal departments and units:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tickets of the brand supervision hotline and of social appraisal from %1 are reported as follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>section heading: 一、总体情况</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the month %1 tickets were received, %2 of them repeat calls (%3), and %4 were closed. Of the %5 tickets due, %6 were answered on time (%7); %8 of %9 assignments were signed for in time (%10). Of %11 callers reached at the follow-up, %12 were satisfied (%13) and %14 basically satisfied. On %15, %16 tickets are overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished">Department</translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered
on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed for
in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat
calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue
now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 overdue, the longest %3 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The following departments let callers wait past the time limit and are asked to answer at once: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>department (rate)</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>No department&apos;s satisfaction fell below %1%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction below %1% at: %2. These departments are asked to look into the dissatisfied callers&apos; matters again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praise received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No praise was received in the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HotlineReportDialog</name>
    <message>
        <source>Monthly hotline report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Close</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HotlineRepository</name>
    <message>
        <source>the tickets could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ticket could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket no longer exists; someone may have deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed or deleted this ticket after you opened it. Reopen it to see their changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ticket could not be deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HotlineRules</name>
    <message>
        <source>must be a list of dates like 2026-10-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a date like 2026-10-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2.</source>
        <translation type="unfinished">must be a whole number from %1 to %2.</translation>
    </message>
    <message>
        <source>%1: the holiday list is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation type="unfinished">must be an object.</translation>
    </message>
    <message>
        <source>is not a kind of ticket.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HotlineView</name>
    <message>
        <source>Only &amp;overdue</source>
        <translation type="unfinished">Only &amp;overdue</translation>
    </message>
    <message>
        <source>Number, caller or content (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImapClient</name>
    <message>
        <source>The mail library could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching mail was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server %1 refused the user name or password. Check them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server %1 cannot be reached. Check the network and the mail settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure connection to the mail server %1: check its encryption setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server %1 answered with an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail folder %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionActions</name>
    <message>
        <source>Inspections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionChecklist</name>
    <message>
        <source>Has a service brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department has no service brand yet; every department must build at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Done on %1, %n day(s) late.</source>
        <translation>
            <numerusform>Done on %1, %n day late.</numerusform>
            <numerusform>Done on %1, %n days late.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1; not done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <source>Record an inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished">&amp;Department:</translation>
    </message>
    <message>
        <source>Type part of the name or the short name, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inspectors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inspectors&apos; names, separated by 、</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checklist — keys 1 met, 2 partly met, 3 not met, 0 not checked; F2 edits a note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the inspectors found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rectification demands and follow-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Close</translation>
    </message>
    <message>
        <source>Add d&amp;emand (Ctrl+Ins)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionKind</name>
    <message>
        <source>Regular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionRepository</name>
    <message>
        <source>the inspection could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inspection no longer exists; someone may have deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inspection could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the department&apos;s inspections could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inspections could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rectification demands could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the department&apos;s inspections could not be counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed or deleted this inspection after you opened it. Reopen it to see their changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inspection could not be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rectification demand of this inspection was removed by someone else. Reopen the inspection to see their changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionSheet</name>
    <message>
        <source>, </source>
        <comment>list separator: 、</comment>
        <translation type="unfinished">, </translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">no</translation>
    </message>
    <message>
        <source>Service brand inspection sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · printed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of inspection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspectors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. The department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished">Department</translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished">Category</translation>
    </message>
    <message>
        <source>Principal leader</source>
        <translation type="unfinished">Principal leader</translation>
    </message>
    <message>
        <source>Leader in charge</source>
        <translation type="unfinished">Leader in charge</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished">Contact person</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Phone</translation>
    </message>
    <message>
        <source>Enterprise-facing</source>
        <translation type="unfinished">Enterprise-facing</translation>
    </message>
    <message>
        <source>Supervises intermediaries</source>
        <translation type="unfinished">Supervises intermediaries</translation>
    </message>
    <message>
        <source>2. Service brand and its completeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department has no service brand yet: every department must build at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished">Brand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation type="unfinished">Completeness</translation>
    </message>
    <message>
        <source>Brands of the department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspectors&apos; finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Milestones due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No milestone is due yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished">Milestone</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished">Due</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">State</translation>
    </message>
    <message>
        <source>4. Weekly reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 weeks owed, %3 on time, %4 late, %5 missing (on time %6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. The last inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not inspected before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open rectification: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspectors&apos; opinion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification demanded and deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspectors&apos; signatures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department head&apos;s signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (deadline %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionSnapshots</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (deadline %2; %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionsView</name>
    <message>
        <source>Search inspectors and findings… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only with &amp;overdue rectifications</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LargeDataset</name>
    <message>
        <source>A generated database needs at least one department and one year.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
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
    <name>MailFetcher</name>
    <message>
        <source>Fetching mail was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office mailbox is not set up yet: enter its server, port and user in File › Mail Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailMessageRepository</name>
    <message>
        <source>the mail could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inbox could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mail could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail became this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else has already handled this mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the departments&apos; addresses could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the department&apos;s address could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailSecurity</name>
    <message>
        <source>SSL/TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailSettingsRepository</name>
    <message>
        <source>the mail settings could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mail settings could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestoneActions</name>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>&quot;%1&quot; applies to %2 only.</source>
        <translation>&quot;%1&quot; applies to %2 only.</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestoneCompletionDialog</name>
    <message>
        <source>Record milestone</source>
        <translation>Record milestone</translation>
    </message>
    <message>
        <source>Date &amp;done:</source>
        <translation>Date &amp;done:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Evidence:</translation>
    </message>
    <message>
        <source>What was done, by whom, with which document number…</source>
        <translation>What was done, by whom, with which document number…</translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation>Attachment:</translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>&amp;Attach file…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Withdraw this record</source>
        <translation>&amp;Withdraw this record</translation>
    </message>
</context>
<context>
    <name>MilestoneRepository</name>
    <message>
        <source>the milestone records could not be read</source>
        <translation>the milestone records could not be read</translation>
    </message>
    <message>
        <source>the milestone record could not be read</source>
        <translation>the milestone record could not be read</translation>
    </message>
    <message>
        <source>the milestone record could not be saved</source>
        <translation>the milestone record could not be saved</translation>
    </message>
    <message>
        <source>Someone else changed this milestone record after you opened it. Reopen it to see their changes.</source>
        <translation>Someone else changed this milestone record after you opened it. Reopen it to see their changes.</translation>
    </message>
    <message>
        <source>the milestone record could not be removed</source>
        <translation>the milestone record could not be removed</translation>
    </message>
</context>
<context>
    <name>MilestonesView</name>
    <message>
        <source>Search department… (Ctrl+F)</source>
        <translation>Search department… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Only &amp;behind</source>
        <translation>Only &amp;behind</translation>
    </message>
</context>
<context>
    <name>MimeDecoder</name>
    <message>
        <source>attachment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is not a readable e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NamingDialog</name>
    <message>
        <source>Naming as a quality service brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCampaignDialog</name>
    <message>
        <source>New campaign from template</source>
        <translation>New campaign from template</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Make it the current campaign</source>
        <translation>&amp;Make it the current campaign</translation>
    </message>
    <message>
        <source>Every phase and milestone date moves to the new year and keeps its place in its dekad.</source>
        <translation>Every phase and milestone date moves to the new year and keeps its place in its dekad.</translation>
    </message>
</context>
<context>
    <name>PageStyle</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password</source>
        <translation type="unfinished">Password</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>The password library could not be started.</source>
        <translation>The password library could not be started.</translation>
    </message>
    <message>
        <source>The password could not be protected: the computer ran out of memory.</source>
        <translation>The password could not be protected: the computer ran out of memory.</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>The PDF file %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenceRepository</name>
    <message>
        <source>the list of connected users could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>Save as PDF or Word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these pages as PDF, or as a Word document (.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF or Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemDialog</name>
    <message>
        <source>Enterprise problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished">&amp;Department:</translation>
    </message>
    <message>
        <source>&amp;Enterprise:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Raised on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible &amp;leader:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One leader (一名领导)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team working on it (一套班子)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it will be solved (一个方案)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished">&amp;Status:</translation>
    </message>
    <message>
        <source>Solved on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it cannot be solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadl&amp;ine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pla&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemLedgerSheet</name>
    <message numerus="yes">
        <source>%1
%n day(s) overdue</source>
        <translation>
            <numerusform>%1
%n day overdue</numerusform>
            <numerusform>%1
%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Enterprise problem ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished">Department</translation>
    </message>
    <message>
        <source>Responsible
leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Latest progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold rows are overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>As of %1: %n problem(s)</source>
        <translation>
            <numerusform>As of %1: %n problem</numerusform>
            <numerusform>As of %1: %n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n overdue</numerusform>
            <numerusform>, %n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemLedgerTab</name>
    <message>
        <source>&amp;Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemStatus</name>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublicityDialog</name>
    <message>
        <source>Publicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New publicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quarter</name>
    <message>
        <source>Q%2 %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuarterCompliance</name>
    <message>
        <source>Met</source>
        <translation type="unfinished">Met</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not owed</source>
        <translation type="unfinished"></translation>
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
    <name>RectificationStatus</name>
    <message>
        <source>Done</source>
        <translation type="unfinished">Done</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>Send reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Close</translation>
    </message>
</context>
<context>
    <name>ReminderMailer</name>
    <message>
        <source>The outgoing mail server (SMTP) is not set up yet: enter it in the mail settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s own e-mail address (the sender of reminders) is not set up yet: enter it in the mail settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderNotice</name>
    <message>
        <source>Reminder notice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder to send the weekly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderRepository</name>
    <message>
        <source>the reminders could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reminder could not be logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminder no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderTemplate</name>
    <message>
        <source>The reminder template of the campaign: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty.</source>
        <translation type="unfinished">is empty.</translation>
    </message>
    <message>
        <source>has a &quot;}&quot; without its &quot;{&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a &quot;{&quot; that is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1} is not a placeholder; use {department}, {week} or {due}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportChannel</name>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportEntryDialog</name>
    <message>
        <source>Log weekly reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished">&amp;Department:</translation>
    </message>
    <message>
        <source>Type part of the name or the short name, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left empty: the content&apos;s first line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste from Word or WeChat: the text is kept, the formatting dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;1 Enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;2 Grassroots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;3 The public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ypical practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag the report as a typical practice (典型做法): it is quoted in the supervision summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and &amp;next (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save and close (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Close</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cont&amp;ent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportRepository</name>
    <message>
        <source>the report could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report no longer exists; someone may have deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report&apos;s attachments could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reports could not be searched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the week&apos;s reports could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report record could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the department&apos;s reports could not be counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attachment could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed or deleted this report after you opened it. Reopen it to see their changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an attachment could not be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report could not be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an attachment could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportStatus</name>
    <message>
        <source>Not owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation type="unfinished">Not yet due</translation>
    </message>
</context>
<context>
    <name>ReportTag</name>
    <message>
        <source>Serving enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving the grassroots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving the public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator: 、</comment>
        <translation type="unfinished">, </translation>
    </message>
</context>
<context>
    <name>ReportTotalsRepository</name>
    <message>
        <source>the report figures could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report figures could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportWeek</name>
    <message>
        <source>%1/%2</source>
        <comment>month/day: 4月27日</comment>
        <translation type="unfinished">%1/%2</translation>
    </message>
    <message>
        <source>%1 week %2 (%3 – %4)</source>
        <comment>2009年第18周（4月27日—5月3日）</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W%1</source>
        <comment>第18周</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Search titles and contents… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ypical practices only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished">Restore from backup</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The data as it is now is backed up first, so a restore can itself be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other File…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>Evaluation round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satisfaction</name>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreExplanation</name>
    <message>
        <source>counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped as the highest total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped as the lowest total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluded: from the brand&apos;s own department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluded: not every criterion scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scores entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert score: none — no expert&apos;s complete total counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert score = (%1) / %2 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social score: none — no valid questionnaire (%1 不了解 not counted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social score = (%1 × %2 + %3 × %4 + %5 × %6) / %7 valid = %8 (%9 不了解 not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combined score: none — it needs both an expert and a social score, so the brand is not ranked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combined score = %1 × %2 + %3 × %4 = %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluded: from the brand&apos;s own department (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluded: %1 of %2 criteria scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: total %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n expert total(s) count; with %1 or more, the highest and the lowest are dropped.</source>
        <translation>
            <numerusform>%n expert total count; with %1 or more, the highest and the lowest are dropped.</numerusform>
            <numerusform>%n expert totals count; with %1 or more, the highest and the lowest are dropped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expert total(s) count; fewer than %1, so none is dropped.</source>
        <translation>
            <numerusform>%n expert total count; fewer than %1, so none is dropped.</numerusform>
            <numerusform>%n expert totals count; fewer than %1, so none is dropped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Computed with exact fractions; figures are rounded half up to two decimals only when shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringRules</name>
    <message>
        <source>The campaign&apos;s scoring rules are wrong: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number such as 20 or &quot;0.6&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must lie between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign&apos;s definition cannot be read, so neither can its scoring rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation type="unfinished">must be an object.</translation>
    </message>
    <message>
        <source>must list at least one criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one of the five standards (name, logo, culture, service-system, social-benefit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation type="unfinished">is missing.</translation>
    </message>
    <message>
        <source>may have at most one decimal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from 3 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object such as { &quot;满意&quot;: 100, &quot;基本满意&quot;: 60, &quot;不满意&quot;: 0 }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a level; the levels are 满意, 基本满意 and 不满意 (不了解 counts as an invalid questionnaire).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object such as { &quot;expert&quot;: &quot;0.6&quot;, &quot;social&quot;: &quot;0.4&quot; }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weights must add up to 1 (now %1 + %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerAdmin</name>
    <message>
        <source>&quot;%1&quot; cannot be a database name: use lower-case letters, digits and _ (e.g. branddesk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 could not be reached as &quot;%2&quot; (its maintenance database &quot;postgres&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s databases could not be listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no locale C.UTF-8, which BrandDesk needs for Chinese search. On the server, create the database by hand with a UTF-8 locale that knows Chinese (e.g. LC_CTYPE &apos;zh_CN.UTF-8&apos;) and LC_COLLATE &apos;C&apos;, then run server init again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database %1 could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program&apos;s login could not be set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file has no logins; only a server database has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database&apos;s name &quot;%1&quot; is too long to name its program role after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be the program&apos;s login: use lower-case letters, digits and _ (e.g. branddesk_app), not the group&apos;s name %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is a superuser, the administrator&apos;s own login or the database&apos;s owner; the program&apos;s login must be a login of its own (e.g. branddesk_app).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerSettings</name>
    <message>
        <source>The server connection &quot;%1&quot; is not of the form key=value key=value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s port &quot;%1&quot; is not a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslmode &quot;%1&quot; is not one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server connection has an unknown setting &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>BrandDesk cannot read the accounts</source>
        <translation>BrandDesk cannot read the accounts</translation>
    </message>
</context>
<context>
    <name>SmtpSender</name>
    <message>
        <source>The mail library could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server %1 refused the user name or password. Check them in the mail settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server %1 cannot be reached. Check the network and the server&apos;s name and port in the mail settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure connection to the mail server %1 could be made (TLS). Check the security setting and the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server refused the address %1 (reply %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the mail server %1 broke off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message to %1 could not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StagedFile</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 was already saved or given up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be saved to disk.</source>
        <translation type="unfinished">The file %1 could not be saved to disk.</translation>
    </message>
    <message>
        <source>The file %1 could not be replaced. If it is open in Excel or WPS, close it there, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Another program or another BrandDesk window is holding the database. Try again in a moment.</source>
        <translation>Another program or another BrandDesk window is holding the database. Try again in a moment.</translation>
    </message>
    <message>
        <source>The database file is read-only. Check the file&apos;s permissions or choose another location.</source>
        <translation>The database file is read-only. Check the file&apos;s permissions or choose another location.</translation>
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
    <message>
        <source>The database file was moved or deleted while BrandDesk had it open; nothing more can be saved to it. Close BrandDesk and open the file again, or restore a backup.</source>
        <translation>The database file was moved or deleted while BrandDesk had it open; nothing more can be saved to it. Close BrandDesk and open the file again, or restore a backup.</translation>
    </message>
    <message>
        <source>The database file %1 is damaged. It was left unchanged; restore the latest good backup to go on working.</source>
        <translation>The database file %1 is damaged. It was left unchanged; restore the latest good backup to go on working.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost. Nothing was changed; BrandDesk connects again by itself, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another user was changing the same data at the same moment. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s disk is full. Nothing was changed; tell the administrator of the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s login BrandDesk uses may not do this. Ask the administrator to grant it (see the README&apos;s server section).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepts only reading now (a read-only standby).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisionSummary</name>
    <message>
        <source>Report on the progress of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To all municipal departments and units:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To keep the campaign moving, the office has reviewed the work of all departments from %1. The situation is reported as follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>section heading: 一、总体情况</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By %1, the %2 departments had built %3 service brands; %4 departments have no brand yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign is in phase %1, %2, which ends in %3 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign is in phase %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly reports: %1 were owed in the period; %2 arrived on time (%3), %4 late and %5 are missing. Milestones: %6 were due, %7 are done and %8 are overdue. Rectifications: %9 are open, %10 of them overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments in detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished">Department</translation>
    </message>
    <message>
        <source>Weekly reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones
done/due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open
rectifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments to be urged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this period every department reported on time and kept to its deadlines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>department (reason)</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>The following departments fell behind and are asked to catch up at once: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <comment>list separator: ；</comment>
        <translation type="unfinished">; </translation>
    </message>
    <message>
        <source>Typical practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report of the period was marked as a typical practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments are asked to report every week on time, to complete the milestones of the current phase by their deadlines, and to finish the rectifications demanded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue
problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members of the municipal leading group for work-style construction</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more department(s) also fell behind; see the table above.</source>
        <translation>
            <numerusform>%n more department also fell behind; see the table above.</numerusform>
            <numerusform>%n more departments also fell behind; see the table above.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies to: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued %1</source>
        <comment>2009年6月1日印发</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Yes</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketChannel</name>
    <message>
        <source>12345 referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website / e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social appraisal meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand hotline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketEntryDialog</name>
    <message>
        <source>Log hotline calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished">&amp;Department:</translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ller:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;earlier calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and &amp;next (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save and close (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Close</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repe&amp;at of:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketImport</name>
    <message>
        <source>Ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Phone</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished">Department</translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished">Line %1: %2</translation>
    </message>
    <message>
        <source>The ticket number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket number is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller&apos;s name or phone is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No department is called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket number %1 is also on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket number %1 looks like the ledger&apos;s own (2026-000123) but is not one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketImportDialog</name>
    <message>
        <source>Import from 12345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;File…</source>
        <translation type="unfinished">Choose &amp;File…</translation>
    </message>
    <message>
        <source>Columns of the file (fields marked * are required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket &amp;number *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received at *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontent *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;aller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished">Line</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">Action</translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished">Department</translation>
    </message>
    <message>
        <source>Content or error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketKind</name>
    <message>
        <source>Request for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report of misconduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Other</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketStatus</name>
    <message>
        <source>Awaiting sign-for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketStepDialog</name>
    <message>
        <source>&amp;New due date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department&apos;s &amp;answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter &amp;solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller r&amp;eached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfa&amp;ction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketWorkflow</name>
    <message>
        <source>Choose the department the ticket goes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the assignment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket cannot be assigned before it was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket is already answered; it cannot be assigned again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a ticket assigned and not yet signed for can be signed for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket cannot be signed for before it was assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a ticket a department is still working on can be extended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket was already extended once; it cannot be extended again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of ticket has no time limit to extend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extension must be asked for by the due date (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new date must come after the due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a ticket a department holds and has not answered can be returned or reassigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the return or reassignment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another department to reassign the ticket to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket cannot be returned before it was assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket is answered after its department signed for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer cannot come before the assignment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the department&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up call is made once the department has answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up cannot come before the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record whether the caller is satisfied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a praise is closed without an answer and a follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campaign:</translation>
    </message>
    <message>
        <source>Make c&amp;urrent</source>
        <translation>Make c&amp;urrent</translation>
    </message>
    <message>
        <source>&amp;New campaign from template…</source>
        <translation>&amp;New campaign from template…</translation>
    </message>
</context>
<context>
    <name>UpgradeWithProgress</name>
    <message>
        <source>Upgrading the database for this version of BrandDesk (building the search index of every report)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>the user accounts could not be read</source>
        <translation>the user accounts could not be read</translation>
    </message>
    <message>
        <source>the user account could not be saved</source>
        <translation>the user account could not be saved</translation>
    </message>
    <message>
        <source>There is no such user.</source>
        <translation>There is no such user.</translation>
    </message>
    <message>
        <source>Someone else changed this user account meanwhile. Reopen the list and try again.</source>
        <translation>Someone else changed this user account meanwhile. Reopen the list and try again.</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>The e-mail address is not valid (expected name@example.gov.cn; several are separated by semicolons).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <source>The table has %1 rows, more than an Excel sheet holds (%2). Export it as CSV instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table has %1 columns, more than an Excel sheet holds (%2). Export it as CSV instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Excel file %1 could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Excel file %1 could not be written. Is the disk full?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The file is not a readable .xlsx workbook.</source>
        <translation>The file is not a readable .xlsx workbook.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>The file is larger than %1 MB.</translation>
    </message>
    <message>
        <source>The sheet has more than %1 rows.</source>
        <translation>The sheet has more than %1 rows.</translation>
    </message>
    <message>
        <source>Row %1: a cell is too long.</source>
        <translation>Row %1: a cell is too long.</translation>
    </message>
</context>
<context>
    <name>ZipMemory</name>
    <message>
        <source>The workbook unpacks to more than this program reads; it may be damaged or hostile.</source>
        <translation>The workbook unpacks to more than this program reads; it may be damaged or hostile.</translation>
    </message>
    <message>
        <source>The workbook is incomplete or damaged.</source>
        <translation>The workbook is incomplete or damaged.</translation>
    </message>
</context>
<context>
    <name>branddesk::AccountActions</name>
    <message>
        <source>&amp;Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change My Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the &amp;Audit Trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed. Use the new one from the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is broken at entry %1 (%2 entries checked):
%3

This means the database file was changed outside BrandDesk: an audit entry was edited, removed or inserted, perhaps together with the data it records. The history from this entry on cannot be trusted. Keep a copy of this file, find out who had access to it, and compare the data with a backup made before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: all %n entries are in place and unchanged since BrandDesk wrote them.</source>
        <translation>
            <numerusform>The audit trail is intact: its %n entry is in place and unchanged since BrandDesk wrote it.</numerusform>
            <numerusform>The audit trail is intact: all %n entries are in place and unchanged since BrandDesk wrote them.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Who Is Connected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign Out / Switch User…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out %1 and close this window? The sign-in dialog comes next, for you or another user; cancelling it quits BrandDesk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::AccountService</name>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>A password needs at least %1 characters.</translation>
    </message>
    <message>
        <source>A password must not be the user&apos;s name.</source>
        <translation>A password must not be the user&apos;s name.</translation>
    </message>
    <message>
        <source>Enter a name for the account.</source>
        <translation>Enter a name for the account.</translation>
    </message>
    <message>
        <source>A name may have at most %1 characters.</source>
        <translation>A name may have at most %1 characters.</translation>
    </message>
    <message>
        <source>An account named &quot;%1&quot; already exists.</source>
        <translation>An account named &quot;%1&quot; already exists.</translation>
    </message>
    <message>
        <source>This database already has accounts: sign in, or ask an administrator for one.</source>
        <translation>This database already has accounts: sign in, or ask an administrator for one.</translation>
    </message>
    <message>
        <source>The name or the password is wrong.</source>
        <translation>The name or the password is wrong.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; has been deactivated. Ask an administrator.</source>
        <translation>The account &quot;%1&quot; has been deactivated. Ask an administrator.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the account &quot;%1&quot; is locked until %2.</source>
        <translation>Too many wrong passwords: the account &quot;%1&quot; is locked until %2.</translation>
    </message>
    <message>
        <source>After %1 wrong passwords the account is locked until %2.</source>
        <translation>After %1 wrong passwords the account is locked until %2.</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>Nobody is signed in.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>You cannot deactivate your own account.</translation>
    </message>
</context>
<context>
    <name>branddesk::ActivitiesTab</name>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New activities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished">&amp;View</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Raise a Problem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise-service activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished">All departments</translation>
    </message>
    <message>
        <source>All enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise service</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the activity of %1 on %2? The audit log keeps a copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::ActivityEntryDialog</name>
    <message>
        <source>Enterprise-service activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved: %1, %2 — %3 (%n this session)</source>
        <translation>
            <numerusform>Saved: %1, %2 — %3 (%n this session)</numerusform>
            <numerusform>Saved: %1, %2 — %3 (%n this session)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>branddesk::ActivityListModel</name>
    <message>
        <source>Recorded by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished">Department</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise / zone / project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leading official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clerk enters data; a leader reads, prints and exports but changes nothing; an administrator also manages users, campaigns and backups. A password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation type="unfinished">The two passwords differ. Type the same password twice.</translation>
    </message>
</context>
<context>
    <name>branddesk::AssessmentItemDialog</name>
    <message>
        <source>Bonus items count up to %1 points a year, deduction items up to %2; a veto makes the grade %3 whatever the score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New assessment item of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment item of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social appraisal survey %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0–100, e.g. 88.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1 or 0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points are a number such as 2 or 0.5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::AssessmentReportDialog</name>
    <message>
        <source>%1 (finalised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (preview as of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::AssessmentTableModel</name>
    <message>
        <source>Changed after finalising (not counted): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished">, </translation>
    </message>
</context>
<context>
    <name>branddesk::AssessmentView</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason and evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finalise year…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open year…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Finalised&lt;/b&gt; by %1 on %2, from the records as of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> The records of %n department(s) changed since (in italics): not counted.</source>
        <translation>
            <numerusform> The records of %n department changed since (in italics): not counted.</numerusform>
            <numerusform> The records of %n departments changed since (in italics): not counted.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;: if the year ended today (%1). Not finalised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2: %3 points, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Remove the selected item? The audit log keeps what it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalise the assessment of %1? The table is locked as it stands: later changes to the records are flagged but not counted, and only an administrator can reopen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the assessment of %1? The table follows the records again; the audit log keeps the finalised totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the assessment…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::AuditHistoryDialog</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>No changes to this record have been recorded (it predates the audit log).</source>
        <translation>No changes to this record have been recorded (it predates the audit log).</translation>
    </message>
    <message numerus="yes">
        <source>%1 “%2”: %n change(s), oldest first.</source>
        <translation>
            <numerusform>%1 “%2”: %n change, oldest first.</numerusform>
            <numerusform>%1 “%2”: %n changes, oldest first.</numerusform>
        </translation>
    </message>
    <message>
        <source>History — %1</source>
        <translation>History — %1</translation>
    </message>
</context>
<context>
    <name>branddesk::BehindListModel</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Due in %n day</numerusform>
            <numerusform>Due in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Behind on</source>
        <translation>Behind on</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
</context>
<context>
    <name>branddesk::BehindView</name>
    <message>
        <source>Behind today</source>
        <translation>Behind today</translation>
    </message>
    <message>
        <source>No campaign yet.</source>
        <translation>No campaign yet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody is behind today.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nobody is behind today.&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source> %n rectification demand(s) are overdue.</source>
        <translation>
            <numerusform> %n rectification demand is overdue.</numerusform>
            <numerusform> %n rectification demands are overdue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n enterprise problem(s) are overdue.</source>
        <translation>
            <numerusform> %n enterprise problem is overdue.</numerusform>
            <numerusform> %n enterprise problems are overdue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n hotline ticket(s) are overdue.</source>
        <translation>
            <numerusform> %n hotline ticket is overdue.</numerusform>
            <numerusform> %n hotline tickets are overdue.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 departments are behind on milestones&lt;/b&gt; (%2 overdue milestones); %3 more milestones fall due within %4 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> &lt;b&gt;%n departments in all&lt;/b&gt; have something overdue.</source>
        <translation>
            <numerusform> &lt;b&gt;%n department in all&lt;/b&gt; has something overdue.</numerusform>
            <numerusform> &lt;b&gt;%n departments in all&lt;/b&gt; have something overdue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading who is behind…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::BrandEditorDialog</name>
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
    <message>
        <source>%1 (read only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation type="unfinished"></translation>
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
        <source>A brand named &quot;%1&quot; already exists.</source>
        <translation>A brand named &quot;%1&quot; already exists.</translation>
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
    <message>
        <source>&amp;View…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::CallListModel</name>
    <message>
        <source>Not yet reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished">Contact</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Phone</translation>
    </message>
    <message>
        <source>Weeks missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reminded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reminded %1/%2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::CampaignService</name>
    <message>
        <source>The campaign &quot;%1&quot; of %2 already exists.</source>
        <translation>The campaign &quot;%1&quot; of %2 already exists.</translation>
    </message>
    <message>
        <source>The year %1 is not valid.</source>
        <translation>The year %1 is not valid.</translation>
    </message>
    <message>
        <source>A phase must start on a valid day and end after it starts.</source>
        <translation>A phase must start on a valid day and end after it starts.</translation>
    </message>
    <message>
        <source>Only the last phase may be open-ended.</source>
        <translation>Only the last phase may be open-ended.</translation>
    </message>
    <message>
        <source>The phase would start before the previous phase ends.</source>
        <translation>The phase would start before the previous phase ends.</translation>
    </message>
    <message>
        <source>The phase would end after the next phase starts.</source>
        <translation>The phase would end after the next phase starts.</translation>
    </message>
    <message>
        <source>The phase no longer exists.</source>
        <translation>The phase no longer exists.</translation>
    </message>
</context>
<context>
    <name>branddesk::CardListDialog</name>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n row</numerusform>
            <numerusform>%1: %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>branddesk::ChecklistModel</name>
    <message>
        <source>1 met · 2 partly met · 3 not met · 0 not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
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
    <name>branddesk::ComplianceModel</name>
    <message>
        <source>✓</source>
        <comment>on time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L</source>
        <comment>late: 迟</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗</source>
        <comment>missing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <comment>not yet due</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time %1, late %2, missing %3 of %4 weeks owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished">Department</translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::ComplianceView</name>
    <message>
        <source>&lt;span style=&quot;background:%1&quot;&gt;&amp;nbsp;%2&amp;nbsp;&lt;/span&gt; on time &amp;nbsp; &lt;span style=&quot;background:%3&quot;&gt;&amp;nbsp;%4&amp;nbsp;&lt;/span&gt; late &amp;nbsp; &lt;span style=&quot;background:%5&quot;&gt;&amp;nbsp;%6&amp;nbsp;&lt;/span&gt; missing &amp;nbsp; %7 not yet due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;call list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet reported this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign yet.</source>
        <translation type="unfinished">No campaign yet.</translation>
    </message>
    <message>
        <source>No report is owed this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week (%1, due %2): &lt;b&gt;%3 of %4&lt;/b&gt; reports received; &lt;b&gt;%5&lt;/b&gt; not yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole campaign: on time &lt;b&gt;%1&lt;/b&gt; (%2 of %3 weeks owed), late %4, missing %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time by category: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the weekly reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weekly reports could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;reminders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail a reminder (催报) to every department of the call list, after a preview of each message; print notices for those without an address (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a department category and its on-time rate</comment>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>Send reminders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::ConcentratedWeeksTab</name>
    <message>
        <source>Each enterprise-facing department spends one week a quarter in enterprises (集中攻坚): a quarter is met when a concentrated week is recorded in it. The campaign milestone follows these records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concentrated weeks by quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished">Department</translation>
    </message>
    <message>
        <source>Concentrated weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Done: %n quarter(s) met</source>
        <translation>
            <numerusform>Done: %n quarter met</numerusform>
            <numerusform>Done: %n quarters met</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 met, %2 missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::ConnectedUsersDialog</name>
    <message>
        <source>User</source>
        <translation type="unfinished">User</translation>
    </message>
    <message>
        <source>PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Close</translation>
    </message>
    <message numerus="yes">
        <source>%n BrandDesk connection(s) to %1 now.</source>
        <translation>
            <numerusform>%n BrandDesk connection to %1 now.</numerusform>
            <numerusform>%n BrandDesk connections to %1 now.</numerusform>
        </translation>
    </message>
    <message>
        <source>This database is a file on this PC: only this PC works on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this PC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not shown by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::DailyBackup</name>
    <message>
        <source>Making today&apos;s backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing today&apos;s backup… If you cancel it, it is made at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made</source>
        <translation type="unfinished">Today&apos;s backup could not be made</translation>
    </message>
    <message>
        <source>Today&apos;s backup was made: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::DashboardView</name>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic lights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Large font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign yet.</source>
        <translation type="unfinished">No campaign yet.</translation>
    </message>
    <message>
        <source>%1 · as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3). Click for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time by week (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand completeness (departments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most overdue items (top 10)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::DataSafetyActions</name>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Back Up Now</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restore from Backup…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>The database was backed up to
%1</source>
        <translation>The database was backed up to
%1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Replace the data with the backup %1?

The current data is backed up first, then BrandDesk opens the restored file.</source>
        <translation>Replace the data with the backup %1?

The current data is backed up first, then BrandDesk opens the restored file.</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mport Departments…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::DemoBanner</name>
    <message>
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>Demo data — generated for trying BrandDesk, not the office&apos;s register. The demo accounts are listed in the README; the status bar shows who is signed in.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>The department could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reminders sent:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::DepartmentImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Import departments</source>
        <translation>Import departments</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>update</source>
        <translation>update</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>%1 new, %2 to update, %3 unchanged, %4 with errors.</source>
        <translation>%1 new, %2 to update, %3 unchanged, %4 with errors.</translation>
    </message>
    <message>
        <source>Nothing can be imported until every row is correct.</source>
        <translation>Nothing can be imported until every row is correct.</translation>
    </message>
    <message>
        <source>Backing up the database before the import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was cancelled, so nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::DepartmentService</name>
    <message>
        <source>A department named &quot;%1&quot; already exists.</source>
        <translation>A department named &quot;%1&quot; already exists.</translation>
    </message>
    <message>
        <source>This department has brand records and cannot be deleted. Deactivate it instead: its records are kept and it leaves the lists.</source>
        <translation>This department has brand records and cannot be deleted. Deactivate it instead: its records are kept and it leaves the lists.</translation>
    </message>
    <message>
        <source>This department has milestone records, weekly reports or inspections and cannot be deleted. Deactivate it instead: its records are kept and it leaves the lists.</source>
        <translation type="unfinished"></translation>
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
        <source>&lt;span style=&quot;color:#c01f2f&quot;&gt;%1 have no service brand yet.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#c01f2f&quot;&gt;%1 have no service brand yet.&lt;/span&gt;</translation>
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
    <name>branddesk::DocumentsDialog</name>
    <message>
        <source>Supervision summary (督查通报)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection sheets (督查表)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments, each on its own pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No department is called “%1”. Pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active department to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision summary %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection sheets %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting the inspection sheets…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::EnterprisePageDialog</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished">Department</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leading official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::EnterpriseService</name>
    <message>
        <source>Problem: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is deactivated; reactivate it before recording its work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity&apos;s date (%1) lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity ends (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An activity lasts at most %1 days; record a longer one as several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the enterprise, development zone or project served.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick what was delivered: policy, technology, information, projects or talent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enterprise&apos;s name is too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names are too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description and the outcome take at most %1 characters each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the enterprise that raised the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the one leader responsible for the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one responsible leader only; put the others in the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the team working on the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the plan for solving the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the problem was raised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day raised (%1) lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the deadline for solving the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline (%1) lies before the day raised (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the problem was solved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day solved (%1) lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day solved (%1) lies before the day raised (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason the problem cannot be solved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leader&apos;s or the team&apos;s names are too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description, the plan and the reason take at most %1 characters each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress note %1: write what was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress note %1: enter its date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress note %1: the date (%2) lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress note %1: the date (%2) lies before the day raised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity where the problem was raised no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::EnterpriseView</name>
    <message>
        <source>Ac&amp;tivities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problem ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quarterly weeks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::EnterprisesTab</name>
    <message>
        <source>&amp;Open page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprises served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::EntryDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Self-declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the declaration file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished">All files (*)</translation>
    </message>
    <message>
        <source>The file is larger than 20 MB.</source>
        <translation type="unfinished">The file is larger than 20 MB.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished">None</translation>
    </message>
    <message>
        <source>Save a copy of the declaration file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::EvaluationEntriesTab</name>
    <message>
        <source>Brand</source>
        <translation type="unfinished">Brand</translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished">Department</translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished">Category</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Declaration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View &amp;declaration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every brand is entered in this round already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw this brand from the round, with every score given to it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::EvaluationExpertsTab</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this expert from the panel, with every score they gave?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::EvaluationResultsTab</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Typical brand since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publicity: %1, %2, “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named a quality service brand on %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmark as t&amp;ypical brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as t&amp;ypical brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, rank %3 in %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the top brands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No brand is ranked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark these brands as typical brands?

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical brand</source>
        <translation type="unfinished">Typical brand</translation>
    </message>
</context>
<context>
    <name>branddesk::EvaluationScoresTab</name>
    <message>
        <source>Type the points; Tab or Enter moves on. Each value is saved at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The experts&apos; points as entered (read only).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::EvaluationService</name>
    <message>
        <source>“%1” is not a number of points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points may have at most one decimal (such as 17.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points is more than the maximum of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round “%1” is locked: its panel, entries, survey counts and scores cannot change. An administrator can unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the round&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round&apos;s name is too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the round starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can unlock a round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the declaration was submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The submission date lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The declaration is too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey counts must be whole numbers from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already entered in this round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is selected as a typical brand; unmark it before withdrawing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the expert&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expert&apos;s name and unit may have at most %1 characters each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score is for a brand not entered in this round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a criterion of this round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: scored twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 points is outside 0 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been named already; it stays a typical brand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the publicity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publicity date lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the title of the programme or article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not selected as a typical brand; select it before recording its publicity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the naming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The naming date lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the document number of the naming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document number is too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a typical brand can be named; select %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::EvaluationSurveyTab</name>
    <message>
        <source>Questionnaires per brand and answer; “does not know” makes a questionnaire invalid. Tab or Enter moves on; each value is saved at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaires per brand and answer, as entered (read only).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::EvaluationView</name>
    <message>
        <source>No round yet: start one with “New round”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked: scores cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open for entries and scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no current campaign to hold the round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 typical brand selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock “%1”? Its scores, survey counts, panel and entries can then no longer change; only an administrator can unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entr&amp;ies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xperts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;ores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;urvey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resul&amp;ts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::ExpertDialog</name>
    <message>
        <source>None (outside expert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::FirstAdministratorDialog</name>
    <message>
        <source>Create the first administrator</source>
        <translation>Create the first administrator</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Choose the name and password of its first administrator, who can then add the clerks and leaders. A password needs at least %1 characters.</source>
        <translation>This database has no accounts yet. Choose the name and password of its first administrator, who can then add the clerks and leaders. A password needs at least %1 characters.</translation>
    </message>
    <message>
        <source>&amp;Create and sign in</source>
        <translation>&amp;Create and sign in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>The two passwords differ. Type the same password twice.</translation>
    </message>
</context>
<context>
    <name>branddesk::HotlineReportDialog</name>
    <message>
        <source>Hotline report %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::HotlineService</name>
    <message>
        <source>Enter what the caller said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller&apos;s name is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket cannot be received in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is deactivated; reactivate it before assigning it tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service brand no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brand %1 belongs to another department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket cannot repeat itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket number %1 is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has rows that cannot be imported:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the plan does not match the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished">Line %1: %2</translation>
    </message>
</context>
<context>
    <name>branddesk::HotlineView</name>
    <message>
        <source>All statuses</source>
        <translation type="unfinished">All statuses</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-%2</source>
        <comment>year-month</comment>
        <translation type="unfinished">%1-%2</translation>
    </message>
    <message>
        <source>&amp;New tickets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished">&amp;View</translation>
    </message>
    <message>
        <source>&amp;Sign for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return / reassign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close praise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotline tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Monthly report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished">All departments</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n overdue</source>
        <translation>
            <numerusform>; %n overdue</numerusform>
            <numerusform>; %n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: received %2 (repeats %3), closed %4 · answered on time &lt;b&gt;%5&lt;/b&gt; · signed for in time &lt;b&gt;%6&lt;/b&gt; · satisfied &lt;b&gt;%7&lt;/b&gt; (basically satisfied %8) · overdue now &lt;b&gt;%9&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from 12345…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::InboxModel</name>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmatched: choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (by name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">From</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished">Department</translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::InboxService</name>
    <message>
        <source>Choose the department this mail reports for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else has already handled this mail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::InboxView</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>&amp;Not a Report (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished">&amp;Department:</translation>
    </message>
    <message>
        <source>&amp;Week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mail(s) waiting.</source>
        <translation>
            <numerusform>%n mail waiting.</numerusform>
            <numerusform>%n mails waiting.</numerusform>
        </translation>
    </message>
    <message>
        <source>From: %1 &lt;%2&gt;
Subject: %3
Arrived: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation type="unfinished">%1 (%2 KB)</translation>
    </message>
    <message>
        <source>No department matches this mail: choose one (its address is then remembered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found by the sender&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found by the name in the mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would be logged as %1&apos;s report for %2: %3 (department %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the department this mail reports for first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail was not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged as the report of %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this mail as not a report? It leaves the list and is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail is fetched on its own once you have fetched it by hand (F5) and given the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching mail: %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching was cancelled; no mail of it was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail was not fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new mail(s) fetched.</source>
        <translation>
            <numerusform>%n new mail fetched.</numerusform>
            <numerusform>%n new mails fetched.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fe&amp;tch Mail (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept as Re&amp;port (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit F&amp;irst… (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office mailbox is not set up yet: enter its server, port and user in File › Mail Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::InspectionDialog</name>
    <message>
        <source>Record an inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection (read only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inspection was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single department matches “%1”. Type more of its name, or pick it from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes you have not saved?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::InspectionListModel</name>
    <message numerus="yes">
        <source>all %n done</source>
        <translation>
            <numerusform>all %n done</numerusform>
            <numerusform>all %n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 open, %2 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 items not met, %3 partly met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next deadline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished">Department</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::InspectionService</name>
    <message>
        <source>Rectification: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the department inspected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is deactivated; reactivate it before recording its inspections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the inspection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inspection date (%1) lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one inspector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inspectors&apos; names are too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The findings are too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A checklist item has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist item “%1” appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note on “%1” is too long: at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification %1: enter what must be rectified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification %1: the demand is too long: at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification %1: the follow-up note is too long: at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification %1: enter the deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification %1: the deadline (%2) lies before the inspection (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification %1: enter the date it was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification %1: the date done (%2) lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification %1: the date done (%2) lies before the inspection (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::InspectionsView</name>
    <message>
        <source>&amp;New inspection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished">&amp;View</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished">All departments</translation>
    </message>
    <message numerus="yes">
        <source>%n inspection(s)</source>
        <translation>
            <numerusform>%n inspection</numerusform>
            <numerusform>%n inspections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n rectification demand(s) overdue</source>
        <translation>
            <numerusform>; %n rectification demand overdue</numerusform>
            <numerusform>; %n rectification demands overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the inspection of %1 on %2, with its checklist and rectification demands? The audit log keeps a copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::LiveStatus</name>
    <message>
        <source>Changes made on other PCs will show only after a reload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished">, </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) saved by %1 on another PC or in another window — the lists show them now.</source>
        <translation>
            <numerusform>%n change saved by %1 on another PC or in another window — the lists show them now.</numerusform>
            <numerusform>%n changes saved by %1 on another PC or in another window — the lists show them now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>branddesk::LoginDialog</name>
    <message>
        <source>Sign in to BrandDesk</source>
        <translation>Sign in to BrandDesk</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>branddesk::MailActions</name>
    <message>
        <source>Mail Settin&amp;gs…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::MailPasswordPrompt</name>
    <message>
        <source>Mail Server Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 on the mail server %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BrandDesk keeps it in memory only, until the program closes; it is never saved to the database or to this PC. You will be asked again after the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::MailSettingsDialog</name>
    <message>
        <source>Same account as the incoming server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming mail (IMAP): the office mailbox the weekly reports arrive in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP): the server reminders are sent through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. zfb@office.gov.cn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 机关作风建设领导小组办公室</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;ncryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords are never saved: BrandDesk asks for them at the first use after it starts and keeps them in memory until it closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. mail.office.gov.cn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the incoming server, its port and the user first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server %1 took the login; the folder %2 can be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::MailSettingsService</name>
    <message>
        <source>Enter the port of the %1 server (1–65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name for the %1 server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 server&apos;s name cannot contain spaces or slashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch mail every 0 to 1440 minutes (0: only by hand).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s address %1 is not an e-mail address.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Campaign calendar</source>
        <translation>Campaign calendar</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <source>Behind today</source>
        <translation>Behind today</translation>
    </message>
    <message>
        <source>Weekly reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log weekly reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print supervision &amp;summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;inspection sheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server is lost; BrandDesk keeps trying. Changes cannot be saved until it is back. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;hotline calls…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;etch Mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::MilestoneCompletionDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>due %1 (%2)</source>
        <translation>due %1 (%2)</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>no deadline</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;&lt;span style=&quot;color:#555&quot;&gt;%3 — %4&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;&lt;span style=&quot;color:#555&quot;&gt;%3 — %4&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Milestone record — %1</source>
        <translation>Milestone record — %1</translation>
    </message>
    <message>
        <source>Record milestone as done — %1</source>
        <translation>Record milestone as done — %1</translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation>%1 (%2 KB)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Attach a file</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>The file is larger than 20 MB.</source>
        <translation>The file is larger than 20 MB.</translation>
    </message>
    <message>
        <source>The file %1 could not be read.</source>
        <translation>The file %1 could not be read.</translation>
    </message>
    <message>
        <source>The record was not saved</source>
        <translation>The record was not saved</translation>
    </message>
    <message>
        <source>Withdraw record</source>
        <translation>Withdraw record</translation>
    </message>
    <message>
        <source>Withdraw this completion record? The milestone will count as not done.</source>
        <translation>Withdraw this completion record? The milestone will count as not done.</translation>
    </message>
</context>
<context>
    <name>branddesk::MilestoneMatrixModel</name>
    <message>
        <source>%1
%2 — due %3
%4</source>
        <translation>%1
%2 — due %3
%4</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>no deadline</translation>
    </message>
    <message>
        <source>%1 (up to %2 d)</source>
        <translation>%1 (up to %2 d)</translation>
    </message>
    <message>
        <source>%1
Phase: %2
Applies to: %3
Due: %4</source>
        <translation>%1
Phase: %2
Applies to: %3
Due: %4</translation>
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
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Milestones done, of all the milestones that apply to the department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the milestones due by today, how many are done: the figure the dashboard and the summary show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done / applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due so far: done / due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::MilestoneService</name>
    <message>
        <source>Enter the date the milestone was done.</source>
        <translation>Enter the date the milestone was done.</translation>
    </message>
    <message>
        <source>The date done (%1) lies in the future.</source>
        <translation>The date done (%1) lies in the future.</translation>
    </message>
    <message>
        <source>The evidence is too long: at most %1 characters.</source>
        <translation>The evidence is too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>The attachment is larger than 20 MB.</source>
        <translation>The attachment is larger than 20 MB.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not apply to %2 (%3 only).</source>
        <translation>&quot;%1&quot; does not apply to %2 (%3 only).</translation>
    </message>
    <message>
        <source>There is no record to withdraw; it may have been withdrawn already.</source>
        <translation>There is no record to withdraw; it may have been withdrawn already.</translation>
    </message>
</context>
<context>
    <name>branddesk::MilestonesView</name>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <source>No campaign yet. Create one on the campaign calendar page.</source>
        <translation>No campaign yet. Create one on the campaign calendar page.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — today %2, %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — today %2, %3</translation>
    </message>
    <message>
        <source>phase %1 %2 (%3)</source>
        <translation>phase %1 %2 (%3)</translation>
    </message>
    <message>
        <source>outside the phases</source>
        <translation>outside the phases</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>All phases</translation>
    </message>
    <message>
        <source>Phase %1: %2</source>
        <translation>Phase %1: %2</translation>
    </message>
    <message>
        <source>Select a department to see its milestones.</source>
        <translation>Select a department to see its milestones.</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>no deadline</translation>
    </message>
    <message>
        <source>%1 departments shown; %2 are behind, with %3 overdue milestones in all.</source>
        <translation>%1 departments shown; %2 are behind, with %3 overdue milestones in all.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 of %3 applicable milestones done; of the %4 due so far, %5 done and %6 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the milestones…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The milestones could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::NamingDialog</name>
    <message>
        <source>Naming of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naming</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::NewCampaignDialog</name>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;reate</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The campaign was not created</source>
        <translation>The campaign was not created</translation>
    </message>
    <message>
        <source>The campaign was not made current</source>
        <translation>The campaign was not made current</translation>
    </message>
</context>
<context>
    <name>branddesk::PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your current password, then the new one twice. A password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password for “%1” and tell it to them; a lock-out after wrong passwords is lifted. A password needs at least %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>The two new passwords differ. Type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::PreviewDialog</name>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print every page on a printer chosen next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the pages: %v of %m documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop counting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the pages counted so far; printing and saving still take every page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %L1 of the %L2 counted so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %L1 of %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>(counting stopped after %L1 of %L2 documents)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::PreviewPages</name>
    <message>
        <source>Page %1 is being prepared…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::ProblemDialog</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::ProblemLedgerTab</name>
    <message>
        <source>All statuses</source>
        <translation type="unfinished">All statuses</translation>
    </message>
    <message>
        <source>&amp;New problem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished">&amp;View</translation>
    </message>
    <message>
        <source>Enterprise problem ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished">All departments</translation>
    </message>
    <message>
        <source>All enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise service</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n overdue</source>
        <translation>
            <numerusform>; %n overdue</numerusform>
            <numerusform>; %n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>branddesk::ProblemListModel</name>
    <message numerus="yes">
        <source>%1 — %n day(s) overdue</source>
        <translation>
            <numerusform>%1 — %n day overdue</numerusform>
            <numerusform>%1 — %n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Solved on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished">Department</translation>
    </message>
    <message>
        <source>Latest progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::PublicityDialog</name>
    <message>
        <source>Publicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the publicity “%1” (%2, %3)? The audit log keeps a copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::RecordWatch</name>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved changes in this form will be replaced by the stored version. Reload?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other(s) editing this record now: %1</source>
        <translation>
            <numerusform>%n other editing this record now: %1</numerusform>
            <numerusform>%n others editing this record now: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished">, </translation>
    </message>
    <message>
        <source>%1 deleted this record on another PC or in another window; it can no longer be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this record on another PC or in another window. Reload to see their version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this record on another PC or in another window. Close and open it again to see their version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::RectificationModel</name>
    <message numerus="yes">
        <source>Overdue %n day(s)</source>
        <translation>
            <numerusform>Overdue %n day</numerusform>
            <numerusform>Overdue %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished">Done on</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::ReminderDialog</name>
    <message>
        <source>&amp;Print notices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 催报通知单 of the departments without an e-mail address, one page each, to fax or hand over (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — no e-mail: printed notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set up: see the mail settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send %n reminder(s)</source>
        <translation>
            <numerusform>&amp;Send %n reminder</numerusform>
            <numerusform>&amp;Send %n reminders</numerusform>
        </translation>
    </message>
    <message>
        <source>Send every reminder listed that has an address (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a clerk or an administrator sends reminders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every department has sent this week&apos;s report: nobody to remind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt; departments have not sent their report yet. %3 will be reminded by e-mail; %4 have no e-mail address and get a printed notice. Check each message on the right before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-mail address: print the notice (Ctrl+P) and fax or hand it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending reminders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>Sending reminders… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These reminders went out but could not be logged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) sent and logged.</source>
        <translation>
            <numerusform>%n reminder sent and logged.</numerusform>
            <numerusform>%n reminders sent and logged.</numerusform>
        </translation>
    </message>
    <message>
        <source>No reminder was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent to %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending was cancelled; the reminders not yet sent were not sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::ReminderLogView</name>
    <message>
        <source>Reminders sent to the selected department appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not been reminded by e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders sent to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · by %3 · to %4
Subject: %5

%6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::ReminderService</name>
    <message>
        <source>%1 %2</source>
        <comment>the due moment: 2009年5月15日星期五 23:59</comment>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>A reminder that reached nobody is not logged as sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::ReportEntryDialog</name>
    <message>
        <source>Weekly reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (back-filled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log weekly reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single department matches “%1”. Type more of its name, or pick it from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#1b7e1b&quot;&gt;✔ Saved (%1 in this form): %2 — %3 %4&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the report you have not saved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1; received as entered it is &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The week is over: the report is recorded as back-filled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&quot;color:#a05a00&quot;&gt;%n report(s) of this department for this week arrived already: this one is a supplement.&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:#a05a00&quot;&gt;%n report of this department for this week arrived already: this one is a supplement.&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&quot;color:#a05a00&quot;&gt;%n reports of this department for this week arrived already: this one is a supplement.&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation type="unfinished">Attach a file</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished">All files (*)</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished">Attachment</translation>
    </message>
    <message>
        <source>The file %1 is larger than 20 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be read.</source>
        <translation type="unfinished">The file %1 could not be read.</translation>
    </message>
    <message>
        <source>Save the attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly report (read only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::ReportListModel</name>
    <message>
        <source>supplement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back-filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typical practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished">Department</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::ReportService</name>
    <message>
        <source>Choose the department the report comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is deactivated; reactivate it before logging its reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the week the report covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The week %1 has not begun yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter when the report was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time received (%1) lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was received before the week it covers began (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a title or the content of the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content is too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attachment has no file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment %1 is an empty file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment %1 is larger than 20 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new attachments together are larger than 50 MB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::ReportsView</name>
    <message>
        <source>&amp;New reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished">&amp;View</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished">All departments</translation>
    </message>
    <message>
        <source>Serving anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reports; the newest %2 shown — narrow the search to see older ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the report “%1” of %2 for %3? The audit log keeps a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 reports; the newest %2 shown — narrow the search to see older ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching the reports…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::RestoreBackupDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no backups yet. Choose a backup kept elsewhere with “Other file…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished">Restore from backup</translation>
    </message>
    <message>
        <source>BrandDesk backups (*.sqlite)</source>
        <translation type="unfinished">BrandDesk backups (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>branddesk::ResultsModel</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical brand</source>
        <translation type="unfinished">Typical brand</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished">Brand</translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished">Department</translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished">Category</translation>
    </message>
    <message>
        <source>Expert score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combined score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank in category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::RoundDialog</name>
    <message>
        <source>Evaluation round</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::ScoreGridModel</name>
    <message>
        <source>%1: 0 to %2 points, whole or with one decimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a criterion and its points</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
</context>
<context>
    <name>branddesk::ServerActions</name>
    <message>
        <source>Use the &amp;File on This PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy of the Server&apos;s Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BrandDesk closes this database and opens %1; this PC opens it from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the File on This PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BrandDesk closes the server&apos;s database and opens this PC&apos;s own file, %1. The server keeps its data; Connect to Server… goes back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy of the Server&apos;s Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BrandDesk copy %1.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BrandDesk database (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the server&apos;s data to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows were copied to %2, every count equal and the audit trail&apos;s %3 entries verified. The file opens like any BrandDesk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nnect to Server…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::ServerConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10 or db.office.local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stored on this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s shared BrandDesk database on its PostgreSQL server. The administrator of the server gives you these settings; this PC remembers them, never the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption (sslmode):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;File on This PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database&apos;s name is lower-case letters, digits and _ (as the administrator set it up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the office&apos;s CA certificate, for verify-ca and verify-full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;A certificate:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::SurveyGridModel</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not know (invalid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a number of questionnaires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a level and its points</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
</context>
<context>
    <name>branddesk::TicketEntryDialog</name>
    <message>
        <source>Hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>brand (department)</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; returned or reassigned %n time(s)</source>
        <translation>
            <numerusform>; returned or reassigned %n time</numerusform>
            <numerusform>; returned or reassigned %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a repeat call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log hotline calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new ticket is numbered when it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Due &lt;b&gt;%1&lt;/b&gt; (%n working day(s))</source>
        <translation>
            <numerusform>Due &lt;b&gt;%1&lt;/b&gt; (%n working day)</numerusform>
            <numerusform>Due &lt;b&gt;%1&lt;/b&gt; (%n working days)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&quot;color:#a05a00&quot;&gt;%n earlier call(s) may be about the same matter: choose one under “Repeat of” to count this call as a repeat.&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:#a05a00&quot;&gt;%n earlier call may be about the same matter: choose one under “Repeat of” to count this call as a repeat.&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&quot;color:#a05a00&quot;&gt;%n earlier calls may be about the same matter: choose one under “Repeat of” to count this call as a repeat.&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>The ticket was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single department matches “%1”. Type more of its name, or pick it from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#1b7e1b&quot;&gt;✔ Saved (%1 in this form): %2 — %3, %4&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the ticket you have not saved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Follow-up: %n call(s), %1 %2</source>
        <translation>
            <numerusform>Follow-up: %n call, %1 %2</numerusform>
            <numerusform>Follow-up: %n calls, %1 %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>branddesk::TicketImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished">&amp;Import</translation>
    </message>
    <message>
        <source>Import from 12345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation type="unfinished">Spreadsheets (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>The file has no rows under its column titles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the columns of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished">, </translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished">new</translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished">update</translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished">error</translation>
    </message>
    <message>
        <source>%1 new, %2 to update, %3 with errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be imported until every row is correct.</source>
        <translation type="unfinished">Nothing can be imported until every row is correct.</translation>
    </message>
    <message>
        <source>Backing up the database before the import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was cancelled, so nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::TicketListModel</name>
    <message numerus="yes">
        <source>%1 — %n day(s) overdue</source>
        <translation>
            <numerusform>%1 — %n day overdue</numerusform>
            <numerusform>%1 — %n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed (caller not reached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Phone</translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished">Department</translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished">Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
</context>
<context>
    <name>branddesk::TicketStepDialog</name>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return or reassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the office (return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the follow-up call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single department matches “%1”. Type more of its name, or pick it from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::TimelineView</name>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Focus</translation>
    </message>
    <message>
        <source>Dates (dekads)</source>
        <translation>Dates (dekads)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <source>Campaign calendar</source>
        <translation>Campaign calendar</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (current)</translation>
    </message>
    <message>
        <source>No campaign yet.</source>
        <translation>No campaign yet.</translation>
    </message>
    <message>
        <source>Today is in phase %1, &lt;b&gt;%2&lt;/b&gt; (long-term).</source>
        <translation>Today is in phase %1, &lt;b&gt;%2&lt;/b&gt; (long-term).</translation>
    </message>
    <message numerus="yes">
        <source>Today is in phase %1, &lt;b&gt;%2&lt;/b&gt;: %n day(s) left.</source>
        <translation>
            <numerusform>Today is in phase %1, &lt;b&gt;%2&lt;/b&gt;: %n day left.</numerusform>
            <numerusform>Today is in phase %1, &lt;b&gt;%2&lt;/b&gt;: %n days left.</numerusform>
        </translation>
    </message>
    <message>
        <source>long-term</source>
        <translation>long-term</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a phase: its number and name</comment>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>Loading the campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::TimelineWidget</name>
    <message>
        <source>No campaign yet.</source>
        <translation>No campaign yet.</translation>
    </message>
    <message>
        <source>%1
due %2 (%3)
%4 of %5 departments done</source>
        <translation>%1
due %2 (%3)
%4 of %5 departments done</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>Today %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a phase: its number and name</comment>
        <translation type="unfinished">%1 %2</translation>
    </message>
</context>
<context>
    <name>branddesk::TrafficLightModel</name>
    <message>
        <source>no brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2, %3 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished">%1/%2</translation>
    </message>
    <message>
        <source>%1 on time, %2 late, %3 missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open, %2 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished">Department</translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished">Category</translation>
    </message>
    <message>
        <source>Brand completeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones due so far: done/due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::UsersView</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts that can sign in to this database. A deactivated account cannot sign in; its history stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Close</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Role</translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished">Active</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished">&amp;Deactivate</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">no</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation type="unfinished">Re&amp;activate</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of “%1” was set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate “%1”? The account can no longer sign in; its history stays, and you can reactivate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branddesk::mergeoffer</name>
    <message>
        <source>, </source>
        <translation type="unfinished">, </translation>
    </message>
    <message>
        <source>Both of you changed: %1. Reload to see the stored version, then make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this record after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes (%1) and theirs (%2) touch different fields. Save both together?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
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
    <message>
        <source>%1

The latest good backup was made on %2 (%3). Restore it? The damaged file is kept in the backups folder.</source>
        <translation>%1

The latest good backup was made on %2 (%3). Restore it? The damaged file is kept in the backups folder.</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>The backup could not be restored</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>The backup was restored. The data as it was before is kept in %1.</source>
        <translation>The backup was restored. The data as it was before is kept in %1.</translation>
    </message>
    <message>
        <source>The campaign could not be set up</source>
        <translation>The campaign could not be set up</translation>
    </message>
    <message>
        <source>A command to run without a window (see above).</source>
        <translation>A command to run without a window (see above).</translation>
    </message>
    <message>
        <source>Open the database on a PostgreSQL server, given as &quot;host=… port=… dbname=… user=…&quot; (the password from PGPASSWORD or ~/.pgpass).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name either --database (or --demo) or --server, not both.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
