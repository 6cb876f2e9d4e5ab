<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ActionItemForm</name>
    <message>
        <source>对策内容</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>完成期限</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>投诉类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>完成日期</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>对策（整改措施）</source>
        <translation>Action item (corrective measure)</translation>
    </message>
    <message>
        <source>如 顺丰浦东分拨加固大件包装，签收前开箱验货</source>
        <translation>e.g. SF Pudong hub reinforces packing of bulky items; open and check before signing</translation>
    </message>
    <message>
        <source>（请选择）</source>
        <translation>(please choose)</translation>
    </message>
    <message>
        <source>（不限）</source>
        <translation>(any)</translation>
    </message>
</context>
<context>
    <name>ActionItemsPanel</name>
    <message>
        <source>布置周</source>
        <translation>Set in week</translation>
    </message>
    <message>
        <source>对策</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>完成期限</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>类别 / 部门</source>
        <translation>Category / department</translation>
    </message>
    <message>
        <source>完成日期</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>新增对策</source>
        <translation>New action item</translation>
    </message>
    <message>
        <source>保存修改</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>标记完成</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <source>重新打开</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>布置与检查例会对策需要主管或经理的权限。</source>
        <translation>Setting and checking meeting action items needs a supervisor&apos;s or manager&apos;s permission.</translation>
    </message>
    <message>
        <source>本周例会布置的对策（%1 项）</source>
        <translation>Action items set at this week&apos;s meeting (%1)</translation>
    </message>
    <message>
        <source>上周及以前布置、本周检查落实（%1 项，逾期未完成 %2 项）</source>
        <translation>Set earlier, checked this week (%1, %2 overdue)</translation>
    </message>
    <message>
        <source>已标记完成</source>
        <translation>Marked done</translation>
    </message>
    <message>
        <source>已重新打开，将继续在以后的例会中检查</source>
        <translation>Reopened; it will be checked again at later meetings</translation>
    </message>
    <message>
        <source>已保存对策</source>
        <translation>Action item saved</translation>
    </message>
    <message>
        <source>这项对策已不存在，列表已刷新。</source>
        <translation>This action item no longer exists; the list was refreshed.</translation>
    </message>
</context>
<context>
    <name>AssignmentRulesPage</name>
    <message>
        <source>仅物流类：与工单的分公司/网点完全一致，如 浦东</source>
        <translation>Logistics only: exactly the ticket&apos;s branch/depot, e.g. Pudong</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>子类</source>
        <translation>Subcategory</translation>
    </message>
    <message>
        <source>分公司/网点</source>
        <translation>Branch/depot</translation>
    </message>
    <message>
        <source>处理部门</source>
        <translation>Handling department</translation>
    </message>
    <message>
        <source>工单分到处理部门后，由部门内未缺勤、手头未结工单最少的人员处理；子类或分公司更具体的规则优先。</source>
        <translation>Once a ticket reaches the handling department, it goes to the member who is not absent and has the fewest open tickets; rules for a subcategory or branch take precedence.</translation>
    </message>
    <message>
        <source>已新增分派规则：%1 → %2。</source>
        <translation>Assignment rule added: %1 → %2.</translation>
    </message>
    <message>
        <source>已保存修改，新分派的工单按此规则。</source>
        <translation>Changes saved; newly assigned tickets follow this rule.</translation>
    </message>
    <message>
        <source>已停用。</source>
        <translation>Deactivated.</translation>
    </message>
    <message>
        <source>已恢复。</source>
        <translation>Restored.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>（全部操作）</source>
        <translation>(All actions)</translation>
    </message>
    <message>
        <source>工单号，如 SH20261122-0007</source>
        <translation>Ticket number, e.g. SH20261122-0007</translation>
    </message>
    <message>
        <source>筛选</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <source>到</source>
        <translation>To</translation>
    </message>
    <message>
        <source>工单</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>（全部人员）</source>
        <translation>(All staff)</translation>
    </message>
    <message>
        <source>显示 %1 条（向下滚动加载更多）</source>
        <translation>Showing %1 (scroll down to load more)</translation>
    </message>
    <message>
        <source>共 %1 条</source>
        <translation>%1 in total</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>工单</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>窗口</source>
        <translation type="vanished">Window</translation>
    </message>
    <message>
        <source>命令行</source>
        <translation type="vanished">Command line</translation>
    </message>
    <message>
        <source>分公司</source>
        <translation type="vanished">Branch</translation>
    </message>
    <message>
        <source>角色</source>
        <translation type="vanished">Role</translation>
    </message>
    <message>
        <source>在职</source>
        <translation type="vanished">Active</translation>
    </message>
    <message>
        <source>查看范围</source>
        <translation type="vanished">Visible tickets</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>备份时间</source>
        <translation>Backup time</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>每天第一次启动程序时自动备份一次（数据库和证据文件），自动备份保留 %1 天；手动备份一直保留。恢复前先检查备份是否完整，当前数据另存一份。</source>
        <translation>An automatic backup (database and evidence files) is made on the first start of the program each day and kept for %1 days; manual backups are kept for good. Before a restore the backup is checked and the current data is kept aside.</translation>
    </message>
    <message>
        <source>留空：数据目录下的 backups 文件夹</source>
        <translation>Empty: the backups folder in the data directory</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>保存位置</source>
        <translation>Save location</translation>
    </message>
    <message>
        <source>备份位置(&amp;F)：</source>
        <translation>Backup &amp;folder:</translation>
    </message>
    <message>
        <source>恢复默认</source>
        <translation>Restore default</translation>
    </message>
    <message>
        <source>默认：数据目录下的 backups 文件夹</source>
        <translation>Default: the backups folder in the data directory</translation>
    </message>
    <message>
        <source>立即备份(&amp;B)</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>从所选备份恢复(&amp;R)…</source>
        <translation>&amp;Restore from selected backup…</translation>
    </message>
    <message>
        <source>从其他文件恢复…</source>
        <translation>Restore from another file…</translation>
    </message>
    <message>
        <source>自动</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>手动</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>备份位置</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>备份位置：%1</source>
        <translation>Backup folder: %1</translation>
    </message>
    <message>
        <source>已恢复默认：备份到 %1</source>
        <translation>Default restored: backups go to %1</translation>
    </message>
    <message>
        <source>正在备份…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>已备份到 %1（%2，证据文件新复制 %3 个）</source>
        <translation>Backed up to %1 (%2, %3 new evidence files copied)</translation>
    </message>
    <message>
        <source>；%1 个证据文件在数据目录中找不到，未能备份</source>
        <translation>; %1 evidence files were not found in the data directory and were not backed up</translation>
    </message>
    <message>
        <source>选择备份文件</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <source>售后工单台备份 (*.sqlite3 *.pgdump *.bak);;所有文件 (*)</source>
        <translation>AfterSales Desk backups (*.sqlite3 *.pgdump *.bak);;All files (*)</translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>用备份 %1 替换当前数据？

恢复前会先检查备份，并把当前数据另存一份。备份之后录入的内容将不在恢复后的数据中。恢复后程序会关闭，请重新打开。</source>
        <translation>Replace the current data with backup %1?

The backup is checked first and the current data is kept aside. Anything entered after the backup will not be in the restored data. The program closes after the restore; please open it again.</translation>
    </message>
    <message>
        <source>正在检查并恢复…</source>
        <translation>Checking and restoring…</translation>
    </message>
    <message>
        <source>已从 %1 恢复。当前数据另存于 %2。程序将关闭，请重新打开。</source>
        <translation>Restored from %1. The current data was kept as %2. The program will close; please open it again.</translation>
    </message>
    <message>
        <source>
有 %1 个证据文件在备份旁的 attachments 文件夹中找不到。</source>
        <translation>
%1 evidence files were not found in the attachments folder next to the backup.</translation>
    </message>
</context>
<context>
    <name>BlankFormOptions</name>
    <message>
        <source>份数</source>
        <translation>Copies</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source> 年</source>
        <translation> </translation>
    </message>
    <message>
        <source>导入放假安排…</source>
        <translation>Import holiday schedule…</translation>
    </message>
    <message>
        <source>文本或 CSV 文件，每行：日期或日期范围,类型,名称，例如
2027-02-06~2027-02-13,放假,春节
2027-02-14,上班,春节调休
文件应包含该年的全部放假安排：其中没有的内置节假日按工作日计算。</source>
        <translation>Text or CSV file, one line each: date or date range,type,name, e.g.
2027-02-06~2027-02-13,放假,春节
2027-02-14,上班,春节调休
The file should hold the whole year&apos;s schedule: built-in holidays missing from it count as working days.</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#c62828&quot;&gt;&lt;b&gt;红色&lt;/b&gt;&lt;/span&gt; 放假&#x3000;&lt;span style=&quot;color:#1565c0&quot;&gt;&lt;b&gt;蓝色&lt;/b&gt;&lt;/span&gt; 调休上班&#x3000;&lt;u&gt;下划线&lt;/u&gt; 已录入（导入或手工设定）</source>
        <translation>&lt;span style=&quot;color:#c62828&quot;&gt;&lt;b&gt;Red&lt;/b&gt;&lt;/span&gt; day off&#x3000;&lt;span style=&quot;color:#1565c0&quot;&gt;&lt;b&gt;Blue&lt;/b&gt;&lt;/span&gt; make-up working day&#x3000;&lt;u&gt;Underlined&lt;/u&gt; entered (imported or set by hand)</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>星期</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <source>安排</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>名称，如 公司年会</source>
        <translation>Name, e.g. company annual party</translation>
    </message>
    <message>
        <source>设定</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>清除录入</source>
        <translation>Clear entry</translation>
    </message>
    <message>
        <source>录入某一天：</source>
        <translation>Set one day:</translation>
    </message>
    <message>
        <source>尚未录入官方放假安排：下表是按规则推算的法定节假日（没有调休），请录入或导入国务院办公厅发布的 %1 年放假安排。</source>
        <translation>The official holiday schedule has not been entered: the table shows the statutory holidays estimated by rule (without make-up days). Please enter or import the %1 schedule published by the State Council.</translation>
    </message>
    <message>
        <source>已设定 %1 为%2。</source>
        <translation>%1 set as %2.</translation>
    </message>
    <message>
        <source>该日已是这样设定的。</source>
        <translation>That day is already set this way.</translation>
    </message>
    <message>
        <source>已清除 %1 的录入，恢复官方或推算的安排。</source>
        <translation>Entry for %1 cleared; the official or estimated schedule applies again.</translation>
    </message>
    <message>
        <source>%1 没有录入的安排。</source>
        <translation>%1 has no entered schedule.</translation>
    </message>
    <message>
        <source>导入放假安排</source>
        <translation>Import holiday schedule</translation>
    </message>
    <message>
        <source>文本或 CSV (*.txt *.csv);;所有文件 (*)</source>
        <translation>Text or CSV (*.txt *.csv);;All files (*)</translation>
    </message>
</context>
<context>
    <name>CalendarTexts</name>
    <message>
        <source>放假</source>
        <translation>Day off</translation>
    </message>
    <message>
        <source>上班</source>
        <translation>Working day</translation>
    </message>
    <message>
        <source>上班（调休）</source>
        <translation>Working day (make-up)</translation>
    </message>
    <message>
        <source>官方安排</source>
        <translation>Official schedule</translation>
    </message>
    <message>
        <source>按规则推算</source>
        <translation>Estimated by rule</translation>
    </message>
    <message>
        <source>已录入</source>
        <translation>Entered</translation>
    </message>
    <message>
        <source>周一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>周二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>周三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>周四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>周五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>周六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>周日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>整行</source>
        <translation>Whole line</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>应为“日期,类型,名称”三项（名称可省略）</source>
        <translation>expected three items &quot;date,type,name&quot; (the name may be left out)</translation>
    </message>
    <message>
        <source>不是有效日期，格式为 YYYY-MM-DD，如 2027-02-06</source>
        <translation>not a valid date; the format is YYYY-MM-DD, e.g. 2027-02-06</translation>
    </message>
    <message>
        <source>年份超出 2000–2199</source>
        <translation>year outside 2000–2199</translation>
    </message>
    <message>
        <source>日期范围无效（结束不能早于开始，最长 31 天）</source>
        <translation>invalid date range (the end cannot be before the start; at most 31 days)</translation>
    </message>
    <message>
        <source>类型应为 放假 或 上班</source>
        <translation>type should be 放假 (day off) or 上班 (working day)</translation>
    </message>
    <message>
        <source>名称最多 40 个字</source>
        <translation>name at most 40 characters</translation>
    </message>
    <message>
        <source>同一天在前面的行里已有相反的安排</source>
        <translation>an earlier line already has the opposite schedule for this day</translation>
    </message>
    <message>
        <source>文件中没有放假安排</source>
        <translation>the file holds no holiday schedule</translation>
    </message>
    <message>
        <source>文件不是 UTF-8 或 GB18030 编码的文本</source>
        <translation>the file is not UTF-8 or GB18030 text</translation>
    </message>
    <message>
        <source>导入失败：%1</source>
        <translation>Import failed: %1</translation>
    </message>
    <message>
        <source>导入失败，未写入任何内容。请修改文件后重新导入：</source>
        <translation>Import failed; nothing was written. Please correct the file and import again:</translation>
    </message>
    <message>
        <source>第 %1 行</source>
        <translation>Line %1</translation>
    </message>
    <message>
        <source>……另有 %1 处问题</source>
        <translation>…and %1 more problems</translation>
    </message>
    <message>
        <source>已导入 %1 年放假安排：新增 %2 天，修改 %3 天，%4 天未变。</source>
        <translation>Holiday schedule for %1 imported: %2 days added, %3 changed, %4 unchanged.</translation>
    </message>
</context>
<context>
    <name>CallbackForm</name>
    <message>
        <source>接通情况</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>问题是否真正解决</source>
        <translation>Problem really solved</translation>
    </message>
    <message>
        <source>对处理结果的满意度</source>
        <translation>Satisfaction with the result</translation>
    </message>
    <message>
        <source>对服务态度的满意度</source>
        <translation>Satisfaction with the service</translation>
    </message>
    <message>
        <source>客户原话</source>
        <translation>Customer&apos;s words</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>另约回访</source>
        <translation>Extra callback</translation>
    </message>
    <message>
        <source>请选择…</source>
        <translation>Please choose…</translation>
    </message>
    <message>
        <source>已接通</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>未接通：</source>
        <translation>Not reached:</translation>
    </message>
    <message>
        <source>是，问题已真正解决</source>
        <translation>Yes, the problem is really solved</translation>
    </message>
    <message>
        <source>否，问题没有解决</source>
        <translation>No, the problem is not solved</translation>
    </message>
    <message>
        <source>照客户的原话记录，不满意时必填</source>
        <translation>The customer&apos;s own words; required when not satisfied</translation>
    </message>
    <message>
        <source>可不填</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>不另约</source>
        <translation>None</translation>
    </message>
    <message>
        <source> 天后</source>
        <translation> days later</translation>
    </message>
    <message>
        <source>客户满意、工单关闭后，再加约一次回访</source>
        <translation>One more callback after the customer is satisfied and the ticket is closed</translation>
    </message>
    <message>
        <source>非常不满意</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <source>未打分</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <source> 分</source>
        <translation> points</translation>
    </message>
    <message>
        <source>输入 1–5：5 非常满意，4 满意，3 一般，2 不满意，1 非常不满意</source>
        <translation>Enter 1–5: 5 very satisfied, 4 satisfied, 3 neutral, 2 dissatisfied, 1 very dissatisfied</translation>
    </message>
    <message>
        <source>第 %1/%2 次拨打。</source>
        <translation>Call %1/%2. </translation>
    </message>
    <message>
        <source>请先选择接通情况。</source>
        <translation>Please choose whether the customer was reached.</translation>
    </message>
    <message>
        <source>填完问题是否解决和两项满意度后，可预览保存后的结果。</source>
        <translation>Once &quot;solved&quot; and both satisfaction scores are filled in, the outcome of saving is shown here.</translation>
    </message>
    <message>
        <source>保存后：客户满意，本次再次回访完成。</source>
        <translation>After saving: customer satisfied, this revisit is complete.</translation>
    </message>
    <message>
        <source>保存后：客户满意，工单关闭。</source>
        <translation>After saving: customer satisfied, ticket closed.</translation>
    </message>
    <message>
        <source>保存后：客户不满意，工单重开给处理人（附客户原话），重新计时，并提醒主管。</source>
        <translation>After saving: customer not satisfied; the ticket is reopened to the handler (with the customer&apos;s words), the clock restarts and the supervisor is notified.</translation>
    </message>
    <message>
        <source>保存后：%1后再次拨打。</source>
        <translation>After saving: call again in %1.</translation>
    </message>
    <message>
        <source>保存后：已达最多拨打次数，结束本次回访。</source>
        <translation>After saving: the maximum number of calls is reached; this callback ends.</translation>
    </message>
    <message>
        <source>保存后：已达最多拨打次数，结束本次回访，工单按未接通结案，并提醒主管。</source>
        <translation>After saving: the maximum number of calls is reached; this callback ends, the ticket is closed as not reached and the supervisor is notified.</translation>
    </message>
    <message>
        <source>稍</source>
        <translation>a while</translation>
    </message>
</context>
<context>
    <name>CallbackScreen</name>
    <message>
        <source>显示未到时间的</source>
        <translation>Show those not yet due</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>工单概要</source>
        <translation>Ticket summary</translation>
    </message>
    <message>
        <source>处理情况与历次回访</source>
        <translation>Handling and earlier callbacks</translation>
    </message>
    <message>
        <source>回访话术（真诚致歉，逐项询问）</source>
        <translation>Callback script (apologise sincerely, ask point by point)</translation>
    </message>
    <message>
        <source>记录本次回访</source>
        <translation>Record this callback</translation>
    </message>
    <message>
        <source>保存回访记录</source>
        <translation>Save callback</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>显示号码</source>
        <translation>Show number</translation>
    </message>
    <message>
        <source>Ctrl+D：显示完整号码拨打（记入审计日志）</source>
        <translation>Ctrl+D: show the full number to dial (recorded in the audit log)</translation>
    </message>
    <message>
        <source>打开工单</source>
        <translation>Open ticket</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Enter 开始记录 · Ctrl+D 显示号码 · Ctrl+Enter 保存并转下一通 · Esc 回到队列</source>
        <translation>Enter start recording · Ctrl+D show number · Ctrl+Enter save and next call · Esc back to the queue</translation>
    </message>
    <message>
        <source>待回访：%1 通，其中逾期 %2 通</source>
        <translation>Callbacks due: %1, overdue: %2</translation>
    </message>
    <message>
        <source>没有需要回访的工单</source>
        <translation>No tickets waiting for a callback</translation>
    </message>
    <message>
        <source>%1 起</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>第 %1/%2 次</source>
        <translation>Call %1/%2</translation>
    </message>
    <message>
        <source>这通回访已不存在，请刷新</source>
        <translation>This callback no longer exists; please refresh</translation>
    </message>
    <message>
        <source>（Ctrl+D 显示号码拨打）</source>
        <translation> (Ctrl+D shows the number to dial)</translation>
    </message>
    <message>
        <source>（无电话）</source>
        <translation>(no phone)</translation>
    </message>
    <message>
        <source>工单号</source>
        <translation>Ticket no.</translation>
    </message>
    <message>
        <source>回访类型</source>
        <translation>Callback type</translation>
    </message>
    <message>
        <source>第 %1/%2 次拨打</source>
        <translation>Call %1/%2</translation>
    </message>
    <message>
        <source>回访时限</source>
        <translation>Callback due</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>商品</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>订单号</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>受理时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>处理人</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>问题描述</source>
        <translation>Problem description</translation>
    </message>
    <message>
        <source>（处理人未填写处理结果，请先查看工单处理记录）</source>
        <translation>(the handler wrote no outcome; please check the ticket&apos;s history first)</translation>
    </message>
    <message>
        <source>历次回访</source>
        <translation>Earlier callbacks</translation>
    </message>
    <message>
        <source>第 %1 次</source>
        <translation>Call %1</translation>
    </message>
    <message>
        <source>%1 未接通，已安排 %2 再次拨打（已拨 %3/%4 次）</source>
        <translation>%1 not reached; next call scheduled for %2 (%3/%4 calls made)</translation>
    </message>
    <message>
        <source>%1 已拨 %2 次均未接通，本次回访结束</source>
        <translation>%1 not reached after %2 calls; this callback has ended</translation>
    </message>
    <message>
        <source>，工单已按未接通结案</source>
        <translation>; the ticket was closed as not reached</translation>
    </message>
    <message>
        <source>，已提醒：%1</source>
        <translation>; notified: %1</translation>
    </message>
    <message>
        <source>%1 客户不满意，已重开给处理人并重新计时；已提醒：%2</source>
        <translation>%1 customer not satisfied; reopened to the handler with a new time limit; notified: %2</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1 客户满意。%2，已提醒处理人。</source>
        <translation>%1 customer satisfied. %2; the handler was notified.</translation>
    </message>
    <message>
        <source>%1 客户满意，工单已关闭。</source>
        <translation>%1 customer satisfied; ticket closed.</translation>
    </message>
    <message>
        <source>%1 再次回访完成，客户满意。</source>
        <translation>%1 revisit done; customer satisfied.</translation>
    </message>
</context>
<context>
    <name>CallbackSettingsPage</name>
    <message>
        <source>保存回访设置</source>
        <translation type="vanished">Save callback settings</translation>
    </message>
    <message>
        <source>回访时限、分配与重拨</source>
        <translation type="vanished">Callback time limit, assignment and redial</translation>
    </message>
    <message>
        <source>回访时限（解决后）</source>
        <translation type="vanished">Callback due (after resolution)</translation>
    </message>
    <message>
        <source>回访分配给</source>
        <translation type="vanished">Callbacks assigned to</translation>
    </message>
    <message>
        <source>回访组（部门）</source>
        <translation type="vanished">Callback group (department)</translation>
    </message>
    <message>
        <source>未接通重拨间隔</source>
        <translation type="vanished">Redial interval when not reached</translation>
    </message>
    <message>
        <source>最多拨打次数</source>
        <translation type="vanished">Maximum calls</translation>
    </message>
    <message>
        <source> 次</source>
        <translation type="vanished"> times</translation>
    </message>
    <message>
        <source>满意标准</source>
        <translation type="vanished">Satisfied from</translation>
    </message>
    <message>
        <source> 分及以上</source>
        <translation type="vanished"> points or more</translation>
    </message>
    <message>
        <source>“受理工单的客服”不在岗时由回访组回访。两项满意度都达到满意标准且问题真正解决，工单才关闭，否则重开给处理人。达到最多拨打次数仍未接通，按未接通结案并提醒主管。修改只影响之后新建的回访，队列中已有的回访保持原时限。</source>
        <translation type="vanished">When the clerk who took the ticket is absent, the callback group calls. The ticket closes only when both satisfaction scores reach the standard and the problem is really solved; otherwise it is reopened to the handler. When the customer is still not reached after the maximum calls, the ticket is closed as not reached and the supervisor notified. Changes apply only to callbacks created afterwards; callbacks already queued keep their time limits.</translation>
    </message>
    <message>
        <source>关闭后再次回访</source>
        <translation type="vanished">Revisit after closing</translation>
    </message>
    <message>
        <source>按处理方式填写工单关闭后第几天再次回访，逗号分隔，如 7,30；留空则不回访。</source>
        <translation type="vanished">Per kind of resolution, the days after closing on which to call again, comma-separated, e.g. 7,30; empty: no revisit.</translation>
    </message>
    <message>
        <source>不回访</source>
        <translation type="vanished">No revisit</translation>
    </message>
    <message>
        <source>回访话术</source>
        <translation type="vanished">Callback script</translation>
    </message>
    <message>
        <source>回访</source>
        <translation type="vanished">Callback</translation>
    </message>
    <message>
        <source>再次回访</source>
        <translation type="vanished">Revisit</translation>
    </message>
    <message>
        <source>可用占位符：</source>
        <translation type="vanished">Placeholders available:</translation>
    </message>
    <message>
        <source>已保存 %1 项设置，之后新建的回访按新设置执行。</source>
        <translation type="vanished">%1 settings saved; callbacks created from now on follow them.</translation>
    </message>
    <message>
        <source>没有改动。</source>
        <translation type="vanished">Nothing changed.</translation>
    </message>
</context>
<context>
    <name>CallerPanel</name>
    <message>
        <source>来电客户</source>
        <translation>Caller</translation>
    </message>
    <message>
        <source>输入电话后显示客户的历史工单</source>
        <translation>Enter a phone number to see the customer&apos;s earlier tickets</translation>
    </message>
    <message>
        <source>已登记的订单（双击填入购买信息）</source>
        <translation>Registered orders (double-click to fill in the purchase)</translation>
    </message>
    <message>
        <source>打开已有工单</source>
        <translation>Open existing ticket</translation>
    </message>
    <message>
        <source>新客户，或尚未输入完整电话</source>
        <translation>New customer, or phone number not complete yet</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>回头客</source>
        <translation>Returning customer</translation>
    </message>
    <message>
        <source>%1，此前共 %2 张工单</source>
        <translation>%1, %2 earlier tickets</translation>
    </message>
    <message>
        <source>（未留姓名）</source>
        <translation>(no name given)</translation>
    </message>
    <message>
        <source>可能重复：同一电话、同一订单在 7 天内已有工单 %1（%2，%3）</source>
        <translation>Possible duplicate: ticket %1 has the same phone and order within 7 days (%2, %3)</translation>
    </message>
</context>
<context>
    <name>CarrierForm</name>
    <message>
        <source>承运商名称</source>
        <translation>Carrier name</translation>
    </message>
    <message>
        <source>联系人/电话</source>
        <translation>Contact/phone</translation>
    </message>
    <message>
        <source>运输协议编号</source>
        <translation>Transport agreement no.</translation>
    </message>
    <message>
        <source>承运商</source>
        <translation>Carrier</translation>
    </message>
</context>
<context>
    <name>CarriersPanel</name>
    <message>
        <source>显示已停用的承运商和条款</source>
        <translation>Show deactivated carriers and clauses</translation>
    </message>
    <message>
        <source>承运商</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>联系人/电话</source>
        <translation>Contact/phone</translation>
    </message>
    <message>
        <source>运输协议</source>
        <translation>Transport agreement</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>条款</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>适用异常</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <source>罚则</source>
        <translation>Penalty</translation>
    </message>
    <message>
        <source>新增承运商</source>
        <translation>Add carrier</translation>
    </message>
    <message>
        <source>保存修改</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>新增条款</source>
        <translation>Add clause</translation>
    </message>
    <message>
        <source>保存条款</source>
        <translation>Save clause</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>合作中</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>第%1条</source>
        <translation>§%1</translation>
    </message>
    <message>
        <source>任何物流异常</source>
        <translation>Any logistics exception</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>恢复条款</source>
        <translation>Restore clause</translation>
    </message>
    <message>
        <source>停用条款</source>
        <translation>Deactivate clause</translation>
    </message>
    <message>
        <source>该记录已不存在，列表已刷新。</source>
        <translation>This record no longer exists; the list was refreshed.</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>CategoryPicker</name>
    <message>
        <source>（任意）</source>
        <translation>(any)</translation>
    </message>
</context>
<context>
    <name>ChainWizardPage</name>
    <message>
        <source>升级链</source>
        <translation>Escalation chain</translation>
    </message>
    <message>
        <source>工单升级时按级别逐级上报。每一级可以交给有该角色的人（按角色），也可以指定一个人。新部门沿用第一个部门的级别。</source>
        <translation>An escalated ticket goes up level by level. Each level goes to whoever has the role (by role) or to a named person. New departments copy the first department&apos;s levels.</translation>
    </message>
    <message>
        <source>按角色</source>
        <translation>By role</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>由谁处理</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>第%1级</source>
        <translation>Level %1</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>表格</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>在图表和数字表格之间切换</source>
        <translation>Switch between the chart and a table of figures</translation>
    </message>
    <message>
        <source>导出图片…</source>
        <translation>Export image…</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>双击或按 Enter 查看这一行的工单</source>
        <translation>Double-click or press Enter to see this row&apos;s tickets</translation>
    </message>
    <message>
        <source>图表</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>第%1周</source>
        <translation>Wk %1</translation>
    </message>
    <message>
        <source>工单数</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>每日受理量</source>
        <translation>Tickets per day</translation>
    </message>
    <message>
        <source>每周受理量</source>
        <translation>Tickets per week</translation>
    </message>
    <message>
        <source>按类别</source>
        <translation>By category</translation>
    </message>
    <message>
        <source>处理时长分布</source>
        <translation>Handling time</translation>
    </message>
    <message>
        <source>按时办结</source>
        <translation>Closed on time</translation>
    </message>
    <message>
        <source>回访满意度</source>
        <translation>Callback satisfaction</translation>
    </message>
    <message>
        <source>按部门</source>
        <translation>By department</translation>
    </message>
    <message>
        <source>按处理人</source>
        <translation>By handler</translation>
    </message>
    <message>
        <source>按承运商</source>
        <translation>By carrier</translation>
    </message>
    <message>
        <source>（未分类）</source>
        <translation>(not classified)</translation>
    </message>
    <message>
        <source>（无部门）</source>
        <translation>(no department)</translation>
    </message>
    <message>
        <source>（未分派）</source>
        <translation>(not assigned)</translation>
    </message>
    <message>
        <source>（无承运商）</source>
        <translation>(no carrier)</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>处理人</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>承运商</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>处理时长</source>
        <translation>Handling time</translation>
    </message>
    <message>
        <source>时限</source>
        <translation>Time limits</translation>
    </message>
    <message>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>4小时内</source>
        <translation>0–4 h</translation>
    </message>
    <message>
        <source>4～24小时</source>
        <translation>4–24 h</translation>
    </message>
    <message>
        <source>1～3天</source>
        <translation>1–3 days</translation>
    </message>
    <message>
        <source>3～7天</source>
        <translation>3–7 days</translation>
    </message>
    <message>
        <source>7天以上</source>
        <translation>&gt; 7 days</translation>
    </message>
    <message>
        <source>未解决</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>按时</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>超时</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>进行中</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>无时限</source>
        <translation>No time limit</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>未回访</source>
        <translation>No callback</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>占比（%）</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <source>按时率（%）</source>
        <translation>On time (%)</translation>
    </message>
    <message>
        <source>已回访</source>
        <translation>Called back</translation>
    </message>
    <message>
        <source>满意率（%）</source>
        <translation>Satisfied (%)</translation>
    </message>
    <message>
        <source>平均处理时长（小时）</source>
        <translation>Avg. handling (hours)</translation>
    </message>
</context>
<context>
    <name>ClassificationForm</name>
    <message>
        <source>请选择…</source>
        <translation>Please choose…</translation>
    </message>
    <message>
        <source>采用建议(&amp;A)</source>
        <translation>&amp;Accept suggestion</translation>
    </message>
    <message>
        <source>投诉类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>类别(&amp;C)：</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>细分类别(&amp;S)：</source>
        <translation>&amp;Subcategory:</translation>
    </message>
    <message>
        <source>系统建议：</source>
        <translation>Suggested:</translation>
    </message>
    <message>
        <source>影响评估</source>
        <translation>Impact assessment</translation>
    </message>
    <message>
        <source>%1：</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>与建议不同时必须填写</source>
        <translation>Required when different from the suggestion</translation>
    </message>
    <message>
        <source>建议优先级：</source>
        <translation>Suggested priority:</translation>
    </message>
    <message>
        <source>优先级(&amp;P)：</source>
        <translation>&amp;Priority:</translation>
    </message>
    <message>
        <source>调整原因(&amp;R)：</source>
        <translation>&amp;Reason for change:</translation>
    </message>
    <message>
        <source>政策审核</source>
        <translation>Policy review</translation>
    </message>
    <message>
        <source>例如 2026-11-20，可不填（按购买日期）</source>
        <translation>e.g. 2026-11-20; optional (purchase date used)</translation>
    </message>
    <message>
        <source>驳回申请，并向客户宣读上述原因</source>
        <translation>Reject the request and read the reason above to the customer</translation>
    </message>
    <message>
        <source>人工放行（须写明原因）</source>
        <translation>Override by hand (reason required)</translation>
    </message>
    <message>
        <source>放行原因，例如：经理特批</source>
        <translation>Reason for the override, e.g. approved by the manager</translation>
    </message>
    <message>
        <source>签收日期(&amp;D)：</source>
        <translation>&amp;Delivered on:</translation>
    </message>
    <message>
        <source>审核结果：</source>
        <translation>Review result:</translation>
    </message>
    <message>
        <source>放行原因(&amp;O)：</source>
        <translation>Override &amp;reason:</translation>
    </message>
    <message>
        <source>将分派给：</source>
        <translation>Will be assigned to:</translation>
    </message>
    <message>
        <source>（无细分）</source>
        <translation>(no subcategory)</translation>
    </message>
    <message>
        <source>描述中没有匹配的关键词</source>
        <translation>No keyword in the description matches</translation>
    </message>
    <message>
        <source>请回答以上四个问题</source>
        <translation>Please answer the four questions above</translation>
    </message>
    <message>
        <source>选择类别后自动审核</source>
        <translation>Reviewed automatically once a category is chosen</translation>
    </message>
    <message>
        <source>未通过：</source>
        <translation>Failed:</translation>
    </message>
    <message>
        <source>通过</source>
        <translation>Passed</translation>
    </message>
</context>
<context>
    <name>ClassificationScreen</name>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>工单概要</source>
        <translation>Ticket summary</translation>
    </message>
    <message>
        <source>确认分类</source>
        <translation>Confirm classification</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Ctrl+Enter 确认</source>
        <translation>Ctrl+Enter confirm</translation>
    </message>
    <message>
        <source>待分类工单：%1 张（最早的在前）</source>
        <translation>Tickets to classify: %1 (oldest first)</translation>
    </message>
    <message>
        <source>没有等待分类的工单</source>
        <translation>No tickets waiting for classification</translation>
    </message>
    <message>
        <source>找不到工单 %1</source>
        <translation>Ticket %1 not found</translation>
    </message>
    <message>
        <source>工单号</source>
        <translation>Ticket no.</translation>
    </message>
    <message>
        <source>受理时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>商品</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>订单号</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <source>购买日期</source>
        <translation>Purchase date</translation>
    </message>
    <message>
        <source>线路/网点</source>
        <translation>Route/depot</translation>
    </message>
    <message>
        <source>证据</source>
        <translation>Evidence</translation>
    </message>
    <message numerus="yes">
        <source>%n 个文件</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 个文件</source>
        <translation type="vanished">%1 files</translation>
    </message>
    <message>
        <source>问题描述</source>
        <translation>Problem description</translation>
    </message>
    <message>
        <source>（驳回后不分派）</source>
        <translation>(rejected tickets are not assigned)</translation>
    </message>
    <message>
        <source>驳回申请</source>
        <translation>Reject request</translation>
    </message>
    <message>
        <source>人工放行须写明原因</source>
        <translation>An override needs a reason</translation>
    </message>
    <message>
        <source>这张工单刚被他人修改，已重新载入，请核对后再确认</source>
        <translation>This ticket was just changed by someone else and has been reloaded; please check and confirm again</translation>
    </message>
    <message>
        <source>工单 %1 已驳回。请向客户宣读：</source>
        <translation>Ticket %1 rejected. Please read to the customer:</translation>
    </message>
    <message>
        <source>工单 %1 已分类。分派：</source>
        <translation>Ticket %1 classified. Assigned to:</translation>
    </message>
</context>
<context>
    <name>ClauseForm</name>
    <message>
        <source>条款号</source>
        <translation>Clause no.</translation>
    </message>
    <message>
        <source>条款内容</source>
        <translation>Clause text</translation>
    </message>
    <message>
        <source>适用异常</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <source>罚则</source>
        <translation>Penalty</translation>
    </message>
    <message>
        <source>罚款金额（元）</source>
        <translation>Fine (yuan)</translation>
    </message>
    <message>
        <source>占货值（%）</source>
        <translation>Share of goods value (%)</translation>
    </message>
    <message>
        <source>最高（元）</source>
        <translation>At most (yuan)</translation>
    </message>
    <message>
        <source>协议条款</source>
        <translation>Agreement clauses</translation>
    </message>
    <message>
        <source>如 7.2</source>
        <translation>e.g. 7.2</translation>
    </message>
    <message>
        <source>可不填</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>（任何物流异常）</source>
        <translation>(any logistics exception)</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <source>未设置单位名称</source>
        <translation type="vanished">Company name not set</translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="vanished">Save</translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation type="vanished">Company name</translation>
    </message>
    <message>
        <source>单位名称印在每份打印件（登记表、通知书、汇报表、服务记录、受理单）的页眉。</source>
        <translation type="vanished">The company name is printed in the header of every printout (register, notice, report, service record, intake form).</translation>
    </message>
    <message>
        <source>尚未设置单位名称：打印件页眉会显示“未设置单位名称”。</source>
        <translation type="vanished">No company name yet: printouts show &quot;Company name not set&quot; in the header.</translation>
    </message>
    <message>
        <source>已保存。</source>
        <translation type="vanished">Saved. </translation>
    </message>
</context>
<context>
    <name>CompanyWizardPage</name>
    <message>
        <source>单位名称</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>单位名称印在每份打印件的页眉：登记表、通知书、汇报表、服务记录、受理单。</source>
        <translation>The company name is printed at the top of every document: register, notice, report, service record, intake form.</translation>
    </message>
    <message>
        <source>如 上海示例电器销售有限公司</source>
        <translation>e.g. Shanghai Example Appliance Sales Co., Ltd.</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>可用时加密（默认）</source>
        <translation>Encrypt when possible (default)</translation>
    </message>
    <message>
        <source>必须加密</source>
        <translation>Always encrypt</translation>
    </message>
    <message>
        <source>加密并验证证书</source>
        <translation>Encrypt and verify the certificate</translation>
    </message>
    <message>
        <source>不加密</source>
        <translation>Do not encrypt</translation>
    </message>
    <message>
        <source>（未打开）</source>
        <translation>(not open)</translation>
    </message>
    <message>
        <source>当前数据库：%1</source>
        <translation>Current database: %1</translation>
    </message>
    <message>
        <source>服务器(&amp;S)：</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>名称或地址，如 192.168.1.10</source>
        <translation>Name or address, e.g. 192.168.1.10</translation>
    </message>
    <message>
        <source>端口(&amp;P)：</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>数据库(&amp;D)：</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>用户名(&amp;U)：</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>密码(&amp;W)：</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>加密：</source>
        <translation>Encryption:</translation>
    </message>
    <message>
        <source>共享的 PostgreSQL 服务器（多个工位、多个网点同时使用）</source>
        <translation>Shared PostgreSQL server (several desks and branches at once)</translation>
    </message>
    <message>
        <source>测试连接(&amp;T)</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>连接并使用(&amp;C)</source>
        <translation>&amp;Connect and use</translation>
    </message>
    <message>
        <source>把本机数据迁移到此服务器(&amp;M)…</source>
        <translation>&amp;Move this computer&apos;s data to this server…</translation>
    </message>
    <message>
        <source>改回本机数据库</source>
        <translation>Back to the local database</translation>
    </message>
    <message>
        <source>正在连接…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>正在连接并建立表结构…</source>
        <translation>Connecting and creating the tables…</translation>
    </message>
    <message>
        <source>已保存：下次启动程序时使用此服务器。</source>
        <translation>Saved: the program uses this server from the next start.</translation>
    </message>
    <message>
        <source>迁移到服务器</source>
        <translation>Move to server</translation>
    </message>
    <message>
        <source>把本机数据库 %1 的全部数据复制到服务器上的空数据库？

请先让其他人停止在本机录入。本机文件保持不变；复制完成并核对每张表的行数后，下次启动时改用服务器。</source>
        <translation>Copy all data of the local database %1 to the empty database on the server?

Ask everyone to stop entering data on this computer first. The local file stays unchanged; once copied and the row count of every table checked, the server is used from the next start.</translation>
    </message>
    <message>
        <source>正在迁移…</source>
        <translation>Moving…</translation>
    </message>
    <message>
        <source>已迁移到 %1：%2 张表共 %3 行，行数逐表核对一致（其中工单 %4 张）。下次启动程序时使用此服务器。</source>
        <translation>Moved to %1: %2 tables, %3 rows, every table&apos;s row count checked (%4 tickets). The program uses this server from the next start.</translation>
    </message>
    <message>
        <source>已改回本机数据库：下次启动时使用数据目录中的 SQLite 文件。</source>
        <translation>Back to the local database: the SQLite file in the data directory is used from the next start.</translation>
    </message>
</context>
<context>
    <name>DailyJobs</name>
    <message>
        <source>今日自动备份已完成：%1</source>
        <translation>Today&apos;s automatic backup done: %1</translation>
    </message>
    <message>
        <source>删除超过 30 天的自动备份 %1 个</source>
        <translation>%1 automatic backups older than 30 days deleted</translation>
    </message>
    <message>
        <source>删除到期个人信息失败：%1</source>
        <translation>Deleting expired personal data failed: %1</translation>
    </message>
    <message>
        <source>自动备份失败：%1（下次启动时再试）</source>
        <translation>Automatic backup failed: %1 (tried again at the next start)</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <source>自定义</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>正在统计…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>统计期间（受理日期）</source>
        <translation>Period (date received)</translation>
    </message>
    <message>
        <source>共 %1 张工单</source>
        <translation>%1 tickets</translation>
    </message>
    <message>
        <source>按时率 %1%</source>
        <translation>On time %1%</translation>
    </message>
    <message>
        <source>满意率 %1%</source>
        <translation>Satisfied %1%</translation>
    </message>
    <message>
        <source>平均处理时长 %1 小时</source>
        <translation>Average handling time %1 h</translation>
    </message>
    <message>
        <source>统计失败：%1</source>
        <translation>Statistics failed: %1</translation>
    </message>
    <message>
        <source>导出图片</source>
        <translation>Export image</translation>
    </message>
    <message>
        <source>PNG 图片 (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>图片没有保存：无法写入 %1</source>
        <translation>Image not saved: cannot write %1</translation>
    </message>
    <message>
        <source>Excel 没有保存：%1</source>
        <translation>Excel file not saved: %1</translation>
    </message>
    <message>
        <source>本周</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>上月</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>本季度</source>
        <translation>This quarter</translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <source>售后工单台：无法打开数据库</source>
        <translation>AfterSales Desk: the database cannot be opened</translation>
    </message>
    <message>
        <source>重试(&amp;R)</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>改用本机数据库(&amp;L)</source>
        <translation>Use the &amp;local database</translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>DateFilter</name>
    <message>
        <source>不限</source>
        <translation>Any</translation>
    </message>
</context>
<context>
    <name>DeadlinePanel</name>
    <message>
        <source>时限</source>
        <translation>Time limits</translation>
    </message>
    <message>
        <source>暂停计时…</source>
        <translation>Pause clock…</translation>
    </message>
    <message>
        <source>等待客户（例如补充照片）期间，解决时限不计时</source>
        <translation>While waiting for the customer (e.g. for more photos) the resolution time limit does not run</translation>
    </message>
    <message>
        <source>恢复计时</source>
        <translation>Resume clock</translation>
    </message>
    <message>
        <source>承诺解决时间…</source>
        <translation>Promised resolution time…</translation>
    </message>
    <message>
        <source>已完成 %1</source>
        <translation>Done %1</translation>
    </message>
    <message>
        <source>计时暂停</source>
        <translation>Clock paused</translation>
    </message>
    <message>
        <source>（无时限）</source>
        <translation>(no time limit)</translation>
    </message>
    <message>
        <source>自 %1 起等待客户：%2</source>
        <translation>Waiting for the customer since %1: %2</translation>
    </message>
    <message>
        <source>暂停计时</source>
        <translation>Pause clock</translation>
    </message>
    <message>
        <source>等待客户什么？（例如：补充照片）</source>
        <translation>Waiting for the customer to do what? (e.g. send more photos)</translation>
    </message>
    <message>
        <source>承诺解决时间</source>
        <translation>Promised resolution time</translation>
    </message>
    <message>
        <source>向客户承诺在此时间前解决（北京时间）：</source>
        <translation>Promised to the customer to be solved by (Beijing time):</translation>
    </message>
</context>
<context>
    <name>DemoWizardPage</name>
    <message>
        <source>示例数据</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>点“完成”后，前面各页填写的内容一次保存。</source>
        <translation>&quot;Finish&quot; saves what you entered on all pages at once.</translation>
    </message>
    <message>
        <source>不要示例数据，直接开始使用</source>
        <translation>No demo data, start working</translation>
    </message>
    <message>
        <source>生成 %1 张示例工单（含示例人员），用来熟悉系统</source>
        <translation>Create %1 demo tickets (with demo staff) to get to know the program</translation>
    </message>
    <message>
        <source>示例工单分布在最近 90 天，正式使用前可以换一个新的数据库。</source>
        <translation>The demo tickets spread over the last 90 days; switch to a new database before real use.</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>手机或固话，如 138 1234 5678</source>
        <translation>Mobile or landline, e.g. 138 1234 5678</translation>
    </message>
    <message>
        <source>客户反映的问题（Ctrl+Enter 保存）</source>
        <translation>The problem the customer reports (Ctrl+Enter saves)</translation>
    </message>
    <message>
        <source>（暂不分类）</source>
        <translation>(not classified yet)</translation>
    </message>
    <message>
        <source>插入</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>话术</source>
        <translation>Phrases</translation>
    </message>
    <message>
        <source>（未填）</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>（不细分）</source>
        <translation>(no subcategory)</translation>
    </message>
</context>
<context>
    <name>EntryScreen</name>
    <message>
        <source>复制工单号</source>
        <translation>Copy ticket number</translation>
    </message>
    <message>
        <source>查看工单</source>
        <translation>View ticket</translation>
    </message>
    <message>
        <source>已保存，请告知客户工单号：</source>
        <translation>Saved. Please tell the customer the ticket number:</translation>
    </message>
    <message>
        <source>恢复草稿</source>
        <translation>Restore draft</translation>
    </message>
    <message>
        <source>丢弃</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>上次有未保存的受理内容。</source>
        <translation>There is an unsaved intake from last time.</translation>
    </message>
    <message>
        <source>保存工单（Enter）</source>
        <translation>Save ticket (Enter)</translation>
    </message>
    <message>
        <source>至少需要：客户电话或姓名，以及问题描述</source>
        <translation>Needed at least: the customer&apos;s phone or name, and the problem description</translation>
    </message>
    <message>
        <source>清空</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>可能重复</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <source>7 天内同一电话、同一订单已有工单 %1。仍要新建工单吗？</source>
        <translation>Ticket %1 has the same phone and order within 7 days. Create a new ticket anyway?</translation>
    </message>
    <message>
        <source>您填写的内容仍在表中。</source>
        <translation>What you entered is still in the form.</translation>
    </message>
</context>
<context>
    <name>EscalateForm</name>
    <message>
        <source>调查问题出现的原因，分析客诉关键点</source>
        <translation>Find out why the problem occurred and analyse the key points of the complaint</translation>
    </message>
    <message>
        <source>以解决问题为出发点，提出迅速可行的方案</source>
        <translation>Aim at solving the problem: propose a quick, workable solution</translation>
    </message>
    <message>
        <source>越级上报须写明理由，如上级无法解决</source>
        <translation>Skipping a level needs a reason, e.g. the next level cannot solve it</translation>
    </message>
    <message>
        <source>预计会产生严重后果，立即向部门主管汇报</source>
        <translation>Serious consequences expected: report to the department head at once</translation>
    </message>
    <message>
        <source>原因分析(&amp;Y)：</source>
        <translation>Cause anal&amp;ysis:</translation>
    </message>
    <message>
        <source>解决方案(&amp;F)：</source>
        <translation>Proposed &amp;fix:</translation>
    </message>
    <message>
        <source>紧急程度：</source>
        <translation>Urgency:</translation>
    </message>
    <message>
        <source>上报给：</source>
        <translation>Report to:</translation>
    </message>
    <message>
        <source>越级理由：</source>
        <translation>Reason for skipping:</translation>
    </message>
    <message>
        <source>已到升级链最高一级</source>
        <translation>Top of the escalation chain reached</translation>
    </message>
</context>
<context>
    <name>Escalation</name>
    <message>
        <source>工单 %1 刚被他人修改（您看到的是第 %2 版，现在是第 %3 版）；请刷新后核对再提交，您填写的内容仍保留。</source>
        <translation>Ticket %1 was just changed by someone else (you saw version %2, it is now version %3); please refresh and check before submitting. What you entered is kept.</translation>
    </message>
</context>
<context>
    <name>EscalationChainPage</name>
    <message>
        <source>主管/客服经理</source>
        <translation>Supervisor/service manager</translation>
    </message>
    <message>
        <source>分公司经理</source>
        <translation>Branch manager</translation>
    </message>
    <message>
        <source>公司经理</source>
        <translation>Company manager</translation>
    </message>
    <message>
        <source>（不指定，由该角色的在岗人员接收）</source>
        <translation>(anyone on duty in that role)</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>部门负责人</source>
        <translation>Department head</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>Acting as</translation>
    </message>
    <message>
        <source>如 客服经理</source>
        <translation>e.g. service manager</translation>
    </message>
    <message>
        <source>该级为部门负责人</source>
        <translation>This level is the department head</translation>
    </message>
    <message>
        <source>新增一级</source>
        <translation>Add level</translation>
    </message>
    <message>
        <source>保存该级</source>
        <translation>Save level</translation>
    </message>
    <message>
        <source>删除最高一级</source>
        <translation>Delete top level</translation>
    </message>
    <message>
        <source>部门：</source>
        <translation>Department:</translation>
    </message>
    <message>
        <source>第 0 级是工单的处理人；升级时逐级向上。只能删除最高一级，以保持级别连续。</source>
        <translation>Level 0 is the ticket&apos;s handler; escalation goes up level by level. Only the top level can be deleted, so the levels stay continuous.</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>职务名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>指定人员</source>
        <translation>Named person</translation>
    </message>
    <message>
        <source>（按角色）</source>
        <translation>(by role)</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>已保存第 %1 级</source>
        <translation>Level %1 saved</translation>
    </message>
    <message>
        <source>已删除第 %1 级</source>
        <translation>Level %1 deleted</translation>
    </message>
</context>
<context>
    <name>EscalationDetail</name>
    <message>
        <source>预计有严重后果，立即上报</source>
        <translation>Serious consequences expected: reported at once</translation>
    </message>
    <message>
        <source>系统自动升级：%1</source>
        <translation>Escalated automatically: %1</translation>
    </message>
    <message>
        <source>工单号</source>
        <translation>Ticket no.</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>处理人</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>问题描述</source>
        <translation>Problem description</translation>
    </message>
    <message>
        <source>上报人</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>系统</source>
        <translation>System</translation>
    </message>
    <message>
        <source>上报给</source>
        <translation>Reported to</translation>
    </message>
    <message>
        <source>上报时间</source>
        <translation>Reported at</translation>
    </message>
    <message>
        <source>紧急程度</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>越级理由</source>
        <translation>Reason for skipping</translation>
    </message>
    <message>
        <source>原因分析</source>
        <translation>Cause analysis</translation>
    </message>
    <message>
        <source>解决方案</source>
        <translation>Proposed fix</translation>
    </message>
    <message>
        <source>工单概要</source>
        <translation>Ticket summary</translation>
    </message>
    <message>
        <source>上报内容</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>批示人</source>
        <translation>Instructed by</translation>
    </message>
    <message>
        <source>批示时间</source>
        <translation>Instructed at</translation>
    </message>
    <message>
        <source>执行与跟进记录</source>
        <translation>Execution and follow-up</translation>
    </message>
    <message>
        <source>处理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>处理意见</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>执行人</source>
        <translation>Carried out by</translation>
    </message>
</context>
<context>
    <name>EscalationScreen</name>
    <message>
        <source>待我批示</source>
        <translation>For my instruction</translation>
    </message>
    <message>
        <source>我跟进的</source>
        <translation>I follow up</translation>
    </message>
    <message>
        <source>发起升级</source>
        <translation>Escalate</translation>
    </message>
    <message>
        <source>书面报告</source>
        <translation>Written reports</translation>
    </message>
    <message>
        <source>待我批示（%1）</source>
        <translation>For my instruction (%1)</translation>
    </message>
    <message>
        <source>我跟进的（%1）</source>
        <translation>I follow up (%1)</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>把照片或视频拖到这里；Delete 删除选中的文件</source>
        <translation>Drag photos or videos here; Delete removes the selected files</translation>
    </message>
    <message>
        <source>添加照片/视频…</source>
        <translation>Add photo/video…</translation>
    </message>
    <message>
        <source>支持 JPEG、PNG、HEIC、MP4 等；照片不超过 20 MB，视频不超过 200 MB</source>
        <translation>JPEG, PNG, HEIC, MP4 and more; photos up to 20 MB, videos up to 200 MB</translation>
    </message>
    <message>
        <source>未添加：</source>
        <translation>Not added:</translation>
    </message>
    <message>
        <source>%1 不是照片或视频</source>
        <translation>%1 is not a photo or video</translation>
    </message>
    <message>
        <source>%1 太大（照片最多 20 MB，视频最多 200 MB）</source>
        <translation>%1 is too large (photos up to 20 MB, videos up to 200 MB)</translation>
    </message>
    <message>
        <source>%1 无法读取</source>
        <translation>%1 cannot be read</translation>
    </message>
    <message>
        <source>选择证据文件</source>
        <translation>Choose evidence files</translation>
    </message>
    <message>
        <source>照片和视频 (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.heic *.mp4 *.mov *.webm *.avi *.mkv *.3gp);;所有文件 (*)</source>
        <translation>Photos and videos (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.heic *.mp4 *.mov *.webm *.avi *.mkv *.3gp);;All files (*)</translation>
    </message>
</context>
<context>
    <name>ExceptionReport</name>
    <message>
        <source>达标（接信息十分钟内已汇报）</source>
        <translation>Met (reported within ten minutes of the news)</translation>
    </message>
    <message>
        <source>超时（超过十分钟才汇报或仍未汇报）</source>
        <translation>Late (reported after more than ten minutes, or not yet)</translation>
    </message>
    <message>
        <source>待汇报（仍在十分钟内）</source>
        <translation>To report (still within ten minutes)</translation>
    </message>
    <message>
        <source>时间格式为 YYYY-MM-DD HH:MM，如 2026-11-20 14:30</source>
        <translation>The time format is YYYY-MM-DD HH:MM, e.g. 2026-11-20 14:30</translation>
    </message>
    <message>
        <source>日期格式为 YYYY-MM-DD，如 2026-11-30</source>
        <translation>The date format is YYYY-MM-DD, e.g. 2026-11-30</translation>
    </message>
    <message>
        <source>填写接到信息时间后显示</source>
        <translation>Shown once the time the news arrived is filled in</translation>
    </message>
    <message>
        <source>（暂无）</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>保存汇报表后，这里显示升级记录中的原因分析、解决方案、上级处理意见、执行情况与跟进记录。</source>
        <translation>Once the report is saved, the cause analysis, proposed fix, instructions, execution and follow-up from the escalation appear here.</translation>
    </message>
    <message>
        <source>（执行人：%1）</source>
        <translation>(carried out by: %1)</translation>
    </message>
    <message>
        <source>原因分析</source>
        <translation>Cause analysis</translation>
    </message>
    <message>
        <source>解决方案</source>
        <translation>Proposed fix</translation>
    </message>
    <message>
        <source>上级处理意见</source>
        <translation>Instructions from above</translation>
    </message>
    <message>
        <source>执行情况</source>
        <translation>Execution</translation>
    </message>
    <message>
        <source>跟进记录</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>客户沟通记录</source>
        <translation>Customer contacts</translation>
    </message>
</context>
<context>
    <name>ExceptionReportDialog</name>
    <message>
        <source>YYYY-MM-DD HH:MM（空：按第一次升级的时间）</source>
        <translation>YYYY-MM-DD HH:MM (empty: time of the first escalation)</translation>
    </message>
    <message>
        <source>相关发货单、托运单或信息单号</source>
        <translation>Related delivery note, consignment note or notice numbers</translation>
    </message>
    <message>
        <source>事件经过：信息准确、及时、真实</source>
        <translation>What happened: accurate, timely and true</translation>
    </message>
    <message>
        <source>异常情况汇报表 %1</source>
        <translation>Exception report %1</translation>
    </message>
    <message>
        <source>汇报表</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>十分钟汇报：</source>
        <translation>Ten-minute report:</translation>
    </message>
    <message>
        <source>来自升级记录（只读）</source>
        <translation>From the escalation (read-only)</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>工单 %1&#x3000;客户：%2 %3&#x3000;运单：%4 %5</source>
        <translation>Ticket %1&#x3000;Customer: %2 %3&#x3000;Waybill: %4 %5</translation>
    </message>
    <message>
        <source>未填</source>
        <translation>Not filled in</translation>
    </message>
    <message>
        <source>（按升级记录：%1）</source>
        <translation>(from the escalation: %1)</translation>
    </message>
    <message>
        <source>没有修改</source>
        <translation>Nothing changed</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>ExportButton</name>
    <message>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>把当前筛选出的全部记录导出为 Excel 工作簿（电话和地址已隐去）</source>
        <translation>Export every record of the current filter to an Excel workbook (phone and address hidden)</translation>
    </message>
    <message>
        <source>导出 Excel（隐去电话和地址）…</source>
        <translation>Export Excel (phone and address hidden)…</translation>
    </message>
    <message>
        <source>导出 Excel（含完整电话和地址，记入审计日志）…</source>
        <translation>Export Excel (full phone and address, logged in the audit log)…</translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>正在导出%1…</source>
        <translation>Exporting%1…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>已写入 %1 行…</source>
        <translation>%1 rows written…</translation>
    </message>
    <message>
        <source>已导出 %1 行到
%2</source>
        <translation>Exported %1 rows to
%2</translation>
    </message>
    <message>
        <source>

文件含完整的电话和地址，请妥善保管。</source>
        <translation>

The file holds full phone numbers and addresses: keep it safe.</translation>
    </message>
    <message>
        <source>导出失败：%1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <source>打开文件</source>
        <translation>Open file</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>请输入大陆手机号（1 开头的 11 位）或带区号的固话，如 021-62345678</source>
        <translation type="vanished">Please enter a mainland mobile number (11 digits starting with 1) or a landline with area code, e.g. 021-62345678</translation>
    </message>
    <message>
        <source>请填写客户电话或姓名</source>
        <translation type="vanished">Please enter the customer&apos;s phone or name</translation>
    </message>
    <message>
        <source>请输入有效的电子邮箱，如 name@example.com</source>
        <translation type="vanished">Please enter a valid e-mail address, e.g. name@example.com</translation>
    </message>
    <message>
        <source>邮编为 6 位数字</source>
        <translation type="vanished">The postcode has 6 digits</translation>
    </message>
    <message>
        <source>请填写问题描述（客户反映的情况）</source>
        <translation type="vanished">Please enter the problem description (what the customer reports)</translation>
    </message>
    <message>
        <source>日期不能晚于今天</source>
        <translation type="vanished">The date cannot be after today</translation>
    </message>
    <message>
        <source>日期格式为 YYYY-MM-DD，如 2026-11-20</source>
        <translation type="vanished">The date format is YYYY-MM-DD, e.g. 2026-11-20</translation>
    </message>
</context>
<context>
    <name>FollowPanel</name>
    <message>
        <source>我跟进的升级事项：%1 件</source>
        <translation>Escalations I follow up: %1</translation>
    </message>
    <message>
        <source>执行与跟进</source>
        <translation>Execution and follow-up</translation>
    </message>
    <message>
        <source>执行了什么、进展如何、与客户的沟通</source>
        <translation>What was done, how it is going, contacts with the customer</translation>
    </message>
    <message>
        <source>添加记录</source>
        <translation>Add entry</translation>
    </message>
    <message>
        <source>处理结果，如：客户已收到补发商品，表示满意</source>
        <translation>Outcome, e.g.: the customer received the replacement and is satisfied</translation>
    </message>
    <message>
        <source>处理完毕</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>记录(&amp;R)：</source>
        <translation>&amp;Entry:</translation>
    </message>
    <message>
        <source>类型：</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>处理结果：</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source>等待上级批示处理意见；可先记录跟进情况</source>
        <translation>Waiting for the instruction from above; follow-up can be recorded already</translation>
    </message>
    <message>
        <source>已添加记录</source>
        <translation>Entry added</translation>
    </message>
    <message>
        <source>升级事项已处理完毕</source>
        <translation>Escalation done</translation>
    </message>
</context>
<context>
    <name>HolidaysWizardPage</name>
    <message>
        <source>周一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>周二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>周三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>周四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>周五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>周六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>周日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>节假日安排</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <source>时限按工作日历计算：法定节假日不计时，调休上班日照常计时。请核对。</source>
        <translation>Time limits follow the work calendar: public holidays do not count, make-up working days do. Please check.</translation>
    </message>
    <message>
        <source>官方安排公布后（通常在前一年 11–12 月），可在 设置 › 时限与升级 › 工作日历 中导入或逐日录入；公司自己的放假或加班也在那里录入。</source>
        <translation>Once the official schedule is out (usually in November–December of the year before), import it or enter it day by day in Settings › Time limits and escalation › Work calendar; the company&apos;s own days off or extra working days go there too.</translation>
    </message>
    <message>
        <source>%1 年：尚未公布官方放假安排，下列为按规则推算的法定节假日（没有调休）</source>
        <translation>%1: no official schedule yet; the public holidays below are estimated by rule (no make-up days)</translation>
    </message>
    <message>
        <source>%1 年：官方放假安排（国务院办公厅，程序内置）</source>
        <translation>%1: official schedule (State Council General Office, built in)</translation>
    </message>
    <message>
        <source>%1 年：已导入或录入的放假安排</source>
        <translation>%1: imported or entered schedule</translation>
    </message>
    <message>
        <source>放假</source>
        <translation>Day off</translation>
    </message>
    <message>
        <source>调休上班</source>
        <translation>Make-up working day</translation>
    </message>
</context>
<context>
    <name>HoursWizardPage</name>
    <message>
        <source>营业时间</source>
        <translation>Business hours</translation>
    </message>
    <message>
        <source>“工作小时”“工作日”的时限只在工作日的营业时间内计时（北京时间）。</source>
        <translation>Limits in working hours or working days count only during business hours on working days (Beijing time).</translation>
    </message>
    <message>
        <source>上班时间</source>
        <translation>Opening time</translation>
    </message>
    <message>
        <source>下班时间</source>
        <translation>Closing time</translation>
    </message>
    <message>
        <source>默认 09:00–18:00；以后可在 设置 › 时限与升级 › 营业时间 修改。</source>
        <translation>Default 09:00–18:00; change it later in Settings › Time limits and escalation › Business hours.</translation>
    </message>
    <message>
        <source>下班时间须晚于上班时间</source>
        <translation>Closing time must be after opening time</translation>
    </message>
</context>
<context>
    <name>ImpactRulesPage</name>
    <message>
        <source>建议优先级</source>
        <translation>Suggested priority</translation>
    </message>
    <message>
        <source>顺序</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>任意</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>保存修改</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>自上而下比较，第一条符合的在用规则给出建议优先级；“任意”表示不看这一项。新规则放在最后一条“全部任意”的兜底规则之前。</source>
        <translation>Compared top to bottom: the first active rule that matches gives the suggested priority; &quot;Any&quot; ignores that question. New rules go before the last catch-all rule.</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>在用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>已新增规则。</source>
        <translation>Rule added.</translation>
    </message>
    <message>
        <source>已保存。</source>
        <translation>Saved. </translation>
    </message>
    <message>
        <source>已恢复。</source>
        <translation>Restored.</translation>
    </message>
    <message>
        <source>已停用。</source>
        <translation>Deactivated.</translation>
    </message>
    <message>
        <source>已调整顺序。</source>
        <translation>Order changed.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>客户姓名</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <source>手机号</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>地区/地址</source>
        <translation>Region/address</translation>
    </message>
    <message>
        <source>订单号</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <source>商品</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>型号</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>购买日期</source>
        <translation>Purchase date</translation>
    </message>
    <message>
        <source>处理</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>导入客户与订单</source>
        <translation>Import customers and orders</translation>
    </message>
    <message>
        <source>请选择 Excel（.xlsx）或 CSV 文件。第一行为表头，如：客户姓名、手机号、地区、地址、订单号、商品、型号、购买日期、购买渠道。</source>
        <translation>Choose an Excel (.xlsx) or CSV file. The first row holds the headers, e.g. name, mobile, region, address, order, product, model, or their usual Chinese names.</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>重新检查</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>在 Excel 中改正并保存文件后，重新读取检查</source>
        <translation>Read and check the file again after correcting and saving it in Excel</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>已有客户按手机号认出并更新（文件中的空格不覆盖原有内容），不会重复建档；全部导入或全不导入。</source>
        <translation>Existing customers are recognised by mobile number and updated (empty cells keep what is stored), never duplicated; all rows are imported or none.</translation>
    </message>
    <message>
        <source>选择要导入的文件</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <source>Excel 或 CSV (*.xlsx *.csv);;所有文件 (*)</source>
        <translation>Excel or CSV (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>正在读取并检查…</source>
        <translation>Reading and checking…</translation>
    </message>
    <message>
        <source>共 %1 行：新增客户 %2 位，更新 %3 位，订单 %4 张</source>
        <translation>%1 rows: %2 new customers, %3 updated, %4 orders</translation>
    </message>
    <message>
        <source>（未识别、不导入的列：%1）</source>
        <translation> (columns not recognised, not imported: %1)</translation>
    </message>
    <message>
        <source>
……共 %1 处问题</source>
        <translation>
… %1 problems in all</translation>
    </message>
    <message>
        <source>发现 %1 处问题，改正文件后点“重新检查”：</source>
        <translation>%1 problems found; correct the file, then click &quot;Check again&quot;:</translation>
    </message>
    <message>
        <source>。没有问题，可以导入。</source>
        <translation>. No problems: ready to import.</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>已导入：新增客户 %1 位，更新 %2 位，订单 %3 张。</source>
        <translation>Imported: %1 new customers, %2 updated, %3 orders.</translation>
    </message>
    <message>
        <source>失败：%1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>（没有导入任何内容）</source>
        <translation>(nothing was imported)</translation>
    </message>
</context>
<context>
    <name>InstructPanel</name>
    <message>
        <source>待我批示：%1 件（紧急、最早的在前）</source>
        <translation>For my instruction: %1 (urgent and oldest first)</translation>
    </message>
    <message>
        <source>在本人职权范围内给出处理方案</source>
        <translation>Give a solution within your own authority</translation>
    </message>
    <message>
        <source>下达处理意见</source>
        <translation>Give instruction</translation>
    </message>
    <message>
        <source>处理意见</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>处理意见(&amp;I)：</source>
        <translation>&amp;Instruction:</translation>
    </message>
    <message>
        <source>执行人(&amp;E)：</source>
        <translation>Carried out &amp;by:</translation>
    </message>
    <message>
        <source>继续上报上级</source>
        <translation>Pass on to the next level</translation>
    </message>
    <message>
        <source>超出本人职权：继续上报</source>
        <translation>Beyond my authority: pass on</translation>
    </message>
    <message>
        <source>已对工单 %1 下达处理意见</source>
        <translation>Instruction given on ticket %1</translation>
    </message>
    <message>
        <source>工单 %1 已上报给 %2</source>
        <translation>Ticket %1 reported to %2</translation>
    </message>
</context>
<context>
    <name>KeywordRulesPage</name>
    <message>
        <source>关键词</source>
        <translation>Keyword</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>细分类别</source>
        <translation>Subcategory</translation>
    </message>
    <message>
        <source>权重</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>建议的类别</source>
        <translation>Suggested category</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>如 破损</source>
        <translation>e.g. 破损</translation>
    </message>
    <message>
        <source>同一描述命中多条规则时，权重之和高的类别排在前面</source>
        <translation>When one description matches several rules, the category with the higher total weight comes first</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>保存修改</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>关键词规则</source>
        <translation>Keyword rules</translation>
    </message>
    <message>
        <source>输入一段客户描述，看看系统会建议什么类别</source>
        <translation>Enter a customer description to see which category the system suggests</translation>
    </message>
    <message>
        <source>试一试</source>
        <translation>Try it</translation>
    </message>
    <message>
        <source>描述中出现关键词时，分类页面会建议对应的类别，并说明依据。不限细分的规则只为大类加分。</source>
        <translation>When a keyword appears in the description, the classification screen suggests its category and says why. Rules without a subcategory only add to the main category.</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>在用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>（不限细分）</source>
        <translation>(any subcategory)</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>（得分 %1）</source>
        <translation> (score %1)</translation>
    </message>
    <message>
        <source>没有建议：描述中没有出现任何在用的关键词。</source>
        <translation>No suggestion: the description contains none of the active keywords.</translation>
    </message>
    <message>
        <source>已新增关键词“%1”。</source>
        <translation>Keyword &quot;%1&quot; added.</translation>
    </message>
    <message>
        <source>已保存。</source>
        <translation>Saved. </translation>
    </message>
    <message>
        <source>已恢复。</source>
        <translation>Restored.</translation>
    </message>
    <message>
        <source>已停用。</source>
        <translation>Deactivated.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>保存并立即切换</source>
        <translation>Save and switch now</translation>
    </message>
    <message>
        <source>重新打开主窗口：受理中的草稿保留，其他界面未保存的输入不保留</source>
        <translation>Reopens the main window: an intake draft is kept, unsaved input on other screens is not</translation>
    </message>
    <message>
        <source>界面语言(&amp;L)：</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>只影响本机本用户的界面文字、日期格式和系统对话框按钮；打印件、客户数据和命令行保持中文。保存后下次启动程序时生效；“保存并立即切换”重新打开主窗口（受理中的草稿保留，其他界面未保存的输入不保留）。</source>
        <translation>Affects only the window texts, date formats and system dialog buttons for this user on this computer; printouts, customer data and the command line stay in Chinese. Save takes effect at the next start of the program; “Save and switch now” reopens the main window at once (an intake draft is kept, unsaved input on other screens is not).</translation>
    </message>
    <message>
        <source>只影响本机本用户的界面文字、日期格式和系统对话框按钮；打印件、客户数据和命令行保持中文。保存后下次启动程序时生效。</source>
        <translation type="vanished">Affects only the window texts, date formats and system dialog buttons for this user on this computer; printouts, customer data and the command line stay in Chinese. Takes effect at the next start of the program.</translation>
    </message>
    <message>
        <source>已保存。</source>
        <translation>Saved. </translation>
    </message>
    <message>
        <source>已保存：下次启动程序时界面改为 %1。</source>
        <translation>Saved: the window will be in %1 from the next start.</translation>
    </message>
</context>
<context>
    <name>ListDetail</name>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>升级事项</source>
        <translation>Escalations</translation>
    </message>
    <message>
        <source>没有升级事项</source>
        <translation>No escalations</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>售后工单台 · 登录</source>
        <translation>AfterSales Desk · Sign in</translation>
    </message>
    <message>
        <source>售后工单台</source>
        <translation>AfterSales Desk</translation>
    </message>
    <message>
        <source>数据库：%1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>例如 clerk01</source>
        <translation>e.g. clerk01</translation>
    </message>
    <message>
        <source>登录名</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>请填写登录名</source>
        <translation>Please enter the login</translation>
    </message>
    <message>
        <source>须先设置自己的新密码才能登录</source>
        <translation>You must set your own new password before signing in</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>售后工单台</source>
        <translation>AfterSales Desk</translation>
    </message>
    <message>
        <source>受理</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>工单</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>分类</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>升级</source>
        <translation>Escalations</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>Callbacks</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>奖罚</source>
        <translation>Rewards &amp; penalties</translation>
    </message>
    <message>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>将在后续版本提供</source>
        <translation>Coming in a later version</translation>
    </message>
    <message>
        <source>正在打开数据库…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>您的角色（%1）不使用此功能</source>
        <translation>Your role (%1) does not use this area</translation>
    </message>
    <message>
        <source>数据库：%1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>当前人员：%1（%2，%3）</source>
        <translation>Signed in: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>修改密码…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <source>数据库没有响应：%1</source>
        <translation>The database does not respond: %1</translation>
    </message>
    <message>
        <source>自动检查时限失败：%1</source>
        <translation>Automatic deadline check failed: %1</translation>
    </message>
</context>
<context>
    <name>NameList</name>
    <message>
        <source>新增%1</source>
        <translation>New %1</translation>
    </message>
    <message>
        <source>%1名称</source>
        <translation>%1 name</translation>
    </message>
    <message>
        <source>名称不能为空（部门和分公司不能删除，只能改名）</source>
        <translation>The name cannot be empty (departments and branches cannot be deleted, only renamed)</translation>
    </message>
    <message>
        <source>最多 %1 个字</source>
        <translation>At most %1 characters</translation>
    </message>
    <message>
        <source>“%1”重复了</source>
        <translation>&quot;%1&quot; is already there</translation>
    </message>
</context>
<context>
    <name>NoticeBadge</name>
    <message>
        <source>未读提醒（点击显示或隐藏提醒栏）</source>
        <translation>Unread notices (click to show or hide the notice panel)</translation>
    </message>
    <message>
        <source>提醒：%1</source>
        <translation>Notices: %1</translation>
    </message>
</context>
<context>
    <name>NoticeOptions</name>
    <message>
        <source>奖罚记录</source>
        <translation>Reward/penalty record</translation>
    </message>
    <message>
        <source>如 CF2026-0003，或从列表中选择</source>
        <translation>e.g. CF2026-0003, or choose from the list</translation>
    </message>
    <message>
        <source>只有已批准的记录可以打印；在“奖罚”中审批。</source>
        <translation>Only approved records can be printed; approve them under Rewards &amp; penalties.</translation>
    </message>
    <message>
        <source>请选择或填写奖罚记录编号</source>
        <translation>Please choose or enter a reward/penalty record number</translation>
    </message>
</context>
<context>
    <name>NoticePanel</name>
    <message>
        <source>提醒</source>
        <translation>Notices</translation>
    </message>
    <message>
        <source>没有未读提醒</source>
        <translation>No unread notices</translation>
    </message>
    <message>
        <source>全部已读</source>
        <translation>Mark all read</translation>
    </message>
    <message>
        <source>双击或按回车打开工单</source>
        <translation>Double-click or Enter opens the ticket</translation>
    </message>
    <message>
        <source>售后工单台</source>
        <translation>AfterSales Desk</translation>
    </message>
    <message>
        <source>新提醒</source>
        <translation>New notice</translation>
    </message>
</context>
<context>
    <name>NumberOptions</name>
    <message>
        <source>工单编号</source>
        <translation>Ticket number</translation>
    </message>
    <message>
        <source>如 SH20261122-0007，可扫码输入</source>
        <translation>e.g. SH20261122-0007; can be scanned</translation>
    </message>
    <message>
        <source>请填写工单编号</source>
        <translation>Please enter the ticket number</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>打印完整电话号码（将记入审计日志）</source>
        <translation>Print the full phone number (recorded in the audit log)</translation>
    </message>
    <message>
        <source>电话号码隐去中间四位（138****5678）。</source>
        <translation>The middle four digits of phone numbers are hidden (138****5678).</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>分公司 / 网点</source>
        <translation>Branch / depot</translation>
    </message>
    <message>
        <source>部门负责受理和处理工单，每个部门有自己的升级链；分公司用于按分公司划分人员和工单的可见范围。部门和分公司不能删除（工单和人员仍指向它们），可以改名。</source>
        <translation>Departments take and handle tickets, each with its own escalation chain; branches divide which staff see which tickets. Departments and branches cannot be deleted (tickets and staff point at them), only renamed.</translation>
    </message>
</context>
<context>
    <name>OrganisationWizardPage</name>
    <message>
        <source>部门与分公司</source>
        <translation>Departments and branches</translation>
    </message>
    <message>
        <source>改名直接修改名称；新增请点“新增…”。工单按部门处理和升级，分公司用于划分人员和工单的可见范围（没有分公司可以不填）。</source>
        <translation>Edit a name to rename it; click &quot;Add…&quot; for a new one. Tickets are handled and escalated by department; branches divide which staff see which tickets (leave empty if there are none).</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>分公司 / 网点</source>
        <translation>Branch / depot</translation>
    </message>
    <message>
        <source>分公司</source>
        <translation>Branch</translation>
    </message>
</context>
<context>
    <name>OverdueLabel</name>
    <message>
        <source>有未完成时限已超时的工单数（每分钟及按 F5 时更新）</source>
        <translation>Tickets with an open time limit overdue (updated every minute and on F5)</translation>
    </message>
    <message>
        <source>超时工单：…</source>
        <translation>Overdue: …</translation>
    </message>
    <message>
        <source>超时工单：%1</source>
        <translation>Overdue: %1</translation>
    </message>
</context>
<context>
    <name>PagePrinter</name>
    <message>
        <source>无法开始打印：打印机不可用</source>
        <translation>Cannot start printing: the printer is not available</translation>
    </message>
    <message>
        <source>已取消打印</source>
        <translation>Printing cancelled</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>系统管理员重置了您的密码，请设置自己的新密码。</source>
        <translation>The administrator has reset your password; please set your own new one.</translation>
    </message>
    <message>
        <source>为 %1 设置新密码。</source>
        <translation>Set a new password for %1.</translation>
    </message>
    <message>
        <source>当前密码</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>再次输入新密码</source>
        <translation>New password again</translation>
    </message>
    <message>
        <source>两次输入的新密码不一致</source>
        <translation>The two new passwords differ</translation>
    </message>
</context>
<context>
    <name>Passwords</name>
    <message>
        <source>至少 %1 个字符，混用字母、数字或符号</source>
        <translation>At least %1 characters; mix letters, digits or symbols</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>适合宽度</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>第 </source>
        <translation>Page </translation>
    </message>
    <message>
        <source>上一页</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>下一页</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>缩放</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>页 / 共 %1 页</source>
        <translation> of %1</translation>
    </message>
    <message>
        <source>选择文件和范围后按“预览”（Ctrl+Enter）</source>
        <translation>Choose the document and range, then press &quot;Preview&quot; (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>PersonalDataPage</name>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>工单数</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>最近的工单</source>
        <translation>Latest ticket</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>客户电话、工单号、订单号或完整姓名，按 Enter 查找</source>
        <translation>Customer phone, ticket no., order no. or full name; Enter searches</translation>
    </message>
    <message>
        <source>查找(&amp;F)</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>包含完整的电话、邮箱和地址（记入审计日志）</source>
        <translation>With the full phone, e-mail and address (recorded in the audit log)</translation>
    </message>
    <message>
        <source>导出 JSON…</source>
        <translation>Export JSON…</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>删除个人信息（匿名化）…</source>
        <translation>Delete personal data (anonymise)…</translation>
    </message>
    <message>
        <source>客户要求查阅、复制或删除其个人信息时使用。导出只包含您有权查看的工单；匿名化后工单保留用于统计，客户的姓名、联系方式、订单号、证据文件等全部删除，无法恢复。</source>
        <translation>For a customer who asks to see, copy or delete their personal data. The export holds only the tickets you may see; after anonymising, the tickets stay for the statistics while the customer&apos;s name, contact details, order numbers, evidence files and so on are deleted for good.</translation>
    </message>
    <message>
        <source>找到 %1 位客户</source>
        <translation>%1 customers found</translation>
    </message>
    <message>
        <source>没有找到：请输入完整的电话、工单号、订单号或姓名</source>
        <translation>Nothing found: please enter a full phone number, ticket number, order number or name</translation>
    </message>
    <message>
        <source>已匿名</source>
        <translation>Anonymised</translation>
    </message>
    <message>
        <source>客户%1-个人信息</source>
        <translation>customer%1-personal-data</translation>
    </message>
    <message>
        <source>导出客户个人信息</source>
        <translation>Export customer&apos;s personal data</translation>
    </message>
    <message>
        <source>已导出 %1 张工单到 %2（%3）</source>
        <translation>%1 tickets exported to %2 (%3)</translation>
    </message>
    <message>
        <source>电话、邮箱和地址已隐去</source>
        <translation>phone, e-mail and address hidden</translation>
    </message>
    <message>
        <source>完整信息，已记入审计日志</source>
        <translation>full data, recorded in the audit log</translation>
    </message>
    <message>
        <source>删除个人信息</source>
        <translation>Delete personal data</translation>
    </message>
    <message>
        <source>将删除客户 %1（%2）在 %3 张工单中的全部个人信息：姓名、电话、邮箱、地址、订单号、运单号、证据文件，以及描述和记录中提到的这些内容。工单保留用于统计。
此操作无法撤销。确认请输入“%4”：</source>
        <translation>This deletes all personal data of customer %1 (%2) in %3 tickets: name, phone, e-mail, address, order numbers, waybill numbers, evidence files, and these details where descriptions and notes mention them. The tickets stay for the statistics.
This cannot be undone. To confirm, type &quot;%4&quot;:</translation>
    </message>
    <message>
        <source>未删除：需要输入“%1”确认</source>
        <translation>Not deleted: type &quot;%1&quot; to confirm</translation>
    </message>
    <message>
        <source>已删除客户个人信息：%1 张工单已匿名化，删除证据文件 %2 个、本机草稿 %3 份（已记入审计日志）</source>
        <translation>Customer&apos;s personal data deleted: %1 tickets anonymised, %2 evidence files and %3 local drafts deleted (recorded in the audit log)</translation>
    </message>
</context>
<context>
    <name>PrintAndSave</name>
    <message>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>正在打印…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>已发送到打印机：%1 页</source>
        <translation>Sent to the printer: %1 pages</translation>
    </message>
    <message>
        <source>无法保存到 %1：%2</source>
        <translation>Cannot save to %1: %2</translation>
    </message>
    <message>
        <source>已保存：%1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>PrintOptions</name>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>PrintingScreen</name>
    <message>
        <source>预览 (Ctrl+Enter)</source>
        <translation>Preview (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>打印… (Ctrl+P)</source>
        <translation>Print… (Ctrl+P)</translation>
    </message>
    <message>
        <source>另存为 PDF… (Ctrl+S)</source>
        <translation>Save as PDF… (Ctrl+S)</translation>
    </message>
    <message>
        <source>取消 (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>要打印的文件</source>
        <translation>Document to print</translation>
    </message>
    <message>
        <source>单位名称尚未设置，打印件页眉将显示“未设置单位名称”。请到 设置 › 单位信息 填写。</source>
        <translation>The company name is not set yet; printouts will show &quot;Company name not set&quot; in the header. Enter it under Settings › Company.</translation>
    </message>
    <message>
        <source>选项已更改，按“预览”重新生成</source>
        <translation>Options changed; press &quot;Preview&quot; to render again</translation>
    </message>
    <message>
        <source>正在读取数据…</source>
        <translation>Reading the data…</translation>
    </message>
    <message>
        <source>正在整理数据</source>
        <translation>Preparing the data</translation>
    </message>
    <message>
        <source>正在排版</source>
        <translation>Laying out</translation>
    </message>
    <message>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>：第 %1 页 / 约 %2 页</source>
        <translation>: page %1 of about %2</translation>
    </message>
    <message>
        <source>：%1 / %2 行</source>
        <translation>: row %1 of %2</translation>
    </message>
    <message>
        <source>%1：共 %2 页</source>
        <translation>%1: %2 pages</translation>
    </message>
    <message>
        <source>生成失败：%1</source>
        <translation>Rendering failed: %1</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>ProposeDialog</name>
    <message>
        <source>奖励</source>
        <translation>Reward</translation>
    </message>
    <message>
        <source>处罚</source>
        <translation>Penalty</translation>
    </message>
    <message>
        <source>奖罚类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>员工</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>团队（部门）</source>
        <translation>Team (department)</translation>
    </message>
    <message>
        <source>外协承运商</source>
        <translation>Contracted carrier</translation>
    </message>
    <message>
        <source>协议条款</source>
        <translation>Agreement clauses</translation>
    </message>
    <message>
        <source>货值（元）</source>
        <translation>Goods value (yuan)</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>奖罚措施</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>事实经过</source>
        <translation>Facts</translation>
    </message>
    <message>
        <source>涉及工单</source>
        <translation>Tickets concerned</translation>
    </message>
    <message>
        <source>修改提议 %1</source>
        <translation>Edit proposal %1</translation>
    </message>
    <message>
        <source>提议奖罚</source>
        <translation>Propose reward/penalty</translation>
    </message>
    <message>
        <source>保存修改</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>提交审批</source>
        <translation>Submit for approval</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>经核查的事实：时间、经过、后果</source>
        <translation>Verified facts: when, what happened, consequences</translation>
    </message>
    <message>
        <source>（请选择）</source>
        <translation>(please choose)</translation>
    </message>
    <message>
        <source>如 200 或 1250.50</source>
        <translation>e.g. 200 or 1250.50</translation>
    </message>
    <message>
        <source>按货值比例计罚时填写</source>
        <translation>Fill in for a fine in proportion to the goods value</translation>
    </message>
    <message>
        <source>工单编号，多个用逗号分隔，如 SH20261122-0007</source>
        <translation>Ticket numbers, separated by commas, e.g. SH20261122-0007</translation>
    </message>
    <message>
        <source>制度条款，如《客诉管理奖罚制度》第3条</source>
        <translation>Rule clause, e.g. Complaint reward/penalty rules §3</translation>
    </message>
    <message>
        <source>默认：%1</source>
        <translation>Default: %1</translation>
    </message>
    <message>
        <source>第%1条 %2（%3）</source>
        <translation>§%1 %2 (%3)</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>（缺勤）</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <source>改派工单 %1</source>
        <translation>Reassign ticket %1</translation>
    </message>
    <message>
        <source>（当前处理人）</source>
        <translation>(current handler)</translation>
    </message>
    <message>
        <source>如 原处理人休假，转交同组同事</source>
        <translation>e.g. the handler is on leave; handed to a colleague of the same group</translation>
    </message>
    <message>
        <source>新处理人</source>
        <translation>New handler</translation>
    </message>
    <message>
        <source>改派原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>缺勤，不能改派给：</source>
        <translation>Absent, cannot be assigned to:</translation>
    </message>
    <message>
        <source>改派</source>
        <translation>Reassign</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>请写明改派原因。</source>
        <translation>Please give the reason for reassigning.</translation>
    </message>
    <message>
        <source>提交前已有人修改了这张工单，工单已刷新。您填写的内容仍保留，核对后可再次点“改派”。</source>
        <translation>Someone changed this ticket before you submitted; it has been refreshed. What you entered is kept; check it and press &quot;Reassign&quot; again.</translation>
    </message>
    <message>
        <source>所选人员缺勤或已停用，请另选。</source>
        <translation>The chosen person is absent or deactivated; please choose another.</translation>
    </message>
    <message>
        <source>工单当前的状态不能改派。</source>
        <translation>The ticket cannot be reassigned in its current state.</translation>
    </message>
</context>
<context>
    <name>RecordDetail</name>
    <message>
        <source>对象</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>事实经过</source>
        <translation>Facts</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>措施</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>涉及工单</source>
        <translation>Tickets concerned</translation>
    </message>
    <message>
        <source>提议</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>审批</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>下发 / 归档</source>
        <translation>Issued / archived</translation>
    </message>
    <message>
        <source>批准</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>驳回</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>审批意见（驳回时必填）</source>
        <translation>Approval comment (required to reject)</translation>
    </message>
    <message>
        <source>审批意见(&amp;C)：</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>下发</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>打印通知书…</source>
        <translation>Print notice…</translation>
    </message>
    <message>
        <source>归档</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>记录 %1 · %2 · %3</source>
        <translation>Record %1 · %2 · %3</translation>
    </message>
    <message>
        <source>请在左侧选择一条记录</source>
        <translation>Please choose a record on the left</translation>
    </message>
    <message>
        <source>（运输协议 %1）</source>
        <translation> (agreement %1)</translation>
    </message>
    <message>
        <source>（无金额）</source>
        <translation>(no amount)</translation>
    </message>
    <message>
        <source>%1 元</source>
        <translation>%1 yuan</translation>
    </message>
    <message>
        <source>，货值 %1 元</source>
        <translation>, goods value %1 yuan</translation>
    </message>
    <message>
        <source>按货值比例计罚：请填写货值（修改…）</source>
        <translation>Fine in proportion to the goods value: please enter the goods value (Edit…)</translation>
    </message>
    <message>
        <source>需 %1 人批准</source>
        <translation>Needs %1 approvals</translation>
    </message>
    <message>
        <source>这条记录由您提议或与您有关，须由其他审批人审批。</source>
        <translation>You proposed this record or are concerned by it; another approver must decide.</translation>
    </message>
    <message>
        <source>您已批准，还需另一位审批人批准。</source>
        <translation>You approved; one more approver is needed.</translation>
    </message>
</context>
<context>
    <name>RecordsPanel</name>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>奖励</source>
        <translation>Reward</translation>
    </message>
    <message>
        <source>处罚</source>
        <translation>Penalty</translation>
    </message>
    <message>
        <source>编号、对象或事实</source>
        <translation>Number, recipient or facts</translation>
    </message>
    <message>
        <source>提议日期</source>
        <translation>Proposed on</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>提议人</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <source>提议奖罚…</source>
        <translation>Propose reward/penalty…</translation>
    </message>
    <message>
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>没有符合条件的记录。</source>
        <translation>No matching records.</translation>
    </message>
    <message>
        <source>没有等待您审批的提议。</source>
        <translation>No proposals waiting for your approval.</translation>
    </message>
</context>
<context>
    <name>RegisterOptions</name>
    <message>
        <source>受理日期 从</source>
        <translation>Received from</translation>
    </message>
    <message>
        <source>到</source>
        <translation>To</translation>
    </message>
    <message>
        <source>投诉类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>线路/网点</source>
        <translation>Route/depot</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>结束日期早于开始日期，请重新选择</source>
        <translation>The end date is before the start date; please choose again</translation>
    </message>
</context>
<context>
    <name>ReportButtons</name>
    <message>
        <source>异常情况汇报表…</source>
        <translation>Exception report…</translation>
    </message>
    <message>
        <source>书面报告…</source>
        <translation>Written report…</translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <source>输入工单号，如 20261120-0001</source>
        <translation>Enter the ticket number, e.g. 20261120-0001</translation>
    </message>
    <message>
        <source>载入</source>
        <translation>Load</translation>
    </message>
    <message>
        <source>请先载入要上报的工单</source>
        <translation>Please load the ticket to report first</translation>
    </message>
    <message>
        <source>向上级汇报</source>
        <translation>Report to superior</translation>
    </message>
    <message>
        <source>工单号(&amp;N)：</source>
        <translation>Ticket &amp;no.:</translation>
    </message>
    <message>
        <source>工单</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>向上级主管汇报事件，提出解决方案</source>
        <translation>Report the case to the superior and propose a solution</translation>
    </message>
    <message>
        <source>找不到工单 %1</source>
        <translation>Ticket %1 not found</translation>
    </message>
    <message>
        <source>处理人处</source>
        <translation>At the handler</translation>
    </message>
    <message>
        <source>第%1级</source>
        <translation>Level %1</translation>
    </message>
    <message>
        <source>%1&#x3000;%2&#x3000;%3&#x3000;当前在：%4
%5</source>
        <translation>%1&#x3000;%2&#x3000;%3&#x3000;Now at: %4
%5</translation>
    </message>
    <message>
        <source>工单 %1 已上报给 %2，请继续跟进</source>
        <translation>Ticket %1 reported to %2; please keep following up</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>解决工单 %1</source>
        <translation>Resolve ticket %1</translation>
    </message>
    <message>
        <source>请选择…</source>
        <translation>Please choose…</translation>
    </message>
    <message>
        <source>为客户做了什么，如：已上门更换加热盘，试用正常</source>
        <translation>What was done for the customer, e.g. heating plate replaced on site, works again</translation>
    </message>
    <message>
        <source>处理方式</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>处理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>保存后工单转为“已解决”，并自动安排回访；回访时会向客户说明处理结果。</source>
        <translation>After saving, the ticket is &quot;Resolved&quot; and a callback is scheduled; the callback tells the customer the outcome.</translation>
    </message>
    <message>
        <source>已解决</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>提交前已有人修改了这张工单，工单已刷新。您填写的内容仍保留，核对后可再次点“已解决”。</source>
        <translation>Someone changed this ticket before you submitted; it has been refreshed. What you entered is kept; check it and press &quot;Resolved&quot; again.</translation>
    </message>
</context>
<context>
    <name>RetentionBox</name>
    <message>
        <source>个人信息保留期限</source>
        <translation>Personal data retention</translation>
    </message>
    <message>
        <source>不自动删除</source>
        <translation>Never delete automatically</translation>
    </message>
    <message>
        <source> 年</source>
        <translation> years</translation>
    </message>
    <message>
        <source>保存期限</source>
        <translation>Keep for</translation>
    </message>
    <message>
        <source>恢复默认</source>
        <translation>Restore default</translation>
    </message>
    <message>
        <source>默认：不自动删除</source>
        <translation>Default: never deleted automatically</translation>
    </message>
    <message>
        <source>查看到期工单</source>
        <translation>Show expired tickets</translation>
    </message>
    <message>
        <source>立即执行</source>
        <translation>Run now</translation>
    </message>
    <message>
        <source>已关闭满(&amp;Y)</source>
        <translation>Closed for at least (&amp;Y)</translation>
    </message>
    <message>
        <source>的工单删除客户个人信息</source>
        <translation>: delete the customer&apos;s personal data</translation>
    </message>
    <message>
        <source>默认不自动删除。删除无法撤销；电子商务经营者须保存交易信息不少于三年（《电子商务法》第三十一条），请按本公司的规定设置。每天第一次启动时，在自动备份之后执行。</source>
        <translation>By default nothing is deleted automatically. Deleting cannot be undone; e-commerce operators must keep transaction data for at least three years (E-Commerce Law, Article 31); set this according to your company&apos;s rules. Runs on the first start of each day, after the automatic backup.</translation>
    </message>
    <message>
        <source>上次执行（%1）：%2</source>
        <translation>Last run (%1): %2</translation>
    </message>
    <message>
        <source>尚未执行过。</source>
        <translation>Not run yet.</translation>
    </message>
    <message>
        <source>已保存：关闭满 %1 年的工单将删除客户个人信息。</source>
        <translation>Saved: personal data is deleted from tickets closed for %1 years.</translation>
    </message>
    <message>
        <source>已保存：不自动删除个人信息。</source>
        <translation>Saved: personal data is never deleted automatically.</translation>
    </message>
    <message>
        <source>已恢复默认：不自动删除个人信息。</source>
        <translation>Default restored: personal data is never deleted automatically.</translation>
    </message>
    <message>
        <source>删除到期的个人信息</source>
        <translation>Delete expired personal data</translation>
    </message>
    <message>
        <source>现在删除所有到期工单中的客户个人信息？此操作无法撤销。</source>
        <translation>Delete the customer&apos;s personal data in all expired tickets now? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>ReviewRulesPage</name>
    <message>
        <source>如 no_reason_7_days</source>
        <translation>e.g. no_reason_7_days</translation>
    </message>
    <message>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <source>可用 {days}（规则天数）、{elapsed}（已过天数）、{since}（起算日期）</source>
        <translation>Can use {days} (days of the rule), {elapsed} (days passed), {since} (start date)</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>检查内容</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>天数</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>子类</source>
        <translation>Subcategory</translation>
    </message>
    <message>
        <source>驳回理由（读给客户）</source>
        <translation>Reason for rejection (read to the customer)</translation>
    </message>
    <message>
        <source>驳回理由</source>
        <translation>Reason for rejection</translation>
    </message>
    <message>
        <source>已新增审核规则 %1。</source>
        <translation>Review rule %1 added.</translation>
    </message>
    <message>
        <source>已保存修改。</source>
        <translation>Changes saved.</translation>
    </message>
    <message>
        <source>已停用，分类时不再检查。</source>
        <translation>Deactivated; no longer checked during classification.</translation>
    </message>
    <message>
        <source>已恢复。</source>
        <translation>Restored.</translation>
    </message>
</context>
<context>
    <name>RewardRulesPanel</name>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>触发条件</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>提议</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>细分类别 / 次数</source>
        <translation>Subcategory / count</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>细分类别</source>
        <translation>Subcategory</translation>
    </message>
    <message>
        <source>次数</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>措施</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>两人审批金额</source>
        <translation>Amount needing two approvers</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>立即运行规则</source>
        <translation>Run rules now</translation>
    </message>
    <message>
        <source>金额达到(&amp;M)</source>
        <translation>Amounts from (&amp;M)</translation>
    </message>
    <message>
        <source>元，或降级、辞退，须两人批准</source>
        <translation>yuan, and demotion or dismissal, need two approvers</translation>
    </message>
    <message>
        <source>奖金、罚款须填</source>
        <translation>Required for bonuses and fines</translation>
    </message>
    <message>
        <source>默认按类别，如 通报表扬</source>
        <translation>Default by kind, e.g. public commendation</translation>
    </message>
    <message>
        <source>制度条款，如《客诉管理奖罚制度》第3条</source>
        <translation>Rule clause, e.g. Complaint reward/penalty rules §3</translation>
    </message>
    <message>
        <source>已新增规则，从现在起生效。</source>
        <translation>Rule added; in effect from now on.</translation>
    </message>
    <message>
        <source>已保存修改。</source>
        <translation>Changes saved.</translation>
    </message>
    <message>
        <source>已停用，不再提议。</source>
        <translation>Deactivated; no more proposals.</translation>
    </message>
    <message>
        <source>已恢复，只对恢复之后发生的情况提议。</source>
        <translation>Restored; proposes only for events after the restore.</translation>
    </message>
    <message>
        <source>已保存：%1 元起须两人批准。</source>
        <translation>Saved: from %1 yuan on, two approvers are needed.</translation>
    </message>
    <message>
        <source>规则已运行，新提议 %1 条，请在“待我审批”中处理。</source>
        <translation>Rules run: %1 new proposals; handle them under &quot;For my approval&quot;.</translation>
    </message>
    <message>
        <source> 还有更多，将在下一次检查时继续提议。</source>
        <translation> There are more; they are proposed at the next check.</translation>
    </message>
    <message>
        <source> 出错的规则：%1</source>
        <translation> Rules that failed: %1</translation>
    </message>
</context>
<context>
    <name>RewardsScreen</name>
    <message>
        <source>待我审批</source>
        <translation>For my approval</translation>
    </message>
    <message>
        <source>奖罚记录</source>
        <translation>Reward/penalty record</translation>
    </message>
    <message>
        <source>整改目标</source>
        <translation>Improvement targets</translation>
    </message>
    <message>
        <source>承运商与协议</source>
        <translation>Carriers and agreements</translation>
    </message>
    <message>
        <source>自动规则</source>
        <translation>Automatic rules</translation>
    </message>
    <message>
        <source>待我审批（%1）</source>
        <translation>For my approval (%1)</translation>
    </message>
</context>
<context>
    <name>RuleEditorPage</name>
    <message>
        <source>显示已停用的规则</source>
        <translation>Show deactivated rules</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>新增规则</source>
        <translation>Add rule</translation>
    </message>
    <message>
        <source>保存修改</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>这条规则已不存在，列表已刷新。</source>
        <translation>This rule no longer exists; the list was refreshed.</translation>
    </message>
</context>
<context>
    <name>RuleErrors</name>
    <message>
        <source>必填，最多 %1 个字</source>
        <translation type="vanished">Required, at most %1 characters</translation>
    </message>
    <message>
        <source>2–40 个小写英文字母、数字或下划线，以字母开头，如 cold_chain</source>
        <translation type="vanished">2–40 lower-case letters, digits or underscores, starting with a letter, e.g. cold_chain</translation>
    </message>
    <message>
        <source>已有适用范围相同的有效规则，请修改那一条</source>
        <translation type="vanished">An active rule with the same scope exists; please edit that one</translation>
    </message>
    <message>
        <source>%1 已存在</source>
        <translation type="vanished">%1 already exists</translation>
    </message>
    <message>
        <source>细分类别下不能再建细分类别</source>
        <translation type="vanished">A subcategory cannot have subcategories</translation>
    </message>
    <message>
        <source>%1 已有工单使用或含有细分类别，不能删除；请改为停用，历史工单仍保留它</source>
        <translation type="vanished">%1 is used by tickets or has subcategories and cannot be deleted; deactivate it instead (old tickets keep it)</translation>
    </message>
    <message>
        <source>类别不存在或已停用</source>
        <translation type="vanished">The category does not exist or is deactivated</translation>
    </message>
    <message>
        <source>这是细分类别，请在“类别”中选大类</source>
        <translation type="vanished">This is a subcategory; please choose a main category under &quot;Category&quot;</translation>
    </message>
    <message>
        <source>细分类别不属于所选类别</source>
        <translation type="vanished">The subcategory does not belong to the chosen category</translation>
    </message>
    <message>
        <source>请填 %1 到 %2 的整数</source>
        <translation type="vanished">Please enter a whole number from %1 to %2</translation>
    </message>
    <message>
        <source>时间格式为 HH:MM，如 09:00</source>
        <translation type="vanished">The time format is HH:MM, e.g. 09:00</translation>
    </message>
    <message>
        <source>下班时间须晚于上班时间</source>
        <translation type="vanished">Closing time must be after opening time</translation>
    </message>
    <message>
        <source>只有物流类规则可以指定分公司/网点</source>
        <translation type="vanished">Only logistics rules can name a branch/depot</translation>
    </message>
    <message>
        <source>没有部门“%1”</source>
        <translation type="vanished">No department &quot;%1&quot;</translation>
    </message>
    <message>
        <source>必填</source>
        <translation type="vanished">Required</translation>
    </message>
    <message>
        <source>请从列表中选择</source>
        <translation type="vanished">Please choose from the list</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>该规则已不存在，列表已刷新。</source>
        <translation>This rule no longer exists; the list was refreshed.</translation>
    </message>
</context>
<context>
    <name>SettingsFormPage</name>
    <message>
        <source>（未设置）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>本页恢复默认</source>
        <translation>Restore this page&apos;s defaults</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>恢复默认</source>
        <translation>Restore default</translation>
    </message>
    <message>
        <source>默认：内置话术</source>
        <translation>Default: built-in script</translation>
    </message>
    <message>
        <source>默认：</source>
        <translation>Default: </translation>
    </message>
    <message>
        <source>已保存 %1 项设置。</source>
        <translation>%1 settings saved.</translation>
    </message>
    <message>
        <source>没有改动。</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <source>已重新计算 %1 张未结工单的时限。</source>
        <translation>Time limits of %1 open tickets recalculated.</translation>
    </message>
    <message>
        <source>“%1”已恢复默认。</source>
        <translation>&quot;%1&quot; set back to its default.</translation>
    </message>
    <message>
        <source>把本页的所有设置恢复为默认值？未保存的修改也会丢弃。</source>
        <translation>Restore every setting of this page to its default? Unsaved changes are discarded too.</translation>
    </message>
    <message>
        <source>已恢复默认（%1 项有变化）。</source>
        <translation>Defaults restored (%1 changed).</translation>
    </message>
    <message>
        <source>回访时限、分配与重拨</source>
        <translation>Callback time limit, assignment and redial</translation>
    </message>
    <message>
        <source>关闭后再次回访（逗号分隔的天数，留空不回访）</source>
        <translation>Revisits after closing (days, comma-separated; empty: none)</translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>印在每份打印件（登记表、通知书、汇报表、服务记录、受理单）的页眉；未设置时页眉显示“未设置单位名称”。</source>
        <translation>Printed at the top of every document (register, notice, report, service record, intake form); when not set, the header says that no company name is set.</translation>
    </message>
    <message>
        <source>上班时间</source>
        <translation>Opening time</translation>
    </message>
    <message>
        <source>营业时间</source>
        <translation>Business hours</translation>
    </message>
    <message>
        <source>按工作小时、工作日计算的时限只在营业时间内计时。</source>
        <translation>Limits in working hours or working days count only during business hours.</translation>
    </message>
    <message>
        <source>下班时间</source>
        <translation>Closing time</translation>
    </message>
    <message>
        <source>须晚于上班时间。修改后所有未完成工单的期限立即重新计算。</source>
        <translation>Must be later than the opening time. A change recomputes the deadlines of all open tickets at once.</translation>
    </message>
    <message>
        <source>回访时限（解决后）</source>
        <translation>Callback due (after resolution)</translation>
    </message>
    <message>
        <source>回访时限单位</source>
        <translation>Callback limit unit</translation>
    </message>
    <message>
        <source>回访分配给</source>
        <translation>Callbacks assigned to</translation>
    </message>
    <message>
        <source>受理工单的客服</source>
        <translation>Clerk who took the ticket</translation>
    </message>
    <message>
        <source>回访组</source>
        <translation>Callback group</translation>
    </message>
    <message>
        <source>“受理工单的客服”不在岗时由回访组回访。</source>
        <translation>When the agent who took the ticket is not on duty, the callback group calls.</translation>
    </message>
    <message>
        <source>回访组（部门）</source>
        <translation>Callback group (department)</translation>
    </message>
    <message>
        <source>最多拨打次数</source>
        <translation>Maximum calls</translation>
    </message>
    <message>
        <source>次</source>
        <translation>times</translation>
    </message>
    <message>
        <source>达到次数仍未接通，按未接通结案并提醒主管。</source>
        <translation>Still not reached after that many calls: closed as not reached and the supervisor is notified.</translation>
    </message>
    <message>
        <source>未接通重拨间隔</source>
        <translation>Redial interval when not reached</translation>
    </message>
    <message>
        <source>重拨间隔单位</source>
        <translation>Redial interval unit</translation>
    </message>
    <message>
        <source>满意标准</source>
        <translation>Satisfied from</translation>
    </message>
    <message>
        <source>分及以上</source>
        <translation>points or more</translation>
    </message>
    <message>
        <source>两项满意度都达到且问题真正解决，工单才关闭，否则重开给处理人。</source>
        <translation>The ticket closes only when both scores reach this and the problem is really solved; otherwise it is reopened for the handler.</translation>
    </message>
    <message>
        <source>回访话术</source>
        <translation>Callback script</translation>
    </message>
    <message>
        <source>再次回访话术</source>
        <translation>Revisit script</translation>
    </message>
    <message>
        <source>需两位审批人的金额</source>
        <translation>Amount needing two approvers</translation>
    </message>
    <message>
        <source>元起</source>
        <translation>yuan or more</translation>
    </message>
    <message>
        <source>奖罚金额达到此数（以及降级、辞退）须两位不同的审批人。</source>
        <translation>Rewards and penalties of this amount or more (and demotions, dismissals) need two different approvers.</translation>
    </message>
    <message>
        <source>个人信息保留期限</source>
        <translation>Personal data retention</translation>
    </message>
    <message>
        <source>年</source>
        <translation>years</translation>
    </message>
    <message>
        <source>个人信息</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>已关闭且最后改动早于此期限的工单删除客户个人信息（不可撤销）。留空为不自动删除。</source>
        <translation>Closed tickets last changed before this period lose the customer&apos;s personal data (cannot be undone). Empty: never deleted automatically.</translation>
    </message>
    <message>
        <source>备份文件夹</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>留空为数据目录下的 backups/；可以是网络共享文件夹。</source>
        <translation>Empty: backups/ in the data directory; a network share works too.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>人员与角色</source>
        <translation>Staff and roles</translation>
    </message>
    <message>
        <source>审计日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>工作日历</source>
        <translation>Work calendar</translation>
    </message>
    <message>
        <source>单位与组织</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>受理与分类</source>
        <translation>Intake and classification</translation>
    </message>
    <message>
        <source>时限与升级</source>
        <translation>Time limits and escalation</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>Callback</translation>
    </message>
    <message>
        <source>奖罚</source>
        <translation>Rewards &amp; penalties</translation>
    </message>
    <message>
        <source>人员与权限</source>
        <translation>Staff and permissions</translation>
    </message>
    <message>
        <source>数据与备份</source>
        <translation>Data and backup</translation>
    </message>
    <message>
        <source>连接</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>界面</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>重新运行设置向导…</source>
        <translation>Run the setup wizard again…</translation>
    </message>
    <message>
        <source>部门与分公司</source>
        <translation>Departments and branches</translation>
    </message>
    <message>
        <source>投诉分类</source>
        <translation>Complaint categories</translation>
    </message>
    <message>
        <source>分类建议关键词</source>
        <translation>Category keywords</translation>
    </message>
    <message>
        <source>影响评估规则</source>
        <translation>Impact rules</translation>
    </message>
    <message>
        <source>政策审核规则</source>
        <translation>Policy review rules</translation>
    </message>
    <message>
        <source>自动分派规则</source>
        <translation>Assignment rules</translation>
    </message>
    <message>
        <source>时限设置</source>
        <translation>Time limits</translation>
    </message>
    <message>
        <source>营业时间</source>
        <translation>Business hours</translation>
    </message>
    <message>
        <source>升级链</source>
        <translation>Escalation chain</translation>
    </message>
    <message>
        <source>回访设置</source>
        <translation>Callbacks</translation>
    </message>
    <message>
        <source>单位信息</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>奖罚审批</source>
        <translation>Reward approval</translation>
    </message>
    <message>
        <source>个人信息</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>备份与恢复</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <source>数据库连接</source>
        <translation>Database connection</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>售后工单台 · 首次启动</source>
        <translation>AfterSales Desk · First start</translation>
    </message>
    <message>
        <source>这是一个新的数据库。请先为系统管理员（登录名 admin）设置密码：之后每位员工用自己的登录名和密码登录，所见所做由其角色决定。
数据库：%1</source>
        <translation>This is a new database. First set the password of the system administrator (login admin); after that every staff member signs in with their own login and password, and their role decides what they see and do.
Database: %1</translation>
    </message>
    <message>
        <source>单人使用：启动时不需要登录（以后可在 设置 › 人员与角色 中关闭）</source>
        <translation>Single user: no sign-in at start (can be switched off later under Settings › Staff and roles)</translation>
    </message>
    <message>
        <source>管理员密码</source>
        <translation>Administrator password</translation>
    </message>
    <message>
        <source>再次输入</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>设置并开始使用</source>
        <translation>Set and start</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>两次输入的密码不一致</source>
        <translation>The two passwords differ</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>售后工单台 · 设置向导</source>
        <translation>AfterSales Desk · Setup wizard</translation>
    </message>
    <message>
        <source>数据库中已有工单，不再生成示例数据</source>
        <translation>The database already holds tickets: no demo data is created</translation>
    </message>
    <message>
        <source>下一步 &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>&lt; 上一步</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>取消设置向导</source>
        <translation>Cancel the setup wizard</translation>
    </message>
    <message>
        <source>不保存向导中填写的内容并关闭？以后可以在 设置 › 重新运行设置向导 中再次运行。</source>
        <translation>Close without saving what you entered? You can run it again later from Settings › Run the setup wizard again.</translation>
    </message>
    <message>
        <source>设置向导</source>
        <translation>Setup wizard</translation>
    </message>
    <message>
        <source>没有保存：%1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>示例数据</source>
        <translation>Demo data</translation>
    </message>
</context>
<context>
    <name>SlaPage</name>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>时限过去这一比例时提前预警</source>
        <translation>Warn in advance when this share of the time limit has passed</translation>
    </message>
    <message>
        <source>时限类型</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <source>分钟</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>小时</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>工作小时</source>
        <translation>working hours</translation>
    </message>
    <message>
        <source>工作日</source>
        <translation>working days</translation>
    </message>
    <message>
        <source>优先级</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>子类</source>
        <translation>Subcategory</translation>
    </message>
    <message>
        <source>提前预警</source>
        <translation>Early warning</translation>
    </message>
    <message>
        <source>预警时</source>
        <translation>On warning</translation>
    </message>
    <message>
        <source>超时时</source>
        <translation>On breach</translation>
    </message>
    <message>
        <source>时限</source>
        <translation>Time limits</translation>
    </message>
    <message>
        <source>提醒处理人</source>
        <translation>Notify handler</translation>
    </message>
    <message>
        <source>自动升级</source>
        <translation>Escalate automatically</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>上班时间</source>
        <translation>Opening time</translation>
    </message>
    <message>
        <source>下班时间</source>
        <translation>Closing time</translation>
    </message>
    <message>
        <source>保存营业时间</source>
        <translation type="vanished">Save business hours</translation>
    </message>
    <message>
        <source>营业时间（北京时间）</source>
        <translation type="vanished">Business hours (Beijing time)</translation>
    </message>
    <message>
        <source>上班</source>
        <translation type="vanished">Working day</translation>
    </message>
    <message>
        <source>下班</source>
        <translation type="vanished">to</translation>
    </message>
    <message>
        <source>“工作小时”“工作日”只在工作日的营业时间内计时，一个工作日即一整个营业日；“分钟”“小时”全天计时。修改后所有未结工单的时限随即重新计算。</source>
        <translation type="vanished">&quot;Working hours&quot; and &quot;working days&quot; count only during business hours on working days; one working day is one whole business day. &quot;Minutes&quot; and &quot;hours&quot; count around the clock. After a change the time limits of all open tickets are recalculated at once.</translation>
    </message>
    <message>
        <source>已重新计算 %1 张未结工单的时限。</source>
        <translation>Time limits of %1 open tickets recalculated.</translation>
    </message>
    <message>
        <source>已新增。</source>
        <translation>Added.</translation>
    </message>
    <message>
        <source>已保存。</source>
        <translation>Saved. </translation>
    </message>
    <message>
        <source>没有改动。</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <source>已停用。</source>
        <translation>Deactivated.</translation>
    </message>
    <message>
        <source>已恢复。</source>
        <translation>Restored.</translation>
    </message>
    <message>
        <source>营业时间未改变。</source>
        <translation type="vanished">Business hours unchanged.</translation>
    </message>
    <message>
        <source>营业时间已保存。已重新计算 %1 张未结工单的时限。</source>
        <translation type="vanished">Business hours saved. Time limits of %1 open tickets recalculated.</translation>
    </message>
</context>
<context>
    <name>SpotCheckTab</name>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>关闭日期</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>条件</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>抽取/已关闭</source>
        <translation>Drawn/closed</translation>
    </message>
    <message>
        <source>已评定</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>不合格</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>工单号</source>
        <translation>Ticket no.</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>处理人</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>发现的问题</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>评定人</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>全部部门</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>留空则随机；填写以前的种子可重现同一样本</source>
        <translation>Empty: random; an earlier seed draws the same sample again</translation>
    </message>
    <message>
        <source>抽取样本</source>
        <translation>Draw sample</translation>
    </message>
    <message>
        <source>处理部门</source>
        <translation>Handling department</translation>
    </message>
    <message>
        <source>抽查数量</source>
        <translation>Sample size</translation>
    </message>
    <message>
        <source>随机种子</source>
        <translation>Random seed</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>新抽查：从已关闭的工单中随机抽取</source>
        <translation>New spot check: a random draw from closed tickets</translation>
    </message>
    <message>
        <source>历次抽查</source>
        <translation>Spot checks so far</translation>
    </message>
    <message>
        <source>随机种子请填写数字，或留空</source>
        <translation>Enter a number as the random seed, or leave it empty</translation>
    </message>
    <message>
        <source>已抽取 %1：%2 张（共 %3 张已关闭，随机种子 %4）</source>
        <translation>Drawn %1: %2 tickets (of %3 closed, random seed %4)</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>%1 抽取于 %2，随机种子 %3</source>
        <translation>%1 drawn on %2, random seed %3</translation>
    </message>
    <message>
        <source>%1 抽中的工单（随机种子 %2）</source>
        <translation>Tickets drawn in %1 (random seed %2)</translation>
    </message>
    <message>
        <source>还没有抽查</source>
        <translation>No spot checks yet</translation>
    </message>
</context>
<context>
    <name>SpotReviewForm</name>
    <message>
        <source>评定</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>合格</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>不合格</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>不合格时必填：发现的问题（如：未按时回访、处理结果未告知客户）</source>
        <translation>Required if failed: the problems found (e.g. callback late, outcome not told to the customer)</translation>
    </message>
    <message>
        <source>保存评定</source>
        <translation>Save review</translation>
    </message>
    <message>
        <source>打开工单</source>
        <translation>Open ticket</translation>
    </message>
    <message>
        <source>工单</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>发现的问题</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>请在上方选择一张抽中的工单</source>
        <translation>Select a drawn ticket above</translation>
    </message>
    <message>
        <source>这张工单的评定已被他人修改，请刷新后再评定（您填写的内容仍在）</source>
        <translation>Someone else changed this ticket&apos;s review; refresh, then review again (what you typed is kept)</translation>
    </message>
    <message>
        <source>已保存：%1 %2</source>
        <translation>Saved: %1 %2</translation>
    </message>
</context>
<context>
    <name>StaffForm</name>
    <message>
        <source>登录名</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>分公司</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>电子邮箱</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>初始密码</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <source>人员信息</source>
        <translation>Staff details</translation>
    </message>
    <message>
        <source>权限</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <source>至少 8 个字符；本人首次登录时须改为自己的密码</source>
        <translation>At least 8 characters; the person must change it at the first sign-in</translation>
    </message>
    <message>
        <source>小写字母和数字，如 clerk09</source>
        <translation>Lower-case letters and digits, e.g. clerk09</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>查看范围：%1。可以：%2</source>
        <translation>Sees: %1. May: %2</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>新增人员</source>
        <translation>Add staff</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>登录名</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>分公司</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>新增人员</source>
        <translation>Add staff</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>重置密码…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>新增分公司…</source>
        <translation>Add branch…</translation>
    </message>
    <message>
        <source>单人模式：启动时不登录，以本人（系统管理员）身份工作</source>
        <translation>Single-user mode: no sign-in at start, work as myself (administrator)</translation>
    </message>
    <message>
        <source>适合只有一个人使用的办公室；命令行也不再要求密码</source>
        <translation>For an office with a single user; the command line no longer asks for a password either</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>待本人改密码</source>
        <translation>Must change password</translation>
    </message>
    <message>
        <source>未设密码</source>
        <translation>No password</translation>
    </message>
    <message>
        <source>在职</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>重新启用</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source>已新增 %1；请把初始密码告诉本人</source>
        <translation>%1 added; please give them the initial password</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>没有修改</source>
        <translation>Nothing changed</translation>
    </message>
    <message>
        <source>已停用 %1</source>
        <translation>%1 deactivated</translation>
    </message>
    <message>
        <source>已重新启用 %1</source>
        <translation>%1 reactivated</translation>
    </message>
    <message>
        <source>重置密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>%1 的新密码（本人登录后须改为自己的密码）：</source>
        <translation>New password of %1 (they must change it after signing in):</translation>
    </message>
    <message>
        <source>已重置 %1 的密码，锁定已解除</source>
        <translation>Password of %1 reset; the lock is lifted</translation>
    </message>
    <message>
        <source>新增分公司</source>
        <translation>Add branch</translation>
    </message>
    <message>
        <source>分公司名称：</source>
        <translation>Branch name:</translation>
    </message>
    <message>
        <source>已新增分公司 %1</source>
        <translation>Branch %1 added</translation>
    </message>
    <message>
        <source>单人模式已开启：下次启动不再要求登录</source>
        <translation>Single-user mode on: no sign-in from the next start</translation>
    </message>
    <message>
        <source>单人模式已关闭：下次启动须登录</source>
        <translation>Single-user mode off: sign-in required from the next start</translation>
    </message>
</context>
<context>
    <name>StaffWizardPage</name>
    <message>
        <source>登录名</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>分公司</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>初始密码</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <source>人员与角色</source>
        <translation>Staff and roles</translation>
    </message>
    <message>
        <source>填写几位同事即可，其余以后在 设置 › 人员与权限 中添加。空行不保存；每人第一次登录时修改自己的密码。</source>
        <translation>A few colleagues are enough; add the others later in Settings › Staff and permissions. Empty rows are not saved; everyone changes their password at first sign-in.</translation>
    </message>
    <message>
        <source>添加一行</source>
        <translation>Add a row</translation>
    </message>
    <message>
        <source>已有 %1 位人员：</source>
        <translation>%1 staff already:</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>登录名：2–40 个小写字母、数字或 _ . -，以字母开头</source>
        <translation>Login: 2–40 lowercase letters, digits or _ . -, starting with a letter</translation>
    </message>
    <message>
        <source>登录名“%1”已被使用</source>
        <translation>Login &quot;%1&quot; is already taken</translation>
    </message>
    <message>
        <source>请填写 %1 的姓名</source>
        <translation>Enter the name of %1</translation>
    </message>
</context>
<context>
    <name>StatisticsScreen</name>
    <message>
        <source>看板</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>内部监督</source>
        <translation>Internal auditor</translation>
    </message>
    <message>
        <source>客诉分析例会</source>
        <translation>Weekly complaint meeting</translation>
    </message>
</context>
<context>
    <name>TargetForm</name>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>分公司/网点</source>
        <translation>Branch/depot</translation>
    </message>
    <message>
        <source>目标类型</source>
        <translation>Target type</translation>
    </message>
    <message>
        <source>目标值</source>
        <translation>Target value</translation>
    </message>
    <message>
        <source>本期业务量（单）</source>
        <translation>Business volume this period (orders)</translation>
    </message>
    <message>
        <source>按时办结率目标（%）</source>
        <translation>On-time target (%)</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>件（不超过）</source>
        <translation>complaints (at most)</translation>
    </message>
    <message>
        <source>%（客诉数 ÷ 业务量，不超过）</source>
        <translation>% (complaints ÷ volume, at most)</translation>
    </message>
    <message>
        <source>%（比上期减少至少）</source>
        <translation>% (down on the last period by at least)</translation>
    </message>
    <message>
        <source>目标</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>可不填，如 95</source>
        <translation>Optional, e.g. 95</translation>
    </message>
    <message>
        <source>如 依据第47周例会布置</source>
        <translation>e.g. as set at the week 47 meeting</translation>
    </message>
    <message>
        <source>（全部）</source>
        <translation>(all)</translation>
    </message>
    <message>
        <source>目标值单位：%1</source>
        <translation>Unit of the target value: %1</translation>
    </message>
</context>
<context>
    <name>TargetsPanel</name>
    <message>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>目标</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>实际客诉</source>
        <translation>Actual complaints</translation>
    </message>
    <message>
        <source>按时办结率 实际 / 目标</source>
        <translation>On time: actual / target</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>%1 件</source>
        <translation>%1 complaints</translation>
    </message>
    <message>
        <source>客诉率</source>
        <translation>rate</translation>
    </message>
    <message>
        <source>较上期减少</source>
        <translation>down</translation>
    </message>
    <message>
        <source>（%1 %2%）</source>
        <translation> (%1 %2%)</translation>
    </message>
    <message>
        <source>（已定 %1 件）</source>
        <translation> (%1 decided)</translation>
    </message>
    <message>
        <source>期间(&amp;P)：</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>按结果提议部门负责人奖罚…</source>
        <translation>Propose reward/penalty for the department head from the result…</translation>
    </message>
    <message>
        <source>新增目标</source>
        <translation>Add target</translation>
    </message>
    <message>
        <source>保存修改</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>删除目标</source>
        <translation>Delete target</translation>
    </message>
    <message>
        <source>实际客诉：该期间受理、处理部门为该部门（线路/网点为该网点）的工单，随工单实时计算。按时办结率：所有时限都按时完成的工单占已有结果工单的比例；尚在时限内的工单不计。期间进行中时，客诉已超出目标即为“未达成”。</source>
        <translation>Actual complaints: tickets received in the period whose handling department is this department (route/depot: this depot), counted live. On-time rate: the share of tickets with a result whose time limits were all met; tickets still within their limits do not count. While the period runs, complaints above the target already mean &quot;Missed&quot;.</translation>
    </message>
    <message>
        <source>期末后可按目标结果提议</source>
        <translation>Rewards or penalties can be proposed from the result after the period ends</translation>
    </message>
    <message>
        <source>已删除目标</source>
        <translation>Target deleted</translation>
    </message>
    <message>
        <source>该目标已不存在，列表已刷新。</source>
        <translation>This target no longer exists; the list was refreshed.</translation>
    </message>
    <message>
        <source>已保存目标</source>
        <translation>Target saved</translation>
    </message>
</context>
<context>
    <name>TaxonomyPage</name>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>上级类别</source>
        <translation>Parent category</translation>
    </message>
    <message>
        <source>使用的工单</source>
        <translation>Tickets using it</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>改名</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>只能删除从未被工单使用、也没有细分类别的类别；其他的请停用，历史工单仍保留它。</source>
        <translation>Only a category never used by a ticket and without subcategories can be deleted; deactivate the others (old tickets keep them).</translation>
    </message>
    <message>
        <source>选中的类别</source>
        <translation>Selected category</translation>
    </message>
    <message>
        <source>英文代码，如 cold_chain</source>
        <translation>Code, e.g. cold_chain</translation>
    </message>
    <message>
        <source>中文名称，如 冷链温控异常</source>
        <translation>Chinese name, e.g. 冷链温控异常</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>新增类别</source>
        <translation>Add category</translation>
    </message>
    <message>
        <source>停用的类别不再供新工单选择，已有工单仍保留它；从未使用过的类别可以删除。</source>
        <translation>A deactivated category can no longer be chosen for new tickets; existing tickets keep it. A category never used can be deleted.</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>在用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>（无，新增大类）</source>
        <translation>(none: new main category)</translation>
    </message>
    <message>
        <source>（已停用）</source>
        <translation>(deactivated)</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>该类别已被别人删除，列表已刷新。</source>
        <translation>Someone else deleted this category; the list was refreshed.</translation>
    </message>
    <message>
        <source>已新增“%1”。</source>
        <translation>&quot;%1&quot; added.</translation>
    </message>
    <message>
        <source>已改名为“%1”。</source>
        <translation>Renamed to &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>已停用“%1”：不再供新工单选择，已有工单不变。</source>
        <translation>&quot;%1&quot; deactivated: no longer offered for new tickets; existing tickets unchanged.</translation>
    </message>
    <message>
        <source>已恢复“%1”。</source>
        <translation>&quot;%1&quot; restored.</translation>
    </message>
    <message>
        <source>删除类别</source>
        <translation>Delete category</translation>
    </message>
    <message>
        <source>删除“%1”？</source>
        <translation>Delete &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>已删除“%1”。</source>
        <translation>&quot;%1&quot; deleted.</translation>
    </message>
</context>
<context>
    <name>TicketDetailScreen</name>
    <message>
        <source>核实</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>确认分类</source>
        <translation>Confirm classification</translation>
    </message>
    <message>
        <source>分派…</source>
        <translation>Assign…</translation>
    </message>
    <message>
        <source>开始处理</source>
        <translation>Start handling</translation>
    </message>
    <message>
        <source>已解决…</source>
        <translation>Resolved…</translation>
    </message>
    <message>
        <source>转入回访</source>
        <translation>To callback</translation>
    </message>
    <message>
        <source>关闭工单</source>
        <translation>Close ticket</translation>
    </message>
    <message>
        <source>驳回…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <source>重开…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <source>← 返回列表</source>
        <translation>← Back to the list</translation>
    </message>
    <message>
        <source>保存修改</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>工单信息</source>
        <translation>Ticket details</translation>
    </message>
    <message>
        <source>证据（点击放大）</source>
        <translation>Evidence (click to enlarge)</translation>
    </message>
    <message>
        <source>处理记录</source>
        <translation>History</translation>
    </message>
    <message>
        <source>找不到工单 %1</source>
        <translation>Ticket %1 not found</translation>
    </message>
    <message>
        <source>受理于 %1</source>
        <translation>Received %1</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>地区</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>电子邮箱</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>客户标记</source>
        <translation>Customer flags</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>回头客</source>
        <translation>Returning customer</translation>
    </message>
    <message>
        <source>处理人</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>可执行的操作：</source>
        <translation>Possible actions:</translation>
    </message>
    <message>
        <source>改派…</source>
        <translation>Reassign…</translation>
    </message>
    <message>
        <source>（最终状态，无后续操作）</source>
        <translation>(final state, no further action)</translation>
    </message>
    <message>
        <source>显示完整联系方式</source>
        <translation>Show full contact details</translation>
    </message>
    <message>
        <source>电话、邮箱和地址默认隐去中间部分；查看完整信息会记入审计日志</source>
        <translation>The middle part of phone, e-mail and address is hidden by default; showing them in full is recorded in the audit log</translation>
    </message>
    <message>
        <source>已显示完整联系方式（已记入审计日志）</source>
        <translation>Full contact details shown (recorded in the audit log)</translation>
    </message>
    <message>
        <source>（无证据文件）</source>
        <translation>(no evidence files)</translation>
    </message>
    <message>
        <source>其他人刚修改了这张工单：</source>
        <translation>Someone else just changed this ticket:</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>。您尚未保存的修改仍在表中。</source>
        <translation>. Your unsaved changes are still in the form.</translation>
    </message>
    <message>
        <source>保存前已有人修改了这张工单：</source>
        <translation>Someone changed this ticket before you saved:</translation>
    </message>
    <message>
        <source>。您填写的内容仍保留在表中，核对后可再次保存。</source>
        <translation>. What you entered is still in the form; check it and save again.</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>请写明原因：</source>
        <translation>Please give the reason:</translation>
    </message>
    <message>
        <source>分派</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>处理人：</source>
        <translation>Handler:</translation>
    </message>
    <message>
        <source>请先选择投诉类别并保存，再确认分类</source>
        <translation>Please choose and save a complaint category before confirming the classification</translation>
    </message>
    <message>
        <source>无法执行</source>
        <translation>Cannot be done</translation>
    </message>
</context>
<context>
    <name>TicketEditor</name>
    <message>
        <source>优先级</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>投诉类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>细分类别</source>
        <translation>Subcategory</translation>
    </message>
    <message>
        <source>问题描述</source>
        <translation>Problem description</translation>
    </message>
    <message>
        <source>订单号</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <source>商品</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>型号</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>运单号</source>
        <translation>Waybill no.</translation>
    </message>
    <message>
        <source>承运商</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>可修改的内容</source>
        <translation>What can be changed</translation>
    </message>
    <message>
        <source>（未选）</source>
        <translation>(not chosen)</translation>
    </message>
</context>
<context>
    <name>TicketListScreen</name>
    <message>
        <source>搜索：工单号、电话、客户姓名、订单号、运单号或描述中的字词（扫码后按 Enter 打开）</source>
        <translation>Search: ticket no., phone, customer name, order no., waybill no. or words of the description (Enter opens a scanned number)</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>全部优先级</source>
        <translation>All priorities</translation>
    </message>
    <message>
        <source>全部渠道</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>全部处理人</source>
        <translation>All handlers</translation>
    </message>
    <message>
        <source>仅超时</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>只显示有未完成时限已超时的工单</source>
        <translation>Only tickets with an open time limit overdue</translation>
    </message>
    <message>
        <source>受理日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>把当前筛选、搜索和排序下的全部工单导出为 Excel（不只是已显示的几页）</source>
        <translation>Export every ticket of the current filter, search and sort to Excel (not just the pages shown)</translation>
    </message>
    <message>
        <source>导入客户与订单…</source>
        <translation>Import customers and orders…</translation>
    </message>
    <message>
        <source>从 Excel 或 CSV 导入客户和订单：先预览并检查，再全部导入</source>
        <translation>Import customers and orders from Excel or CSV: preview and check first, then import all</translation>
    </message>
    <message>
        <source>清除统计条件</source>
        <translation>Clear statistics filter</translation>
    </message>
    <message>
        <source>搜索结果超过 %1 张时不再往下数。加搜索词或筛选条件缩小范围，即可看到准确张数。</source>
        <translation>Searches are counted up to %1 results and no further. Narrow the search with more words or filters to see the exact number.</translation>
    </message>
    <message>
        <source>超过 %1 张 · 正在计数…</source>
        <translation>Over %1 · counting…</translation>
    </message>
    <message>
        <source>正在计数…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>未能计数（按 F5 重试）</source>
        <translation>Could not count (F5 to retry)</translation>
    </message>
    <message>
        <source> · 有更新（按 F5 刷新）</source>
        <translation> · updated (press F5 to refresh)</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 张</source>
        <translation type="vanished">
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>共 %1 张</source>
        <translation>%1 tickets</translation>
    </message>
    <message>
        <source>超过 %1 张</source>
        <translation>more than %1 tickets</translation>
    </message>
    <message>
        <source> · 按录入先后</source>
        <translation> · in order of entry</translation>
    </message>
    <message>
        <source>结果超过 %1 张时按录入先后（新的在前）排列；用筛选或更多搜索词缩小到 %1 张以内，即可按所选列排序。</source>
        <translation>With more than %1 results they are listed in order of entry (newest first); narrow them down to %1 with the filters or more search words to sort by the chosen column.</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <source>工单号</source>
        <translation>Ticket no.</translation>
    </message>
    <message>
        <source>受理时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>优先级</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>处理人</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>时限</source>
        <translation>Time limits</translation>
    </message>
    <message>
        <source>（暂停中）</source>
        <translation> (paused)</translation>
    </message>
    <message>
        <source>最近一个未完成时限的剩余时间：绿色正常，橙色已到预警，红色已超时</source>
        <translation>Time left of the next open time limit: green normal, orange warning, red overdue</translation>
    </message>
    <message>
        <source>等待客户，计时暂停</source>
        <translation>Waiting for the customer, clock paused</translation>
    </message>
    <message>
        <source>未分类</source>
        <translation>Not classified</translation>
    </message>
</context>
<context>
    <name>UnitList</name>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>改名为此名称</source>
        <translation>Rename to this</translation>
    </message>
    <message>
        <source>%1（%2 人）</source>
        <translation>%1 (%2 staff)</translation>
    </message>
</context>
<context>
    <name>WeeklyMeetingPage</name>
    <message>
        <source>◀ 上一周 (Alt+←)</source>
        <translation>◀ Previous week (Alt+←)</translation>
    </message>
    <message>
        <source>下一周 ▶ (Alt+→)</source>
        <translation>Next week ▶ (Alt+→)</translation>
    </message>
    <message>
        <source>上周 (Alt+Home)</source>
        <translation>Last week (Alt+Home)</translation>
    </message>
    <message>
        <source>打印例会资料…</source>
        <translation>Print meeting pack…</translation>
    </message>
    <message>
        <source>周次(&amp;W)：</source>
        <translation>&amp;Week:</translation>
    </message>
    <message>
        <source>例会对策</source>
        <translation>Action items</translation>
    </message>
    <message>
        <source>正在统计 %1 …</source>
        <translation>Counting %1 …</translation>
    </message>
    <message>
        <source>正在统计：%1（%2 / %3）</source>
        <translation>Counting: %1 (%2 / %3)</translation>
    </message>
    <message>
        <source>统计失败：%1</source>
        <translation>Statistics failed: %1</translation>
    </message>
    <message>
        <source>例会对策（新 %1 · 检查 %2 · 逾期 %3）</source>
        <translation>Action items (new %1 · checked %2 · overdue %3)</translation>
    </message>
</context>
<context>
    <name>WeeklyOptions</name>
    <message>
        <source>周次</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>如 2026-W47（周一至周日）</source>
        <translation>e.g. 2026-W47 (Monday to Sunday)</translation>
    </message>
    <message>
        <source>例会对策在“统计 › 客诉分析例会”中录入。</source>
        <translation>Action items are entered in Statistics › Weekly complaint meeting.</translation>
    </message>
</context>
<context>
    <name>WeeklySections</name>
    <message>
        <source>客诉对比</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>超时与升级</source>
        <translation>Overdue and escalated</translation>
    </message>
    <message>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>前四周平均：本周之前四周（含上周）的周平均；本周高于平均的以红色显示。按受理时间（北京时间）计周，周一至周日。</source>
        <translation>4-week average: the weekly average of the four weeks before this one (last week included); this week above the average in red. Weeks by time received (Beijing time), Monday to Sunday.</translation>
    </message>
    <message>
        <source>分组(&amp;G)：</source>
        <translation>&amp;Group by:</translation>
    </message>
    <message>
        <source>主要原因（问题细分，本周前 10 位）</source>
        <translation>Main causes (subcategories, this week&apos;s top 10)</translation>
    </message>
    <message>
        <source>本周超时未办结的时限：共 %1 项</source>
        <translation>Time limits missed this week: %1</translation>
    </message>
    <message>
        <source>（列出前 %1 项）</source>
        <translation>(first %1 listed)</translation>
    </message>
    <message>
        <source>本周升级事项：共 %1 项</source>
        <translation>Escalations this week: %1</translation>
    </message>
    <message>
        <source>按投诉类别</source>
        <translation>By category</translation>
    </message>
    <message>
        <source>按处理部门</source>
        <translation>By department</translation>
    </message>
    <message>
        <source>按线路/网点</source>
        <translation>By route/depot</translation>
    </message>
    <message>
        <source>按承运商</source>
        <translation>By carrier</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>本周</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>上周</source>
        <translation>Last week</translation>
    </message>
    <message>
        <source>增减</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>前四周平均</source>
        <translation>4-week average</translation>
    </message>
    <message>
        <source>工单编号</source>
        <translation>Ticket number</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>处理人</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>时限</source>
        <translation>Time limits</translation>
    </message>
    <message>
        <source>到期</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>升级时间</source>
        <translation>Escalated at</translation>
    </message>
    <message>
        <source>上报至</source>
        <translation>Reported to</translation>
    </message>
    <message>
        <source>紧急程度</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>原因分析</source>
        <translation>Cause analysis</translation>
    </message>
    <message>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>接通次数</source>
        <translation>Calls answered</translation>
    </message>
    <message>
        <source>处理结果均分</source>
        <translation>Outcome score</translation>
    </message>
    <message>
        <source>服务态度均分</source>
        <translation>Attitude score</translation>
    </message>
    <message>
        <source>满意率</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>问题解决率</source>
        <translation>Solved</translation>
    </message>
</context>
<context>
    <name>WeeklyTables</name>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>未完成</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>本周</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>上周</source>
        <translation>Last week</translation>
    </message>
    <message>
        <source>本周 · %1</source>
        <translation>This week · %1</translation>
    </message>
</context>
<context>
    <name>WrittenReportDialog</name>
    <message>
        <source>分析客诉原因：问题出在哪个环节、为什么发生</source>
        <translation>Cause of the complaint: at which step the problem arose and why</translation>
    </message>
    <message>
        <source>已采取和今后采取的措施</source>
        <translation>Measures taken and to be taken</translation>
    </message>
    <message>
        <source>需要全公司学习的经验与教训（报告定期在全公司通报）</source>
        <translation>Lessons for the whole company (reports are circulated company-wide regularly)</translation>
    </message>
    <message>
        <source>书面报告 %1</source>
        <translation>Written report %1</translation>
    </message>
    <message>
        <source>提交书面报告</source>
        <translation>Submit written report</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>已于 %1 由 %2 提交，不能再修改。</source>
        <translation>Submitted on %1 by %2; it can no longer be changed.</translation>
    </message>
    <message>
        <source>异常情况处理完毕后填写；物流异常工单须先提交书面报告才能结案。</source>
        <translation>Written after the exception is settled; a logistics exception ticket can only be closed once its written report is submitted.</translation>
    </message>
    <message>
        <source>书面报告已提交</source>
        <translation>Written report submitted</translation>
    </message>
</context>
<context>
    <name>WrittenReportOptions</name>
    <message>
        <source>撰写日期 从</source>
        <translation>Written from</translation>
    </message>
    <message>
        <source>到</source>
        <translation>To</translation>
    </message>
    <message>
        <source>或工单编号</source>
        <translation>or ticket no.</translation>
    </message>
    <message>
        <source>只打印这张工单的书面报告（可不填）</source>
        <translation>Print only this ticket&apos;s written report (optional)</translation>
    </message>
    <message>
        <source>结束日期早于开始日期，请重新选择</source>
        <translation>The end date is before the start date; please choose again</translation>
    </message>
</context>
<context>
    <name>WrittenReportsPanel</name>
    <message>
        <source>工单号</source>
        <translation>Ticket no.</translation>
    </message>
    <message>
        <source>撰写时间</source>
        <translation>Written at</translation>
    </message>
    <message>
        <source>撰写人</source>
        <translation>Written by</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>措施</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>经验教训</source>
        <translation>Lessons learned</translation>
    </message>
    <message>
        <source>撰写日期 从：</source>
        <translation>Written from:</translation>
    </message>
    <message>
        <source>到：</source>
        <translation>to:</translation>
    </message>
    <message>
        <source>结束日期早于开始日期，请重新选择</source>
        <translation>The end date is before the start date; please choose again</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 份书面报告</source>
        <translation>
            <numerusform>%n written report</numerusform>
            <numerusform>%n written reports</numerusform>
        </translation>
    </message>
    <message>
        <source>共 %1 份书面报告</source>
        <translation type="vanished">%1 written reports</translation>
    </message>
</context>
<context>
    <name>action_status</name>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>逾期未完成</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>进行中</source>
        <translation>In progress</translation>
    </message>
</context>
<context>
    <name>audit_log</name>
    <message>
        <source>登录成功</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>登录失败</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <source>锁定期间尝试登录</source>
        <translation>Sign-in attempt while locked</translation>
    </message>
    <message>
        <source>登录名被锁定</source>
        <translation>Login locked</translation>
    </message>
    <message>
        <source>权限拒绝</source>
        <translation>Permission refused</translation>
    </message>
    <message>
        <source>查看完整个人信息</source>
        <translation>View full personal data</translation>
    </message>
    <message>
        <source>设置管理员密码</source>
        <translation>Administrator password set</translation>
    </message>
    <message>
        <source>修改本人密码</source>
        <translation>Own password changed</translation>
    </message>
    <message>
        <source>重置密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>创建</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Edited</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>状态变更</source>
        <translation>State changed</translation>
    </message>
    <message>
        <source>填写原因</source>
        <translation>Reason given</translation>
    </message>
    <message>
        <source>添加证据</source>
        <translation>Evidence added</translation>
    </message>
    <message>
        <source>影响评估</source>
        <translation>Impact assessment</translation>
    </message>
    <message>
        <source>调整建议</source>
        <translation>Suggestion adjusted</translation>
    </message>
    <message>
        <source>政策审核</source>
        <translation>Policy review</translation>
    </message>
    <message>
        <source>改派</source>
        <translation>Reassign</translation>
    </message>
    <message>
        <source>暂停计时</source>
        <translation>Pause clock</translation>
    </message>
    <message>
        <source>恢复计时</source>
        <translation>Resume clock</translation>
    </message>
    <message>
        <source>承诺解决时间</source>
        <translation>Promised resolution time</translation>
    </message>
    <message>
        <source>升级上报</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <source>自动升级</source>
        <translation>Escalate automatically</translation>
    </message>
    <message>
        <source>批示处理意见</source>
        <translation>Give instructions</translation>
    </message>
    <message>
        <source>跟进记录</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>升级完成</source>
        <translation>Escalation done</translation>
    </message>
    <message>
        <source>汇报表/书面报告</source>
        <translation>Exception/written report</translation>
    </message>
    <message>
        <source>提醒</source>
        <translation>Notices</translation>
    </message>
    <message>
        <source>已读提醒</source>
        <translation>Notice read</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>调整顺序</source>
        <translation>Order changed</translation>
    </message>
    <message>
        <source>提议奖罚</source>
        <translation>Propose reward/penalty</translation>
    </message>
    <message>
        <source>批准奖罚</source>
        <translation>Reward/penalty approved</translation>
    </message>
    <message>
        <source>驳回奖罚</source>
        <translation>Reward/penalty rejected</translation>
    </message>
    <message>
        <source>下发通知书</source>
        <translation>Notice issued</translation>
    </message>
    <message>
        <source>归档</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>删除个人信息（匿名化）</source>
        <translation>Delete personal data (anonymise)</translation>
    </message>
    <message>
        <source>导出数据</source>
        <translation>Export data</translation>
    </message>
    <message>
        <source>打印完整个人信息</source>
        <translation>Print full personal data</translation>
    </message>
    <message>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>按保存期限匿名化</source>
        <translation>Anonymise after retention period</translation>
    </message>
    <message>
        <source>安排回访</source>
        <translation>Schedule callback</translation>
    </message>
    <message>
        <source>改约回访</source>
        <translation>Reschedule callback</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>Callback</translation>
    </message>
    <message>
        <source>再次回访</source>
        <translation>Revisit</translation>
    </message>
    <message>
        <source>结束回访</source>
        <translation>End callback</translation>
    </message>
    <message>
        <source>处理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>抽取抽查样本</source>
        <translation>Draw spot-check sample</translation>
    </message>
    <message>
        <source>抽查复核</source>
        <translation>Spot-check review</translation>
    </message>
    <message>
        <source>标记完成</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <source>重新打开</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>改名</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>恢复默认</source>
        <translation>Reset to default</translation>
    </message>
</context>
<context>
    <name>audit_words</name>
    <message>
        <source>窗口</source>
        <translation>window</translation>
    </message>
    <message>
        <source>命令行</source>
        <translation>command line</translation>
    </message>
    <message>
        <source>工单列表</source>
        <translation>Ticket list</translation>
    </message>
    <message>
        <source>回访队列</source>
        <translation>Callback queue</translation>
    </message>
    <message>
        <source>奖罚记录</source>
        <translation>Reward/penalty records</translation>
    </message>
    <message>
        <source>审计日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>升级事项</source>
        <translation>Escalations</translation>
    </message>
    <message>
        <source>待分类工单</source>
        <translation>Tickets to classify</translation>
    </message>
    <message>
        <source>客户与订单</source>
        <translation>Customers and orders</translation>
    </message>
    <message>
        <source>查看范围</source>
        <translation>Visibility scope</translation>
    </message>
    <message>
        <source>{new}（{via}）</source>
        <translation>{new} ({via})</translation>
    </message>
    <message>
        <source>致 {shown_old}：{shown_new}</source>
        <translation>To {shown_old}: {shown_new}</translation>
    </message>
    <message>
        <source>第 {old} 次：{shown_new}</source>
        <translation>Attempt {old}: {shown_new}</translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>提醒处理人</source>
        <translation>Remind the handler</translation>
    </message>
    <message>
        <source>自动升级</source>
        <translation>Escalate automatically</translation>
    </message>
    <message>
        <source>通过</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>未通过：{value1}</source>
        <translation>Not passed: {value1}</translation>
    </message>
    <message>
        <source>{value} 分（{value2}）</source>
        <translation>{value} points ({value2})</translation>
    </message>
    <message>
        <source>{yuan} 元</source>
        <translation>{yuan} yuan</translation>
    </message>
</context>
<context>
    <name>callback_queue</name>
    <message>
        <source>我的和本组的</source>
        <translation>Mine and my group&apos;s</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>callback_rules</name>
    <message>
        <source>解释说明/操作指导</source>
        <translation>Explanation/guidance</translation>
    </message>
    <message>
        <source>退款</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>换货</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>维修</source>
        <translation>Repair</translation>
    </message>
    <message>
        <source>补发</source>
        <translation>Resend</translation>
    </message>
    <message>
        <source>赔偿</source>
        <translation>Compensation</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>无人接听</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>关机/停机</source>
        <translation>Phone off/out of service</translation>
    </message>
    <message>
        <source>占线</source>
        <translation>Busy</translation>
    </message>
    <message>
        <source>拒接</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>号码错误</source>
        <translation>Wrong number</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>Callback</translation>
    </message>
    <message>
        <source>再次回访</source>
        <translation>Revisit</translation>
    </message>
    <message>
        <source>客户满意</source>
        <translation>Customer satisfied</translation>
    </message>
    <message>
        <source>不满意，已重开</source>
        <translation>Not satisfied, reopened</translation>
    </message>
    <message>
        <source>多次未接通</source>
        <translation>Not reached after several calls</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>非常满意</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>非常不满意</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <source>第 %1 天再次回访</source>
        <translation>Revisit on day %1</translation>
    </message>
</context>
<context>
    <name>callback_settings</name>
    <message>
        <source>受理工单的客服</source>
        <translation type="vanished">Clerk who took the ticket</translation>
    </message>
    <message>
        <source>回访组</source>
        <translation type="vanished">Callback group</translation>
    </message>
</context>
<context>
    <name>carriers</name>
    <message>
        <source>固定金额</source>
        <translation>Fixed amount</translation>
    </message>
    <message>
        <source>按货值比例</source>
        <translation>Share of goods value</translation>
    </message>
</context>
<context>
    <name>channels</name>
    <message>
        <source>24小时热线</source>
        <translation>24-hour hotline</translation>
    </message>
    <message>
        <source>网站/APP</source>
        <translation>Website/app</translation>
    </message>
    <message>
        <source>电子邮件</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>微信</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>微博</source>
        <translation>Weibo</translation>
    </message>
    <message>
        <source>在线客服平台</source>
        <translation>Online service platform</translation>
    </message>
    <message>
        <source>到店/来访</source>
        <translation>In store/visit</translation>
    </message>
    <message>
        <source>紧急</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>低</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
</context>
<context>
    <name>deadline_text</name>
    <message>
        <source>进行中</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>即将到期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>已超时</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>计时暂停</source>
        <translation>Clock paused</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>%1天%2小时</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1天</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1小时%2分</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1小时</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1分</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>不到1分</source>
        <translation>under 1 min</translation>
    </message>
    <message>
        <source>超时 %1</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <source>剩 %1</source>
        <translation>%1 left</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>客户投诉登记表</source>
        <translation>Complaint register</translation>
    </message>
    <message>
        <source>工单服务记录</source>
        <translation>Ticket service record</translation>
    </message>
    <message>
        <source>异常情况汇报表</source>
        <translation>Exception report</translation>
    </message>
    <message>
        <source>书面报告</source>
        <translation>Written reports</translation>
    </message>
    <message>
        <source>空白受理单</source>
        <translation>Blank intake form</translation>
    </message>
    <message>
        <source>奖罚通知书</source>
        <translation>Reward/penalty notice</translation>
    </message>
    <message>
        <source>客诉分析例会资料</source>
        <translation>Weekly meeting pack</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>请客户为{what}打分（1–5 分）</source>
        <translation>Please ask the customer to rate {what} (1–5)</translation>
    </message>
    <message>
        <source>{what}的分数为 1–5 分，收到“{value}”</source>
        <translation>The score for {what} is 1–5, got “{value}”</translation>
    </message>
    <message>
        <source>请选择{question}（是/否）</source>
        <translation>Please choose {question} (yes/no)</translation>
    </message>
    <message>
        <source>是否接通</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>请选择未接通的原因（{value1}）</source>
        <translation>Please choose why the call was not reached ({value1})</translation>
    </message>
    <message>
        <source>问题是否真正解决</source>
        <translation>Problem really solved</translation>
    </message>
    <message>
        <source>处理结果</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>服务态度</source>
        <translation>Service attitude</translation>
    </message>
    <message>
        <source>客户不满意或问题未解决时，请记录客户原话</source>
        <translation>When the customer is dissatisfied or the problem is unsolved, record the customer&apos;s words</translation>
    </message>
    <message>
        <source>回访天数为 1–365 的整数，用逗号分隔，如 7,30；收到“{part}”</source>
        <translation>Callback days are whole numbers 1–365 separated by commas, e.g. 7,30; got “{part}”</translation>
    </message>
    <message>
        <source>回访天数不能重复</source>
        <translation>Callback days must not repeat</translation>
    </message>
    <message>
        <source>话术不能为空</source>
        <translation>The script cannot be empty</translation>
    </message>
    <message>
        <source>未知的占位符 {unknown}；可用：{known}</source>
        <translation>Unknown placeholder {unknown}; available: {known}</translation>
    </message>
    <message>
        <source>{question}：{answer}</source>
        <translation>{question}: {answer}</translation>
    </message>
    <message>
        <source>其他情况</source>
        <translation>any other case</translation>
    </message>
    <message>
        <source>{a}；{b}</source>
        <translation>{a}; {b}</translation>
    </message>
    <message>
        <source>请回答“{label}”</source>
        <translation>Please answer “{label}”</translation>
    </message>
    <message>
        <source>unknown &apos;{value}&apos;; expected one of {value2}</source>
        <translation type="vanished">unknown &apos;{value}&apos;; expected one of {value2}</translation>
    </message>
    <message>
        <source>依据规则：{rule} → {priority}</source>
        <translation>By rule: {rule} → {priority}</translation>
    </message>
    <message>
        <source>没有匹配的规则，按一般处理</source>
        <translation>No rule matches; handled as normal</translation>
    </message>
    <message>
        <source>请写成 ISO 周，如 2026-W47（年份-W周数，周一至周日）</source>
        <translation>Write an ISO week, e.g. 2026-W47 (year-W week number, Monday to Sunday)</translation>
    </message>
    <message>
        <source>请填写周次，{EXPECTED}</source>
        <translation>Please enter the week, {EXPECTED}</translation>
    </message>
    <message>
        <source>“{value}”不是有效的周次，{EXPECTED}</source>
        <translation>“{value}” is not a valid week, {EXPECTED}</translation>
    </message>
    <message>
        <source>{year} 年只有第 1 到第 {last} 周，“{value}”不存在</source>
        <translation>{year} only has weeks 1 to {last}; “{value}” does not exist</translation>
    </message>
    <message>
        <source>请从列表中选择奖罚类别（{kinds}）</source>
        <translation>Please choose a reward/penalty kind from the list ({kinds})</translation>
    </message>
    <message>
        <source>金额请填数字（元），最多两位小数，如 1250.50</source>
        <translation>Enter the amount as a number (yuan), at most two decimals, e.g. 1250.50</translation>
    </message>
    <message>
        <source>金额应在 0 到 10,000,000 元之间</source>
        <translation>The amount must be between 0 and 10,000,000 yuan</translation>
    </message>
    <message>
        <source>请填 0 到 {high} 之间的百分数，最多两位小数，如 5 或 2.5</source>
        <translation>Enter a percentage from 0 to {high}, at most two decimals, e.g. 5 or 2.5</translation>
    </message>
    <message>
        <source>{label}：请填写</source>
        <translation>{label}: required</translation>
    </message>
    <message>
        <source>{label}最多 {defn_max_length} 个字（现在 {count_text} 个）</source>
        <translation>{label}: at most {defn_max_length} characters (now {count_text})</translation>
    </message>
    <message>
        <source>{label}：请选择是或否，收到“{text}”</source>
        <translation>{label}: choose yes or no, got “{text}”</translation>
    </message>
    <message>
        <source>{label}须为 {value2} 之一，收到“{text}”</source>
        <translation>{label} must be one of {value2}, got “{text}”</translation>
    </message>
    <message>
        <source>{label}请填时间 HH:MM，如 09:00，收到“{text}”</source>
        <translation>{label}: enter a time HH:MM, e.g. 09:00, got “{text}”</translation>
    </message>
    <message>
        <source>{label}：请填写金额（元），如 2000</source>
        <translation>{label}: enter an amount (yuan), e.g. 2000</translation>
    </message>
    <message>
        <source>{label}“{text}”不是完整路径（如 D:\备份）</source>
        <translation>{label} “{text}” is not a full path (e.g. D:\Backups)</translation>
    </message>
    <message>
        <source>，留空为不设置</source>
        <translation>, or empty for none</translation>
    </message>
    <message>
        <source>{defn_label}为 {defn_low}–{defn_high} 的整数{off}，收到“{text}”</source>
        <translation>{defn_label} is a whole number {defn_low}–{defn_high}{off}, got “{text}”</translation>
    </message>
    <message>
        <source>下班时间须晚于上班时间</source>
        <translation>Closing time must be after opening time</translation>
    </message>
    <message>
        <source>请选择统计的开始日期</source>
        <translation>Please choose the start date of the statistics</translation>
    </message>
    <message>
        <source>请选择统计的结束日期</source>
        <translation>Please choose the end date of the statistics</translation>
    </message>
    <message>
        <source>结束日期不能早于开始日期</source>
        <translation>The end date cannot be before the start date</translation>
    </message>
    <message>
        <source>统计期间最长 {MAX_DAYS} 天</source>
        <translation>The period is at most {MAX_DAYS} days</translation>
    </message>
    <message>
        <source>请从以下选项中选择：{value1}</source>
        <translation>Expected one of {value1}</translation>
    </message>
    <message>
        <source>expected one of {value1}</source>
        <translation type="vanished">expected one of {value1}</translation>
    </message>
    <message>
        <source>unknown &apos;{text}&apos;; expected one of {value2}</source>
        <translation type="vanished">unknown &apos;{text}&apos;; expected one of {value2}</translation>
    </message>
    <message>
        <source>期间请写成月份 2026-11 或季度 2026-Q4</source>
        <translation>Write the period as a month 2026-11 or a quarter 2026-Q4</translation>
    </message>
    <message>
        <source>expected text, got {name__}</source>
        <translation type="vanished">expected text, got {name__}</translation>
    </message>
    <message>
        <source>contains characters that cannot be stored</source>
        <translation type="vanished">contains characters that cannot be stored</translation>
    </message>
    <message>
        <source>at most {limit} characters, got {count_text}</source>
        <translation type="vanished">at most {limit} characters, got {count_text}</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD, got &apos;{text}&apos;</source>
        <translation type="vanished">expected a date as YYYY-MM-DD, got &apos;{text}&apos;</translation>
    </message>
    <message>
        <source>lies in the future</source>
        <translation type="vanished">lies in the future</translation>
    </message>
    <message>
        <source>expected a date after 1990</source>
        <translation type="vanished">expected a date after 1990</translation>
    </message>
    <message>
        <source>expected ISO 8601 time with offset, e.g. 2026-11-22T09:30:00+08:00</source>
        <translation type="vanished">expected ISO 8601 time with offset, e.g. 2026-11-22T09:30:00+08:00</translation>
    </message>
    <message>
        <source>expected a time after 2000</source>
        <translation type="vanished">expected a time after 2000</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="vanished">expected an object</translation>
    </message>
    <message>
        <source>unknown field {key!r}; expected one of {value2}</source>
        <translation type="vanished">unknown field {key!r}; expected one of {value2}</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="vanished">expected true or false</translation>
    </message>
    <message>
        <source>a phone number or a name is required</source>
        <translation type="vanished">a phone number or a name is required</translation>
    </message>
    <message>
        <source>{problem}</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <source>expected an e-mail address like name@example.com</source>
        <translation type="vanished">expected an e-mail address like name@example.com</translation>
    </message>
    <message>
        <source>expected 6 digits</source>
        <translation type="vanished">expected 6 digits</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation type="vanished">expected a JSON object</translation>
    </message>
    <message>
        <source>required; one of {value1}</source>
        <translation type="vanished">required; one of {value1}</translation>
    </message>
    <message>
        <source>required: what the customer reports</source>
        <translation type="vanished">required: what the customer reports</translation>
    </message>
    <message>
        <source>expected a list of file paths</source>
        <translation type="vanished">expected a list of file paths</translation>
    </message>
    <message>
        <source>expected a JSON object with the fields to change</source>
        <translation type="vanished">expected a JSON object with the fields to change</translation>
    </message>
    <message>
        <source>{key!r} cannot be edited; editable: {value2}</source>
        <translation type="vanished">{key!r} cannot be edited; editable: {value2}</translation>
    </message>
    <message>
        <source>cannot be empty</source>
        <translation type="vanished">cannot be empty</translation>
    </message>
    <message>
        <source>cannot be removed; correct it instead</source>
        <translation type="vanished">cannot be removed; correct it instead</translation>
    </message>
    <message>
        <source>工单 {number} 还没有书面报告</source>
        <translation>Ticket {number} has no written report yet</translation>
    </message>
    <message>
        <source>请给出撰写日期范围或工单编号</source>
        <translation>Give a range of writing dates or a ticket number</translation>
    </message>
    <message>
        <source>结束日期早于开始日期</source>
        <translation>The end date is before the start date</translation>
    </message>
    <message>
        <source>份数应在 1 到 {MAX_COPIES} 之间</source>
        <translation>Copies must be between 1 and {MAX_COPIES}</translation>
    </message>
    <message>
        <source>请填写工单编号，如 SH20261122-0007</source>
        <translation>Please enter a ticket number, e.g. SH20261122-0007</translation>
    </message>
    <message>
        <source>{label}请写成日期 YYYY-MM-DD，如 2026-11-30</source>
        <translation>{label}: write a date YYYY-MM-DD, e.g. 2026-11-30</translation>
    </message>
    <message>
        <source>请填写对策内容（要做什么）</source>
        <translation>Please enter the measure (what is to be done)</translation>
    </message>
    <message>
        <source>对策内容最多 {MAX_TEXT} 字</source>
        <translation>The measure has at most {MAX_TEXT} characters</translation>
    </message>
    <message>
        <source>请选择责任人（在职人员）</source>
        <translation>Please choose the person responsible (active staff)</translation>
    </message>
    <message>
        <source>没有在职人员“{login_}”，请选择责任人</source>
        <translation>No active staff member “{login_}”; please choose the person responsible</translation>
    </message>
    <message>
        <source>完成期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>完成期限不能早于例会所在周的周一（{week_monday}）</source>
        <translation>The deadline cannot be before the Monday of the meeting&apos;s week ({week_monday})</translation>
    </message>
    <message>
        <source>没有投诉大类“{category}”</source>
        <translation>No complaint category “{category}”</translation>
    </message>
    <message>
        <source>没有部门“{department}”</source>
        <translation>No department “{department}”</translation>
    </message>
    <message>
        <source>完成日期早于这个周次，不能改到该周</source>
        <translation>The completion date is before this week; it cannot be moved to that week</translation>
    </message>
    <message>
        <source>完成日期</source>
        <translation>Completion date</translation>
    </message>
    <message>
        <source>完成日期不能晚于今天</source>
        <translation>The completion date cannot be after today</translation>
    </message>
    <message>
        <source>完成日期不能早于布置这项对策的周一（{row_week_start}）</source>
        <translation>The completion date cannot be before the Monday the measure was set ({row_week_start})</translation>
    </message>
    <message>
        <source>no active staff member &apos;{assignee}&apos;</source>
        <translation type="vanished">no active staff member &apos;{assignee}&apos;</translation>
    </message>
    <message>
        <source>{target_name} is marked absent</source>
        <translation type="vanished">{target_name} is marked absent</translation>
    </message>
    <message>
        <source>a {ticket_state} ticket is not reassigned</source>
        <translation type="vanished">a {ticket_state} ticket is not reassigned</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is not a readable file</source>
        <translation type="vanished">&apos;{path}&apos; is not a readable file</translation>
    </message>
    <message>
        <source>&apos;{source_name}&apos; is not a photo or video (found {value2}); expected JPEG, PNG, GIF, WebP, HEIC, MP4, MOV or similar</source>
        <translation type="vanished">&apos;{source_name}&apos; is not a photo or video (found {value2}); expected JPEG, PNG, GIF, WebP, HEIC, MP4, MOV or similar</translation>
    </message>
    <message>
        <source>&apos;{source_name}&apos; is {value2:.1f} MiB; at most {value3} MiB for this type</source>
        <translation type="vanished">&apos;{source_name}&apos; is {value2:.1f} MiB; at most {value3} MiB for this type</translation>
    </message>
    <message>
        <source>登录名或密码不正确</source>
        <translation>Wrong login or password</translation>
    </message>
    <message>
        <source>密码至少 {MIN_LENGTH} 个字符</source>
        <translation>The password needs at least {MIN_LENGTH} characters</translation>
    </message>
    <message>
        <source>密码过于简单，请混用不同的字母、数字或符号</source>
        <translation>The password is too simple; mix different letters, digits or symbols</translation>
    </message>
    <message>
        <source>管理员密码已经设置过；请登录</source>
        <translation>The administrator password is already set; please sign in</translation>
    </message>
    <message>
        <source>数据库中没有在职的系统管理员</source>
        <translation>The database has no active system administrator</translation>
    </message>
    <message>
        <source>连续 {count} 次密码错误，该登录名已锁定至 {until}；届时再试，或请系统管理员重置密码</source>
        <translation>{count} wrong passwords in a row: this login is locked until {until}; try again then, or ask a system administrator to reset the password</translation>
    </message>
    <message>
        <source>当前密码不正确</source>
        <translation>The current password is wrong</translation>
    </message>
    <message>
        <source>新密码不能与当前密码相同</source>
        <translation>The new password must differ from the current one</translation>
    </message>
    <message>
        <source>没有登录名为“{login_}”的人员</source>
        <translation>No staff member with login “{login_}”</translation>
    </message>
    <message>
        <source>请先为自己设置密码，再开启单人模式</source>
        <translation>Set a password for yourself first, then turn on single-user mode</translation>
    </message>
    <message>
        <source>cannot create &apos;{text}&apos;: {exc_strerror}</source>
        <translation type="vanished">cannot create &apos;{text}&apos;: {exc_strerror}</translation>
    </message>
    <message>
        <source>expected a year</source>
        <translation type="vanished">expected a year</translation>
    </message>
    <message>
        <source>expected a year from {FIRST_YEAR} to {LAST_YEAR}</source>
        <translation type="vanished">expected a year from {FIRST_YEAR} to {LAST_YEAR}</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD</source>
        <translation type="vanished">expected a date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>expected {HOLIDAY} or {WORKDAY}</source>
        <translation type="vanished">expected {HOLIDAY} or {WORKDAY}</translation>
    </message>
    <message>
        <source>at most {MAX_NAME} characters</source>
        <translation type="vanished">at most {MAX_NAME} characters</translation>
    </message>
    <message>
        <source>cannot read {path_name}: {exc_strerror}</source>
        <translation type="vanished">cannot read {path_name}: {exc_strerror}</translation>
    </message>
    <message>
        <source>未知的处理方式 {kind}</source>
        <translation>Unknown way of handling {kind}</translation>
    </message>
    <message>
        <source>另约回访的天数为 1–365</source>
        <translation>A rescheduled callback is 1–365 days away</translation>
    </message>
    <message>
        <source>这通回访已结束（已由他人记录或工单状态已变），请刷新</source>
        <translation>This callback is finished (recorded by someone else or the ticket state changed); please refresh</translation>
    </message>
    <message>
        <source>这通回访刚被他人记录过一次，已重新载入，请核对</source>
        <translation>This callback was just recorded by someone else and has been reloaded; please check</translation>
    </message>
    <message>
        <source>工单当前状态为 {ticket_state}，不能记录此回访</source>
        <translation>The ticket is {ticket_state}; this callback cannot be recorded</translation>
    </message>
    <message>
        <source>只有已关闭的工单才能安排再次回访</source>
        <translation>Only closed tickets can get another callback</translation>
    </message>
    <message>
        <source>请填写{label}</source>
        <translation>Please enter {label}</translation>
    </message>
    <message>
        <source>{label}最多 {limit} 个字</source>
        <translation>{label}: at most {limit} characters</translation>
    </message>
    <message>
        <source>承运商名称</source>
        <translation>Carrier name</translation>
    </message>
    <message>
        <source>联系人/电话</source>
        <translation>Contact/phone</translation>
    </message>
    <message>
        <source>运输协议编号</source>
        <translation>Transport agreement no.</translation>
    </message>
    <message>
        <source>已有承运商“{name}”</source>
        <translation>Carrier “{name}” already exists</translation>
    </message>
    <message>
        <source>请选择固定金额或按货值比例</source>
        <translation>Choose a fixed amount or a share of the goods value</translation>
    </message>
    <message>
        <source>条款号</source>
        <translation>Clause no.</translation>
    </message>
    <message>
        <source>条款内容</source>
        <translation>Clause text</translation>
    </message>
    <message>
        <source>请填写罚款金额（元）</source>
        <translation>Please enter the penalty amount (yuan)</translation>
    </message>
    <message>
        <source>请填写占货值的百分比，如 30</source>
        <translation>Please enter the percentage of the goods value, e.g. 30</translation>
    </message>
    <message>
        <source>请从列表中选择异常类别</source>
        <translation>Please choose an exception category from the list</translation>
    </message>
    <message>
        <source>该承运商已有第{clause_no}条</source>
        <translation>This carrier already has clause {clause_no}</translation>
    </message>
    <message>
        <source>请选择投诉类别</source>
        <translation>Please choose the complaint category</translation>
    </message>
    <message>
        <source>请选择细分类别</source>
        <translation>Please choose the sub-category</translation>
    </message>
    <message>
        <source>与建议优先级不同，请写明调整原因</source>
        <translation>Differs from the suggested priority; please give the reason for the change</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date like 2026-11-20</source>
        <translation type="vanished">&apos;{value}&apos; is not a date like 2026-11-20</translation>
    </message>
    <message>
        <source>unknown &apos;{kind}&apos;; expected one of {value2}</source>
        <translation type="vanished">unknown &apos;{kind}&apos;; expected one of {value2}</translation>
    </message>
    <message>
        <source>unknown or retired category &apos;{value}&apos;</source>
        <translation type="vanished">unknown or retired category &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is a sub-category</source>
        <translation type="vanished">&apos;{value}&apos; is a sub-category</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a sub-category of {parent}</source>
        <translation type="vanished">&apos;{value}&apos; is not a sub-category of {parent}</translation>
    </message>
    <message>
        <source>required</source>
        <translation type="vanished">required</translation>
    </message>
    <message>
        <source>unknown &apos;{answer}&apos;; expected {value2}</source>
        <translation type="vanished">unknown &apos;{answer}&apos;; expected {value2}</translation>
    </message>
    <message>
        <source>2–40 lower-case letters, digits or _</source>
        <translation type="vanished">2–40 lower-case letters, digits or _</translation>
    </message>
    <message>
        <source>only logistics rules name a branch</source>
        <translation type="vanished">only logistics rules name a branch</translation>
    </message>
    <message>
        <source>no department &apos;{name}&apos;</source>
        <translation type="vanished">no department &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>required, at most {limit} characters</source>
        <translation type="vanished">required, at most {limit} characters</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation type="vanished">a whole number from {low} to {high}</translation>
    </message>
    <message>
        <source>{code} exists already</source>
        <translation type="vanished">{code} exists already</translation>
    </message>
    <message>
        <source>没有投诉类别 &apos;{f_category}&apos;</source>
        <translation>No complaint category &apos;{f_category}&apos;</translation>
    </message>
    <message>
        <source>没有部门 &apos;{f_department}&apos;</source>
        <translation>No department &apos;{f_department}&apos;</translation>
    </message>
    <message>
        <source>客户 #{customer_id} 的工单都不在{name}的查看范围内</source>
        <translation>None of customer #{customer_id}&apos;s tickets are within what {name} may see</translation>
    </message>
    <message>
        <source>导出格式应为 json 或 xlsx，收到“{value1}”</source>
        <translation>Expected json or xlsx, got &apos;{value1}&apos;</translation>
    </message>
    <message>
        <source>无法写入“{path}”：{value2}</source>
        <translation>Cannot write &apos;{path}&apos;: {value2}</translation>
    </message>
    <message>
        <source>expected json or xlsx, got &apos;{value1}&apos;</source>
        <translation type="vanished">expected json or xlsx, got &apos;{value1}&apos;</translation>
    </message>
    <message>
        <source>cannot write &apos;{path}&apos;: {value2}</source>
        <translation type="vanished">cannot write &apos;{path}&apos;: {value2}</translation>
    </message>
    <message>
        <source>{shown}{more}。没有导入任何内容，请改正后重新导入</source>
        <translation>{shown}{more}. Nothing was imported; correct it and import again</translation>
    </message>
    <message>
        <source>导入期间有人同时录入了相同的客户或订单；没有导入任何内容，请重新预览后再导入</source>
        <translation>Someone entered the same customer or order during the import; nothing was imported, please preview again and import</translation>
    </message>
    <message>
        <source>请填写{what}</source>
        <translation>Please enter {what}</translation>
    </message>
    <message>
        <source>请选择紧急程度（{value1}）</source>
        <translation>Please choose the urgency ({value1})</translation>
    </message>
    <message>
        <source>工单尚未分派到部门，无法确定升级链</source>
        <translation>The ticket is not assigned to a department yet; the escalation chain is unknown</translation>
    </message>
    <message>
        <source>已关闭或已驳回的工单不能升级</source>
        <translation>Closed or rejected tickets cannot be escalated</translation>
    </message>
    <message>
        <source>工单已在第{current}级，只能向更高一级上报</source>
        <translation>The ticket is already at level {current}; it can only go one level higher</translation>
    </message>
    <message>
        <source>越级上报须写明理由（上级无法解决的情况）</source>
        <translation>Skipping a level needs a reason (what the level above cannot solve)</translation>
    </message>
    <message>
        <source>原因分析</source>
        <translation>Cause analysis</translation>
    </message>
    <message>
        <source>解决方案</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>处理意见</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>请选择执行人</source>
        <translation>Please choose who carries it out</translation>
    </message>
    <message>
        <source>记录类型应为：{value1}</source>
        <translation>The entry kind must be: {value1}</translation>
    </message>
    <message>
        <source>该升级事项已完成，不能再添加记录</source>
        <translation>This escalation is completed; no more entries can be added</translation>
    </message>
    <message>
        <source>只有已批示的升级事项可以完成</source>
        <translation>Only an escalation with instructions can be completed</translation>
    </message>
    <message>
        <source>只有接收这次升级的领导可以批示或继续上报</source>
        <translation>Only the leader who received this escalation can give instructions or escalate further</translation>
    </message>
    <message>
        <source>该升级事项已{value1}</source>
        <translation>This escalation has already been {value1}</translation>
    </message>
    <message>
        <source>批示</source>
        <translation>given instructions</translation>
    </message>
    <message>
        <source>处理</source>
        <translation>handled</translation>
    </message>
    <message>
        <source>{title}{who}（第{level}级）</source>
        <translation>{title}{who} (level {level})</translation>
    </message>
    <message>
        <source>没有部门“{name_or_id}”</source>
        <translation>No department “{name_or_id}”</translation>
    </message>
    <message>
        <source>{dept_name}的升级链没有第{level}级</source>
        <translation>The escalation chain of {dept_name} has no level {level}</translation>
    </message>
    <message>
        <source>级别从 1 开始</source>
        <translation>Levels start at 1</translation>
    </message>
    <message>
        <source>请填写该级的职务名称</source>
        <translation>Please enter the level&apos;s job title</translation>
    </message>
    <message>
        <source>请填写该级的角色</source>
        <translation>Please enter the level&apos;s role</translation>
    </message>
    <message>
        <source>没有在职人员“{staff}”</source>
        <translation>No active staff member “{staff}”</translation>
    </message>
    <message>
        <source>级别须连续，不能跳过中间的级别</source>
        <translation>Levels must be consecutive; none may be skipped</translation>
    </message>
    <message>
        <source>只能删除最高一级</source>
        <translation>Only the highest level can be removed</translation>
    </message>
    <message>
        <source>异常情况须先提交书面报告（原因、措施、经验教训）才能结案</source>
        <translation>An exception needs a written report (cause, measures, lessons) before it is closed</translation>
    </message>
    <message>
        <source>事件经过</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>发生时间</source>
        <translation>Occurred at</translation>
    </message>
    <message>
        <source>接到信息时间</source>
        <translation>Information received at</translation>
    </message>
    <message>
        <source>汇报时间</source>
        <translation>Reported at</translation>
    </message>
    <message>
        <source>汇报对象</source>
        <translation>Reported to</translation>
    </message>
    <message>
        <source>相关单据</source>
        <translation>Related documents</translation>
    </message>
    <message>
        <source>客户沟通</source>
        <translation>Customer communication</translation>
    </message>
    <message>
        <source>回访结果</source>
        <translation>Callback result</translation>
    </message>
    <message>
        <source>责任认定</source>
        <translation>Responsibility</translation>
    </message>
    <message>
        <source>奖罚决定</source>
        <translation>Reward/penalty decision</translation>
    </message>
    <message>
        <source>归档日期</source>
        <translation>Archived on</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>措施</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>经验教训</source>
        <translation>Lessons learned</translation>
    </message>
    <message>
        <source>时间格式为 YYYY-MM-DD HH:MM</source>
        <translation>Time format is YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>汇报表没有这一栏</source>
        <translation>The report form has no such field</translation>
    </message>
    <message>
        <source>没有这位人员</source>
        <translation>No such staff member</translation>
    </message>
    <message>
        <source>接到信息的时间</source>
        <translation>time the information was received</translation>
    </message>
    <message>
        <source>请填写{value1}</source>
        <translation>Please enter {value1}</translation>
    </message>
    <message>
        <source>这张工单已有书面报告</source>
        <translation>This ticket already has a written report</translation>
    </message>
    <message>
        <source>文件可能正在 Excel 或其他程序中打开，或该文件夹不允许写入；请关闭文件或另选位置后重试</source>
        <translation>The file may be open in Excel or another program, or the folder does not allow writing; close the file or choose another place and try again</translation>
    </message>
    <message>
        <source>文件夹不存在</source>
        <translation>The folder does not exist</translation>
    </message>
    <message>
        <source>已有同名的文件夹</source>
        <translation>A folder of that name exists</translation>
    </message>
    <message>
        <source>无法写入“{path}”：{why}</source>
        <translation>Cannot write “{path}”: {why}</translation>
    </message>
    <message>
        <source>请用 .xlsx 作为文件扩展名（Excel 工作簿），而不是“{path_name}”</source>
        <translation>Use .xlsx as the file extension (Excel workbook), not “{path_name}”</translation>
    </message>
    <message>
        <source>只能标记自己的提醒为已读</source>
        <translation>You can only mark your own reminders as read</translation>
    </message>
    <message>
        <source>请填写{what}名称（最多 {MAX_NAME} 个字）</source>
        <translation>Please enter the {what} name (at most {MAX_NAME} characters)</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>department</translation>
    </message>
    <message>
        <source>部门“{name}”已存在</source>
        <translation>Department “{name}” already exists</translation>
    </message>
    <message>
        <source>部门“{new}”已存在</source>
        <translation>Department “{new}” already exists</translation>
    </message>
    <message>
        <source>分公司</source>
        <translation>branch</translation>
    </message>
    <message>
        <source>分公司“{new}”已存在</source>
        <translation>Branch “{new}” already exists</translation>
    </message>
    <message>
        <source>员工“{login}”不存在或已停用</source>
        <translation>Staff member &apos;{login}&apos; does not exist or is not active</translation>
    </message>
    <message>
        <source>{name}（{role}）没有“{permission}”的权限</source>
        <translation>{name} ({role}) does not have the permission “{permission}”</translation>
    </message>
    <message>
        <source>工单 {number} 不在{name}的查看范围内（{scope}）</source>
        <translation>Ticket {number} is outside what {name} may see ({scope})</translation>
    </message>
    <message>
        <source>请选择处理方式（{value1}）</source>
        <translation>Please choose the resolution ({value1})</translation>
    </message>
    <message>
        <source>请写明处理结果（为客户做了什么），回访时要向客户说明</source>
        <translation>Describe the result (what was done for the customer); the callback will tell the customer</translation>
    </message>
    <message>
        <source>处理结果最多 {MAX_NOTE} 字</source>
        <translation>The result has at most {MAX_NOTE} characters</translation>
    </message>
    <message>
        <source>expected a whole number of years from {MIN_YEARS} to {MAX_YEARS}, or 0 for off; got {years!r}</source>
        <translation type="vanished">expected a whole number of years from {MIN_YEARS} to {MAX_YEARS}, or 0 for off; got {years!r}</translation>
    </message>
    <message>
        <source>驳回请填写理由</source>
        <translation>A rejection needs a reason</translation>
    </message>
    <message>
        <source>审批意见最多 {MAX_COMMENT} 个字</source>
        <translation>The comment has at most {MAX_COMMENT} characters</translation>
    </message>
    <message>
        <source>{name}不能审批自己提议的奖罚记录 {number}</source>
        <translation>{name} cannot approve a reward/penalty record they proposed ({number})</translation>
    </message>
    <message>
        <source>{name}不能审批关于自己的奖罚记录 {number}</source>
        <translation>{name} cannot approve a reward/penalty record about themselves ({number})</translation>
    </message>
    <message>
        <source>按货值比例计罚：请先填写货值</source>
        <translation>Penalty as a share of goods value: enter the goods value first</translation>
    </message>
    <message>
        <source>请先填写金额</source>
        <translation>Enter the amount first</translation>
    </message>
    <message>
        <source>记录 {row_number} {value2}，不能再审批</source>
        <translation>Record {row_number} is {value2}; it cannot be approved again</translation>
    </message>
    <message>
        <source>您已审批过这条记录，需由另一位审批人审批</source>
        <translation>You have already approved this record; another approver must approve it</translation>
    </message>
    <message>
        <source>批准后才能下发</source>
        <translation>can only be issued after approval</translation>
    </message>
    <message>
        <source>下发后才能归档</source>
        <translation>can only be archived after issue</translation>
    </message>
    <message>
        <source>记录 {row_number} {value2}：{need}</source>
        <translation>Record {row_number} is {value2}: {need}</translation>
    </message>
    <message>
        <source>奖罚记录 {row_number} {value2}：批准后才能打印通知书</source>
        <translation>Reward/penalty record {row_number} is {value2}: the notice can be printed only after approval</translation>
    </message>
    <message>
        <source>{label}最多 {limit} 个字（现在 {count_text} 个）</source>
        <translation>{label}: at most {limit} characters (now {count_text})</translation>
    </message>
    <message>
        <source>没有工单 {number}</source>
        <translation>No ticket {number}</translation>
    </message>
    <message>
        <source>请选择受奖罚的员工</source>
        <translation>Please choose the staff member rewarded or penalised</translation>
    </message>
    <message>
        <source>请选择受奖励的团队（部门）</source>
        <translation>Please choose the team (department) rewarded</translation>
    </message>
    <message>
        <source>请选择外协承运商</source>
        <translation>Please choose the contracted carrier</translation>
    </message>
    <message>
        <source>{kind_label}请填写金额（元）</source>
        <translation>{kind_label}: please enter the amount (yuan)</translation>
    </message>
    <message>
        <source>请选择该承运商运输协议中的有效条款</source>
        <translation>Please choose a valid clause of this carrier&apos;s transport agreement</translation>
    </message>
    <message>
        <source>请选择运输协议条款（承运商按所签协议处罚）</source>
        <translation>Please choose a transport agreement clause (carriers are penalised under their signed agreement)</translation>
    </message>
    <message>
        <source>不能为自己提议奖罚</source>
        <translation>You cannot propose a reward or penalty for yourself</translation>
    </message>
    <message>
        <source>事实经过</source>
        <translation>Facts</translation>
    </message>
    <message>
        <source>奖罚措施</source>
        <translation>Reward/penalty measure</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>奖罚记录没有这一栏，或它不能修改</source>
        <translation>The reward/penalty record has no such field, or it cannot be changed</translation>
    </message>
    <message>
        <source>已有审批意见的记录不能再修改</source>
        <translation>A record with approval comments can no longer be changed</translation>
    </message>
    <message>
        <source>记录刚被他人修改，请刷新后再改</source>
        <translation>The record was just changed by someone else; please refresh and change it again</translation>
    </message>
    <message>
        <source>请填写奖罚记录编号，如 JL2026-0001</source>
        <translation>Please enter the record number, e.g. JL2026-0001</translation>
    </message>
    <message>
        <source>请填写规则名称（最多 60 个字）</source>
        <translation>Please enter the rule name (at most 60 characters)</translation>
    </message>
    <message>
        <source>请从列表中选择触发条件</source>
        <translation>Please choose a trigger from the list</translation>
    </message>
    <message>
        <source>这一触发条件可提议：{allowed}</source>
        <translation>This trigger can propose: {allowed}</translation>
    </message>
    <message>
        <source>请选择物流异常的细分类别，如 货损货差</source>
        <translation>Please choose the logistics exception sub-category, e.g. damage or shortage</translation>
    </message>
    <message>
        <source>请填 1 到 10000 之间的次数</source>
        <translation>Enter a count from 1 to 10000</translation>
    </message>
    <message>
        <source>expected one of {value1} or none</source>
        <translation type="vanished">expected one of {value1} or none</translation>
    </message>
    <message>
        <source>请填写服务器名称或地址，如 192.168.1.10</source>
        <translation>Please enter the server name or address, e.g. 192.168.1.10</translation>
    </message>
    <message>
        <source>端口为 1–65535 之间的数字，不是“{self_port}”</source>
        <translation>The port is a number 1–65535, not “{self_port}”</translation>
    </message>
    <message>
        <source>请填写数据库名，如 aftersales</source>
        <translation>Please enter the database name, e.g. aftersales</translation>
    </message>
    <message>
        <source>请填写数据库用户名，如 desk</source>
        <translation>Please enter the database user name, e.g. desk</translation>
    </message>
    <message>
        <source>加密方式为 {value1} 之一</source>
        <translation>Encryption is one of {value1}</translation>
    </message>
    <message>
        <source>连接成功：PostgreSQL {version}。数据库中还没有售后工单台的数据，连接时将建立表结构。</source>
        <translation>Connected: PostgreSQL {version}. The database holds no AfterSales data yet; connecting creates the tables.</translation>
    </message>
    <message>
        <source>连接成功：PostgreSQL {version}。数据库由更新版本的程序建立（第 {schema} 版），请先升级本程序。</source>
        <translation>Connected: PostgreSQL {version}. The database was created by a newer version of the program (version {schema}); upgrade this program first.</translation>
    </message>
    <message>
        <source>连接成功：PostgreSQL {version}。已有售后工单台数据（第 {schema} 版，{tickets} 张工单），连接时将升级到第 {latest} 版。</source>
        <translation>Connected: PostgreSQL {version}. AfterSales data found (version {schema}, {tickets} tickets); connecting upgrades it to version {latest}.</translation>
    </message>
    <message>
        <source>连接成功：PostgreSQL {version}。已有售后工单台数据（第 {schema} 版，{tickets} 张工单）。</source>
        <translation>Connected: PostgreSQL {version}. AfterSales data found (version {schema}, {tickets} tickets).</translation>
    </message>
    <message>
        <source>无法连接 {location_display}：{reason}</source>
        <translation>Cannot connect to {location_display}: {reason}</translation>
    </message>
    <message>
        <source>连接共享数据库服务器</source>
        <translation>Connect to a shared database server</translation>
    </message>
    <message>
        <source>当前使用的数据库已在服务器上，无需迁移</source>
        <translation>The database in use is already on a server</translation>
    </message>
    <message>
        <source>the database in use is already on a server</source>
        <translation type="vanished">the database in use is already on a server</translation>
    </message>
    <message>
        <source>迁移到共享数据库服务器</source>
        <translation>Move to a shared database server</translation>
    </message>
    <message>
        <source>{defn_label}由程序自己维护，不能在设置中修改</source>
        <translation>{defn_label} is maintained by the program and cannot be changed in the settings</translation>
    </message>
    <message>
        <source>没有部门“{value1}”；{defn_label}须是已有的部门</source>
        <translation>No department “{value1}”; {defn_label} must be an existing department</translation>
    </message>
    <message>
        <source>an active policy for this case exists already</source>
        <translation type="vanished">an active policy for this case exists already</translation>
    </message>
    <message>
        <source>没有这个类别：{code}</source>
        <translation>No such category: {code}</translation>
    </message>
    <message>
        <source>没有这个部门：{name}</source>
        <translation>No such department: {name}</translation>
    </message>
    <message>
        <source>抽查数量请填写整数</source>
        <translation>Enter the sample size as a whole number</translation>
    </message>
    <message>
        <source>抽查数量应在 1 到 {MAX_SAMPLE} 之间</source>
        <translation>The sample size must be between 1 and {MAX_SAMPLE}</translation>
    </message>
    <message>
        <source>这个期间没有符合条件的已关闭工单可以抽查</source>
        <translation>This period has no closed tickets to spot-check</translation>
    </message>
    <message>
        <source>请选择评定结果：合格或不合格</source>
        <translation>Please choose the verdict: pass or fail</translation>
    </message>
    <message>
        <source>评定为不合格时请写明发现的问题</source>
        <translation>A failed check needs the problems found</translation>
    </message>
    <message>
        <source>发现的问题最多 {MAX_FINDINGS} 字</source>
        <translation>The problems found have at most {MAX_FINDINGS} characters</translation>
    </message>
    <message>
        <source>请填写姓名（最多 40 个字符）</source>
        <translation>Please enter the name (at most 40 characters)</translation>
    </message>
    <message>
        <source>请选择角色：{roles}</source>
        <translation>Please choose a role: {roles}</translation>
    </message>
    <message>
        <source>没有名为“{name}”的{value2}</source>
        <translation>No {value2} named “{name}”</translation>
    </message>
    <message>
        <source>请填写手机号（11 位）或带区号的座机号</source>
        <translation>Please enter a mobile number (11 digits) or a landline with area code</translation>
    </message>
    <message>
        <source>电子邮箱格式应如 name@example.com</source>
        <translation>An e-mail address looks like name@example.com</translation>
    </message>
    <message>
        <source>登录名：2–40 个小写字母、数字或 _ . -，以字母开头</source>
        <translation>Login: 2–40 lowercase letters, digits or _ . -, starting with a letter</translation>
    </message>
    <message>
        <source>登录名“{login_}”已被使用</source>
        <translation>Login “{login_}” is already in use</translation>
    </message>
    <message>
        <source>不能停用自己的账号</source>
        <translation>You cannot deactivate your own account</translation>
    </message>
    <message>
        <source>请填写分公司名称（最多 60 个字符）</source>
        <translation>Please enter the branch name (at most 60 characters)</translation>
    </message>
    <message>
        <source>分公司“{name}”已存在</source>
        <translation>Branch “{name}” already exists</translation>
    </message>
    <message>
        <source>至少要保留一名在职的系统管理员</source>
        <translation>At least one active system administrator must remain</translation>
    </message>
    <message>
        <source>无法识别文件编码：请在 Excel 中另存为“CSV UTF-8”或 .xlsx</source>
        <translation>The file&apos;s encoding is not recognised: save it in Excel as “CSV UTF-8” or .xlsx</translation>
    </message>
    <message>
        <source>“{path_name}”不是可读的 Excel 工作簿（.xlsx）：{exc}</source>
        <translation>“{path_name}” is not a readable Excel workbook (.xlsx): {exc}</translation>
    </message>
    <message>
        <source>不支持 {suffix} 文件：请在 Excel 中另存为 .xlsx 或 CSV</source>
        <translation>{suffix} files are not supported: save it in Excel as .xlsx or CSV</translation>
    </message>
    <message>
        <source>请选择 Excel 工作簿（.xlsx）或 CSV 文件，而不是“{path_name}”</source>
        <translation>Choose an Excel workbook (.xlsx) or a CSV file, not “{path_name}”</translation>
    </message>
    <message>
        <source>找不到文件“{path}”</source>
        <translation>File “{path}” not found</translation>
    </message>
    <message>
        <source>无法读取“{path}”：{value2}</source>
        <translation>Cannot read “{path}”: {value2}</translation>
    </message>
    <message>
        <source>文件太大（{value1} MB）：请分成不超过 50 MB 的几个文件</source>
        <translation>The file is too large ({value1} MB): split it into files of at most 50 MB</translation>
    </message>
    <message>
        <source>“{path_name}”是空的</source>
        <translation>“{path_name}” is empty</translation>
    </message>
    <message>
        <source>没有{label}“{name}”</source>
        <translation>No {label} “{name}”</translation>
    </message>
    <message>
        <source>{label}请填 {low} 到 {MAX_COUNT} 之间的整数</source>
        <translation>{label}: enter a whole number from {low} to {MAX_COUNT}</translation>
    </message>
    <message>
        <source>请选择目标类型：客诉数量、客诉率或较上期减少</source>
        <translation>Please choose the target kind: complaint count, complaint rate or reduction on the previous period</translation>
    </message>
    <message>
        <source>分公司/网点</source>
        <translation>Branch/depot</translation>
    </message>
    <message>
        <source>客诉数量目标</source>
        <translation>Complaint count target</translation>
    </message>
    <message>
        <source>请填写目标百分比，如 0.5 或 10</source>
        <translation>Please enter the target percentage, e.g. 0.5 or 10</translation>
    </message>
    <message>
        <source>业务量（单数）</source>
        <translation>Business volume (orders)</translation>
    </message>
    <message>
        <source>这个部门/网点在该期间已有目标，请修改那一条</source>
        <translation>This department/depot already has a target for the period; change that one</translation>
    </message>
    <message>
        <source>required, at most 40 characters</source>
        <translation type="vanished">required, at most 40 characters</translation>
    </message>
    <message>
        <source>2–40 lower-case letters, digits or _, starting with a letter</source>
        <translation type="vanished">2–40 lower-case letters, digits or _, starting with a letter</translation>
    </message>
    <message>
        <source>sub-categories have no sub-categories of their own</source>
        <translation type="vanished">sub-categories have no sub-categories of their own</translation>
    </message>
    <message>
        <source>{full} exists already</source>
        <translation type="vanished">{full} exists already</translation>
    </message>
    <message>
        <source>{code} is used by tickets or has sub-categories; retire it instead so history is kept</source>
        <translation type="vanished">{code} is used by tickets or has sub-categories; retire it instead so history is kept</translation>
    </message>
    <message>
        <source>工单{value1}，不能{doing}</source>
        <translation>The ticket is {value1}; cannot {doing}</translation>
    </message>
    <message>
        <source>请写明等待客户什么（例如：补充照片）</source>
        <translation>Say what the customer is waited on for (e.g. more photos)</translation>
    </message>
    <message>
        <source>暂停计时</source>
        <translation>pause the clock</translation>
    </message>
    <message>
        <source>计时已暂停</source>
        <translation>The clock is already paused</translation>
    </message>
    <message>
        <source>计时没有暂停</source>
        <translation>The clock is not paused</translation>
    </message>
    <message>
        <source>时间须带时区，如 2026-11-22T09:30:00+08:00</source>
        <translation>Expected a time with offset</translation>
    </message>
    <message>
        <source>expected a time with offset</source>
        <translation type="vanished">expected a time with offset</translation>
    </message>
    <message>
        <source>承诺解决时间须晚于现在</source>
        <translation>The promised resolution time must be after now</translation>
    </message>
    <message>
        <source>承诺解决时间</source>
        <translation>set the promised resolution time</translation>
    </message>
    <message>
        <source>{what} &apos;{text}&apos;; expected one of {names}</source>
        <translation type="vanished">{what} &apos;{text}&apos;; expected one of {names}</translation>
    </message>
    <message>
        <source>required when the ticket becomes {target} ({value2})</source>
        <translation type="vanished">required when the ticket becomes {target} ({value2})</translation>
    </message>
    <message>
        <source>only given when the ticket becomes assigned</source>
        <translation type="vanished">only given when the ticket becomes assigned</translation>
    </message>
    <message>
        <source>the ticket needs a category before it is classified</source>
        <translation type="vanished">the ticket needs a category before it is classified</translation>
    </message>
    <message>
        <source>name the staff member who handles the ticket</source>
        <translation type="vanished">name the staff member who handles the ticket</translation>
    </message>
    <message>
        <source>&apos;{source}&apos; has schema version {version}; this program restores versions 1 to {migrations_LATEST}</source>
        <translation type="vanished">&apos;{source}&apos; has schema version {version}; this program restores versions 1 to {migrations_LATEST}</translation>
    </message>
    <message>
        <source>is the database file itself; choose another file</source>
        <translation type="vanished">is the database file itself; choose another file</translation>
    </message>
    <message>
        <source>&apos;{source}&apos; does not exist or is not a file</source>
        <translation type="vanished">&apos;{source}&apos; does not exist or is not a file</translation>
    </message>
    <message>
        <source>&apos;{source}&apos; is damaged: {value2}</source>
        <translation type="vanished">&apos;{source}&apos; is damaged: {value2}</translation>
    </message>
    <message>
        <source>&apos;{source}&apos; is an SQLite file but not an AfterSales backup (no setting table)</source>
        <translation type="vanished">&apos;{source}&apos; is an SQLite file but not an AfterSales backup (no setting table)</translation>
    </message>
    <message>
        <source>&apos;{source}&apos; is not a readable SQLite backup ({exc})</source>
        <translation type="vanished">&apos;{source}&apos; is not a readable SQLite backup ({exc})</translation>
    </message>
    <message>
        <source>the backup is the database file itself</source>
        <translation type="vanished">the backup is the database file itself</translation>
    </message>
    <message>
        <source>&apos;{source}&apos; holds schema &apos;{archived}&apos;, this database uses &apos;{wanted}&apos;; restore it into a database using &apos;{archived}&apos;</source>
        <translation type="vanished">&apos;{source}&apos; holds schema &apos;{archived}&apos;, this database uses &apos;{wanted}&apos;; restore it into a database using &apos;{archived}&apos;</translation>
    </message>
    <message>
        <source>&apos;{source}&apos; is not a pg_dump archive ({exc})</source>
        <translation type="vanished">&apos;{source}&apos; is not a pg_dump archive ({exc})</translation>
    </message>
    <message>
        <source>&apos;{source}&apos; is a pg_dump archive but not an AfterSales backup (no setting table)</source>
        <translation type="vanished">&apos;{source}&apos; is a pg_dump archive but not an AfterSales backup (no setting table)</translation>
    </message>
    <message>
        <source>&apos;{source}&apos; is damaged or incomplete ({exc})</source>
        <translation type="vanished">&apos;{source}&apos; is damaged or incomplete ({exc})</translation>
    </message>
    <message>
        <source>客户姓名</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <source>手机号</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>地区</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>邮箱</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>年龄段</source>
        <translation>Age range</translation>
    </message>
    <message>
        <source>邮编</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>订单号</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <source>商品</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>型号</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>序列号</source>
        <translation>Serial no.</translation>
    </message>
    <message>
        <source>购买日期</source>
        <translation>Purchase date</translation>
    </message>
    <message>
        <source>购买渠道</source>
        <translation>Bought via</translation>
    </message>
    <message>
        <source>“{text}”应为 是 或 否</source>
        <translation>“{text}” should be 是 (yes) or 否 (no)</translation>
    </message>
    <message>
        <source>含有无法保存的字符</source>
        <translation>contains characters that cannot be stored</translation>
    </message>
    <message>
        <source>最多 {value1} 个字，这里有 {count_text} 个</source>
        <translation>at most {value1} characters, here {count_text}</translation>
    </message>
    <message>
        <source>“{text}”不是有效的手机号（1 开头的 11 位）或带区号的固话（如 021-62345678）</source>
        <translation>“{text}” is not a valid mobile number (11 digits starting with 1) or a landline with area code (e.g. 021-62345678)</translation>
    </message>
    <message>
        <source>“{text}”不是有效的电子邮箱，如 name@example.com</source>
        <translation>“{text}” is not a valid e-mail address, e.g. name@example.com</translation>
    </message>
    <message>
        <source>“{text}”应为 6 位数字</source>
        <translation>“{text}” should be 6 digits</translation>
    </message>
    <message>
        <source>“{text}”应为 男 或 女</source>
        <translation>“{text}” should be 男 (male) or 女 (female)</translation>
    </message>
    <message>
        <source>“{text}”不是日期，应为 2026-11-01 这样的年-月-日</source>
        <translation>“{text}” is not a date; write year-month-day like 2026-11-01</translation>
    </message>
    <message>
        <source>{day} 晚于今天</source>
        <translation>{day} is after today</translation>
    </message>
    <message>
        <source>{day} 早于 1990 年</source>
        <translation>{day} is before 1990</translation>
    </message>
    <message>
        <source>第 {row} 行 {column}：{message}</source>
        <translation>Row {row} {column}: {message}</translation>
    </message>
    <message>
        <source>第 {row} 行：{message}</source>
        <translation>Row {row}: {message}</translation>
    </message>
    <message>
        <source>更新</source>
        <translation>update</translation>
    </message>
    <message>
        <source>更新（{fields}）</source>
        <translation>update ({fields})</translation>
    </message>
    <message>
        <source>订单{action}</source>
        <translation>order {action}</translation>
    </message>
    <message>
        <source>{customer} · {order}</source>
        <translation>{customer} · {order}</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>new</translation>
    </message>
    <message>
        <source>找不到“{value1}”一列（表头可写作 {hint}）</source>
        <translation>No “{value1}” column (the header may read {hint})</translation>
    </message>
    <message>
        <source>客户姓名 或 姓名</source>
        <translation>客户姓名 or 姓名</translation>
    </message>
    <message>
        <source>手机号 或 电话</source>
        <translation>手机号 or 电话</translation>
    </message>
    <message>
        <source>请填写客户姓名</source>
        <translation>Please enter the customer&apos;s name</translation>
    </message>
    <message>
        <source>请填写手机号（用来认出已有客户）</source>
        <translation>Please enter the mobile number (it recognises existing customers)</translation>
    </message>
    <message>
        <source>填写了{filled}，但没有订单号</source>
        <translation>{filled} given, but no order number</translation>
    </message>
    <message>
        <source>订单号 {number} 与第 {value2} 行重复</source>
        <translation>Order number {number} repeats row {value2}</translation>
    </message>
    <message>
        <source>同第 {first_row} 行</source>
        <translation>as row {first_row}</translation>
    </message>
    <message>
        <source>与第 {first_row} 行重复（同一手机号，也都没有订单）</source>
        <translation>Repeats row {first_row} (same mobile number, neither has an order)</translation>
    </message>
    <message>
        <source>与第 {first_row} 行同一手机号，但{value2}不同（“{before}”和“{value}”）</source>
        <translation>Same mobile number as row {first_row}, but a different {value2} (“{before}” and “{value}”)</translation>
    </message>
    <message>
        <source>已有此手机号的客户，但其工单都不在您的查看范围内，不能更新</source>
        <translation>A customer with this mobile number exists, but none of their tickets is within what you may see; not updated</translation>
    </message>
    <message>
        <source>不变</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>订单号 {number} 已属于另一位客户（{value2}）</source>
        <translation>Order number {number} already belongs to another customer ({value2})</translation>
    </message>
    <message>
        <source>表头下面没有数据</source>
        <translation>No data below the header</translation>
    </message>
    <message>
        <source>数据库（{where}）须从第 {current} 版升级到第 {latest} 版，升级前必须先备份，但备份未能完成：{problem}。数据库没有任何改动。请在本机安装与服务器版本一致的 PostgreSQL 客户端工具（pg_dump，如 apt install postgresql-client-{server}）并确保备份文件夹 {folder} 可写，然后重新启动；如果管理员已在服务器上备份，可设置环境变量 {env}=1 或运行 aftersales init {flag} 跳过这次备份（会记入审计日志）。</source>
        <translation>The database ({where}) must be upgraded from schema version {current} to {latest} and is backed up first, but the backup failed: {problem}. Nothing in the database was changed. Install the PostgreSQL client tools matching the server (pg_dump, e.g. apt install postgresql-client-{server}) on this computer, make sure the backup folder {folder} is writable, and start again; if an administrator has backed the database up on the server, set the environment variable {env}=1 or run aftersales init {flag} to skip this backup (it is written to the audit trail).</translation>
    </message>
    <message>
        <source>无法识别“{value}”，请填以下之一：{value2}</source>
        <translation>Unknown &apos;{value}&apos;; expected one of {value2}</translation>
    </message>
    <message>
        <source>无法识别的状态“{text}”，请填以下之一：{value2}</source>
        <translation>Unknown &apos;{text}&apos;; expected one of {value2}</translation>
    </message>
    <message>
        <source>应为文字，收到的是 {name__}</source>
        <translation>Expected text, got {name__}</translation>
    </message>
    <message>
        <source>含有无法保存的字符，请删除后重试</source>
        <translation>Contains characters that cannot be stored</translation>
    </message>
    <message>
        <source>最多 {limit} 个字，现有 {count_text} 个</source>
        <translation>At most {limit} characters, got {count_text}</translation>
    </message>
    <message>
        <source>日期格式为 YYYY-MM-DD，如 2026-11-20；收到“{text}”</source>
        <translation>Expected a date as YYYY-MM-DD, got &apos;{text}&apos;</translation>
    </message>
    <message>
        <source>日期不能晚于今天</source>
        <translation>The date cannot be after today</translation>
    </message>
    <message>
        <source>日期应在 1990 年之后</source>
        <translation>Expected a date after 1990</translation>
    </message>
    <message>
        <source>时间须带时区，格式如 2026-11-22T09:30:00+08:00</source>
        <translation>Expected ISO 8601 time with offset, e.g. 2026-11-22T09:30:00+08:00</translation>
    </message>
    <message>
        <source>时间应在 2000 年之后</source>
        <translation>Expected a time after 2000</translation>
    </message>
    <message>
        <source>受理时间不能晚于当前时间</source>
        <translation>The time received lies in the future</translation>
    </message>
    <message>
        <source>应为一组字段（JSON 对象）</source>
        <translation>Expected an object</translation>
    </message>
    <message>
        <source>没有字段“{key}”，可用的字段：{value2}</source>
        <translation>Unknown field &apos;{key}&apos;; expected one of {value2}</translation>
    </message>
    <message>
        <source>应为 true（是）或 false（否）</source>
        <translation>Expected true or false</translation>
    </message>
    <message>
        <source>请填写客户电话或姓名（至少一项）</source>
        <translation>A phone number or a name is required</translation>
    </message>
    <message>
        <source>请输入大陆手机号（1 开头的 11 位）或带区号的固话，如 021-62345678</source>
        <translation>Expected a mainland mobile number (11 digits starting with 13–19) or a landline with area code, e.g. 021-62345678</translation>
    </message>
    <message>
        <source>请输入有效的电子邮箱，如 name@example.com</source>
        <translation>Expected an e-mail address like name@example.com</translation>
    </message>
    <message>
        <source>邮编为 6 位数字</source>
        <translation>Expected 6 digits</translation>
    </message>
    <message>
        <source>工单数据应为 JSON 对象</source>
        <translation>Expected a JSON object</translation>
    </message>
    <message>
        <source>必填受理渠道，请填以下之一：{value1}</source>
        <translation>Required; one of {value1}</translation>
    </message>
    <message>
        <source>请填写问题描述（客户反映的情况）</source>
        <translation>Required: what the customer reports</translation>
    </message>
    <message>
        <source>附件应为文件路径的列表</source>
        <translation>Expected a list of file paths</translation>
    </message>
    <message>
        <source>修改内容应为 JSON 对象，列出要修改的字段</source>
        <translation>Expected a JSON object with the fields to change</translation>
    </message>
    <message>
        <source>字段“{key}”不能修改；可修改：{value2}</source>
        <translation>&apos;{key}&apos; cannot be edited; editable: {value2}</translation>
    </message>
    <message>
        <source>不能为空</source>
        <translation>Cannot be empty</translation>
    </message>
    <message>
        <source>客户电话不能删除，请改为正确的号码</source>
        <translation>Cannot be removed; correct it instead</translation>
    </message>
    <message>
        <source>没有在职员工“{assignee}”</source>
        <translation>No active staff member &apos;{assignee}&apos;</translation>
    </message>
    <message>
        <source>{target_name} 已登记为缺勤，不能分派</source>
        <translation>{target_name} is marked absent</translation>
    </message>
    <message>
        <source>处于“{ticket_state}”状态的工单不能改派</source>
        <translation>A {ticket_state} ticket is not reassigned</translation>
    </message>
    <message>
        <source>“{path}”不是可读取的文件</source>
        <translation>&apos;{path}&apos; is not a readable file</translation>
    </message>
    <message>
        <source>“{source_name}”不是照片或视频（识别为 {value2}）；请上传 JPEG、PNG、GIF、WebP、HEIC、MP4、MOV 等格式</source>
        <translation>&apos;{source_name}&apos; is not a photo or video (found {value2}); expected JPEG, PNG, GIF, WebP, HEIC, MP4, MOV or similar</translation>
    </message>
    <message>
        <source>未知内容</source>
        <translation>unknown content</translation>
    </message>
    <message>
        <source>“{source_name}”大小 {value2:.1f} MiB，这类文件最大 {value3} MiB</source>
        <translation>&apos;{source_name}&apos; is {value2:.1f} MiB; at most {value3} MiB for this type</translation>
    </message>
    <message>
        <source>无法创建“{text}”：{exc_strerror}</source>
        <translation>Cannot create &apos;{text}&apos;: {exc_strerror}</translation>
    </message>
    <message>
        <source>请填年份，如 2026</source>
        <translation>Expected a year</translation>
    </message>
    <message>
        <source>年份应在 {FIRST_YEAR} 到 {LAST_YEAR} 之间</source>
        <translation>Expected a year from {FIRST_YEAR} to {LAST_YEAR}</translation>
    </message>
    <message>
        <source>日期格式为 YYYY-MM-DD，如 2026-10-01</source>
        <translation>Expected a date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>日期类型应为 {HOLIDAY}（放假）或 {WORKDAY}（调休上班）</source>
        <translation>Expected {HOLIDAY} or {WORKDAY}</translation>
    </message>
    <message>
        <source>名称最多 {MAX_NAME} 个字</source>
        <translation>At most {MAX_NAME} characters</translation>
    </message>
    <message>
        <source>无法读取 {path_name}：{exc_strerror}</source>
        <translation>Cannot read {path_name}: {exc_strerror}</translation>
    </message>
    <message>
        <source>“{value}”不是日期，格式如 2026-11-20</source>
        <translation>&apos;{value}&apos; is not a date like 2026-11-20</translation>
    </message>
    <message>
        <source>没有规则类型“{kind}”，应为以下之一：{value2}</source>
        <translation>Unknown &apos;{kind}&apos;; expected one of {value2}</translation>
    </message>
    <message>
        <source>类别“{value}”不存在或已停用</source>
        <translation>Unknown or retired category &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>“{value}”是细分类别，请在“类别”中选大类</source>
        <translation>&apos;{value}&apos; is a sub-category</translation>
    </message>
    <message>
        <source>“{value}”不是类别 {parent} 的细分类别</source>
        <translation>&apos;{value}&apos; is not a sub-category of {parent}</translation>
    </message>
    <message>
        <source>必填</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>无法识别“{answer}”，应为：{value2}</source>
        <translation>Unknown &apos;{answer}&apos;; expected {value2}</translation>
    </message>
    <message>
        <source>编码为 2–40 个小写英文字母、数字或下划线，如 no_receipt</source>
        <translation>2–40 lower-case letters, digits or _</translation>
    </message>
    <message>
        <source>只有物流类规则可以指定分公司/网点</source>
        <translation>Only logistics rules name a branch</translation>
    </message>
    <message>
        <source>没有部门“{name}”</source>
        <translation>No department &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>必填，最多 {limit} 个字</source>
        <translation>Required, at most {limit} characters</translation>
    </message>
    <message>
        <source>请填 {low} 到 {high} 的整数</source>
        <translation>A whole number from {low} to {high}</translation>
    </message>
    <message>
        <source>编码 {code} 已存在</source>
        <translation>{code} exists already</translation>
    </message>
    <message>
        <source>未设置保留期限：不自动删除个人信息。</source>
        <translation>No retention period set: personal data is not deleted automatically.</translation>
    </message>
    <message>
        <source>保留期限 {years} 年：{cutoff} 之前关闭的工单中有 {due} 张仍带有客户个人信息，将被匿名化{idle}。</source>
        <translation>Retention period {years} years: {due} tickets closed before {cutoff} still hold customers&apos; personal data and will be anonymised{idle}.</translation>
    </message>
    <message>
        <source>保留期限 {years} 年：已匿名化 {tickets} 张 {cutoff} 之前关闭的工单，其中 {customers} 位客户的信息已全部删除{idle}，删除证据文件 {files} 个。</source>
        <translation>Retention period {years} years: {tickets} tickets closed before {cutoff} anonymised, the data of {customers} customers deleted entirely{idle}, {files} evidence files deleted.</translation>
    </message>
    <message>
        <source>；另有 {idle} 位没有工单的客户（{cutoff} 之前导入、之后未再变更）已删除</source>
        <translation>; also {idle} customers without tickets (imported before {cutoff}, unchanged since) deleted</translation>
    </message>
    <message>
        <source>；另有 {idle} 位没有工单的客户（{cutoff} 之前导入、之后未再变更）将被删除</source>
        <translation>; also {idle} customers without tickets (imported before {cutoff}, unchanged since) will be deleted</translation>
    </message>
    <message>
        <source>保存期限应为 {MIN_YEARS} 到 {MAX_YEARS} 的整年数，填 0 表示不清理；收到 {years!r}</source>
        <translation>Expected a whole number of years from {MIN_YEARS} to {MAX_YEARS}, or 0 for off; got {years!r}</translation>
    </message>
    <message>
        <source>未接通（{reason}）</source>
        <translation>Not reached ({reason})</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>Not satisfied</translation>
    </message>
    <message>
        <source>问题已解决</source>
        <translation>problem solved</translation>
    </message>
    <message>
        <source>问题未解决</source>
        <translation>problem not solved</translation>
    </message>
    <message>
        <source>{verdict}：处理结果 {resolution} 分，服务态度 {attitude} 分，{solved}</source>
        <translation>{verdict}: outcome {resolution} points, attitude {attitude} points, {solved}</translation>
    </message>
    <message>
        <source>请从以下选项中选择，或留空：{value1}</source>
        <translation>Expected one of {value1} or none</translation>
    </message>
    <message>
        <source>已有适用范围相同的有效规则，请修改那一条</source>
        <translation>An active policy for this case exists already</translation>
    </message>
    <message>
        <source>必填，最多 40 个字</source>
        <translation>Required, at most 40 characters</translation>
    </message>
    <message>
        <source>编码为 2–40 个小写英文字母、数字或下划线，以字母开头，如 cold_chain</source>
        <translation>2–40 lower-case letters, digits or _, starting with a letter</translation>
    </message>
    <message>
        <source>细分类别下不能再建细分类别</source>
        <translation>Sub-categories have no sub-categories of their own</translation>
    </message>
    <message>
        <source>{full} 已存在</source>
        <translation>{full} exists already</translation>
    </message>
    <message>
        <source>{code} 已有工单使用或含有细分类别，不能删除；请改为停用，历史工单仍保留它</source>
        <translation>{code} is used by tickets or has sub-categories; retire it instead so history is kept</translation>
    </message>
    <message>
        <source>{what}“{text}”，应为以下之一：{names}</source>
        <translation>{what} &apos;{text}&apos;; expected one of {names}</translation>
    </message>
    <message>
        <source>工单改为“{value2}”（{target}）时必须填写原因</source>
        <translation>Required when the ticket becomes {target} ({value2})</translation>
    </message>
    <message>
        <source>只有工单改为“已分派”时才指定处理人</source>
        <translation>Only given when the ticket becomes assigned</translation>
    </message>
    <message>
        <source>工单须先选定类别，才能标为已分类</source>
        <translation>The ticket needs a category before it is classified</translation>
    </message>
    <message>
        <source>请指定处理该工单的员工</source>
        <translation>Name the staff member who handles the ticket</translation>
    </message>
    <message>
        <source>“{source}”的数据库版本为 {version}；本程序只能恢复版本 1 到 {migrations_LATEST} 的备份</source>
        <translation>&apos;{source}&apos; has schema version {version}; this program restores versions 1 to {migrations_LATEST}</translation>
    </message>
    <message>
        <source>这是正在使用的数据库文件本身，请选择其他文件</source>
        <translation>Is the database file itself; choose another file</translation>
    </message>
    <message>
        <source>“{source}”不存在或不是文件</source>
        <translation>&apos;{source}&apos; does not exist or is not a file</translation>
    </message>
    <message>
        <source>“{source}”不完整（被截断）：{size} 字节，应为 {expected} 字节</source>
        <translation>&apos;{source}&apos; is cut off: {size} bytes, expected {expected}</translation>
    </message>
    <message>
        <source>“{source}”已损坏：{value2}</source>
        <translation>&apos;{source}&apos; is damaged: {value2}</translation>
    </message>
    <message>
        <source>“{source}”是 SQLite 文件，但不是售后工单台的备份（缺少 setting 表）</source>
        <translation>&apos;{source}&apos; is an SQLite file but not an AfterSales backup (no setting table)</translation>
    </message>
    <message>
        <source>“{source}”不是可读取的 SQLite 备份（{exc}）</source>
        <translation>&apos;{source}&apos; is not a readable SQLite backup ({exc})</translation>
    </message>
    <message>
        <source>备份文件就是正在使用的数据库文件本身</source>
        <translation>The backup is the database file itself</translation>
    </message>
    <message>
        <source>无法连接 {server}：{reason}</source>
        <translation>Cannot connect to {server}: {reason}</translation>
    </message>
    <message>
        <source>{server} 中已有其他表（{tables}…），请选择一个空数据库</source>
        <translation>{server} already holds other tables ({tables}…); choose an empty database</translation>
    </message>
    <message>
        <source>{server} 中已有售后工单台的数据（表 {table} 不为空）；迁移只能写入空数据库</source>
        <translation>{server} already holds AfterSales data (table {table} is not empty); the move only fills an empty database</translation>
    </message>
    <message>
        <source>表之间的外键循环引用：{tables}</source>
        <translation>Circular foreign keys among the tables {tables}</translation>
    </message>
    <message>
        <source>{source} 的数据库版本为 {version}；请先用本程序打开它（会升级到第 {latest} 版）</source>
        <translation>{source} has schema version {version}; open it with this program first (it upgrades to version {latest})</translation>
    </message>
    <message>
        <source>SQLite 文件缺少表：{tables}</source>
        <translation>The SQLite file lacks the tables {tables}</translation>
    </message>
    <message>
        <source>表 {table}：SQLite 文件中 {here} 行，服务器上 {there} 行；没有迁移任何数据</source>
        <translation>Table {table}: {here} rows in the SQLite file, {there} on the server; nothing was moved</translation>
    </message>
    <message>
        <source>位于网络共享 {where}</source>
        <translation>is on the network share {where}</translation>
    </message>
    <message>
        <source>位于映射的网络驱动器 {where}</source>
        <translation>is on the mapped network drive {where}</translation>
    </message>
    <message>
        <source>位于网络文件系统（{fstype} 挂载 {source}，挂载点 {where}）</source>
        <translation>is on a network file system ({fstype} mount of {source} at {where})</translation>
    </message>
    <message>
        <source>数据库文件 {path} {found}。SQLite 数据库文件不能放在网络路径上：网络文件系统的文件锁不可靠，几台电脑同时写入会损坏数据库，因此拒绝打开。单机使用请把文件放在本机磁盘上（可先把文件复制到本机）；多个工位共用数据请改用共享的 PostgreSQL 服务器：设置 › 数据库连接，或命令行 --db postgresql://用户@服务器/数据库（已有数据用 aftersales move-to-server 迁移到服务器）。</source>
        <translation>The database file {path} {found}. An SQLite database file cannot be kept on a network path: file locks on network file systems are unreliable and several computers writing at once would damage the database, so it is not opened. For one computer, keep the file on a local disk (copy it there first); for several workstations sharing data, use a shared PostgreSQL server: Settings › Database connection, or on the command line --db postgresql://user@server/database (move existing data with aftersales move-to-server).</translation>
    </message>
    <message>
        <source>“{source}”中是架构“{archived}”，当前数据库使用“{wanted}”；请恢复到使用“{archived}”的数据库</source>
        <translation>&apos;{source}&apos; holds schema &apos;{archived}&apos;, this database uses &apos;{wanted}&apos;; restore it into a database using &apos;{archived}&apos;</translation>
    </message>
    <message>
        <source>“{source}”不是 pg_dump 归档（{exc}）</source>
        <translation>&apos;{source}&apos; is not a pg_dump archive ({exc})</translation>
    </message>
    <message>
        <source>“{source}”是 pg_dump 归档，但不是售后工单台的备份（缺少 setting 表）</source>
        <translation>&apos;{source}&apos; is a pg_dump archive but not an AfterSales backup (no setting table)</translation>
    </message>
    <message>
        <source>“{source}”已损坏或不完整（{exc}）</source>
        <translation>&apos;{source}&apos; is damaged or incomplete ({exc})</translation>
    </message>
    <message>
        <source>无法连接数据库服务器 {where}（{detail}）。请检查网络、服务器地址和账号后重试。</source>
        <translation>Cannot connect to the database server {where} ({detail}). Check the network, the server address and the account, then try again.</translation>
    </message>
    <message>
        <source>与数据库服务器 {where} 的连接在提交时中断（{detail}）：无法确定刚才的修改是否已保存。请刷新后核对再决定是否重做。</source>
        <translation>The connection to the database server {where} broke during commit ({detail}): it is not certain whether the change was saved. Refresh and check before doing it again.</translation>
    </message>
    <message>
        <source>与数据库服务器 {where} 的连接中断（{detail}），刚才的操作没有保存任何内容。请检查网络或服务器后重试；重试时会自动重新连接。</source>
        <translation>The connection to the database server {where} broke ({detail}); nothing of the last action was saved. Check the network or the server and try again; a retry reconnects automatically.</translation>
    </message>
</context>
<context>
    <name>escalation_views</name>
    <message>
        <source>紧急</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>较急</source>
        <translation>High</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>待批示</source>
        <translation>Awaiting instruction</translation>
    </message>
    <message>
        <source>已批示</source>
        <translation>Instructed</translation>
    </message>
    <message>
        <source>已转呈上级</source>
        <translation>Passed on</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>执行情况</source>
        <translation>Execution</translation>
    </message>
    <message>
        <source>跟进记录</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>客户沟通</source>
        <translation>Customer contact</translation>
    </message>
</context>
<context>
    <name>field_labels</name>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>优先级</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>受理渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>投诉类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>细分类别</source>
        <translation>Subcategory</translation>
    </message>
    <message>
        <source>处理人</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>证据</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>电子邮箱</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>年龄段</source>
        <translation>Age range</translation>
    </message>
    <message>
        <source>地区</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>邮编</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>订单号</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <source>商品</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>型号</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>序列号</source>
        <translation>Serial no.</translation>
    </message>
    <message>
        <source>购买日期</source>
        <translation>Purchase date</translation>
    </message>
    <message>
        <source>购买渠道</source>
        <translation>Bought via</translation>
    </message>
    <message>
        <source>直播场次</source>
        <translation>Live session</translation>
    </message>
    <message>
        <source>主播</source>
        <translation>Live host</translation>
    </message>
    <message>
        <source>服务卡号</source>
        <translation>Service card no.</translation>
    </message>
    <message>
        <source>问题描述</source>
        <translation>Problem description</translation>
    </message>
    <message>
        <source>开始时间</source>
        <translation>Started on</translation>
    </message>
    <message>
        <source>发生频率</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>运单号</source>
        <translation>Waybill no.</translation>
    </message>
    <message>
        <source>承运商</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>线路/网点</source>
        <translation>Route/depot</translation>
    </message>
    <message>
        <source>托运单据</source>
        <translation>Consignment documents</translation>
    </message>
    <message>
        <source>实际损失</source>
        <translation>Actual loss</translation>
    </message>
    <message>
        <source>普遍性</source>
        <translation>Extent</translation>
    </message>
    <message>
        <source>紧急性</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>可修复性</source>
        <translation>Repairability</translation>
    </message>
    <message>
        <source>建议优先级</source>
        <translation>Suggested priority</translation>
    </message>
    <message>
        <source>优先级调整原因</source>
        <translation>Reason for priority change</translation>
    </message>
    <message>
        <source>签收日期</source>
        <translation>Delivered on</translation>
    </message>
    <message>
        <source>政策审核</source>
        <translation>Policy review</translation>
    </message>
    <message>
        <source>审核放行原因</source>
        <translation>Reason for review override</translation>
    </message>
    <message>
        <source>改派原因</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>impact</name>
    <message>
        <source>客户的实际损失</source>
        <translation>Customer&apos;s loss</translation>
    </message>
    <message>
        <source>无实际损失</source>
        <translation>No actual loss</translation>
    </message>
    <message>
        <source>轻微损失</source>
        <translation>Minor loss</translation>
    </message>
    <message>
        <source>较大损失（退货、食品安全隐患等）</source>
        <translation>Major loss (return, food safety risk, etc.)</translation>
    </message>
    <message>
        <source>问题的普遍性</source>
        <translation>How widespread</translation>
    </message>
    <message>
        <source>单个客户</source>
        <translation>A single customer</translation>
    </message>
    <message>
        <source>系统性问题（多个客户）</source>
        <translation>Systemic (several customers)</translation>
    </message>
    <message>
        <source>问题的紧急性</source>
        <translation>How urgent</translation>
    </message>
    <message>
        <source>不影响正常经营或生活</source>
        <translation>Does not affect normal business or life</translation>
    </message>
    <message>
        <source>影响客户正常经营</source>
        <translation>Affects the customer&apos;s business</translation>
    </message>
    <message>
        <source>造成健康或安全隐患</source>
        <translation>Health or safety risk</translation>
    </message>
    <message>
        <source>问题的可修复性</source>
        <translation>How repairable</translation>
    </message>
    <message>
        <source>简单处理即可解决</source>
        <translation>Solved by simple handling</translation>
    </message>
    <message>
        <source>需要补偿或复杂修复方案</source>
        <translation>Needs compensation or a complex fix</translation>
    </message>
</context>
<context>
    <name>intake_layout</name>
    <message>
        <source>客户电话</source>
        <translation>Customer phone</translation>
    </message>
    <message>
        <source>客户姓名</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <source>问题描述</source>
        <translation>Problem description</translation>
    </message>
    <message>
        <source>受理渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>优先级</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>投诉类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>细分类别</source>
        <translation>Subcategory</translation>
    </message>
    <message>
        <source>来电与问题</source>
        <translation>Call and problem</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>年龄段</source>
        <translation>Age range</translation>
    </message>
    <message>
        <source>客户资料</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>地区/城市</source>
        <translation>Region/city</translation>
    </message>
    <message>
        <source>邮编</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>电子邮箱</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>VIP 客户</source>
        <translation>VIP customer</translation>
    </message>
    <message>
        <source>订单号</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <source>商品</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>购买信息</source>
        <translation>Purchase</translation>
    </message>
    <message>
        <source>型号</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>序列号</source>
        <translation>Serial no.</translation>
    </message>
    <message>
        <source>购买日期</source>
        <translation>Purchase date</translation>
    </message>
    <message>
        <source>购买渠道</source>
        <translation>Bought via</translation>
    </message>
    <message>
        <source>直播场次</source>
        <translation>Live session</translation>
    </message>
    <message>
        <source>主播</source>
        <translation>Live host</translation>
    </message>
    <message>
        <source>服务卡号</source>
        <translation>Service card no.</translation>
    </message>
    <message>
        <source>开始时间</source>
        <translation>Started on</translation>
    </message>
    <message>
        <source>问题详情与物流</source>
        <translation>Problem details and logistics</translation>
    </message>
    <message>
        <source>发生频率</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>运单号</source>
        <translation>Waybill no.</translation>
    </message>
    <message>
        <source>承运商</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>线路/网点</source>
        <translation>Route/depot</translation>
    </message>
    <message>
        <source>托运单据</source>
        <translation>Consignment documents</translation>
    </message>
    <message>
        <source>证据（照片、视频）</source>
        <translation>Evidence (photos, videos)</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>%1：</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>permissions</name>
    <message>
        <source>受理工单</source>
        <translation>Take tickets</translation>
    </message>
    <message>
        <source>修改工单信息、证据和计时</source>
        <translation>Edit ticket details, evidence and clocks</translation>
    </message>
    <message>
        <source>信息核实</source>
        <translation>Verify details</translation>
    </message>
    <message>
        <source>分类、驳回</source>
        <translation>Classify, reject</translation>
    </message>
    <message>
        <source>分派、改派</source>
        <translation>Assign, reassign</translation>
    </message>
    <message>
        <source>开始处理、标记解决</source>
        <translation>Start handling, mark resolved</translation>
    </message>
    <message>
        <source>回访、关闭、重开</source>
        <translation>Callback, close, reopen</translation>
    </message>
    <message>
        <source>升级上报、跟进、汇报表与书面报告</source>
        <translation>Escalate, follow up, exception and written reports</translation>
    </message>
    <message>
        <source>批示处理意见</source>
        <translation>Give instructions</translation>
    </message>
    <message>
        <source>审批奖罚</source>
        <translation>Approve rewards and penalties</translation>
    </message>
    <message>
        <source>维护承运商协议、奖罚规则与整改目标</source>
        <translation>Maintain carrier agreements, reward/penalty rules and targets</translation>
    </message>
    <message>
        <source>布置与检查例会对策（整改措施）</source>
        <translation>Set and check meeting action items (corrective measures)</translation>
    </message>
    <message>
        <source>打印完整个人信息</source>
        <translation>Print full personal data</translation>
    </message>
    <message>
        <source>查看完整个人信息</source>
        <translation>View full personal data</translation>
    </message>
    <message>
        <source>导出数据</source>
        <translation>Export data</translation>
    </message>
    <message>
        <source>导入客户与订单</source>
        <translation>Import customers and orders</translation>
    </message>
    <message>
        <source>修改设置</source>
        <translation>Change settings</translation>
    </message>
    <message>
        <source>管理人员与角色</source>
        <translation>Manage staff and roles</translation>
    </message>
    <message>
        <source>备份与恢复</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <source>删除客户个人信息（匿名化）</source>
        <translation>Delete customers&apos; personal data (anonymise)</translation>
    </message>
    <message>
        <source>查看审计日志</source>
        <translation>View the audit log</translation>
    </message>
    <message>
        <source>查看统计</source>
        <translation>View statistics</translation>
    </message>
    <message>
        <source>内部监督抽查</source>
        <translation>Internal spot checks</translation>
    </message>
    <message>
        <source>客服专员</source>
        <translation>Service clerk</translation>
    </message>
    <message>
        <source>问题分类小组</source>
        <translation>Classification team</translation>
    </message>
    <message>
        <source>处理跟进</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>主管/客服经理</source>
        <translation>Supervisor/service manager</translation>
    </message>
    <message>
        <source>分公司经理</source>
        <translation>Branch manager</translation>
    </message>
    <message>
        <source>公司经理</source>
        <translation>Company manager</translation>
    </message>
    <message>
        <source>数据分析</source>
        <translation>Data analyst</translation>
    </message>
    <message>
        <source>内部监督</source>
        <translation>Internal auditor</translation>
    </message>
    <message>
        <source>系统管理员</source>
        <translation>System administrator</translation>
    </message>
    <message>
        <source>全部工单</source>
        <translation>All tickets</translation>
    </message>
    <message>
        <source>本分公司的工单</source>
        <translation>Tickets of own branch</translation>
    </message>
    <message>
        <source>本部门的工单</source>
        <translation>Tickets of own department</translation>
    </message>
</context>
<context>
    <name>policy_review</name>
    <message>
        <source>申请期限（自签收或购买起）</source>
        <translation>Request period (from delivery or purchase)</translation>
    </message>
    <message>
        <source>须提供凭证（照片、视频）</source>
        <translation>Proof required (photos, videos)</translation>
    </message>
    <message>
        <source>保修期（自购买起）</source>
        <translation>Warranty (from purchase)</translation>
    </message>
</context>
<context>
    <name>reward_rules</name>
    <message>
        <source>承运商物流异常 → 按运输协议条款处罚</source>
        <translation>Carrier logistics exception → penalty under the agreement clause</translation>
    </message>
    <message>
        <source>物流异常未在十分钟内汇报 → 接信息人</source>
        <translation>Logistics exception not reported within ten minutes → whoever took the news</translation>
    </message>
    <message>
        <source>当月满意回访达到次数 → 处理人</source>
        <translation>Satisfied callbacks in the month reach a count → handler</translation>
    </message>
    <message>
        <source>整改目标期末达成 → 部门负责人或团队</source>
        <translation>Improvement target achieved at period end → department head or team</translation>
    </message>
    <message>
        <source>整改目标期末未达成 → 部门负责人</source>
        <translation>Improvement target missed at period end → department head</translation>
    </message>
</context>
<context>
    <name>rewards</name>
    <message>
        <source>员工</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>团队（部门）</source>
        <translation>Team (department)</translation>
    </message>
    <message>
        <source>外协承运商</source>
        <translation>Contracted carrier</translation>
    </message>
    <message>
        <source>奖金</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <source>发放奖金</source>
        <translation>Pay a bonus</translation>
    </message>
    <message>
        <source>奖品</source>
        <translation>Prize</translation>
    </message>
    <message>
        <source>颁发奖品</source>
        <translation>Award a prize</translation>
    </message>
    <message>
        <source>表扬</source>
        <translation>Commendation</translation>
    </message>
    <message>
        <source>通报表扬</source>
        <translation>Public commendation</translation>
    </message>
    <message>
        <source>证书</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>颁发荣誉证书</source>
        <translation>Award a certificate of honour</translation>
    </message>
    <message>
        <source>团队奖励</source>
        <translation>Team reward</translation>
    </message>
    <message>
        <source>团队集体奖励</source>
        <translation>Collective team reward</translation>
    </message>
    <message>
        <source>警告</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>罚款</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>降级</source>
        <translation>Demotion</translation>
    </message>
    <message>
        <source>降级（降职）</source>
        <translation>Demotion (lower post)</translation>
    </message>
    <message>
        <source>辞退</source>
        <translation>Dismissal</translation>
    </message>
    <message>
        <source>辞退（解除劳动合同）</source>
        <translation>Dismissal (end of the labour contract)</translation>
    </message>
    <message>
        <source>承运商处罚</source>
        <translation>Carrier penalty</translation>
    </message>
    <message>
        <source>按运输协议罚款</source>
        <translation>Fine under the transport agreement</translation>
    </message>
    <message>
        <source>待审批</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <source>已批准</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>已驳回</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>已下发</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>已归档</source>
        <translation>Archived</translation>
    </message>
</context>
<context>
    <name>self.self</name>
    <message>
        <source>没有等待您审批的提议。</source>
        <translation type="vanished">No proposals waiting for your approval.</translation>
    </message>
</context>
<context>
    <name>sla</name>
    <message>
        <source>分钟</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>小时</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>个工作小时</source>
        <translation> working hours</translation>
    </message>
    <message>
        <source>个工作日</source>
        <translation> working days</translation>
    </message>
    <message>
        <source>%1分钟</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1小时</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1个工作小时</source>
        <translation>%1 working hours</translation>
    </message>
    <message>
        <source>%1个工作日</source>
        <translation>%1 working days</translation>
    </message>
</context>
<context>
    <name>sla_policy</name>
    <message>
        <source>首次回复客户</source>
        <translation>First reply to the customer</translation>
    </message>
    <message>
        <source>给出解决方案</source>
        <translation>Solution proposed</translation>
    </message>
    <message>
        <source>上报主管</source>
        <translation>Report to supervisor</translation>
    </message>
    <message>
        <source>承诺解决时间</source>
        <translation>Promised resolution time</translation>
    </message>
</context>
<context>
    <name>states</name>
    <message>
        <source>已受理</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>已核实</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>已分类</source>
        <translation>Classified</translation>
    </message>
    <message>
        <source>已分派</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>处理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>已解决</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>回访中</source>
        <translation>In callback</translation>
    </message>
    <message>
        <source>已关闭</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>已驳回</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>已重开</source>
        <translation>Reopened</translation>
    </message>
</context>
<context>
    <name>statistics</name>
    <message>
        <source>{year}年第{week}周</source>
        <translation>{year} week {week}</translation>
    </message>
    <message>
        <source>{year}年第{week}周（{m1}月{d1}日—{m2}月{d2}日）</source>
        <translation>{year} week {week} ({m1}/{d1}–{m2}/{d2})</translation>
    </message>
    <message>
        <source>本周受理客诉 {this_week} 件，上周 {previous} 件（{change}），前四周平均 {average} 件；超时未办结的时限 {overdue} 项，升级事项 {escalated} 项。</source>
        <translation>This week {this_week} complaints, last week {previous} ({change}), average of the four weeks before {average}; {overdue} time limits overdue and not done, {escalated} escalations.</translation>
    </message>
    <message>
        <source>本周回访接通 {count} 次，满意率 {share}，处理结果平均 {score} 分。</source>
        <translation> Callbacks reached this week: {count}, satisfied {share}, result score {score} on average.</translation>
    </message>
    <message>
        <source>本周没有接通的回访。</source>
        <translation> No callback reached this week.</translation>
    </message>
    <message>
        <source>本周布置对策 {new} 项；以前布置、本周检查 {carried} 项，其中逾期未完成 {late} 项。</source>
        <translation> Action items set this week: {new}; set earlier and checked this week: {carried}, {late} of them overdue.</translation>
    </message>
    <message>
        <source>全部工单</source>
        <translation>All tickets</translation>
    </message>
    <message>
        <source>{chart}：{row}</source>
        <translation>{chart}: {row}</translation>
    </message>
    <message>
        <source>统计 · {what} · 受理日期 {start} — {end}</source>
        <translation>Statistics · {what} · received {start} — {end}</translation>
    </message>
</context>
<context>
    <name>targets</name>
    <message>
        <source>月度</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>季度</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <source>客诉数量不超过</source>
        <translation>Complaints at most</translation>
    </message>
    <message>
        <source>客诉率不超过</source>
        <translation>Complaint rate at most</translation>
    </message>
    <message>
        <source>客诉较上期减少至少</source>
        <translation>Complaints down on the last period by at least</translation>
    </message>
    <message>
        <source>进行中·达标</source>
        <translation>Running · on track</translation>
    </message>
    <message>
        <source>进行中·落后</source>
        <translation>Running · behind</translation>
    </message>
    <message>
        <source>已达成</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>未达成</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>%1年%2月</source>
        <translation>%2/%1</translation>
    </message>
    <message>
        <source>%1年第%2季度</source>
        <translation>Q%2 %1</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <source>回访</source>
        <translation>callback</translation>
    </message>
    <message>
        <source>{value} 分（{value2}）</source>
        <translation>{value} points ({value2})</translation>
    </message>
    <message>
        <source>：已接通</source>
        <translation>: reached</translation>
    </message>
    <message>
        <source>：未接通</source>
        <translation>: not reached</translation>
    </message>
    <message>
        <source>未接通的原因：{v}</source>
        <translation>: not reached, reason: {v}</translation>
    </message>
    <message>
        <source>中客户表示问题已真正解决</source>
        <translation>: the customer says the problem is really solved</translation>
    </message>
    <message>
        <source>中客户表示问题没有解决</source>
        <translation>: the customer says the problem is not solved</translation>
    </message>
    <message>
        <source>中客户对处理结果的满意度：{value1}</source>
        <translation>: customer&apos;s satisfaction with the result: {value1}</translation>
    </message>
    <message>
        <source>中客户对服务态度的满意度：{value1}</source>
        <translation>: customer&apos;s satisfaction with the service attitude: {value1}</translation>
    </message>
    <message>
        <source>结论：满意</source>
        <translation>: conclusion: satisfied</translation>
    </message>
    <message>
        <source>结论：不满意</source>
        <translation>: conclusion: dissatisfied</translation>
    </message>
    <message>
        <source>中记录客户原话：{v}</source>
        <translation>: customer&apos;s words recorded: {v}</translation>
    </message>
    <message>
        <source>备注：{v}</source>
        <translation>: note: {v}</translation>
    </message>
    <message>
        <source>{who} 处理方式：{value2}</source>
        <translation>{who} resolution: {value2}</translation>
    </message>
    <message>
        <source>{who} 处理结果：{new}</source>
        <translation>{who} result: {new}</translation>
    </message>
    <message>
        <source>系统 安排回访：由 {value1} 在 {value2} 前回访</source>
        <translation>System scheduled a callback: {value1} calls back before {value2}</translation>
    </message>
    <message>
        <source>系统 安排{kind}：{value2} 起，由 {value3} 回访</source>
        <translation>System scheduled {kind}: from {value2}, by {value3}</translation>
    </message>
    <message>
        <source>{who} {kind}未接通，{value3} 再次拨打</source>
        <translation>{who} {kind} not reached, calls again at {value3}</translation>
    </message>
    <message>
        <source>系统 取消{kind}（{value2}）</source>
        <translation>System cancelled {kind} ({value2})</translation>
    </message>
    <message>
        <source>工单状态已变</source>
        <translation>the ticket&apos;s state changed</translation>
    </message>
    <message>
        <source>{who} {kind}结束：{value3}</source>
        <translation>{who} {kind} ended: {value3}</translation>
    </message>
    <message>
        <source>：{v}</source>
        <translation>: {v}</translation>
    </message>
    <message>
        <source>{who} 第 {event_old_value} 次{kind}{words}</source>
        <translation>{who} {kind} attempt {event_old_value}{words}</translation>
    </message>
    <message>
        <source>{who} {kind}{words}</source>
        <translation>{who} {kind}{words}</translation>
    </message>
    <message>
        <source>{who} 暂停计时，等待客户：{value2}</source>
        <translation>{who} paused the clock, waiting for the customer: {value2}</translation>
    </message>
    <message>
        <source>{who} 恢复计时</source>
        <translation>{who} resumed the clock</translation>
    </message>
    <message>
        <source>{who} 把承诺解决时间从 {value2} 改为 {value3}</source>
        <translation>{who} changed the promised resolution time from {value2} to {value3}</translation>
    </message>
    <message>
        <source>{who} 向客户承诺在 {value2} 前解决</source>
        <translation>{who} promised the customer a resolution before {value2}</translation>
    </message>
    <message>
        <source>{who} 判断可能产生严重后果，立即上报部门主管</source>
        <translation>{who} judged serious consequences likely and escalated to the department head at once</translation>
    </message>
    <message>
        <source>{who} 越级上报，理由：{new}</source>
        <translation>{who} skipped a level, reason: {new}</translation>
    </message>
    <message>
        <source>{who} 标明紧急程度：{new}</source>
        <translation>{who} set the urgency: {new}</translation>
    </message>
    <message>
        <source>{who} 分析原因：{new}</source>
        <translation>{who} analysed the cause: {new}</translation>
    </message>
    <message>
        <source>{who} 提出解决方案：{new}</source>
        <translation>{who} proposed a solution: {new}</translation>
    </message>
    <message>
        <source>系统 因{value1}自动把工单升级给 {new}</source>
        <translation>System escalated the ticket to {new} automatically ({value1})</translation>
    </message>
    <message>
        <source>时限已过</source>
        <translation>time limit passed</translation>
    </message>
    <message>
        <source>{who} 把工单上报给 {new}</source>
        <translation>{who} escalated the ticket to {new}</translation>
    </message>
    <message>
        <source>{who} 指定执行人：{value2}</source>
        <translation>{who} named who carries it out: {value2}</translation>
    </message>
    <message>
        <source>{who} 批示处理意见：{new}</source>
        <translation>{who} gave instructions: {new}</translation>
    </message>
    <message>
        <source>{who} 记录{value2}：{new}</source>
        <translation>{who} recorded {value2}: {new}</translation>
    </message>
    <message>
        <source>跟进记录</source>
        <translation>follow-up</translation>
    </message>
    <message>
        <source>{who} 完成升级事项，处理结果：{new}</source>
        <translation>{who} completed the escalation, result: {new}</translation>
    </message>
    <message>
        <source>{who} 升级事项：{new}</source>
        <translation>{who} escalation: {new}</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>书面报告</source>
        <translation>written report</translation>
    </message>
    <message>
        <source>异常情况汇报表</source>
        <translation>exception report form</translation>
    </message>
    <message>
        <source>{who} 在{form}中填写了{what}：{value}</source>
        <translation>{who} filled in {what} in the {form}: {value}</translation>
    </message>
    <message>
        <source>是</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>no</translation>
    </message>
    <message>
        <source>通过</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>系统</source>
        <translation>System</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>customer </translation>
    </message>
    <message>
        <source>{who} 已读提醒</source>
        <translation>{who} read the reminder</translation>
    </message>
    <message>
        <source>系统 提醒 {event_old_value}：{event_new_value}</source>
        <translation>System reminded {event_old_value}: {event_new_value}</translation>
    </message>
    <message>
        <source>{who} 内部监督抽查评定：{value2}</source>
        <translation>{who} spot-check verdict: {value2}</translation>
    </message>
    <message>
        <source>{who} 写明抽查发现的问题：{new}</source>
        <translation>{who} noted the spot-check findings: {new}</translation>
    </message>
    <message>
        <source>{who} 删除了客户个人信息（匿名化）</source>
        <translation>{who} deleted the customer&apos;s personal data (anonymised)</translation>
    </message>
    <message>
        <source>{who} 受理了工单</source>
        <translation>{who} took in the ticket</translation>
    </message>
    <message>
        <source>{who} 登记了新客户</source>
        <translation>{who} registered a new customer</translation>
    </message>
    <message>
        <source>{who} 登记了新客户 {name}</source>
        <translation>{who} registered a new customer {name}</translation>
    </message>
    <message>
        <source>{who} 把状态从 {old} 改为 {new}</source>
        <translation>{who} changed the state from {old} to {new}</translation>
    </message>
    <message>
        <source>{who} 添加了证据 {event_new_value}</source>
        <translation>{who} added evidence {event_new_value}</translation>
    </message>
    <message>
        <source>{who} 写明原因：{new}</source>
        <translation>{who} gave the reason: {new}</translation>
    </message>
    <message>
        <source>{who} 完成影响评估，建议优先级：{new}</source>
        <translation>{who} completed the impact assessment, suggested priority: {new}</translation>
    </message>
    <message>
        <source>{who} 政策审核：{value2}</source>
        <translation>{who} policy review: {value2}</translation>
    </message>
    <message>
        <source>未通过（{reason}）</source>
        <translation>not passed ({reason})</translation>
    </message>
    <message>
        <source>{who} 未采用建议优先级 {value2}，原因：{new}</source>
        <translation>{who} did not take the suggested priority {value2}, reason: {new}</translation>
    </message>
    <message>
        <source>{who} 人工放行未通过的政策审核（{event_old_value}），原因：{new}</source>
        <translation>{who} let a failed policy review ({event_old_value}) through by hand, reason: {new}</translation>
    </message>
    <message>
        <source>{who} 填写了{prefix}{what}：{new}</source>
        <translation>{who} filled in {prefix}{what}: {new}</translation>
    </message>
    <message>
        <source>{who} 把{prefix}{what}从 {old} 改为 {new}</source>
        <translation>{who} changed {prefix}{what} from {old} to {new}</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>示例数据</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>数据库中还没有工单。要生成 %1 张示例工单来熟悉系统吗？</source>
        <translation>There are no tickets in the database yet. Generate %1 demo tickets to get to know the program?</translation>
    </message>
    <message>
        <source>示例人员的初始密码</source>
        <translation>First password of the demo staff</translation>
    </message>
    <message>
        <source>已添加 %1 名示例人员，可用来试用各个角色。</source>
        <translation>%1 demo staff added to try out each role.</translation>
    </message>
    <message>
        <source>初始密码（所有示例人员相同）：%1

登录名如 clerk01（客服专员）、classify01（问题分类小组）、handler01（处理跟进）、supervisor01（主管）、branchmgr01（分公司经理）、analyst01（数据分析）、auditor01（内部监督），全部见 设置 › 人员与角色。首次登录后须设置本人的新密码。此密码只显示这一次，请记下。</source>
        <translation>First password (the same for all demo staff): %1

Logins such as clerk01 (customer service), classify01 (classification team), handler01 (handling), supervisor01 (supervisor), branchmgr01 (branch manager), analyst01 (data analyst), auditor01 (internal auditor); all in Settings › Staff and roles. Everyone sets a new password after the first sign-in. This password is shown only once: note it down.</translation>
    </message>
    <message>
        <source>无法打开数据库：%1</source>
        <translation>Cannot open the database: %1</translation>
    </message>
    <message>
        <source>无法以该人员身份登录：%1</source>
        <translation>Cannot sign in as this staff member: %1</translation>
    </message>
    <message>
        <source>售后工单台</source>
        <translation>AfterSales Desk</translation>
    </message>
</context>
<context>
    <name>work_calendar</name>
    <message>
        <source>放假</source>
        <translation>Day off</translation>
    </message>
    <message>
        <source>上班</source>
        <translation>Working day</translation>
    </message>
    <message>
        <source>尚未录入官方放假安排</source>
        <translation>The official holiday schedule has not been entered yet</translation>
    </message>
</context>
</TS>
