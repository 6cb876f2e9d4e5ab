<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AssignmentRulesPage</name>
    <message>
        <source>仅物流类：与工单的分公司/网点完全一致，如 浦东</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>子类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分公司/网点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>处理部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工单分到处理部门后，由部门内未缺勤、手头未结工单最少的人员处理；子类或分公司更具体的规则优先。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已新增分派规则：%1 → %2。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存修改，新分派的工单按此规则。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已停用。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已恢复。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>（全部操作）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工单号，如 SH20261122-0007</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>筛选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（全部人员）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>显示 %1 条（向下滚动加载更多）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 %1 条</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>字段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>窗口</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>命令行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分公司</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在职</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看范围</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>备份时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>大小</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每天第一次启动程序时自动备份一次（数据库和证据文件），自动备份保留 %1 天；手动备份一直保留。恢复前先检查备份是否完整，当前数据另存一份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>留空：数据目录下的 backups 文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存位置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份位置(&amp;F)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>立即备份(&amp;B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从所选备份恢复(&amp;R)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从其他文件恢复…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>手动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份位置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份位置：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在备份…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已备份到 %1（%2，证据文件新复制 %3 个）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>；%1 个证据文件在数据目录中找不到，未能备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择备份文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>售后工单台备份 (*.sqlite3 *.pgdump *.bak);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用备份 %1 替换当前数据？

恢复前会先检查备份，并把当前数据另存一份。备份之后录入的内容将不在恢复后的数据中。恢复后程序会关闭，请重新打开。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在检查并恢复…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已从 %1 恢复。当前数据另存于 %2。程序将关闭，请重新打开。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
有 %1 个证据文件在备份旁的 attachments 文件夹中找不到。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlankFormOptions</name>
    <message>
        <source>份数</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source> 年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入放假安排…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文本或 CSV 文件，每行：日期或日期范围,类型,名称，例如
2027-02-06~2027-02-13,放假,春节
2027-02-14,上班,春节调休
文件应包含该年的全部放假安排：其中没有的内置节假日按工作日计算。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#c62828&quot;&gt;&lt;b&gt;红色&lt;/b&gt;&lt;/span&gt; 放假&#x3000;&lt;span style=&quot;color:#1565c0&quot;&gt;&lt;b&gt;蓝色&lt;/b&gt;&lt;/span&gt; 调休上班&#x3000;&lt;u&gt;下划线&lt;/u&gt; 已录入（导入或手工设定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>星期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名称，如 公司年会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>设定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>清除录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>录入某一天：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未录入官方放假安排：下表是按规则推算的法定节假日（没有调休），请录入或导入国务院办公厅发布的 %1 年放假安排。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已设定 %1 为%2。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该日已是这样设定的。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已清除 %1 的录入，恢复官方或推算的安排。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 没有录入的安排。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入放假安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文本或 CSV (*.txt *.csv);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarTexts</name>
    <message>
        <source>放假</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上班</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上班（调休）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>官方安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按规则推算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>周一</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>周二</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>周三</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>周四</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>周五</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>周六</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>周日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>整行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应为“日期,类型,名称”三项（名称可省略）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不是有效日期，格式为 YYYY-MM-DD，如 2027-02-06</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年份超出 2000–2199</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期范围无效（结束不能早于开始，最长 31 天）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型应为 放假 或 上班</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名称最多 40 个字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同一天在前面的行里已有相反的安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件中没有放假安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件不是 UTF-8 或 GB18030 编码的文本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入失败：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入失败，未写入任何内容。请修改文件后重新导入：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 %1 行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>……另有 %1 处问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导入 %1 年放假安排：新增 %2 天，修改 %3 天，%4 天未变。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackForm</name>
    <message>
        <source>接通情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>问题是否真正解决</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对处理结果的满意度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对服务态度的满意度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>客户原话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>另约回访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已接通</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未接通：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>是，问题已真正解决</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>否，问题没有解决</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>照客户的原话记录，不满意时必填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可不填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不另约</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 天后</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>客户满意、工单关闭后，再加约一次回访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>非常不满意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未打分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>输入 1–5：5 非常满意，4 满意，3 一般，2 不满意，1 非常不满意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 %1/%2 次拨打。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先选择接通情况。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>填完问题是否解决和两项满意度后，可预览保存后的结果。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存后：客户满意，本次再次回访完成。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存后：客户满意，工单关闭。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存后：客户不满意，工单重开给处理人（附客户原话），重新计时，并提醒主管。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存后：%1后再次拨打。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存后：已达最多拨打次数，结束本次回访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，工单按未接通结案，并提醒主管。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>稍</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackScreen</name>
    <message>
        <source>显示未到时间的</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>刷新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工单概要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>处理情况与历次回访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回访话术（真诚致歉，逐项询问）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录本次回访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存回访记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>显示号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D：显示完整号码拨打（记入审计日志）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开工单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter 开始记录 · Ctrl+D 显示号码 · Ctrl+Enter 保存并转下一通 · Esc 回到队列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待回访：%1 通，其中逾期 %2 通</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有需要回访的工单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 起</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 %1/%2 次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这通回访已不存在，请刷新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（无电话）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工单号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回访类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 %1/%2 次拨打</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回访时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>商品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>订单号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受理时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>处理人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>问题描述</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 未接通，已安排 %2 再次拨打（已拨 %3/%4 次）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 已拨 %2 次均未接通，本次回访结束</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，工单已按未接通结案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，已提醒：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 客户不满意，已重开给处理人并重新计时；已提醒：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（无）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 客户满意。%2，已提醒处理人。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 客户满意，工单已关闭。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 再次回访完成，客户满意。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackSettingsPage</name>
    <message>
        <source>保存回访设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回访时限、分配与重拨</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回访时限（解决后）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回访分配给</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回访组（部门）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未接通重拨间隔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最多拨打次数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>满意标准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 分及以上</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“受理工单的客服”不在岗时由回访组回访。两项满意度都达到满意标准且问题真正解决，工单才关闭，否则重开给处理人。达到最多拨打次数仍未接通，按未接通结案并提醒主管。修改只影响之后新建的回访，队列中已有的回访保持原时限。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭后再次回访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按处理方式填写工单关闭后第几天再次回访，逗号分隔，如 7,30；留空则不回访。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不回访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回访话术</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>再次回访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可用占位符：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存 %1 项设置，之后新建的回访按新设置执行。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有改动。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallerPanel</name>
    <message>
        <source>来电客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>输入电话后显示客户的历史工单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开已有工单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新客户，或尚未输入完整电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回头客</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1，此前共 %2 张工单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（未留姓名）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可能重复：同一电话、同一订单在 7 天内已有工单 %1（%2，%3）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarrierForm</name>
    <message>
        <source>承运商名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系人/电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>运输协议编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>承运商</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarriersPanel</name>
    <message>
        <source>显示已停用的承运商和条款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>承运商</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系人/电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>运输协议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>条款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>适用异常</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>罚则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增承运商</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增条款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存条款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合作中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>任何物流异常</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复条款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>停用条款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该记录已不存在，列表已刷新。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryPicker</name>
    <message>
        <source>（任意）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassificationForm</name>
    <message>
        <source>请选择…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>采用建议(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>投诉类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别(&amp;C)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>细分类别(&amp;S)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>系统建议：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>影响评估</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与建议不同时必须填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建议优先级：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>优先级(&amp;P)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调整原因(&amp;R)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政策审核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如 2026-11-20，可不填（按购买日期）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>驳回申请，并向客户宣读上述原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人工放行（须写明原因）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>放行原因，例如：经理特批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签收日期(&amp;D)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>审核结果：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>放行原因(&amp;O)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>将分派给：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（无细分）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>描述中没有匹配的关键词</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请回答以上四个问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择类别后自动审核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未通过：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>通过</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassificationScreen</name>
    <message>
        <source>刷新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工单概要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确认分类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter 确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待分类工单：%1 张（最早的在前）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有等待分类的工单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到工单 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工单号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受理时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>商品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>订单号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>购买日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>线路/网点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 个文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>问题描述</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（驳回后不分派）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>驳回申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人工放行须写明原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这张工单刚被他人修改，已重新载入，请核对后再确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工单 %1 已驳回。请向客户宣读：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工单 %1 已分类。分派：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClauseForm</name>
    <message>
        <source>条款号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>条款内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>适用异常</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>罚则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>罚款金额（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>占货值（%）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最高（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协议条款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如 7.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可不填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（任何物流异常）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <source>未设置单位名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位名称印在每份打印件（登记表、通知书、汇报表、服务记录、受理单）的页眉。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未设置单位名称：打印件页眉会显示“未设置单位名称”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>可用时加密（默认）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>必须加密</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>加密并验证证书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不加密</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（未打开）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当前数据库：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务器(&amp;S)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名称或地址，如 192.168.1.10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>端口(&amp;P)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库(&amp;D)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用户名(&amp;U)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码(&amp;W)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>加密：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共享的 PostgreSQL 服务器（多个工位、多个网点同时使用）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>测试连接(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>连接并使用(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把本机数据迁移到此服务器(&amp;M)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>改回本机数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在连接…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在连接并建立表结构…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存：下次启动程序时使用此服务器。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>迁移到服务器</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把本机数据库 %1 的全部数据复制到服务器上的空数据库？

请先让其他人停止在本机录入。本机文件保持不变；复制完成并核对每张表的行数后，下次启动时改用服务器。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在迁移…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已迁移到 %1：%2 张表共 %3 行，行数逐表核对一致（其中工单 %4 张）。下次启动程序时使用此服务器。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已改回本机数据库：下次启动时使用数据目录中的 SQLite 文件。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DailyJobs</name>
    <message>
        <source>今日自动备份已完成：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除超过 30 天的自动备份 %1 个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除到期个人信息失败：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自动备份失败：%1（下次启动时再试）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <source>售后工单台：无法打开数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重试(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>改用本机数据库(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateFilter</name>
    <message>
        <source>不限</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlinePanel</name>
    <message>
        <source>时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>暂停计时…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>等待客户（例如补充照片）期间，解决时限不计时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复计时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>承诺解决时间…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已完成 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计时暂停</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（无时限）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自 %1 起等待客户：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>暂停计时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>等待客户什么？（例如：补充照片）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>承诺解决时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>向客户承诺在此时间前解决（北京时间）：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>手机或固话，如 138 1234 5678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>客户反映的问题（Ctrl+Enter 保存）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（暂不分类）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>插入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>话术</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（未填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（不细分）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryScreen</name>
    <message>
        <source>复制工单号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看工单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存，请告知客户工单号：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复草稿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>丢弃</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上次有未保存的受理内容。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存工单（Enter）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>至少需要：客户电话或姓名，以及问题描述</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>清空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可能重复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 天内同一电话、同一订单已有工单 %1。仍要新建工单吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>您填写的内容仍在表中。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscalateForm</name>
    <message>
        <source>调查问题出现的原因，分析客诉关键点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>以解决问题为出发点，提出迅速可行的方案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>越级上报须写明理由，如上级无法解决</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预计会产生严重后果，立即向部门主管汇报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原因分析(&amp;Y)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>解决方案(&amp;F)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>紧急程度：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上报给：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>越级理由：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已到升级链最高一级</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Escalation</name>
    <message>
        <source>工单 %1 刚被他人修改（您看到的是第 %2 版，现在是第 %3 版）；请刷新后核对再提交，您填写的内容仍保留。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscalationChainPage</name>
    <message>
        <source>主管/客服经理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分公司经理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公司经理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（不指定，由该角色的在岗人员接收）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>部门负责人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如 客服经理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该级为部门负责人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增一级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存该级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除最高一级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>部门：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 0 级是工单的处理人；升级时逐级向上。只能删除最高一级，以保持级别连续。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>级别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>职务名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>指定人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（按角色）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>是</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存第 %1 级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已删除第 %1 级</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscalationDetail</name>
    <message>
        <source>预计有严重后果，立即上报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>系统自动升级：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工单号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>处理人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>问题描述</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上报人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>系统</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上报给</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上报时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>紧急程度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>越级理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原因分析</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>解决方案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批示人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批示时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>处理意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>执行人</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscalationScreen</name>
    <message>
        <source>待我批示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>我跟进的</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发起升级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>书面报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待我批示（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>我跟进的（%1）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>把照片或视频拖到这里；Delete 删除选中的文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加照片/视频…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>支持 JPEG、PNG、HEIC、MP4 等；照片不超过 20 MB，视频不超过 200 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未添加：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 不是照片或视频</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 太大（照片最多 20 MB，视频最多 200 MB）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 无法读取</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择证据文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>照片和视频 (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.heic *.mp4 *.mov *.webm *.avi *.mkv *.3gp);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExceptionReport</name>
    <message>
        <source>达标（接信息十分钟内已汇报）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>超时（超过十分钟才汇报或仍未汇报）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待汇报（仍在十分钟内）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间格式为 YYYY-MM-DD HH:MM，如 2026-11-20 14:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期格式为 YYYY-MM-DD，如 2026-11-30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存汇报表后，这里显示升级记录中的原因分析、解决方案、上级处理意见、执行情况与跟进记录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（执行人：%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原因分析</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>解决方案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上级处理意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>执行情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>跟进记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>客户沟通记录</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExceptionReportDialog</name>
    <message>
        <source>YYYY-MM-DD HH:MM（空：按第一次升级的时间）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>相关发货单、托运单或信息单号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事件经过：信息准确、及时、真实</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>异常情况汇报表 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>汇报表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>十分钟汇报：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来自升级记录（只读）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工单 %1&#x3000;客户：%2 %3&#x3000;运单：%4 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（按升级记录：%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>请输入大陆手机号（1 开头的 11 位）或带区号的固话，如 021-62345678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写客户电话或姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请输入有效的电子邮箱，如 name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>邮编为 6 位数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写问题描述（客户反映的情况）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期不能晚于今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期格式为 YYYY-MM-DD，如 2026-11-20</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowPanel</name>
    <message>
        <source>我跟进的升级事项：%1 件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>执行与跟进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>执行了什么、进展如何、与客户的沟通</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>处理结果，如：客户已收到补发商品，表示满意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>处理完毕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录(&amp;R)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>处理结果：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>等待上级批示处理意见；可先记录跟进情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已添加记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>升级事项已处理完毕</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImpactRulesPage</name>
    <message>
        <source>建议优先级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>顺序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>任意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上移</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下移</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自上而下比较，第一条符合的在用规则给出建议优先级；“任意”表示不看这一项。新规则放在最后一条“全部任意”的兜底规则之前。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已新增规则。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已恢复。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已停用。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已调整顺序。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstructPanel</name>
    <message>
        <source>待我批示：%1 件（紧急、最早的在前）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在本人职权范围内给出处理方案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下达处理意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>处理意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>处理意见(&amp;I)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>执行人(&amp;E)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>继续上报上级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>超出本人职权：继续上报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已对工单 %1 下达处理意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工单 %1 已上报给 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeywordRulesPage</name>
    <message>
        <source>关键词</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>细分类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>权重</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建议的类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如 破损</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同一描述命中多条规则时，权重之和高的类别排在前面</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关键词规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>输入一段客户描述，看看系统会建议什么类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>试一试</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>描述中出现关键词时，分类页面会建议对应的类别，并说明依据。不限细分的规则只为大类加分。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（不限细分）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有建议：描述中没有出现任何在用的关键词。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已新增关键词“%1”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已恢复。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已停用。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListDetail</name>
    <message>
        <source>刷新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>升级事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有升级事项</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>售后工单台 · 登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>售后工单台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如 clerk01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写登录名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>须先设置自己的新密码才能登录</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>售后工单台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>升级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>奖罚</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>将在后续版本提供</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在打开数据库…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>您的角色（%1）不使用此功能</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当前人员：%1（%2，%3）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改密码…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库没有响应：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自动检查时限失败：%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBadge</name>
    <message>
        <source>未读提醒（点击显示或隐藏提醒栏）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提醒：%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeOptions</name>
    <message>
        <source>奖罚记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如 CF2026-0003，或从列表中选择</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只有已批准的记录可以打印；在“奖罚”中审批。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择或填写奖罚记录编号</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticePanel</name>
    <message>
        <source>提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有未读提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部已读</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>双击或按回车打开工单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>售后工单台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新提醒</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberOptions</name>
    <message>
        <source>工单编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如 SH20261122-0007，可扫码输入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写工单编号</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>打印完整电话号码（将记入审计日志）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电话号码隐去中间四位（138****5678）。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverdueLabel</name>
    <message>
        <source>有未完成时限已超时的工单数（每分钟及按 F5 时更新）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>超时工单：…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>超时工单：%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagePrinter</name>
    <message>
        <source>无法开始打印：打印机不可用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已取消打印</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>修改密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>系统管理员重置了您的密码，请设置自己的新密码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>为 %1 设置新密码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当前密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>再次输入新密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>两次输入的新密码不一致</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passwords</name>
    <message>
        <source>至少 %1 个字符，混用字母、数字或符号</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>适合宽度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上一页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下一页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缩放</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>页 / 共 %1 页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择文件和范围后按“预览”（Ctrl+Enter）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonalDataPage</name>
    <message>
        <source>客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工单数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最近的工单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>客户电话、工单号、订单号或完整姓名，按 Enter 查找</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查找(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>包含完整的电话、邮箱和地址（记入审计日志）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出 JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除个人信息（匿名化）…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>客户要求查阅、复制或删除其个人信息时使用。导出只包含您有权查看的工单；匿名化后工单保留用于统计，客户的姓名、联系方式、订单号、证据文件等全部删除，无法恢复。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找到 %1 位客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有找到：请输入完整的电话、工单号、订单号或姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已匿名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出客户个人信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出 %1 张工单到 %2（%3）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电话、邮箱和地址已隐去</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>完整信息，已记入审计日志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除个人信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>将删除客户 %1（%2）在 %3 张工单中的全部个人信息：姓名、电话、邮箱、地址、订单号、运单号、证据文件，以及描述和记录中提到的这些内容。工单保留用于统计。
此操作无法撤销。确认请输入“%4”：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未删除：需要输入“%1”确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已删除客户个人信息：%1 张工单已匿名化，删除证据文件 %2 个、本机草稿 %3 份（已记入审计日志）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintAndSave</name>
    <message>
        <source>另存为 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已发送到打印机：%1 页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法保存到 %1：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存：%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintingScreen</name>
    <message>
        <source>预览 (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印… (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>另存为 PDF… (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消 (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>要打印的文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位名称尚未设置，打印件页眉将显示“未设置单位名称”。请到 设置 › 单位信息 填写。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选项已更改，按“预览”重新生成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在读取数据…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在整理数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在排版</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在取消…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>：第 %1 页 / 约 %2 页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>：%1 / %2 行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：共 %2 页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生成失败：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposeDialog</name>
    <message>
        <source>奖励</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>处罚</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>奖罚类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>员工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>团队（部门）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>外协承运商</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协议条款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>货值（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>奖罚措施</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>依据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事实经过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>涉及工单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改提议 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提议奖罚</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提交审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>经核查的事实：时间、经过、后果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（请选择）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如 200 或 1250.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按货值比例计罚时填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工单编号，多个用逗号分隔，如 SH20261122-0007</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>制度条款，如《客诉管理奖罚制度》第3条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>默认：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第%1条 %2（%3）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>（缺勤）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>改派工单 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（当前处理人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如 原处理人休假，转交同组同事</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新处理人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>改派原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缺勤，不能改派给：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>改派</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请写明改派原因。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提交前已有人修改了这张工单，工单已刷新。您填写的内容仍保留，核对后可再次点“改派”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所选人员缺勤或已停用，请另选。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工单当前的状态不能改派。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDetail</name>
    <message>
        <source>对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事实经过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>依据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>措施</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>涉及工单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下发 / 归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>驳回</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>审批意见（驳回时必填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>审批意见(&amp;C)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下发</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印通知书…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录 %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请在左侧选择一条记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（无金额）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，货值 %1 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按货值比例计罚：请填写货值（修改…）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>需 %1 人批准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这条记录由您提议或与您有关，须由其他审批人审批。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>您已批准，还需另一位审批人批准。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsPanel</name>
    <message>
        <source>全部状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>奖励</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>处罚</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编号、对象或事实</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提议日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提议人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提议奖罚…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有符合条件的记录。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterOptions</name>
    <message>
        <source>受理日期 从</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>投诉类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>线路/网点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结束日期早于开始日期，请重新选择</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <source>输入工单号，如 20261120-0001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>载入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先载入要上报的工单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>向上级汇报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工单号(&amp;N)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>向上级主管汇报事件，提出解决方案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到工单 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>处理人处</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第%1级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&#x3000;%2&#x3000;%3&#x3000;当前在：%4
%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工单 %1 已上报给 %2，请继续跟进</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>解决工单 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>为客户做了什么，如：已上门更换加热盘，试用正常</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>处理方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>处理结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存后工单转为“已解决”，并自动安排回访；回访时会向客户说明处理结果。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已解决</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提交前已有人修改了这张工单，工单已刷新。您填写的内容仍保留，核对后可再次点“已解决”。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionBox</name>
    <message>
        <source>个人信息保留期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不自动删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看到期工单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>立即执行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已关闭满(&amp;Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>的工单删除客户个人信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>默认不自动删除。删除无法撤销；电子商务经营者须保存交易信息不少于三年（《电子商务法》第三十一条），请按本公司的规定设置。每天第一次启动时，在自动备份之后执行。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上次执行（%1）：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未执行过。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存：关闭满 %1 年的工单将删除客户个人信息。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存：不自动删除个人信息。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除到期的个人信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>现在删除所有到期工单中的客户个人信息？此操作无法撤销。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewRulesPage</name>
    <message>
        <source>如 no_reason_7_days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可用 {days}（规则天数）、{elapsed}（已过天数）、{since}（起算日期）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>检查内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>子类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>驳回理由（读给客户）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>驳回理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已新增审核规则 %1。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已停用，分类时不再检查。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已恢复。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RewardRulesPanel</name>
    <message>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>触发条件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>细分类别 / 次数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>依据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>细分类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>次数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>措施</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>两人审批金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>立即运行规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额达到(&amp;M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>元，或降级、辞退，须两人批准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>奖金、罚款须填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>默认按类别，如 通报表扬</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>制度条款，如《客诉管理奖罚制度》第3条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已新增规则，从现在起生效。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已停用，不再提议。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已恢复，只对恢复之后发生的情况提议。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存：%1 元起须两人批准。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>规则已运行，新提议 %1 条，请在“待我审批”中处理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 还有更多，将在下一次检查时继续提议。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 出错的规则：%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RewardsScreen</name>
    <message>
        <source>待我审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>奖罚记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>整改目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>承运商与协议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自动规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待我审批（%1）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleEditorPage</name>
    <message>
        <source>显示已停用的规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这条规则已不存在，列表已刷新。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleErrors</name>
    <message>
        <source>必填，最多 %1 个字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2–40 个小写英文字母、数字或下划线，以字母开头，如 cold_chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已有适用范围相同的有效规则，请修改那一条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 已存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>细分类别下不能再建细分类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 已有工单使用或含有细分类别，不能删除；请改为停用，历史工单仍保留它</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别不存在或已停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这是细分类别，请在“类别”中选大类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>细分类别不属于所选类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填 %1 到 %2 的整数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间格式为 HH:MM，如 09:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下班时间须晚于上班时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只有物流类规则可以指定分公司/网点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有部门“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>必填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请从列表中选择</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该规则已不存在，列表已刷新。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>人员与角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>审计日志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作日历</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>投诉分类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分类建议关键词</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>影响评估规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政策审核规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自动分派规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时限设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>升级链</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回访设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>个人信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份与恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库连接</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>售后工单台 · 首次启动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这是一个新的数据库。请先为系统管理员（登录名 admin）设置密码：之后每位员工用自己的登录名和密码登录，所见所做由其角色决定。
数据库：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单人使用：启动时不需要登录（以后可在 设置 › 人员与角色 中关闭）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>管理员密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>再次输入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>设置并开始使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>两次输入的密码不一致</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlaPage</name>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时限过去这一比例时提前预警</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时限类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分钟</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>小时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作小时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>优先级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>子类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提前预警</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预警时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>超时时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提醒处理人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自动升级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上班时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下班时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存营业时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>营业时间（北京时间）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上班</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下班</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“工作小时”“工作日”只在工作日的营业时间内计时，一个工作日即一整个营业日；“分钟”“小时”全天计时。修改后所有未结工单的时限随即重新计算。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已重新计算 %1 张未结工单的时限。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已新增。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有改动。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已停用。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已恢复。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>营业时间未改变。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>营业时间已保存。已重新计算 %1 张未结工单的时限。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffForm</name>
    <message>
        <source>登录名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分公司</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电子邮箱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>初始密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人员信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>权限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>至少 8 个字符；本人首次登录时须改为自己的密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>小写字母和数字，如 clerk09</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（无）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看范围：%1。可以：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增人员</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>登录名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分公司</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重置密码…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增分公司…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单人模式：启动时不登录，以本人（系统管理员）身份工作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>适合只有一个人使用的办公室；命令行也不再要求密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待本人改密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未设密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在职</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重新启用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已新增 %1；请把初始密码告诉本人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已停用 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已重新启用 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重置密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 的新密码（本人登录后须改为自己的密码）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已重置 %1 的密码，锁定已解除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增分公司</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分公司名称：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已新增分公司 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单人模式已开启：下次启动不再要求登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单人模式已关闭：下次启动须登录</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetForm</name>
    <message>
        <source>部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分公司/网点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>目标类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>目标值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本期业务量（单）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按时办结率目标（%）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>件（不超过）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%（客诉数 ÷ 业务量，不超过）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%（比上期减少至少）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可不填，如 95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如 依据第47周例会布置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（全部）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>目标值单位：%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetsPanel</name>
    <message>
        <source>范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>实际客诉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按时办结率 实际 / 目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期间(&amp;P)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按结果提议部门负责人奖罚…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>实际客诉：该期间受理、处理部门为该部门（线路/网点为该网点）的工单，随工单实时计算。按时办结率：所有时限都按时完成的工单占已有结果工单的比例；尚在时限内的工单不计。期间进行中时，客诉已超出目标即为“未达成”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期末后可按目标结果提议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已删除目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该目标已不存在，列表已刷新。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存目标</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaxonomyPage</name>
    <message>
        <source>代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上级类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>使用的工单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>改名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只能删除从未被工单使用、也没有细分类别的类别；其他的请停用，历史工单仍保留它。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选中的类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>英文代码，如 cold_chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>中文名称，如 冷链温控异常</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>停用的类别不再供新工单选择，已有工单仍保留它；从未使用过的类别可以删除。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（无，新增大类）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（已停用）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该类别已被别人删除，列表已刷新。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已新增“%1”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已改名为“%1”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已停用“%1”：不再供新工单选择，已有工单不变。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已恢复“%1”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除“%1”？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已删除“%1”。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketDetailScreen</name>
    <message>
        <source>核实</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确认分类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分派…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开始处理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已解决…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>转入回访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭工单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>驳回…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重开…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← 返回列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工单信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证据（点击放大）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>处理记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到工单 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受理于 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电子邮箱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>客户标记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回头客</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>处理人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可执行的操作：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>改派…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（最终状态，无后续操作）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>显示完整联系方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电话、邮箱和地址默认隐去中间部分；查看完整信息会记入审计日志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已显示完整联系方式（已记入审计日志）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（无证据文件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他人刚修改了这张工单：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>。您尚未保存的修改仍在表中。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存前已有人修改了这张工单：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>。您填写的内容仍保留在表中，核对后可再次保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请写明原因：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分派</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>处理人：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先选择投诉类别并保存，再确认分类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法执行</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketEditor</name>
    <message>
        <source>优先级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>投诉类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>细分类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>问题描述</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>订单号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>商品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>型号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>运单号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>承运商</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可修改的内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（未选）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketListScreen</name>
    <message>
        <source>搜索：工单号、电话、客户姓名、订单号、运单号或描述中的字词（扫码后按 Enter 打开）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部优先级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部渠道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部处理人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>仅超时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只显示有未完成时限已超时的工单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受理日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · 有更新（按 F5 刷新）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 %1 张</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>超过 %1 张</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · 按录入先后</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结果超过 %1 张时按录入先后（新的在前）排列；用筛选或更多搜索词缩小到 %1 张以内，即可按所选列排序。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <source>工单号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受理时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>优先级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>处理人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最近一个未完成时限的剩余时间：绿色正常，橙色已到预警，红色已超时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>等待客户，计时暂停</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未分类</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WrittenReportDialog</name>
    <message>
        <source>分析客诉原因：问题出在哪个环节、为什么发生</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已采取和今后采取的措施</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>需要全公司学习的经验与教训（报告定期在全公司通报）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>书面报告 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提交书面报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已于 %1 由 %2 提交，不能再修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>异常情况处理完毕后填写；物流异常工单须先提交书面报告才能结案。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>书面报告已提交</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WrittenReportOptions</name>
    <message>
        <source>撰写日期 从</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>或工单编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只打印这张工单的书面报告（可不填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结束日期早于开始日期，请重新选择</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WrittenReportsPanel</name>
    <message>
        <source>工单号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>撰写时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>撰写人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>措施</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>经验教训</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>撰写日期 从：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>到：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结束日期早于开始日期，请重新选择</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 %1 份书面报告</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callback_rules</name>
    <message>
        <source>解释说明/操作指导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>换货</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>维修</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>补发</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>赔偿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>再次回访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>客户满意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不满意，已重开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>多次未接通</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>非常满意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>满意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一般</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不满意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>非常不满意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 %1 天再次回访</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>channels</name>
    <message>
        <source>24小时热线</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>网站/APP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电子邮件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>微信</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>微博</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在线客服平台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>到店/来访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>紧急</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一般</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>低</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>男</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>女</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deadline_text</name>
    <message>
        <source>进行中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>即将到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已超时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计时暂停</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已完成</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>field_labels</name>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>优先级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受理渠道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>投诉类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>细分类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>处理人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电子邮箱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年龄段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>邮编</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>订单号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>商品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>型号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>序列号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>购买日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>购买渠道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>直播场次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>主播</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务卡号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>问题描述</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开始时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发生频率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>运单号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>承运商</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>线路/网点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>托运单据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>实际损失</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>普遍性</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>紧急性</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可修复性</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建议优先级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>优先级调整原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签收日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政策审核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>审核放行原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>改派原因</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>impact</name>
    <message>
        <source>客户的实际损失</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无实际损失</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>轻微损失</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>较大损失（退货、食品安全隐患等）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>问题的普遍性</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单个客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>系统性问题（多个客户）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>问题的紧急性</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不影响正常经营或生活</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>影响客户正常经营</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>造成健康或安全隐患</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>问题的可修复性</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>简单处理即可解决</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>需要补偿或复杂修复方案</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>intake_layout</name>
    <message>
        <source>客户电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>客户姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>问题描述</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受理渠道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>优先级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>投诉类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>细分类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来电与问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年龄段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地区/城市</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>邮编</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电子邮箱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP 客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>订单号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>商品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>型号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>序列号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>购买日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>购买渠道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>直播场次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>主播</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务卡号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开始时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发生频率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>运单号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>承运商</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>线路/网点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>托运单据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证据（照片、视频）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>permissions</name>
    <message>
        <source>受理工单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改工单信息、证据和计时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>信息核实</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分类、驳回</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分派、改派</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开始处理、标记解决</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回访、关闭、重开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>升级上报、跟进、汇报表与书面报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批示处理意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>审批奖罚</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>维护承运商协议、奖罚规则与整改目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印完整个人信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看完整个人信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>管理人员与角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份与恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除客户个人信息（匿名化）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看审计日志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>客服专员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>问题分类小组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>处理跟进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>主管/客服经理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分公司经理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公司经理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据分析</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内部监督</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>系统管理员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部工单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本分公司的工单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本部门的工单</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>policy_review</name>
    <message>
        <source>申请期限（自签收或购买起）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>须提供凭证（照片、视频）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保修期（自购买起）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rewards</name>
    <message>
        <source>员工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>团队（部门）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>外协承运商</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>奖金</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发放奖金</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>奖品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>颁发奖品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表扬</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>通报表扬</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>颁发荣誉证书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>团队奖励</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>团队集体奖励</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>警告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>罚款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>降级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>降级（降职）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>辞退</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>辞退（解除劳动合同）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>承运商处罚</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按运输协议罚款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已批准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已驳回</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已下发</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已归档</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.self</name>
    <message>
        <source>没有等待您审批的提议。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sla</name>
    <message>
        <source>分钟</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>小时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>个工作小时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>个工作日</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sla_policy</name>
    <message>
        <source>首次回复客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>给出解决方案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上报主管</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>承诺解决时间</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>states</name>
    <message>
        <source>已受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已核实</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已分类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已分派</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>处理中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已解决</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回访中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已驳回</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已重开</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>targets</name>
    <message>
        <source>月度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>客诉数量不超过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>客诉率不超过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>客诉较上期减少至少</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>进行中·达标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>进行中·落后</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已达成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未达成</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>示例数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库中还没有工单。要生成 %1 张示例工单来熟悉系统吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法打开数据库：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法以该人员身份登录：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>售后工单台</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>work_calendar</name>
    <message>
        <source>放假</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上班</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未录入官方放假安排</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
